/**
 * Procedural deadlines as plain-date arithmetic (УПК РК ст. 48): the period starts the day after
 * the triggering event (ч. 2), non-working days count (ч. 3), and a last day that falls on a
 * non-working day moves to the next working day (ч. 4) when the rule says so.
 */
import { addDays, addMonths, compareDates, daysBetween, type IsoDate } from './dates.ts';
import { holidayYearStatus, isNonWorkingDay } from './holidays.ts';

export type DeadlineRule =
  | {
      readonly kind: 'calendarDays';
      readonly days: number;
      readonly rollOver: 'nextWorkingDay' | 'none';
    }
  | { readonly kind: 'workingDays'; readonly days: number }
  | {
      readonly kind: 'months';
      readonly months: number;
      readonly rollOver: 'nextWorkingDay' | 'none';
    };

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
    lastDay =
      rule.kind === 'calendarDays' ? addDays(trigger, rule.days) : addMonths(trigger, rule.months);
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
