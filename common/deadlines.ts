/**
 * Procedural deadlines as plain-date arithmetic (УПК РК ст. 48): the period starts the day after
 * the triggering event (ч. 2), non-working days count (ч. 3), and a last day that falls on a
 * non-working day moves to the next working day (ч. 4) when the rule says so.
 *
 * Where the law is doubtful (КоАП ст. 739 for terms in сутки; УПК ст. 48 ч. 4 for custody
 * matters), a deadline has one rule — the earliest defensible last day, which the app shows as THE
 * deadline — and `alternatives`: the later readings, each with its legal basis, shown beside it as
 * «возможно, по …». Never the reverse (docs/legal/deadlines.md).
 */
import { addDays, addMonths, compareDates, daysBetween, type IsoDate } from './dates.ts';
import { holidayYearStatus, isNonWorkingDay } from './holidays.ts';

export type DeadlineRule =
  | {
      readonly kind: 'calendarDays';
      readonly days: number;
      readonly rollOver: 'nextWorkingDay' | 'none';
      /**
       * The trigger day is the first day of the term (УПК ст. 48 ч. 2 excepts detention and
       * custody from "the starting day is not counted"): 40 суток from 01.03 end on 09.04.
       */
      readonly firstDayCounts?: boolean;
    }
  | { readonly kind: 'workingDays'; readonly days: number }
  | {
      readonly kind: 'months';
      readonly months: number;
      readonly rollOver: 'nextWorkingDay' | 'none';
      readonly firstDayCounts?: boolean;
    };

/**
 * How a last day was counted, named so the UI and the filings can say which reading is used.
 * Texts: common/messages.ts (`reading.<id>`).
 */
export const READINGS = [
  'calendarNoCarryOver',
  'koapCarryOver',
  'koapWorkingDays',
  'custodyNoRollOver',
  'upkRollOver',
  'custodyFirstDayCounted',
  'custodyFromNextDay',
  // The 72 hours of a detention before a judge, counted in days: the hour is not known.
  'hoursFromDetention',
  'appkNoAppealInfo',
  'refugeesCheckpointExisted',
  'appkForwarded',
] as const;
export type ReadingId = (typeof READINGS)[number];

/** A later reading of the same term, shown beside the deadline as «возможно, по …». */
export interface DeadlineReading {
  readonly reading: ReadingId;
  readonly lastDay: IsoDate;
  /** Cite keys (templates/cites.json) the reading rests on. */
  readonly basis: readonly string[];
}

export interface DeadlineWarning {
  readonly code: 'holidaysUnknown' | 'holidaysUnverified';
  readonly year: number;
}

export interface DeadlineResult {
  readonly lastDay: IsoDate;
  /** Calendar days from today to the last day; negative once it has passed. */
  readonly daysLeft: number;
  readonly status: 'ok' | 'dueToday' | 'passed';
  /** The last day before it was moved off a non-working day. */
  readonly rolledFrom?: IsoDate;
  readonly warnings: readonly DeadlineWarning[];
}

export function computeDeadline(
  rule: DeadlineRule,
  trigger: IsoDate,
  today: IsoDate,
): DeadlineResult {
  const yearsTouched = new Set<number>();
  const nonWorking = (d: IsoDate): boolean => {
    yearsTouched.add(Number(d.slice(0, 4)));
    return isNonWorkingDay(d) === true;
  };
  let lastDay: IsoDate;
  let rolledFrom: IsoDate | undefined;
  if (rule.kind === 'workingDays') {
    lastDay = trigger;
    for (let counted = 0; counted < rule.days;) {
      lastDay = addDays(lastDay, 1);
      if (!nonWorking(lastDay)) counted++;
    }
  } else {
    // With the first day counted, the term ends a day earlier than counted from the next day:
    // the day before the corresponding date, so twelve months from 01.03.2027 end on 29.02.2028
    // (shifting the start back first would end them on the 28th).
    const end =
      rule.kind === 'calendarDays' ? addDays(trigger, rule.days) : addMonths(trigger, rule.months);
    lastDay = rule.firstDayCounts === true ? addDays(end, -1) : end;
    if (rule.rollOver === 'nextWorkingDay' && nonWorking(lastDay)) {
      rolledFrom = lastDay;
      do lastDay = addDays(lastDay, 1);
      while (nonWorking(lastDay));
    }
  }
  // Only rules that skip non-working days depend on the holiday table.
  const dependsOnHolidays = rule.kind === 'workingDays' || rule.rollOver === 'nextWorkingDay';
  const warnings: DeadlineWarning[] = [];
  if (dependsOnHolidays) {
    for (const year of [...yearsTouched].sort()) {
      const status = holidayYearStatus(year);
      if (!status.covered) warnings.push({ code: 'holidaysUnknown', year });
      else if (status.unverified.length > 0) warnings.push({ code: 'holidaysUnverified', year });
    }
  }
  const daysLeft = daysBetween(today, lastDay);
  const cmp = compareDates(today, lastDay);
  return {
    lastDay,
    daysLeft,
    status: cmp > 0 ? 'passed' : cmp === 0 ? 'dueToday' : 'ok',
    ...(rolledFrom ? { rolledFrom } : {}),
    warnings,
  };
}

export interface AlternativeSpec {
  readonly reading: ReadingId;
  readonly rule: DeadlineRule;
  readonly basis: readonly string[];
}

export interface DeadlineWithReadings extends DeadlineResult {
  /** The reading the deadline (`lastDay`) follows. */
  readonly reading?: ReadingId;
  /** Later readings only (a reading that gives the same or an earlier day adds nothing), earliest first. */
  readonly alternatives: readonly DeadlineReading[];
  /** The last day of the latest reading: `lastDay` when no later reading exists. */
  readonly latestLastDay: IsoDate;
  /**
   * The safe last day has passed but a later reading still runs: the filing argues it is in time
   * under that reading — it is never printed as simply late.
   */
  readonly arguable: boolean;
}

/**
 * The deadline (the earliest defensible last day) and the later readings beside it. Every reading
 * is computed here, from data; templates only print the result.
 */
export function computeDeadlineWithReadings(
  rule: DeadlineRule,
  alternatives: readonly AlternativeSpec[],
  trigger: IsoDate,
  today: IsoDate,
  reading?: ReadingId,
): DeadlineWithReadings {
  const main = computeDeadline(rule, trigger, today);
  const later: DeadlineReading[] = [];
  const warnings = [...main.warnings];
  for (const alt of alternatives) {
    const r = computeDeadline(alt.rule, trigger, today);
    for (const w of r.warnings)
      if (!warnings.some((x) => x.code === w.code && x.year === w.year)) warnings.push(w);
    if (compareDates(r.lastDay, main.lastDay) <= 0) continue;
    if (later.some((x) => x.lastDay === r.lastDay)) continue;
    later.push({ reading: alt.reading, lastDay: r.lastDay, basis: alt.basis });
  }
  later.sort((a, b) => compareDates(a.lastDay, b.lastDay));
  const latest = later[later.length - 1];
  const arguable =
    main.status === 'passed' && latest !== undefined && compareDates(today, latest.lastDay) <= 0;
  return {
    ...main,
    warnings,
    ...(reading ? { reading } : {}),
    alternatives: later,
    latestLastDay: latest?.lastDay ?? main.lastDay,
    arguable,
  };
}
