/** Is a civil date a non-working day in Kazakhstan? Built from holidays-data.ts, with its gaps told. */
import { addDays, dayOfWeek, type IsoDate } from './dates.ts';
import {
  FIXED_DAYS_OFF_NO_SHIFT,
  FIXED_HOLIDAYS,
  HOLIDAY_YEARS,
  type HolidayYear,
} from './holidays-data.ts';

const byYear = new Map<number, HolidayYear>(HOLIDAY_YEARS.map((y) => [y.year, y]));
const cache = new Map<number, { daysOff: Set<IsoDate>; workdays: Set<IsoDate> }>();

const isWeekend = (d: IsoDate): boolean => {
  const w = dayOfWeek(d);
  return w === 0 || w === 6;
};

function yearTable(year: number): { daysOff: Set<IsoDate>; workdays: Set<IsoDate> } | undefined {
  const data = byYear.get(year);
  if (!data) return undefined;
  let table = cache.get(year);
  if (table) return table;
  const holidays = FIXED_HOLIDAYS.map((md) => `${year}-${md}`);
  const daysOff = new Set<IsoDate>([
    ...holidays,
    ...FIXED_DAYS_OFF_NO_SHIFT.map((md) => `${year}-${md}`),
    data.kurbanAit.date,
  ]);
  // ст. 5: each Law holiday on a weekend gives the next working day after it off.
  for (const h of holidays) {
    if (!isWeekend(h)) continue;
    let d = addDays(h, 1);
    while (isWeekend(d) || daysOff.has(d)) d = addDays(d, 1);
    daysOff.add(d);
  }
  const workdays = new Set<IsoDate>();
  for (const t of data.transfers) {
    daysOff.add(t.dayOff);
    workdays.add(t.workday);
  }
  table = { daysOff, workdays };
  cache.set(year, table);
  return table;
}

/** true / false, or 'unknown' when the year is not in the table (weekends are still known). */
export function isNonWorkingDay(d: IsoDate): boolean | 'unknown' {
  const table = yearTable(Number(d.slice(0, 4)));
  if (!table) return isWeekend(d) ? true : 'unknown';
  if (table.workdays.has(d)) return false;
  return isWeekend(d) || table.daysOff.has(d);
}

export interface HolidayYearStatus {
  readonly covered: boolean;
  readonly transfersKnown: boolean;
  /** What a lawyer should double-check for this year. */
  readonly unverified: readonly string[];
}

export function holidayYearStatus(year: number): HolidayYearStatus {
  const data = byYear.get(year);
  if (!data) return { covered: false, transfersKnown: false, unverified: [] };
  const unverified = [
    ...(data.kurbanAit.verified ? [] : [`Kurban Ait ${data.kurbanAit.date}`]),
    ...(data.transfersKnown ? [] : ['Government day-off transfers']),
    ...data.transfers.filter((t) => !t.verified).map((t) => `transfer ${t.workday} → ${t.dayOff}`),
  ];
  return { covered: true, transfersKnown: data.transfersKnown, unverified };
}
