/**
 * The one answer to "what time is it": every deadline, saved-at stamp, version, holiday-year
 * warning, pack timestamp and PDF date asks here, never `new Date()` or `Date.now()` (ESLint
 * refuses both outside this file). Production runs on the system clock read on the Asia/Almaty
 * calendar; tests, `--today` and `REFUGE_TODAY` pin the civil date.
 */
import { almatyOffsetHours, isValidIsoDate, todayInAlmaty, type IsoDate } from './dates.ts';

export interface Clock {
  /** Milliseconds since the epoch. */
  nowMs(): number;
  /** The civil date this clock is pinned to, or null when it follows the real time. */
  readonly pinnedDay: IsoDate | null;
}

export const systemClock: Clock = { nowMs: () => Date.now(), pinnedDay: null };

/** Noon in Almaty of a civil date: the day's middle, so hours of running never change the date. */
export function almatyNoonMs(day: IsoDate): number {
  const noonUtc = Date.parse(`${day}T12:00:00Z`);
  return noonUtc - almatyOffsetHours(new Date(noonUtc)) * 3_600_000;
}

/**
 * A clock on a given civil date: it starts at noon there and runs forward at real speed (so
 * stamps keep their order and a ten-minute version window still means ten minutes), reading
 * elapsed time from a monotonic source that the machine's clock changes cannot move.
 */
export function pinnedDayClock(
  day: IsoDate,
  elapsedMs: () => number = monotonicSinceStart(),
): Clock {
  if (!isValidIsoDate(day)) throw new RangeError(`not a date: ${day}`);
  const start = almatyNoonMs(day);
  return { nowMs: () => start + elapsedMs(), pinnedDay: day };
}

/** A clock that moves only when told to: for tests that step through time. */
export interface ManualClock extends Clock {
  advance(ms: number): void;
  set(ms: number): void;
}

export function manualClock(startMs: number): ManualClock {
  let current = startMs;
  return {
    nowMs: () => current,
    pinnedDay: null,
    advance(ms) {
      current += ms;
    },
    set(ms) {
      current = ms;
    },
  };
}

/**
 * The renderer's clock: the main process's instant plus the time passed since, read on the wall
 * clock so that a laptop asleep overnight wakes on the right day (a monotonic timer stops during
 * sleep). With a real main clock the offset is a few milliseconds; with a pinned one it keeps the
 * window on the pinned day.
 */
export function followingClock(remoteNowMs: number, pinnedDay: IsoDate | null): Clock {
  const offset = remoteNowMs - Date.now();
  return { nowMs: () => Date.now() + offset, pinnedDay };
}

function monotonicSinceStart(): () => number {
  const start = performance.now();
  return () => Math.round(performance.now() - start);
}

/**
 * `REFUGE_TODAY` (or `--today`): a civil date YYYY-MM-DD pins the calendar; empty or absent
 * leaves the real time. Anything else is refused rather than silently ignored.
 */
export function clockFromSetting(value: string | undefined): Clock {
  const day = value?.trim();
  if (!day) return systemClock;
  if (!isValidIsoDate(day)) throw new ClockSettingError(day);
  return pinnedDayClock(day);
}

export class ClockSettingError extends Error {
  constructor(readonly value: string) {
    super(`REFUGE_TODAY / --today must be a date YYYY-MM-DD, got «${value}»`);
    this.name = 'ClockSettingError';
  }
}

let current: Clock = systemClock;

export function setClock(clock: Clock): void {
  current = clock;
}

export function getClock(): Clock {
  return current;
}

export function nowMs(): number {
  return current.nowMs();
}

export function now(): Date {
  return new Date(current.nowMs());
}

/** Today's civil date in Kazakhstan. */
export function today(): IsoDate {
  return todayInAlmaty(now());
}
