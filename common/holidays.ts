/** Is a civil date a non-working day in Kazakhstan? Built from holidays-data.ts, with its gaps told. */
import { addDays, dayOfWeek, type IsoDate } from './dates.ts';
import { z } from './zod.ts';
import {
  FIXED_DAYS_OFF_NO_SHIFT,
  FIXED_HOLIDAYS,
  HOLIDAY_YEARS,
  type HolidayYear,
} from './holidays-data.ts';

let byYear = new Map<number, HolidayYear>(HOLIDAY_YEARS.map((y) => [y.year, y]));
interface YearTable {
  readonly daysOff: Set<IsoDate>;
  readonly workdays: Set<IsoDate>;
  /** The year is in the table: Kurban Ait and the transfers are known. */
  readonly known: boolean;
}
const cache = new Map<number, YearTable>();

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/**
 * `holidays.json` of a templates folder or template pack: years that replace the built-in ones
 * (or add years the app does not know), so next year's days off reach a lawyer offline with the
 * next signed pack. Each year carries its sources, like the built-in table.
 */
export const holidayYearsSchema = z
  .object({
    years: z.array(
      z
        .object({
          year: z.number().int().min(2000).max(2200),
          kurbanAit: z
            .object({ date: isoDay, verified: z.boolean(), note: z.string().optional() })
            .strict(),
          transfers: z.array(
            z
              .object({
                dayOff: isoDay,
                workday: isoDay,
                decree: z.string().min(1),
                verified: z.boolean(),
              })
              .strict(),
          ),
          transfersKnown: z.boolean(),
          source: z.string().min(1),
        })
        .strict()
        .refine(
          (y) =>
            y.kurbanAit.date.startsWith(`${y.year}-`) &&
            y.transfers.every((t) => t.dayOff.startsWith(`${y.year}-`)),
          { message: 'every date of a year lies in that year' },
        ),
    ),
  })
  .strict();

/**
 * The years in force: the built-in table with `extra` laid over it, year by year (a template
 * pack's holidays.json). Called once the packs are loaded, in each process and in the window.
 */
export function setHolidayYears(extra: readonly HolidayYear[]): void {
  byYear = new Map<number, HolidayYear>(HOLIDAY_YEARS.map((y) => [y.year, y]));
  for (const y of extra) byYear.set(y.year, y);
  cache.clear();
}

/** Every year the table knows, in order. */
export function holidayYears(): HolidayYear[] {
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

const isWeekend = (d: IsoDate): boolean => {
  const w = dayOfWeek(d);
  return w === 0 || w === 6;
};

/**
 * The year's days off. A year the table lacks still has the Law's own holidays and its weekend
 * rule (ст. 2–5), and 7 January: those never change. Only Kurban Ait and the Government's
 * transfers are unknown there (`known: false`), and a weekday off none of the known lists is
 * 'unknown', never a working day by default.
 */
function yearTable(year: number): YearTable {
  let table = cache.get(year);
  if (table) return table;
  const data = byYear.get(year);
  const holidays = FIXED_HOLIDAYS.map((md) => `${year}-${md}`);
  const daysOff = new Set<IsoDate>([
    ...holidays,
    ...FIXED_DAYS_OFF_NO_SHIFT.map((md) => `${year}-${md}`),
    ...(data ? [data.kurbanAit.date] : []),
  ]);
  // ст. 5: each Law holiday on a weekend gives the next working day after it off.
  for (const h of holidays) {
    if (!isWeekend(h)) continue;
    let d = addDays(h, 1);
    while (isWeekend(d) || daysOff.has(d)) d = addDays(d, 1);
    daysOff.add(d);
  }
  const workdays = new Set<IsoDate>();
  for (const t of data?.transfers ?? []) {
    daysOff.add(t.dayOff);
    workdays.add(t.workday);
  }
  table = { daysOff, workdays, known: data !== undefined };
  cache.set(year, table);
  return table;
}

/**
 * true / false, or 'unknown' for a weekday of a year not in the table that none of the Law's
 * holidays covers (it may be Kurban Ait or a transferred day off).
 */
export function isNonWorkingDay(d: IsoDate): boolean | 'unknown' {
  const table = yearTable(Number(d.slice(0, 4)));
  if (table.workdays.has(d)) return false;
  if (isWeekend(d) || table.daysOff.has(d)) return true;
  return table.known ? false : 'unknown';
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
