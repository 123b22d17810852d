/**
 * Triage over IPC, as Home uses it: the filings a situation calls for, a matter that keeps the
 * answers, a new draft prefilled from them, and the deadline in the list across matters.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers } from '../../main/ipc/handlers.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';
import { folderSaveTarget } from '../../main/bridge/web.ts';
import { ipcCalls } from '../helpers/ipc.ts';
import { tempDir } from '../helpers/temp.ts';
import { getClock, pinnedDayClock, setClock } from '../../common/clock.ts';

// Drafts open on the clock's day: pinned past the appeal's last day, so the way out is offered.
const callerClock = getClock();
setClock(pinnedDayClock('2026-02-20'));
const root = tempDir('triage');
const session = new Session({
  vaultDir: join(root, 'vault'),
  saveTarget: folderSaveTarget(join(root, 'exports')),
  kdf: { N: 2 ** 14 },
});
afterAll(() => {
  session.close();
  setClock(callerClock);
  rmSync(root, { recursive: true, force: true });
});
const { ok } = ipcCalls(createHandlers(getServices(), session));

const answers = {
  place: 'free',
  decision: 'expulsionRuling',
  decisionDate: '2026-01-28',
  asylumPending: false,
} as const;

describe('triage over IPC', () => {
  it('shows the filings, starts one prefilled, and lists its deadline across matters', async () => {
    const items = await ok('triage:show', { uiLang: 'en', answers, today: '2026-01-29' });
    expect(items[0]).toMatchObject({
      templateId: 'expulsion-appeal',
      status: 'open',
      lastDayText: 'up to and including 07.02.2026\u00a0(Saturday)',
      daysLeftText: '9 days left',
    });
    expect(items[0]?.later).toHaveLength(2);

    await ok('vault:create', { passphrase: 'тихий вечер над Алматы', uiLang: 'ru' });
    const { matterId } = await ok('triage:start', {
      uiLang: 'ru',
      answers,
      templateId: 'expulsion-appeal',
      title: 'Выдворение',
    });
    const draft = await ok('drafts:open', {
      uiLang: 'ru',
      matterId,
      templateId: 'expulsion-appeal',
    });
    expect(draft.answers.rulingServedDate).toBe('2026-01-28');
    // The answers are kept: Home's "empty matters" offer must not count this matter as empty.
    expect((await ok('matters:get', { uiLang: 'ru', matterId })).hasTriage).toBe(true);
    // A way out started from the same matter gets its own prefill.
    const restoration = await ok('drafts:open', {
      uiLang: 'ru',
      matterId,
      templateId: 'deadline-restoration',
    });
    expect(restoration.answers.procedure).toBe('adminOffence');
    expect(restoration.answers.triggerDate).toBe('2026-01-28');

    const list = await ok('deadlines:list', { uiLang: 'ru', today: '2026-02-06' });
    expect(list.map((d) => [d.matterId, d.lastDay, d.daysLeftText, d.urgency])).toEqual([
      [matterId, '2026-02-07', 'последний день — завтра', 'tomorrow'],
    ]);
  });

  it('keeps a deadline passed on the safe count only, as that, while a later reading runs', async () => {
    // Served Wed 28.01.2026: 10 суток end Sat 07.02; carried over, Mon 09.02; in working days,
    // Wed 11.02 (КоАП ст. 739 ч. 3, 5). On 09.02 the appeal is still argued to be in time.
    const { matterId } = await ok('triage:start', {
      uiLang: 'ru',
      answers,
      templateId: 'expulsion-appeal',
      title: 'Выдворение, черновик',
    });
    const draft = await ok('drafts:open', {
      uiLang: 'ru',
      matterId,
      templateId: 'expulsion-appeal',
    });
    await ok('drafts:save', {
      uiLang: 'ru',
      matterId,
      templateId: 'expulsion-appeal',
      templateVersion: draft.currentVersion,
      lang: 'ru',
      answers: draft.answers,
    });
    const arguable = 'по безопасному счёту срок истёк 2 дня назад; по другому прочтению ещё идёт';
    const list = await ok('deadlines:list', { uiLang: 'ru', today: '2026-02-09' });
    // One from the first matter's triage answers, one from this matter's saved draft.
    expect(list.map((d) => [d.lastDay, d.daysLeftText, d.urgency, d.latestLastDay])).toEqual([
      ['2026-02-07', arguable, 'arguable', '2026-02-11'],
      ['2026-02-07', arguable, 'arguable', '2026-02-11'],
    ]);
    expect(list.map((d) => d.matterId)).toContain(matterId);

    const page = await ok('matters:get', { uiLang: 'ru', matterId, today: '2026-02-09' });
    expect(page.deadlines).toMatchObject([
      { id: 'appeal', lastDay: '2026-02-07', missed: true, arguable: true },
    ]);
    expect(page.deadlines[0]?.later.join('\n')).toContain('11.02.2026');

    // Past every reading: off the list of what is still to be filed.
    expect(await ok('deadlines:list', { uiLang: 'ru', today: '2026-02-12' })).toEqual([]);
  });
});
