/**
 * The day date-dependent tests run as. The date sweep (`npm run test:sweep`) sets REFUGE_TEST_TODAY
 * to each of its dates; a plain run takes the real day in Almaty. Either way the clock is pinned,
 * so a run that crosses midnight in Almaty stays on one day. Tests hand it to the processes they start as REFUGE_TODAY.
 */
import { pinnedDayClock, setClock, systemClock } from '../../common/clock.ts';
import { todayInAlmaty, type IsoDate } from '../../common/dates.ts';

export function testDay(): IsoDate {
  const pinned = process.env.REFUGE_TEST_TODAY?.trim();
  return pinned || todayInAlmaty(new Date(systemClock.nowMs()));
}

/** Pins this process's clock to the test day and returns it. */
export function pinTestDay(): IsoDate {
  const day = testDay();
  setClock(pinnedDayClock(day));
  return day;
}
