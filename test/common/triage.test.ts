/**
 * The triage table (templates/triage.json), row by row: from a situation's answers to the filings
 * that apply, their last days (the filings' own manifest deadlines) and the answers a new draft
 * starts with. Dates are fixed: each case names the day it is judged on.
 */
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../main/templates.ts';
import {
  lintTriageTable,
  triageFilings,
  triageTableSchema,
  wayOutPrefillFrom,
  type TriageAnswers,
  type TriageItem,
} from '../../common/triage.ts';

const loaded = loadTemplates();
const table = loaded.triage;
if (!table) throw new Error('templates/triage.json is missing');
const manifests = new Map(loaded.templates.map((t) => [t.manifest.id, t.manifest]));
const manifestOf = (id: string) => manifests.get(id);

const tested = new Set<string>();
function run(answers: TriageAnswers, today: string): TriageItem[] {
  return triageFilings(table!, answers, manifestOf, today);
}
function row(items: readonly TriageItem[], id: string): TriageItem {
  tested.add(id);
  const item = items.find((i) => i.rowId === id);
  if (!item) throw new Error(`row ${id} not offered: ${items.map((i) => i.rowId).join(', ')}`);
  return item;
}

describe('triage table, row by row', () => {
  it('extradition-arrest-complaint: 3 days from pronouncement, restoration once passed', () => {
    const answers: TriageAnswers = {
      place: 'detained',
      decision: 'extraditionArrest',
      decisionDate: '2026-03-02',
      detentionDate: '2026-03-01',
      asylumPending: false,
    };
    const items = run(answers, '2026-03-03');
    const item = row(items, 'extradition-arrest-complaint');
    expect(item.status).toBe('open');
    expect(item.deadline?.lastDay).toBe('2026-03-05');
    expect(item.deadline?.daysLeft).toBe(2);
    expect(item.prefill).toEqual({ pronouncementDate: '2026-03-02', detentionDate: '2026-03-01' });
    // The soonest first: the 3-day complaint before the 12-month arrest limit.
    expect(items[0]?.rowId).toBe('extradition-arrest-complaint');

    const late = row(run(answers, '2026-03-10'), 'extradition-arrest-complaint');
    expect(late.status).toBe('passed');
    expect(late.wayOut.map((w) => w.templateId)).toEqual(['deadline-restoration']);
    expect(late.wayOut[0]?.prefill).toEqual({
      procedure: 'criminal',
      criminalFiling: 'complaint107',
      triggerDate: '2026-03-02',
    });
  });

  it('extradition-objection-temporary: 40 days of temporary detention, the first day counted', () => {
    const on = (day: string) =>
      row(
        run(
          {
            place: 'detained',
            decision: 'extraditionDetention',
            detentionDate: '2026-03-01',
            asylumPending: false,
          },
          day,
        ),
        'extradition-objection-temporary',
      );
    const item = on('2026-03-02');
    // The custody limit passing is another step's term: the objection stays open to start, and
    // what it is for changes: release, because no arrest followed in forty суток.
    const over = on('2026-04-20');
    expect(over).toMatchObject({ status: 'open', deadline: { missed: true }, wayOut: [] });
    expect(over.why.ru).toContain('п. 2) ч. 8 ст. 588');
    expect(item.why.ru).not.toContain('истекли');
    // The last day itself is still within the term.
    expect(on('2026-04-09').why).toEqual(item.why);
    expect(item.status).toBe('open');
    expect(item.deadline?.lastDay).toBe('2026-04-09');
    // The later reading (from the next day) is shown beside it, never instead.
    expect(item.deadline?.alternatives.map((a) => a.lastDay)).toEqual(['2026-04-10']);
    expect(item.prefill).toEqual({
      detained: true,
      custody: 'temporary',
      detentionDate: '2026-03-01',
    });
  });

  it('extradition-objection-arrest: 12-month limit; the wrong stage once extradition is decided', () => {
    const underArrest = (day: string) =>
      row(
        run(
          {
            place: 'detained',
            decision: 'extraditionArrest',
            decisionDate: '2026-03-02',
            detentionDate: '2026-03-01',
            asylumPending: false,
          },
          day,
        ),
        'extradition-objection-arrest',
      );
    const open = underArrest('2026-03-03');
    expect(open.status).toBe('open');
    expect(open.deadline?.lastDay).toBe('2027-02-28');
    // On the last day of the twelve months the arrest still runs.
    expect(underArrest('2027-02-28').why).toEqual(open.why);

    // Twelve months run out before any decision: release under ч. 10 ст. 589, and not the Supreme
    // Court complaint, which answers a decision to extradite (the wrong stage below).
    const over = underArrest('2027-03-01');
    expect(over).toMatchObject({ status: 'open', deadline: { missed: true }, wayOut: [] });
    expect(over.why.ru).toContain('ч. 10 ст. 589');
    expect(over.why.ru).not.toEqual(open.why.ru);

    const stale = row(
      run(
        {
          place: 'detained',
          decision: 'extraditionDecision',
          decisionDate: '2026-05-04',
          asylumPending: false,
        },
        '2026-05-05',
      ),
      'extradition-objection-arrest',
    );
    expect(stale.status).toBe('wrongStage');
    expect(stale.why.ru).toContain('Верховный Суд');
    expect(stale.wayOut.map((w) => [w.templateId, w.prefill])).toEqual([
      ['supreme-court-complaint', { copyReceivedDate: '2026-05-04' }],
    ]);
  });

  it('supreme-court-complaint: 10 days from the copy', () => {
    const items = run(
      {
        place: 'detained',
        decision: 'extraditionDecision',
        decisionDate: '2026-03-02',
        asylumPending: true,
      },
      '2026-03-03',
    );
    const item = row(items, 'supreme-court-complaint');
    expect(item.status).toBe('open');
    expect(item.deadline?.lastDay).toBe('2026-03-12');
    expect(item.prefill).toEqual({ copyReceivedDate: '2026-03-02' });
    // No longer applying comes last.
    expect(items[items.length - 1]?.status).toBe('wrongStage');
  });

  it('expulsion-appeal: the safe day first, the later КоАП readings beside it', () => {
    const answers: TriageAnswers = {
      place: 'free',
      decision: 'expulsionRuling',
      decisionDate: '2026-01-28',
      asylumPending: false,
    };
    const item = row(run(answers, '2026-01-29'), 'expulsion-appeal');
    expect(item.status).toBe('open');
    expect(item.deadline?.lastDay).toBe('2026-02-07');
    expect(item.deadline?.alternatives.map((a) => a.lastDay)).toEqual(['2026-02-09', '2026-02-11']);

    // Past the safe day but within a later reading: still filed, arguing it is in time.
    const arguable = row(run(answers, '2026-02-08'), 'expulsion-appeal');
    expect(arguable.status).toBe('arguable');
    expect(arguable.wayOut.map((w) => w.templateId)).toEqual(['deadline-restoration']);
    expect(row(run(answers, '2026-02-12'), 'expulsion-appeal').status).toBe('passed');
  });

  it('refugee-refusal-complaint: 3 months from receiving the refusal', () => {
    const item = row(
      run(
        {
          place: 'free',
          decision: 'refugeeRefusal',
          decisionDate: '2026-03-02',
          asylumPending: false,
        },
        '2026-03-03',
      ),
      'refugee-refusal-complaint',
    );
    expect(item.status).toBe('open');
    expect(item.deadline?.lastDay).toBe('2026-06-02');
    // The six months of a decision silent on the appeal route are a fact triage does not ask:
    // the row names them, so a lapsed three months is not read as the end.
    expect(item.why.ru).toContain('6 месяцев, если в решении не разъяснён порядок обжалования');
    expect(item.why.kk).toContain('6 ай');
    expect(item.why.en).toContain('Article 92(1-1)');
    expect(item.prefill).toEqual({
      route: 'complaint',
      refusalType: 'refusal',
      refusalReceivedDate: '2026-03-02',
    });
  });

  it('border-asylum-refused-entry: entry refused at an airport, no application yet', () => {
    const items = run(
      {
        place: 'transit',
        decision: 'entryRefused',
        decisionDate: '2026-03-02',
        asylumPending: false,
      },
      '2026-03-03',
    );
    const item = row(items, 'border-asylum-refused-entry');
    expect(item.status).toBe('noTerm');
    expect(item.prefill).toEqual({ claimRoute: 'refusedEntry', refusalOfEntryDate: '2026-03-02' });
    expect(items.map((i) => i.rowId)).not.toContain('refugee-application');
    expect(items.map((i) => i.rowId)).not.toContain('border-asylum-application');
  });

  it('border-asylum-application: at a border post, nothing decided yet', () => {
    const items = run({ place: 'border', decision: 'none', asylumPending: false }, '2026-03-03');
    expect(row(items, 'border-asylum-application').prefill).toEqual({ claimRoute: 'border' });
    expect(items.map((i) => i.rowId)).not.toContain('border-asylum-refused-entry');
  });

  it('border-asylum-detained: detained for illegal entry; the authorities register by day 3', () => {
    const item = row(
      run(
        { place: 'detained', decision: 'none', detentionDate: '2026-03-01', asylumPending: false },
        '2026-03-02',
      ),
      'border-asylum-detained',
    );
    expect(item.prefill).toEqual({ claimRoute: 'detained', detentionDate: '2026-03-01' });
    // Notice within a day, registration within two calendar days of it: 01.03 + 1 + 2.
    expect(item.deadline?.lastDay).toBe('2026-03-04');
    expect(item.wayOut).toEqual([]);

    // Days later the authorities' day has passed. That is their failure, not the person's: the
    // application stays open to start (it was «passed», with no «Начать»), and the complaint
    // against their inaction is offered beside it.
    const later = row(
      run(
        { place: 'detained', decision: 'none', detentionDate: '2026-03-01', asylumPending: false },
        '2026-03-20',
      ),
      'border-asylum-detained',
    );
    expect(later.status).toBe('open');
    expect(later.deadline?.missed).toBe(true);
    expect(later.wayOut.map((w) => [w.templateId, w.prefill])).toEqual([
      [
        'registration-refusal-complaint',
        { refusalKind: 'notRegistered', detentionDate: '2026-03-01' },
      ],
    ]);
  });

  it('registration-refusal-complaint: three months from the refusal, six beside it', () => {
    const answers: TriageAnswers = {
      place: 'free',
      decision: 'registrationRefused',
      decisionDate: '2026-03-02',
      asylumPending: false,
    };
    const item = row(run(answers, '2026-03-03'), 'registration-refusal-complaint');
    expect(item.status).toBe('open');
    expect(item.prefill).toEqual({ refusalKind: 'registrationRefused', refusalDate: '2026-03-02' });
    expect(item.deadline?.lastDay).toBe('2026-06-02');
    expect(item.deadline?.alternatives.map((a) => a.lastDay)).toContain('2026-09-02');
  });

  it('refugee-application-custody: held for extradition or expulsion, no claim yet', () => {
    const items = run(
      {
        place: 'detained',
        decision: 'extraditionArrest',
        decisionDate: '2026-03-02',
        detentionDate: '2026-03-01',
        asylumPending: false,
      },
      '2026-03-03',
    );
    const item = row(items, 'refugee-application-custody');
    expect(item.status).toBe('noTerm');
    // Not the illegal-entry route: the detention is for extradition.
    expect(item.prefill).toEqual({});
    expect(items.map((i) => i.rowId)).not.toContain('border-asylum-detained');
  });

  it('refugee-application: free and nothing filed; the wrong stage once a claim is pending', () => {
    const fresh = row(
      run({ place: 'free', decision: 'none', asylumPending: false }, '2026-03-02'),
      'refugee-application',
    );
    expect(fresh.status).toBe('noTerm');
    expect(fresh.prefill).toEqual({ claimRoute: 'ordinary' });
    const pending = row(
      run({ place: 'free', decision: 'none', asylumPending: true }, '2026-03-02'),
      'refugee-application',
    );
    expect(pending.status).toBe('wrongStage');
  });

  it('un-interim-measures: once removal is decided', () => {
    const items = run(
      {
        place: 'free',
        decision: 'expulsionRuling',
        decisionDate: '2026-03-02',
        asylumPending: false,
      },
      '2026-03-03',
    );
    expect(row(items, 'un-interim-measures').prefill).toEqual({ removalStage: 'decisionTaken' });
    expect(
      run({ place: 'free', decision: 'none', asylumPending: false }, '2026-03-03').map(
        (i) => i.rowId,
      ),
    ).not.toContain('un-interim-measures');
  });

  it('informal-handover-complaint: the same day it became known, then passed', () => {
    const answers: TriageAnswers = {
      place: 'detained',
      decision: 'handover',
      decisionDate: '2026-03-02',
      asylumPending: true,
    };
    const items = run(answers, '2026-03-02');
    const item = row(items, 'informal-handover-complaint');
    expect(item.status).toBe('open');
    expect(item.deadline?.lastDay).toBe('2026-03-02');
    expect(item.deadline?.daysLeft).toBe(0);
    expect(item.prefill).toEqual({ learnedDate: '2026-03-02', asylumPending: true });
    // The soonest first: nothing else is due today.
    expect(items[0]?.rowId).toBe('informal-handover-complaint');
    expect(row(run(answers, '2026-03-03'), 'informal-handover-complaint').status).toBe('passed');
    expect(items.map((i) => i.rowId)).not.toContain('supreme-court-complaint');
  });

  it('extradition-suspension-request: beside the Supreme Court complaint, no term of its own', () => {
    const items = run(
      {
        place: 'detained',
        decision: 'extraditionDecision',
        decisionDate: '2026-03-02',
        asylumPending: false,
      },
      '2026-03-03',
    );
    const item = row(items, 'extradition-suspension-request');
    expect(item.status).toBe('noTerm');
    expect(item.prefill).toEqual({ copyReceivedDate: '2026-03-02' });
    expect(items.map((i) => i.rowId)).toContain('supreme-court-complaint');
  });

  it('un-special-rapporteur-appeal: extradition, expulsion or hand-over, each at its stage', () => {
    const at = (decision: TriageAnswers['decision'], id: string) =>
      row(
        run(
          { place: 'free', decision, decisionDate: '2026-03-02', asylumPending: false },
          '2026-03-03',
        ),
        id,
      );
    expect(at('extraditionDecision', 'un-special-rapporteur-extradition').prefill).toEqual({
      removalType: 'extradition',
      removalStage: 'decisionTaken',
    });
    expect(at('expulsionRuling', 'un-special-rapporteur-expulsion').prefill).toEqual({
      removalType: 'expulsion',
      removalStage: 'decisionTaken',
    });
    expect(at('handover', 'un-special-rapporteur-handover').prefill).toEqual({
      removalStage: 'informalHandover',
    });
    expect(at('handover', 'un-interim-measures-handover').prefill).toEqual({
      removalStage: 'informalHandover',
    });
    expect(
      run({ place: 'free', decision: 'handover', asylumPending: false }, '2026-03-03').map(
        (i) => i.rowId,
      ),
    ).not.toContain('un-interim-measures');
  });

  it('unhcr-intervention: an asylum seeker', () => {
    const items = run({ place: 'free', decision: 'none', asylumPending: true }, '2026-03-02');
    expect(row(items, 'unhcr-intervention').status).toBe('noTerm');
  });

  it('every row of the shipped table has a case above', () => {
    expect([...tested].sort()).toEqual(table.rows.map((r) => r.id).sort());
  });
});

describe('triage table checks', () => {
  const WHY = { ru: 'р', kk: 'қ', en: 'e' };
  const lintOf = (rows: readonly object[]) =>
    lintTriageTable(
      triageTableSchema.parse({ $schemaVersion: 1, rows }),
      manifestOf,
      'triage.json',
    );
  it('the shipped table passes lint', () => {
    expect(lintTriageTable(table, manifestOf, 'triage.json')).toEqual([]);
  });

  it('lint names an unknown filing, deadline, field and answer', () => {
    const problems = lintOf([
      {
        id: 'a',
        template: 'no-such-filing',
        when: { field: 'decision', equals: 'none' },
        why: WHY,
      },
      {
        id: 'b',
        template: 'expulsion-appeal',
        when: { field: 'whereabouts', equals: 'free' },
        why: WHY,
        deadline: 'nope',
        prefill: { notAField: { answer: 'decisionDate' } },
      },
    ]);
    expect(problems).toEqual([
      'triage.json: rows[0] (a): no filing "no-such-filing"',
      'triage.json: rows[1] (b).when: "whereabouts" is not a triage answer (place, decision, decisionDate, detentionDate, asylumPending)',
      'triage.json: rows[1] (b): prefill "notAField" is not a field of expulsion-appeal',
      'triage.json: rows[1] (b): expulsion-appeal has no deadline "nope"',
    ]);
  });

  it('lint names an unknown filing or field in a wrong-stage way out', () => {
    expect(
      lintOf([
        {
          id: 'a',
          template: 'expulsion-appeal',
          when: { field: 'decision', equals: 'expulsionRuling' },
          why: WHY,
          staleWhen: { field: 'decision', equals: 'none' },
          staleWhy: WHY,
          staleWayOut: [
            { template: 'no-such-filing', why: WHY },
            {
              template: 'deadline-restoration',
              why: WHY,
              prefill: { notAField: { value: 1 } },
            },
          ],
        },
      ]),
    ).toEqual([
      'triage.json: rows[0] (a).staleWayOut: no filing "no-such-filing"',
      'triage.json: rows[0] (a).staleWayOut: prefill "notAField" is not a field of deadline-restoration',
    ]);
  });

  it('refuses a wrong-stage way out without staleWhen, and passedWhy without a deadline', () => {
    const base = {
      id: 'a',
      template: 'expulsion-appeal',
      when: { field: 'decision', equals: 'none' },
      why: WHY,
    };
    const way = { template: 'deadline-restoration', why: WHY };
    const parse = (row: object) => triageTableSchema.safeParse({ $schemaVersion: 1, rows: [row] });
    expect(parse({ ...base, staleWayOut: [way] }).success).toBe(false);
    expect(parse({ ...base, passedWhy: base.why }).success).toBe(false);
    expect(parse({ ...base, deadline: 'appeal', passedWhy: base.why }).success).toBe(true);
  });

  it('refuses duplicate row ids', () => {
    const rowA = {
      id: 'a',
      template: 'expulsion-appeal',
      when: { field: 'decision', equals: 'none' },
      why: { ru: 'р', kk: 'қ', en: 'e' },
    };
    expect(triageTableSchema.safeParse({ $schemaVersion: 1, rows: [rowA, rowA] }).success).toBe(
      false,
    );
  });
});

describe('a way out started from the draft that missed the term', () => {
  it("reads the draft's own field the row filled from the same triage answer", () => {
    const from = { templateId: 'supreme-court-complaint', deadlineId: 'complaint' };
    const draft = { copyReceivedDate: '2026-05-04', detentionDate: '2026-03-01', facts: '…' };
    expect(wayOutPrefillFrom(table, from, 'deadline-restoration', draft)).toEqual({
      procedure: 'criminal',
      criminalFiling: 'complaint592',
      triggerDate: '2026-05-04',
    });
    // A date the draft does not have yet is left to the lawyer, never made up.
    expect(
      wayOutPrefillFrom(table, from, 'deadline-restoration', { copyReceivedDate: '' }),
    ).toEqual({ procedure: 'criminal', criminalFiling: 'complaint592' });
    expect(wayOutPrefillFrom(table, from, 'cassation-petition', draft)).toEqual({});
    expect(
      wayOutPrefillFrom(
        table,
        { ...from, deadlineId: 'refusalAppeal' },
        'deadline-restoration',
        draft,
      ),
    ).toEqual({});
  });
});
