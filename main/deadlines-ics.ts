/**
 * `refuge deadlines --ics`: the open deadlines as an iCalendar file, one all-day event per last
 * day (for an arguable one, the later reading's) on its Almaty civil date (a DATE value, no time
 * and no zone, so no calendar shifts it).
 * No client name and no matter title unless the lawyer asks (`withNames`): a calendar is synced
 * to phones and servers the vault never reaches.
 */
import { createEvents, type EventAttributes } from 'ics';
import { addDays, parseIsoDate, type IsoDate } from '../common/dates.ts';
import { localize } from '../common/locales/index.ts';
import type { Lang } from '../common/manifest.ts';
import { nowMs } from '../common/clock.ts';
import type { OpenDeadlineView } from './app/triage.ts';

function dateArray(d: IsoDate): [number, number, number] {
  const p = parseIsoDate(d);
  if (!p) throw new Error(`not a date: ${d}`);
  return [p.year, p.month, p.day];
}

export function deadlinesIcs(
  deadlines: readonly OpenDeadlineView[],
  lang: Lang,
  withNames: boolean,
): string {
  // DTSTAMP from the app's clock (pinned in tests), not the library's own reading of the time.
  const timestamp = nowMs();
  const events = deadlines.map((d) => {
    const who = withNames ? ` — ${d.clientName || d.matterTitle}` : '';
    // The safe day of an arguable deadline is past: the event stands on the day the later
    // reading ends, and says that it is that reading.
    const arguable = d.urgency === 'arguable';
    const day = arguable ? d.latestLastDay : d.lastDay;
    const reading = arguable ? ` (${localize(lang, 'ics.laterReading')})` : '';
    const event: EventAttributes & { timestamp: number } = {
      // The term, not its day: a corrected date updates the event on import instead of adding
      // one, and two terms ending on one day (or two drafts of one filing) stay two events.
      uid: `${d.matterId}-${d.termKey}@refuge`,
      start: dateArray(day),
      end: dateArray(addDays(day, 1)),
      title: `${d.label}${reading}${who}`,
      description: [
        `${d.templateTitle}: ${d.lastDayText} — ${d.daysLeftText}`,
        ...d.later,
        `${localize(lang, 'ics.matter')}: ${withNames ? d.matterTitle : d.matterId}`,
      ].join('\n'),
      timestamp,
    };
    return event;
  });
  const { error, value } = createEvents(events, {
    productId: 'refuge',
    calName: localize(lang, 'ics.calendarName'),
  });
  if (error || value === null) throw error ?? new Error('iCalendar export failed');
  return value;
}
