/**
 * A matter holds several drafts of one filing: two late complaints each need their own request to
 * restore the term, two arrest rulings their own complaint. A draft is named by its id, so each
 * way out opens its own restoration, prefilled from its own filing; a filing named only by kind
 * where there are several is refused rather than guessed; the calendar keeps every term. Every
 * day here is fixed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { getServices } from '../../main/services.ts';
import { AmbiguousDraft, Vault } from '../../main/vault/index.ts';
import { saveDraft } from '../../main/app/drafts.ts';
import { openAsWindow } from '../helpers/matter.ts';
import { markFiled } from '../../main/app/filed.ts';
import { matterDeadlinesOf, openDeadlinesOf } from '../../main/app/matters.ts';
import { deadlinesIcs } from '../../main/deadlines-ics.ts';
import type { MatterDeadlineView } from '../../main/api.ts';
import { sample } from '../helpers/golden.ts';
import { tempDir } from '../helpers/temp.ts';
import { DRAFT_ID_PATTERN, newDraftId } from '../../common/drafts.ts';

const services = getServices();
const { engine } = services;
const now = new Date('2026-12-07T06:00:00Z');
const today = '2026-12-07';
const RESTORE = 'deadline-restoration';

let vault: Vault;
beforeAll(async () => {
  vault = await Vault.create(join(tempDir('several-drafts'), 'vault'), 'a long vault passphrase', {
    kdf: { N: 2 ** 10 },
  });
});
afterAll(() => vault.lock());

function newMatter(): string {
  return vault.createMatter({ title: 'Дело', client: { lastName: '', firstName: '' } }, now).id;
}

/** A draft of `templateId`'s simple sample with `dates` over its own, saved as the CLI saves. */
function saveSample(
  matterId: string,
  templateId: string,
  dates: Record<string, string>,
  draftId?: string,
): void {
  saveDraft(
    vault,
    engine,
    { matterId, templateId, draftId, answers: { ...sample(templateId, 'simple'), ...dates } },
    now,
  );
}

/** An extradition matter whose arrest complaint and Supreme Court complaint were both late. */
function twoLateComplaints(): string {
  const matterId = newMatter();
  saveSample(matterId, 'extradition-arrest-complaint', {
    pronouncementDate: '2026-11-02',
    signingDate: '2026-11-30',
  });
  saveSample(matterId, 'supreme-court-complaint', {
    copyReceivedDate: '2026-11-03',
    signingDate: '2026-11-30',
  });
  return matterId;
}

const deadlines = (matterId: string): MatterDeadlineView[] =>
  matterDeadlinesOf(services, vault.getMatter(matterId), 'ru', today);

/** The complaint's own term as the matter page lists it, with its ways out. */
function ownTerm(matterId: string, templateId: string): MatterDeadlineView {
  const term = deadlines(matterId).find((d) => d.templateId === templateId && !d.related);
  if (!term?.draftId) throw new Error(`no term of ${templateId}`);
  return term;
}

/**
 * «Начать»/«Открыть» beside a term: the window opens the restoration as this does — the draft the
 * term's way out names, else under a new id (or `draftId`: as a screen that minted one).
 */
function restorationFrom(matterId: string, term: MatterDeadlineView, draftId?: string) {
  const way = term.wayOut?.find((w) => w.templateId === RESTORE);
  if (!way || !term.draftId) throw new Error(`no way out of ${term.templateId}`);
  return openAsWindow(
    vault,
    {
      matterId,
      templateId: RESTORE,
      draftId: draftId ?? way.draftId ?? newDraftId(),
      from: { draftId: term.draftId, templateId: term.templateId, deadlineId: term.id },
    },
    now,
    today,
  );
}

/** What the window's autosave does with an opened draft. */
function saveOpened(
  matterId: string,
  term: MatterDeadlineView,
  view: ReturnType<typeof restorationFrom>,
): void {
  saveDraft(
    vault,
    engine,
    {
      matterId,
      templateId: RESTORE,
      draftId: view.draftId,
      startedFrom: {
        draftId: term.draftId ?? '',
        templateId: term.templateId,
        deadlineId: term.id,
      },
      answers: view.answers,
    },
    now,
  );
}

describe('two late filings in one matter', () => {
  it('each gets a request to restore its own term, prefilled from its own filing', () => {
    const matterId = twoLateComplaints();
    const arrest = ownTerm(matterId, 'extradition-arrest-complaint');
    const supreme = ownTerm(matterId, 'supreme-court-complaint');

    const first = restorationFrom(matterId, arrest);
    expect(first.savedAt).toBeNull();
    expect(first.answers).toMatchObject({ criminalFiling: 'complaint107' });
    saveOpened(matterId, arrest, first);

    // The Supreme Court complaint's «Начать» no longer opens the arrest complaint's request.
    const second = restorationFrom(matterId, supreme);
    expect(second.savedAt).toBeNull();
    expect(second.draftId).not.toBe(first.draftId);
    expect(second.answers).toMatchObject({ criminalFiling: 'complaint592' });
    saveOpened(matterId, supreme, second);

    // Each term's way out now opens the request started from it, and only that one.
    const arrestWay = ownTerm(matterId, 'extradition-arrest-complaint').wayOut?.[0];
    const supremeWay = ownTerm(matterId, 'supreme-court-complaint').wayOut?.[0];
    expect(arrestWay?.draftId).toBe(first.draftId);
    expect(supremeWay?.draftId).toBe(second.draftId);
    const reopened = restorationFrom(matterId, ownTerm(matterId, 'supreme-court-complaint'));
    expect(reopened.draftId).toBe(second.draftId);
    expect(reopened.answers).toMatchObject({ criminalFiling: 'complaint592' });

    // A way out started afresh (an id the matter does not hold) still finds the one started.
    const again = restorationFrom(matterId, arrest, newDraftId());
    expect(again.draftId).toBe(first.draftId);
  });

  it('numbers the drafts of one filing in the order they were started, on every list', () => {
    const matterId = twoLateComplaints();
    for (const term of [
      ownTerm(matterId, 'extradition-arrest-complaint'),
      ownTerm(matterId, 'supreme-court-complaint'),
    ])
      saveOpened(matterId, term, restorationFrom(matterId, term));
    const titles = deadlines(matterId)
      .filter((d) => d.templateId === RESTORE)
      .map((d) => d.templateTitle);
    expect(new Set(titles)).toEqual(
      new Set([
        'Ходатайство о восстановлении пропущенного процессуального срока (черновик 1)',
        'Ходатайство о восстановлении пропущенного процессуального срока (черновик 2)',
      ]),
    );
    // A filing drafted once keeps its plain title.
    expect(ownTerm(matterId, 'supreme-court-complaint').templateTitle).toBe(
      engine.template('supreme-court-complaint').manifest.title.ru,
    );
  });
});

describe('a request to restore a term saved before drafts recorded where they were started', () => {
  it("is still that term's request; the other late term starts one of its own", () => {
    const matterId = twoLateComplaints();
    const arrest = ownTerm(matterId, 'extradition-arrest-complaint');
    // As an earlier Refuge saved it: started from the arrest complaint's way out (its dates),
    // with no origin and no day of starting recorded.
    const started = restorationFrom(matterId, arrest);
    vault.saveDraft(
      matterId,
      {
        draftId: started.draftId,
        templateId: RESTORE,
        templateVersion: engine.template(RESTORE).manifest.version,
        lang: 'ru',
        answers: started.answers,
      },
      new Date('2026-12-01T09:00:00Z'),
    );
    const legacy = vault.getMatter(matterId).drafts.find((d) => d.id === started.draftId);
    expect(legacy?.startedFrom).toBeUndefined();

    expect(ownTerm(matterId, 'extradition-arrest-complaint').wayOut?.[0]?.draftId).toBe(
      started.draftId,
    );
    expect(ownTerm(matterId, 'supreme-court-complaint').wayOut?.[0]?.draftId).toBeUndefined();
    const supreme = restorationFrom(matterId, ownTerm(matterId, 'supreme-court-complaint'));
    expect(supreme.savedAt).toBeNull();
    expect(supreme.answers).toMatchObject({ criminalFiling: 'complaint592' });

    // Opened from its term and saved, it records the term (and the day it was started).
    const reopened = restorationFrom(matterId, arrest);
    expect(reopened.draftId).toBe(started.draftId);
    saveOpened(matterId, arrest, reopened);
    const saved = vault.getMatter(matterId).drafts.find((d) => d.id === started.draftId);
    expect(saved?.startedFrom).toEqual({
      draftId: arrest.draftId,
      templateId: arrest.templateId,
      deadlineId: arrest.id,
    });
    expect(saved?.createdAt).toBe('2026-12-01T09:00:00.000Z');
  });
});

describe('a second draft of a filing the matter holds', () => {
  it("starts from who the parties are, never from the other draft's ruling and dates", () => {
    const matterId = newMatter();
    saveSample(matterId, 'extradition-arrest-complaint', {
      pronouncementDate: '2026-11-02',
      signingDate: '2026-11-04',
    });
    const second = openAsWindow(
      vault,
      { matterId, templateId: 'extradition-arrest-complaint', draftId: newDraftId() },
      now,
      today,
    );
    expect(second.savedAt).toBeNull();
    const first = sample('extradition-arrest-complaint', 'simple');
    expect(second.answers.person).toEqual(first.person);
    expect(second.answers.defender).toEqual(first.defender);
    expect(second.answers.pronouncementDate).toBe('');
    expect(second.answers.signingDate).toBe('');
  });
});

describe('a draft named by its id', () => {
  const arrestAnswers = (pronouncementDate: string) => ({
    ...sample('extradition-arrest-complaint', 'simple'),
    pronouncementDate,
    signingDate: '2026-12-07',
  });

  it('keeps two complaints of one kind apart; the kind alone is refused, never guessed', () => {
    const matterId = newMatter();
    const [a, b] = [newDraftId(), newDraftId()];
    for (const [draftId, day] of [
      [a, '2026-12-04'],
      [b, '2026-12-06'],
    ] as const)
      saveSample(
        matterId,
        'extradition-arrest-complaint',
        { pronouncementDate: day, signingDate: '2026-12-07' },
        draftId,
      );
    const open = (draftId?: string) =>
      openAsWindow(
        vault,
        { matterId, templateId: 'extradition-arrest-complaint', ...(draftId ? { draftId } : {}) },
        now,
        today,
      );
    expect(open(a).answers).toMatchObject({ pronouncementDate: '2026-12-04' });
    expect(open(b).answers).toMatchObject({ pronouncementDate: '2026-12-06' });
    expect(() => open()).toThrow(AmbiguousDraft);
    expect(() =>
      saveDraft(
        vault,
        engine,
        {
          matterId,
          templateId: 'extradition-arrest-complaint',
          answers: arrestAnswers('2026-12-05'),
        },
        now,
      ),
    ).toThrow(AmbiguousDraft);

    // Handed in: only the draft named.
    markFiled(
      vault,
      matterId,
      { templateId: 'extradition-arrest-complaint', draftId: b },
      { on: '2026-12-07', how: 'inPerson' },
      today,
      now,
    );
    const own = deadlines(matterId).filter(
      (d) => d.templateId === 'extradition-arrest-complaint' && d.id === 'complaint',
    );
    expect(own.map((d) => [d.draftId, d.filed?.on ?? null])).toEqual(
      expect.arrayContaining([
        [a, null],
        [b, '2026-12-07'],
      ]),
    );
    // Another filing's id is not this filing's draft: nothing is written.
    expect(() =>
      saveDraft(
        vault,
        engine,
        { matterId, templateId: 'supreme-court-complaint', draftId: a, answers: {} },
        now,
      ),
    ).toThrow(/not a draft of supreme-court-complaint/);
    expect(vault.getMatter(matterId).drafts).toHaveLength(2);
  });

  it('a new draft is created under the id the window chose, and the id is of the one form', () => {
    const matterId = newMatter();
    const view = openAsWindow(vault, { matterId, templateId: 'expulsion-appeal' }, now, today);
    expect(view.draftId).toMatch(DRAFT_ID_PATTERN);
    expect(view.savedAt).toBeNull();
    saveDraft(
      vault,
      engine,
      { matterId, templateId: 'expulsion-appeal', draftId: view.draftId, answers: {} },
      now,
    );
    expect(vault.getMatter(matterId).drafts.map((d) => d.id)).toEqual([view.draftId]);
  });
});

describe('a draft deleted', () => {
  it('goes alone, and Home dates the matter by what it still holds', () => {
    const at = (day: string) => new Date(`${day}T09:00:00Z`);
    const matterId = vault.createMatter(
      { title: 'Дело', client: { lastName: '', firstName: '' } },
      at('2026-12-01'),
    ).id;
    const [kept, slip] = [newDraftId(), newDraftId()];
    for (const [draftId, day] of [
      [kept, '2026-12-02'],
      [slip, '2026-12-05'],
    ] as const)
      vault.saveDraft(
        matterId,
        {
          draftId,
          templateId: 'expulsion-appeal',
          templateVersion: engine.template('expulsion-appeal').manifest.version,
          lang: 'ru',
          answers: {},
        },
        at(day),
      );
    vault.deleteDraft(matterId, slip);
    expect(vault.getMatter(matterId).drafts.map((d) => d.id)).toEqual([kept]);
    const listed = vault.listMatters().find((m) => m.id === matterId);
    expect(listed?.updatedAt).toBe('2026-12-02T09:00:00.000Z');
    expect(vault.getMatter(matterId).updatedAt).toBe(listed?.updatedAt);
    expect(() => vault.deleteDraft(matterId, slip)).toThrow(slip);
  });
});

describe('the calendar', () => {
  it('keeps one event per term: two drafts of one filing, and two terms ending on one day', () => {
    const matterId = newMatter();
    for (const day of ['2026-12-04', '2026-12-04'])
      saveSample(
        matterId,
        'extradition-arrest-complaint',
        { pronouncementDate: day, signingDate: '2026-12-07' },
        newDraftId(),
      );
    const open = openDeadlinesOf(services, vault, 'ru', today).filter(
      (d) => d.matterId === matterId,
    );
    const ics = deadlinesIcs(open, 'ru', false);
    const uids = [...ics.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    expect(uids).toHaveLength(open.length);
    expect(new Set(uids).size).toBe(uids.length);
    // The first draft's terms keep the key they had before a second draft existed.
    expect(uids).toContain(`${matterId}-extradition-arrest-complaint-complaint@refuge`);
  });
});
