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
  CalendarGridBody,
  CalendarGridHeader,
  CalendarHeaderCell,
  Dialog,
  DialogTrigger,
  Heading,
  I18nProvider,
  Popover,
} from 'react-aria-components';
import { MONTHS_KK } from '../../../common/dates.ts';
import type { Lang } from '../../../common/lang.ts';

/**
 * kk-KZ where the browser's ICU has Kazakh. Where it has not (Debian's Chromium), the calendar
 * runs as ru-KZ — dates, weeks and keys — but its month and weekday names come from our own
 * table below, so the Kazakh UI shows «қаңтар» and «Дс», never Russian or English names.
 */
const HAS_KAZAKH = /[әғқңөұүһі]/i.test(
  new Intl.DateTimeFormat('kk-KZ', { month: 'long' }).format(Date.UTC(2026, 0, 15)),
);
const LOCALE: Readonly<Record<Lang, string>> = {
  ru: 'ru-RU',
  kk: HAS_KAZAKH ? 'kk-KZ' : 'ru-KZ',
  en: 'en-GB',
};
/** Monday first, as the grid (firstDayOfWeek="mon"). */
const KK_WEEKDAYS = ['Дс', 'Сс', 'Ср', 'Бс', 'Жм', 'Сн', 'Жс'];
/**
 * The grid hands each header cell the weekday as ru-KZ names it; 5–11 January 2026 run Monday to
 * Sunday, so its names find the day's place in the week.
 */
const RU_WEEKDAYS = [5, 6, 7, 8, 9, 10, 11].map((d) =>
  new Intl.DateTimeFormat('ru-KZ', { weekday: 'short', timeZone: 'UTC' }).format(
    Date.UTC(2026, 0, d, 12),
  ),
);
const OWN_KAZAKH = !HAS_KAZAKH;

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
                {({ state }) => (
                  <>
                    <header className="calendar-head">
                      <Button slot="previous" aria-label={previous}>
                        ‹
                      </Button>
                      {uiLang === 'kk' && OWN_KAZAKH ? (
                        <Heading>
                          {`${MONTHS_KK[state.visibleRange.start.month - 1] ?? ''} ${state.visibleRange.start.year}`}
                        </Heading>
                      ) : (
                        <Heading />
                      )}
                      <Button slot="next" aria-label={next}>
                        ›
                      </Button>
                    </header>
                    <CalendarGrid weekdayStyle="short">
                      <CalendarGridHeader>
                        {(day) => (
                          <CalendarHeaderCell>
                            {uiLang === 'kk' && OWN_KAZAKH
                              ? (KK_WEEKDAYS[RU_WEEKDAYS.indexOf(day)] ?? day)
                              : day}
                          </CalendarHeaderCell>
                        )}
                      </CalendarGridHeader>
                      <CalendarGridBody>{(date) => <CalendarCell date={date} />}</CalendarGridBody>
                    </CalendarGrid>
                  </>
                )}
              </Calendar>
            )}
          </Dialog>
        </Popover>
      </DialogTrigger>
    </I18nProvider>
  );
}
