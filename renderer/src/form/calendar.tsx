/**
 * The calendar beside a typed date: React Aria's Calendar (keyboard, screen readers) in the UI
 * language, weeks from Monday as in Kazakhstan — never the browser's own picker, which follows
 * the browser's language (issue 22). Typing дд.мм.гггг stays the main way in.
 */
import { parseDate } from '@internationalized/date';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  Dialog,
  DialogTrigger,
  Heading,
  I18nProvider,
  Popover,
} from 'react-aria-components';
import type { Lang } from '../../../common/lang.ts';

/**
 * kk-KZ where the browser's ICU has Kazakh; else ru-KZ, which a Kazakh-speaking lawyer reads
 * too — never English month names in the Kazakh UI (Debian's Chromium lacks Kazakh data).
 */
const KAZAKH = /[а-яәғқңөұүһі]/i.test(
  new Intl.DateTimeFormat('kk-KZ', { month: 'long' }).format(Date.UTC(2026, 0, 15)),
)
  ? 'kk-KZ'
  : 'ru-KZ';
const LOCALE: Readonly<Record<Lang, string>> = { ru: 'ru-RU', kk: KAZAKH, en: 'en-GB' };

export function CalendarButton({
  iso,
  uiLang,
  label,
  previous,
  next,
  onPick,
}: {
  /** The date now in the field (yyyy-mm-dd), or '' when none or not a date. */
  iso: string;
  uiLang: Lang;
  label: string;
  /** The month buttons' names, in the UI language. */
  previous: string;
  next: string;
  onPick: (iso: string) => void;
}) {
  return (
    <I18nProvider locale={LOCALE[uiLang]}>
      <DialogTrigger>
        <Button className="icon" aria-label={label}>
          <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" className="calendar">
            <rect
              x="3"
              y="5"
              width="18"
              height="16"
              rx="2"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            />
            <path d="M3 10h18M8 3v4M16 3v4" stroke="currentColor" strokeWidth="2" />
          </svg>
        </Button>
        <Popover className="calendar-popover" placement="bottom start">
          <Dialog aria-label={label} className="calendar-dialog">
            {({ close }) => (
              <Calendar
                {...(iso ? { defaultValue: parseDate(iso) } : {})}
                firstDayOfWeek="mon"
                onChange={(d) => {
                  onPick(d.toString());
                  close();
                }}
              >
                <header className="calendar-head">
                  <Button slot="previous" aria-label={previous}>
                    ‹
                  </Button>
                  <Heading />
                  <Button slot="next" aria-label={next}>
                    ›
                  </Button>
                </header>
                <CalendarGrid weekdayStyle="short">
                  {(date) => <CalendarCell date={date} />}
                </CalendarGrid>
              </Calendar>
            )}
          </Dialog>
        </Popover>
      </DialogTrigger>
    </I18nProvider>
  );
}
