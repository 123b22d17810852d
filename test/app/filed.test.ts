/**
 * A filing marked as handed in (common/filed.ts, app/filed.ts): its own term leaves the open
 * deadlines of Home and `refuge deadlines`, the matter's table judges the day it was handed in by
 * the same readings (in time, arguable, late), another step's term stays open, and the mark
 * survives a new version of the answers and a backup. Every day here is fixed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { getServices } from '../../main/services.ts';
import { Vault } from '../../main/vault/index.ts';
import { saveDraft } from '../../main/app/drafts.ts';
import { openAsWindow } from '../helpers/matter.ts';
import { FiledMarkRejected, markFiled } from '../../main/app/filed.ts';
import { matterDeadlinesOf, openDeadlinesOf } from '../../main/app/matters.ts';
import { sample } from '../helpers/golden.ts';
import { tempDir } from '../helpers/temp.ts';
import { filedMarkText } from '../../common/filed.ts';

const services = getServices();
const { engine } = services;
const now = new Date('2026-12-07T06:00:00Z');
const PASS = 'a long vault passphrase';

/** An expulsion appeal served on Wednesday 02.12.2026: safe 12.12 (Sat), later 14.12 and 17.12. */
function expulsionAnswers(): Record<string, unknown> {
  return {
    ...sample('expulsion-appeal', 'simple'),
    expulsionRulingDate: '2026-12-01',
    rulingServedDate: '2026-12-02',
    signingDate: '2026-12-07',
  };
}

let vault: Vault;
let dir = '';
beforeAll(async () => {
  dir = tempDir('filed');
  vault = await Vault.create(join(dir, 'vault'), PASS, { kdf: { N: 2 ** 10 } });
});
afterAll(() => vault.lock());

/** A new matter with one draft of `templateId`; its id. */
function newMatter(templateId: string, answers: Record<string, unknown>): string {
  const matter = vault.createMatter(
    { title: 'Дело', client: { lastName: '', firstName: '' } },
    now,
  );
  saveDraft(vault, engine, { matterId: matter.id, templateId, answers }, now);
  return matter.id;
}

const newAppeal = (): string => newMatter('expulsion-appeal', expulsionAnswers());

const appealTerm = (matterId: string, today: string) =>
  matterDeadlinesOf(services, vault.getMatter(matterId), 'ru', today).find(
    (d) => d.templateId === 'expulsion-appeal',
  );

describe('a filing marked as handed in', () => {
  it('is judged by the readings of its own term: in time, arguable, late', () => {
    const id = newAppeal();
    expect(appealTerm(id, '2026-12-07')).toMatchObject({ lastDay: '2026-12-12', daysLeft: 5 });
    expect(appealTerm(id, '2026-12-07')).not.toHaveProperty('filed');
    const verdict = (on: string) => {
      markFiled(
        vault,
        id,
        { templateId: 'expulsion-appeal' },
        { on, how: 'inPerson' },
        '2026-12-31',
        now,
      );
      return appealTerm(id, '2026-12-31')?.filed;
    };
    expect(verdict('2026-12-12')).toEqual({ on: '2026-12-12', timeliness: 'inTime' });
    // Monday 14.12: the carry-over reading; Thursday 17.12: ч. 3 ст. 739, the latest.
    expect(verdict('2026-12-14')).toEqual({ on: '2026-12-14', timeliness: 'arguable' });
    expect(verdict('2026-12-17')).toEqual({ on: '2026-12-17', timeliness: 'arguable' });
    expect(verdict('2026-12-18')).toEqual({ on: '2026-12-18', timeliness: 'late' });
    // Late or only arguable: the way out the triage table names for this term, a request to
    // restore it; in time, none.
    const wayOut = () => appealTerm(id, '2026-12-31')?.wayOut;
    expect(wayOut()).toEqual([
      {
        templateId: 'deadline-restoration',
        templateTitle: engine.template('deadline-restoration').manifest.title.ru,
      },
    ]);
    verdict('2026-12-14');
    expect(wayOut()).toHaveLength(1);
    verdict('2026-12-12');
    expect(wayOut()).toBeUndefined();
  });

  it('in time by post only if posting counts as filing: verified for the УПК alone', () => {
    const id = newAppeal();
    const mark = (how: 'post' | 'detention' | 'electronic') => {
      markFiled(
        vault,
        id,
        { templateId: 'expulsion-appeal' },
        { on: '2026-12-10', how },
        '2026-12-31',
        now,
      );
      return appealTerm(id, '2026-12-31')?.filed?.timeliness;
    };
    // КоАП ст. 832: no verified rule makes the day of posting the day of filing.
    expect(mark('post')).toBe('inTimeIfHandedIn');
    expect(mark('detention')).toBe('inTimeIfHandedIn');
    expect(mark('electronic')).toBe('inTime');
    // The Supreme Court complaint's term is the УПК's (ст. 592 ч. 1; ст. 49 ч. 1 applies).
    const answers = sample('supreme-court-complaint', 'simple');
    const sc = newMatter('supreme-court-complaint', answers);
    const on = String(answers.copyReceivedDate);
    markFiled(vault, sc, { templateId: 'supreme-court-complaint' }, { on, how: 'post' }, on, now);
    const term = matterDeadlinesOf(services, vault.getMatter(sc), 'ru', on).find(
      (d) => d.templateId === 'supreme-court-complaint' && !d.related,
    );
    expect(term?.filed?.timeliness).toBe('inTime');
  });

  it('leaves the open deadlines, and comes back to them when the mark is taken off', () => {
    const id = newAppeal();
    const open = () =>
      openDeadlinesOf(services, vault, 'ru', '2026-12-07').filter((d) => d.matterId === id);
    expect(open().map((d) => d.templateId)).toEqual(['expulsion-appeal']);
    markFiled(
      vault,
      id,
      { templateId: 'expulsion-appeal' },
      { on: '2026-12-07', how: 'post' },
      '2026-12-07',
      now,
    );
    expect(open()).toEqual([]);
    // Still on the matter page, where the verdict is shown: by post, under the КоАП, in time
    // only if posting counts as filing.
    expect(appealTerm(id, '2026-12-07')?.filed?.timeliness).toBe('inTimeIfHandedIn');
    markFiled(vault, id, { templateId: 'expulsion-appeal' }, null, '2026-12-07', now);
    expect(open().map((d) => d.templateId)).toEqual(['expulsion-appeal']);
    expect(vault.getMatter(id).drafts[0]).not.toHaveProperty('filed');
    // Not handed in: no way out while the safe day (12.12) runs; offered once it has passed,
    // arguable (14.12) or past every reading (18.12).
    expect(appealTerm(id, '2026-12-12')?.wayOut).toBeUndefined();
    for (const day of ['2026-12-14', '2026-12-18'])
      expect(appealTerm(id, day)?.wayOut?.map((w) => w.templateId)).toEqual([
        'deadline-restoration',
      ]);
  });

  it("keeps another step's term open: the custody limit outlives the objection", () => {
    const answers = sample('extradition-objection', 'complex');
    const matter = { id: newMatter('extradition-objection', answers) };
    const signed = String(answers.signingDate);
    const open = () =>
      openDeadlinesOf(services, vault, 'ru', signed)
        .filter((d) => d.matterId === matter.id)
        .map((d) => `${d.label} ${d.lastDay}`);
    const before = open();
    expect(before).toEqual([expect.stringContaining('2027-09-30')]);
    markFiled(
      vault,
      matter.id,
      { templateId: 'extradition-objection' },
      { on: signed, how: 'inPerson' },
      signed,
      now,
    );
    expect(open()).toEqual(before);
    const shown = matterDeadlinesOf(services, vault.getMatter(matter.id), 'ru', signed);
    expect(shown.map((d) => [d.related, d.filed])).toEqual([[true, undefined]]);
  });

  it('refuses a day still to come or no day at all, and writes nothing', () => {
    const id = newAppeal();
    const attempt = (on: string) => () =>
      markFiled(
        vault,
        id,
        { templateId: 'expulsion-appeal' },
        { on, how: 'post' },
        '2026-12-07',
        now,
      );
    expect(attempt('2026-12-08')).toThrow(FiledMarkRejected);
    expect(attempt('2026-02-30')).toThrow(FiledMarkRejected);
    try {
      attempt('2026-12-08')();
    } catch (err) {
      expect((err as FiledMarkRejected).localized('ru')).toBe(
        'Дата подачи 08.12.2026 ещё не наступила (сегодня 07.12.2026): отметьте подачу в день, когда документ сдан. Ничего не изменено.',
      );
      expect((err as FiledMarkRejected).localized('kk')).toContain('08.12.2026');
    }
    expect(vault.getMatter(id).drafts[0]).not.toHaveProperty('filed');
    // The command line has no schema before it: a reference longer than the cap was stored and
    // then read back as no mark at all. It is refused instead, with the cap named.
    const long = () =>
      markFiled(
        vault,
        id,
        { templateId: 'expulsion-appeal' },
        { on: '2026-12-07', how: 'post', reference: '7'.repeat(201) },
        '2026-12-07',
        now,
      );
    expect(long).toThrow(FiledMarkRejected);
    try {
      long();
    } catch (err) {
      expect((err as FiledMarkRejected).localized('en')).toBe(
        'The incoming number is longer than 200 characters: a number, not a note. Nothing was changed.',
      );
    }
    expect(vault.getMatter(id).drafts[0]).not.toHaveProperty('filed');
  });

  it('survives a new version of the answers and a backup restored elsewhere', async () => {
    const id = newAppeal();
    markFiled(
      vault,
      id,
      { templateId: 'expulsion-appeal' },
      // A direction mark pasted with the number is dropped, never kept hidden in it.
      { on: '2026-12-05', how: 'detention', reference: '  вх. № 4512\u202e  ' },
      '2026-12-07',
      now,
    );
    saveDraft(
      vault,
      engine,
      {
        matterId: id,
        templateId: 'expulsion-appeal',
        answers: { ...expulsionAnswers(), signingDate: '2026-12-05' },
      },
      new Date('2026-12-07T08:00:00Z'),
    );
    const draft = vault.getMatter(id).drafts[0];
    expect(draft?.versions).toHaveLength(2);
    expect(draft?.filed).toMatchObject({
      on: '2026-12-05',
      how: 'detention',
      reference: 'вх. № 4512',
    });
    expect(filedMarkText(draft!.filed!, 'ru')).toBe(
      'Подано 05.12.2026, через администрацию места содержания (вх. № 4512)',
    );

    const backup = join(dir, 'one.refuge');
    await vault.exportTo(backup, 'another long passphrase', id);
    const elsewhere = await Vault.create(join(dir, 'elsewhere'), PASS, { kdf: { N: 2 ** 10 } });
    try {
      const [restored] = await elsewhere.importFrom(backup, 'another long passphrase');
      expect(elsewhere.getMatter(restored ?? '').drafts[0]?.filed).toEqual(draft?.filed);
    } finally {
      elsewhere.lock();
    }
  });

  it('names the filing the matter lacks', () => {
    const id = newAppeal();
    expect(() =>
      markFiled(
        vault,
        id,
        { templateId: 'refugee-application' },
        { on: '2026-12-07', how: 'post' },
        '2026-12-07',
        now,
      ),
    ).toThrow(/refugee-application/);
  });
});

describe('the request to restore a missed term', () => {
  const appealTermOf = (matterId: string, deadlineId = 'appeal') => {
    const appeal = vault
      .getMatter(matterId)
      .drafts.find((d) => d.templateId === 'expulsion-appeal');
    return { draftId: appeal?.id ?? '', templateId: 'expulsion-appeal', deadlineId };
  };
  const restoration = (matterId: string, started?: ReturnType<typeof appealTermOf>) =>
    openAsWindow(
      vault,
      { matterId, templateId: 'deadline-restoration', ...(started ? { from: started } : {}) },
      now,
      '2026-12-20',
    ).answers;

  it('started as the way out of the appeal, takes its code and the day its term ran from', () => {
    const id = newAppeal();
    markFiled(
      vault,
      id,
      { templateId: 'expulsion-appeal' },
      { on: '2026-12-18', how: 'post' },
      '2026-12-20',
      now,
    );
    expect(restoration(id, appealTermOf(id))).toMatchObject({
      procedure: 'adminOffence',
      triggerDate: '2026-12-02',
    });
    // Started any other way («Новый документ по делу»), nothing is assumed: the form's default.
    expect(restoration(id)).toMatchObject({ procedure: 'criminal', triggerDate: '' });
    // From a term the table names no way out of: nothing either.
    expect(restoration(id, appealTermOf(id, 'refusalAppeal'))).toMatchObject({
      procedure: 'criminal',
      triggerDate: '',
    });
  });
});
