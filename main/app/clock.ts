/**
 * The injected today: every use case computes for the day its caller names (a test, the CLI's
 * `--today`, the window's pinned calendar) and falls back to the one clock (common/clock.ts).
 */
import * as clock from '../../common/clock.ts';
import { holidayYears } from '../../common/holidays.ts';
import type { Results } from '../api.ts';
import type { AppContext } from './context.ts';

export function dayOf(today?: string): string {
  return today ?? clock.today();
}

/** The session's now as a Date: the vault stamps records with it (tests move it). */
export function sessionNow(ctx: AppContext): Date {
  return new Date(ctx.session.now());
}

/** What the window's calendar needs: the instant, a pinned day if any, the known holiday years. */
export function calendar(): Results['calendar:get'] {
  return {
    nowMs: clock.nowMs(),
    pinnedDay: clock.getClock().pinnedDay,
    holidayYears: holidayYears(),
  };
}
