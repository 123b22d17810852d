/**
 * An independent answer to "is this a working day in Kazakhstan?", written out by hand from the
 * published calendars — never computed by common/holidays.ts, whose rules it checks. Expected
 * deadlines in date-dependent tests come from here (or are written out for named dates).
 *
 * Weekday days off per year: the Law «О праздниках» holidays (1–2 Jan, 8 Mar, 21–23 Mar, 1, 7,
 * 9 May, 6 Jul, 30 Aug, 25 Oct, 16 Dec), a weekend holiday's next working day, 7 January, the
 * first day of Kurban Ait, and the Government's transfers where known.
 */
import type { IsoDate } from '../../common/dates.ts';

const WEEKDAYS_OFF: Readonly<Record<number, readonly IsoDate[]>> = {
  // 8 Mar Fri; 23 Mar Sat → Mon 25; 6 Jul Sat → Mon 8; Kurban Ait 16 Jun and 7 Jan are Sundays.
  2024: [
    '2024-01-01',
    '2024-01-02',
    '2024-03-08',
    '2024-03-21',
    '2024-03-22',
    '2024-03-25',
    '2024-05-01',
    '2024-05-07',
    '2024-05-09',
    '2024-07-08',
    '2024-08-30',
    '2024-10-25',
    '2024-12-16',
  ],
  // Sunday 5 Jan worked for Friday 3 Jan; 8 Mar Sat → Mon 10; 22–23 Mar → Mon 24, Tue 25;
  // 6 Jul Sun → Mon 7; 30 Aug Sat → Mon 1 Sep; 25 Oct Sat → Mon 27; Kurban Ait Fri 6 Jun.
  2025: [
    '2025-01-01',
    '2025-01-02',
    '2025-01-03',
    '2025-01-07',
    '2025-03-10',
    '2025-03-21',
    '2025-03-24',
    '2025-03-25',
    '2025-05-01',
    '2025-05-07',
    '2025-05-09',
    '2025-06-06',
    '2025-07-07',
    '2025-09-01',
    '2025-10-27',
    '2025-12-16',
  ],
  // The official 2026 calendar: 15 weekday days off, no Government transfers.
  2026: [
    '2026-01-01',
    '2026-01-02',
    '2026-01-07',
    '2026-03-09',
    '2026-03-23',
    '2026-03-24',
    '2026-03-25',
    '2026-05-01',
    '2026-05-07',
    '2026-05-11',
    '2026-05-27',
    '2026-07-06',
    '2026-08-31',
    '2026-10-26',
    '2026-12-16',
  ],
  // Transfers not yet decreed; Kurban Ait (16 May, a Sunday) is an estimate.
  // 2 Jan Sat → Mon 4; 21 Mar Sun → Wed 24 (22–23 are holidays); 1 May Sat → Mon 3; 9 May Sun → Mon 10.
  2027: [
    '2027-01-01',
    '2027-01-04',
    '2027-01-07',
    '2027-03-08',
    '2027-03-22',
    '2027-03-23',
    '2027-03-24',
    '2027-05-03',
    '2027-05-07',
    '2027-05-10',
    '2027-07-06',
    '2027-08-30',
    '2027-10-25',
    '2027-12-16',
  ],
};

/**
 * Years the app's table does not cover: only the Law's own weekday days off, written out by hand
 * (Kurban Ait and transfers are unknown there, and the app says so). 2028: 1–2 Jan Sat–Sun →
 * Mon 3, Tue 4; 7 May Sun → Mon 8; 16 Dec Sat → Mon 18. 2031: 8 Mar Sat → Mon 10; 22–23 Mar
 * Sat–Sun → Mon 24, Tue 25; 6 Jul Sun → Mon 7; 30 Aug Sat → Mon 1 Sep; 25 Oct Sat → Mon 27.
 */
const LAW_ONLY_WEEKDAYS_OFF: Readonly<Record<number, readonly IsoDate[]>> = {
  2028: [
    '2028-01-03',
    '2028-01-04',
    '2028-01-07',
    '2028-03-08',
    '2028-03-21',
    '2028-03-22',
    '2028-03-23',
    '2028-05-01',
    '2028-05-08',
    '2028-05-09',
    '2028-07-06',
    '2028-08-30',
    '2028-10-25',
    '2028-12-18',
  ],
  2031: [
    '2031-01-01',
    '2031-01-02',
    '2031-01-07',
    '2031-03-10',
    '2031-03-21',
    '2031-03-24',
    '2031-03-25',
    '2031-05-01',
    '2031-05-07',
    '2031-05-09',
    '2031-07-07',
    '2031-09-01',
    '2031-10-27',
    '2031-12-16',
  ],
};

/** Weekend days worked instead of a weekday off. */
const WORKED_WEEKEND_DAYS: readonly IsoDate[] = ['2025-01-05'];

/** Years whose holidays the app's table covers; any other year is "unknown — verify". */
export const ORACLE_YEARS: readonly number[] = [2024, 2025, 2026, 2027];

function weekday(d: IsoDate): number {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  // Zeller-free: the epoch day count, 1970-01-01 a Thursday (4).
  const days = Math.floor(Date.UTC(y, m - 1, day) / 86_400_000);
  return (((days + 4) % 7) + 7) % 7;
}

export function oracleNonWorking(d: IsoDate): boolean {
  if (WORKED_WEEKEND_DAYS.includes(d)) return false;
  const w = weekday(d);
  if (w === 0 || w === 6) return true;
  const year = Number(d.slice(0, 4));
  return (WEEKDAYS_OFF[year] ?? LAW_ONLY_WEEKDAYS_OFF[year])?.includes(d) ?? false;
}

/** The day `n` days after `d`, by plain day counting. */
export function oracleAddDays(d: IsoDate, n: number): IsoDate {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, day + n)).toISOString().slice(0, 10);
}

/** Last day of a period in days, moved past non-working days (УПК ст. 48 ч. 4). */
export function oracleRolledLastDay(trigger: IsoDate, days: number): IsoDate {
  let d = oracleAddDays(trigger, days);
  while (oracleNonWorking(d)) d = oracleAddDays(d, 1);
  return d;
}

/** Every weekday day off the oracle knows: the date sweep visits each and the day before it. */
export function oracleHolidays(): IsoDate[] {
  return Object.values(WEEKDAYS_OFF).flat();
}

/** Calendar days from `a` to `b`, by plain day counting. */
export function oracleDaysBetween(a: IsoDate, b: IsoDate): number {
  const ms = (d: IsoDate): number => Date.parse(`${d}T00:00:00Z`);
  return Math.round((ms(b) - ms(a)) / 86_400_000);
}

/** The `n`-th working day after `d` (a term that leaves days off out of its count). */
export function oracleAddWorkingDays(d: IsoDate, n: number): IsoDate {
  let day = d;
  for (let counted = 0; counted < n;) {
    day = oracleAddDays(day, 1);
    if (!oracleNonWorking(day)) counted++;
  }
  return day;
}
