/**
 * The date sweep, in one process: the clock pinned to every day of SWEEP_DATES (a week of
 * weekdays, each holiday and the day before it, the turn of the year, 29 February, a year the
 * holiday table does not cover), a matter's drafts saved that day through the IPC handlers, and
 * the deadlines the lawyer sees checked against the hand-written calendar.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

import { createHandlers } from '../../main/ipc/handlers.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';
import { folderSaveTarget } from '../../main/bridge/web.ts';
import { pinnedDayClock, setClock } from '../../common/clock.ts';
import { ipcCalls } from '../helpers/ipc.ts';
import { sampleOn } from '../helpers/golden.ts';
import {
  ORACLE_YEARS,
  oracleAddDays,
  oracleAddWorkingDays,
  oracleDaysBetween,
  oracleRolledLastDay,
} from '../helpers/calendar-oracle.ts';
import { SWEEP_DATES } from './dates.ts';
import { tempDir } from '../helpers/temp.ts';

const root = tempDir('sweep');
const session = new Session({
  vaultDir: join(root, 'vault'),
  saveTarget: folderSaveTarget(join(root, 'exports')),
  kdf: { N: 2 ** 14 },
});
const { ok } = ipcCalls(createHandlers(getServices(), session));
let matterId = '';

beforeAll(async () => {
  setClock(pinnedDayClock(SWEEP_DATES[0] as string));
  await ok('vault:create', { passphrase: 'тихий вечер над Алматы', uiLang: 'ru' });
  matterId = (await ok('matters:create', { uiLang: 'ru', title: 'Развёртка дат' })).id;
});
afterAll(async () => {
  await session.close();
  rmSync(root, { recursive: true, force: true });
});

const dmy = (d: string): string => `${d.slice(8)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
/** Years whose holidays and transfers the table has without a doubt (the others warn). */
const yearsWithoutWarning = new Set([2026]);

describe('deadlines on every day of the sweep', () => {
  it.each(SWEEP_DATES)('%s', async (today) => {
    setClock(pinnedDayClock(today));
    const supreme = {
      ...sampleOn('templates/supreme-court-complaint/samples/complex.json', today),
      decisionDate: oracleAddDays(today, -6),
      copyReceivedDate: oracleAddDays(today, -3),
      signingDate: today,
      deadlineMissed: false,
    };
    const expulsion = sampleOn('templates/expulsion-appeal/samples/simple.json', today);
    for (const [templateId, answers] of [
      ['supreme-court-complaint', supreme],
      ['expulsion-appeal', expulsion],
    ] as const) {
      await ok('drafts:save', { uiLang: 'ru', matterId, templateId, lang: 'ru', answers });
      // As written that day, each answer set is complete: no deadline passed, nothing demanded.
      expect(await ok('filing:validate', { templateId, answers, uiLang: 'ru' })).toEqual([]);
    }

    const matter = await ok('matters:get', { uiLang: 'ru', matterId });
    const byTemplate = (id: string) => matter.deadlines.find((d) => d.templateId === id);

    // Supreme Court (УПК ст. 592 ч. 1): the tenth day; a day off moved on beside it (ст. 48 ч. 4).
    const copy = oracleAddDays(today, -3);
    const tenth = oracleAddDays(copy, 10);
    const rolled = oracleRolledLastDay(copy, 10);
    const sc = byTemplate('supreme-court-complaint');
    expect(sc).toMatchObject({
      lastDay: tenth,
      daysLeft: oracleDaysBetween(today, tenth),
      missed: false,
    });
    expect(sc?.later.map((l) => l.replace(/\u00A0/g, ' '))).toEqual(
      rolled === tenth ? [] : [expect.stringContaining(`возможно, по ${dmy(rolled)}`)],
    );

    // Expulsion appeal (КоАП ст. 832 ч. 1, 10 суток): calendar days; the carry-over and the
    // count without days off beside it (ст. 739 ч. 5, ч. 3).
    const served = expulsion.rulingServedDate as string;
    const calendar = oracleAddDays(served, 10);
    const carried = oracleRolledLastDay(served, 10);
    const workdays = oracleAddWorkingDays(served, 10);
    const ex = byTemplate('expulsion-appeal');
    expect(ex).toMatchObject({ lastDay: calendar, missed: calendar < today });
    const later = [...new Set([carried, workdays].filter((d) => d > calendar))].sort();
    expect(ex?.later.map((l) => /\d\d\.\d\d\.\d{4}/.exec(l)?.[0])).toEqual(later.map(dmy));

    // A year the table does not cover, or covers with unverified days, says so.
    const touched = new Set([tenth, rolled].map((d) => Number(d.slice(0, 4))));
    const quiet = [...touched].every((y) => yearsWithoutWarning.has(y));
    expect((sc?.warnings ?? []).length === 0).toBe(quiet);
    for (const year of touched)
      if (!ORACLE_YEARS.includes(year))
        expect(sc?.warnings.join(' ')).toContain(
          `Курбан айт и переносы выходных дней на ${year} год неизвестны`,
        );
  });
});
