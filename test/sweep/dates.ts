/**
 * The days the in-process date sweep pins the clock to (test/sweep/calendar.test.ts). The slower
 * tests (real processes, the browser) run on the short list in scripts/test.mjs.
 */
import { oracleAddDays, oracleHolidays } from '../helpers/calendar-oracle.ts';

/** A week of weekdays, 31 December and 1 January, 29 February of a leap year, a year not covered. */
const NAMED = [
  '2026-12-07',
  '2026-12-08',
  '2026-12-09',
  '2026-12-10',
  '2026-12-11',
  '2026-12-12',
  '2026-12-13',
  '2026-12-31',
  '2027-01-01',
  '2028-02-29',
  '2031-06-18',
];

/**
 * Every named day; each holiday of the table, the day before it, and the day a week before it
 * (a term of ten days from three days earlier then ends on the holiday); sorted, no repeats.
 */
export const SWEEP_DATES: readonly string[] = [
  ...new Set([
    ...NAMED,
    ...oracleHolidays().flatMap((d) => [oracleAddDays(d, -7), oracleAddDays(d, -1), d]),
  ]),
].sort();
