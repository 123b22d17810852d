/**
 * Triage, «Что случилось?»: a few answers about where the person is and what was decided, kept in
 * the matter, turned into every filing that applies, soonest deadline first. Which filing applies
 * when is data (templates/triage.json, replaceable by a template pack); the last days come from
 * the filings' own manifest deadlines through computeDeadlines — there is no second computation.
 */
import { z } from './zod.ts';
import { condition, localized, type Condition, type Localized, type Manifest } from './manifest.ts';
import { computeDeadlines, evaluateCondition, type Answers } from './answers.ts';
import { compareDates, isValidIsoDate, type IsoDate } from './dates.ts';
import type { ComputedDeadline } from './filing-deadlines.ts';

export const TRIAGE_PLACES = ['free', 'detained', 'transit', 'border'] as const;
export type TriagePlace = (typeof TRIAGE_PLACES)[number];

/** What was decided, the latest step first in the lawyer's mind; `none`: nothing yet. */
export const TRIAGE_DECISIONS = [
  'none',
  'entryRefused',
  'extraditionDetention',
  'extraditionArrest',
  'extraditionDecision',
  'expulsionRuling',
  'refugeeRefusal',
  /** Being handed to foreign officers outside any extradition procedure (no decision at all). */
  'handover',
  /** A refugee application not accepted or not registered. */
  'registrationRefused',
] as const;
export type TriageDecision = (typeof TRIAGE_DECISIONS)[number];

const isoDate = z.string().refine(isValidIsoDate, 'a date YYYY-MM-DD');

/** The answers, as kept in the matter (encrypted with it). */
export const triageAnswersSchema = z
  .object({
    place: z.enum(TRIAGE_PLACES),
    decision: z.enum(TRIAGE_DECISIONS),
    /** The day the copy was received or the ruling pronounced. */
    decisionDate: isoDate.optional(),
    /** The day the person was detained, when detained. */
    detentionDate: isoDate.optional(),
    asylumPending: z.boolean(),
  })
  .strict();
export type TriageAnswers = z.infer<typeof triageAnswersSchema>;

/** The answer keys a row's conditions and prefills may name: the schema's own, listed once. */
const triageKey = triageAnswersSchema.keyof();
type TriageKey = z.infer<typeof triageKey>;
export const TRIAGE_KEYS: readonly TriageKey[] = triageKey.options;

const fieldKey = z.string().regex(/^[a-z][A-Za-z0-9]*$/);
const templateId = z.string().regex(/^[a-z][a-z0-9-]*$/);

/** A filing's field gets a triage answer (`answer`) or a fixed value (`value`). */
const prefillSource = z.union([
  z.object({ answer: triageKey }).strict(),
  z.object({ value: z.union([z.string(), z.number(), z.boolean()]) }).strict(),
]);
const prefillMap = z.record(fieldKey, prefillSource);
export type TriagePrefill = z.infer<typeof prefillMap>;

const wayOut = z
  .object({ template: templateId, why: localized, prefill: prefillMap.default({}) })
  .strict();

export const triageRowSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    template: templateId,
    /** When the filing applies, over the triage answers. */
    when: condition,
    /** Why it applies, shown beside it. */
    why: localized,
    /** The manifest deadline (its id) whose last day this filing has, if any. */
    deadline: fieldKey.optional(),
    prefill: prefillMap.default({}),
    /** The way out once the deadline has passed (restoration, a later remedy). */
    wayOut: z.array(wayOut).default([]),
    /**
     * Why the filing applies once its (related) deadline has passed, in place of `why`: a custody
     * limit run out turns an objection into a demand for release.
     */
    passedWhy: localized.optional(),
    /** When the filing is the wrong stage now: shown as no longer applying, with `staleWhy`. */
    staleWhen: condition.optional(),
    staleWhy: localized.optional(),
    /** What can be done instead once the filing is the wrong stage (the next stage's remedy). */
    staleWayOut: z.array(wayOut).default([]),
  })
  .strict()
  .refine((r) => (r.staleWhen === undefined) === (r.staleWhy === undefined), {
    message: 'staleWhen and staleWhy go together',
  })
  .refine((r) => r.staleWayOut.length === 0 || r.staleWhen !== undefined, {
    message: 'staleWayOut needs staleWhen',
  })
  .refine((r) => r.passedWhy === undefined || r.deadline !== undefined, {
    message: 'passedWhy needs a deadline',
  });
export type TriageRow = z.infer<typeof triageRowSchema>;

export const triageTableSchema = z
  .object({ $schemaVersion: z.literal(1), rows: z.array(triageRowSchema).min(1) })
  .strict()
  .refine((t) => new Set(t.rows.map((r) => r.id)).size === t.rows.length, {
    message: 'row ids must be unique',
  });
export type TriageTable = z.infer<typeof triageTableSchema>;

export type TriageStatus = 'open' | 'arguable' | 'noTerm' | 'passed' | 'wrongStage';

export interface TriageWayOut {
  readonly templateId: string;
  readonly why: Localized;
  readonly prefill: Answers;
}

export interface TriageItem {
  readonly rowId: string;
  readonly templateId: string;
  readonly status: TriageStatus;
  readonly why: Localized;
  /** The deadline, from the filing's manifest (its id, label and basis there). */
  readonly deadline?: ComputedDeadline;
  /** The answers the new draft starts with. */
  readonly prefill: Answers;
  /** Passed or wrong stage: what can still be done. */
  readonly wayOut: readonly TriageWayOut[];
}

/**
 * The filings the table names as the way out of a filing's term once it has passed (a request to
 * restore it, a later remedy): the same rows triage shows them from, whatever the answers.
 */
export function wayOutOf(
  table: TriageTable | undefined,
  templateId: string,
  deadlineId: string,
): readonly string[] {
  const rows = (table?.rows ?? []).filter(
    (r) => r.template === templateId && r.deadline === deadlineId,
  );
  return [...new Set(rows.flatMap((r) => r.wayOut.map((w) => w.template)))];
}

/**
 * The answers a way-out filing starts with, taken from the draft of the filing whose term was
 * missed: a fixed `value` as is, and an `answer` the way out reads from the triage answers as the
 * value the same row put into the filing's own field from that answer (the restoration's
 * `triggerDate` ← `decisionDate` → the appeal's `rulingServedDate`). Empty when the table has no
 * such way out.
 */
export function wayOutPrefillFrom(
  table: TriageTable | undefined,
  from: { readonly templateId: string; readonly deadlineId: string },
  wayTemplate: string,
  filingAnswers: Readonly<Record<string, unknown>>,
): Answers {
  const out: Answers = {};
  for (const row of table?.rows ?? []) {
    if (row.template !== from.templateId || row.deadline !== from.deadlineId) continue;
    const way = row.wayOut.find((w) => w.template === wayTemplate);
    for (const [field, source] of Object.entries(way?.prefill ?? {})) {
      if ('value' in source) {
        out[field] = source.value;
        continue;
      }
      const own = Object.entries(row.prefill).find(
        ([, s]) => 'answer' in s && s.answer === source.answer,
      )?.[0];
      const value = own === undefined ? undefined : filingAnswers[own];
      if (typeof value === 'string' && value !== '') out[field] = value;
    }
  }
  return out;
}

function asAnswers(answers: TriageAnswers): Answers {
  const out: Answers = {};
  for (const key of TRIAGE_KEYS) {
    const v = answers[key];
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** The filing's starting answers: each mapped field whose source has a value. */
export function prefillFrom(map: TriagePrefill, answers: TriageAnswers): Answers {
  const out: Answers = {};
  for (const [field, source] of Object.entries(map)) {
    const v = 'answer' in source ? answers[source.answer] : source.value;
    if (v !== undefined) out[field] = v;
  }
  return out;
}

const ORDER: Readonly<Record<TriageStatus, number>> = {
  open: 0,
  arguable: 0,
  noTerm: 1,
  passed: 2,
  wrongStage: 3,
};

/**
 * Every row that applies (or is the wrong stage now), soonest last day first; filings without a
 * computable term after them, those that no longer apply last. A row whose filing is not installed
 * is left out (lint names it).
 */
export function triageFilings(
  table: TriageTable,
  answers: TriageAnswers,
  manifestOf: (templateId: string) => Manifest | undefined,
  today: IsoDate,
): TriageItem[] {
  const root = asAnswers(answers);
  const out: TriageItem[] = [];
  for (const row of table.rows) {
    const applies = evaluateCondition(row.when as Condition, root);
    const stale = row.staleWhen !== undefined && evaluateCondition(row.staleWhen, root);
    if (!applies && !stale) continue;
    const manifest = manifestOf(row.template);
    if (!manifest) continue;
    const prefill = prefillFrom(row.prefill, answers);
    const waysOut = (ways: TriageRow['wayOut']): TriageWayOut[] =>
      ways
        .filter((w) => manifestOf(w.template) !== undefined)
        .map((w) => ({
          templateId: w.template,
          why: w.why,
          prefill: prefillFrom(w.prefill, answers),
        }));
    if (stale) {
      out.push({
        rowId: row.id,
        templateId: row.template,
        status: 'wrongStage',
        why: row.staleWhy ?? row.why,
        prefill,
        wayOut: waysOut(row.staleWayOut),
      });
      continue;
    }
    const computed =
      row.deadline === undefined
        ? undefined
        : computeDeadlines(manifest, prefill, today).find((d) => d.id === row.deadline);
    // Another step's term (the authorities' days to register, a custody limit) passing does not
    // close the filing: it stays open to start, its way out shown beside it.
    const related = manifest.deadlines.find((s) => s.id === row.deadline)?.role === 'related';
    const passed = computed?.status === 'passed';
    const status: TriageStatus = !computed
      ? 'noTerm'
      : !passed || related
        ? 'open'
        : computed.arguable
          ? 'arguable'
          : 'passed';
    out.push({
      rowId: row.id,
      templateId: row.template,
      status,
      why: passed ? (row.passedWhy ?? row.why) : row.why,
      ...(computed ? { deadline: computed } : {}),
      prefill,
      // An arguable filing still argues it is in time, but the way out is worth knowing too.
      wayOut: passed ? waysOut(row.wayOut) : [],
    });
  }
  return out.sort((a, b) => {
    const byStatus = ORDER[a.status] - ORDER[b.status];
    if (byStatus !== 0) return byStatus;
    if (a.deadline && b.deadline) return compareDates(a.deadline.lastDay, b.deadline.lastDay);
    return 0;
  });
}

/** Problems of a table against the filings installed beside it, for `refuge lint`. */
export function lintTriageTable(
  table: TriageTable,
  manifestOf: (templateId: string) => Manifest | undefined,
  where: string,
): string[] {
  const problems: string[] = [];
  const keys = new Set<string>(TRIAGE_KEYS);
  const checkCondition = (c: Condition, at: string): void => {
    if ('all' in c) c.all.forEach((x) => checkCondition(x, at));
    else if ('any' in c) c.any.forEach((x) => checkCondition(x, at));
    else if ('not' in c) checkCondition(c.not, at);
    else if ('deadlinePassed' in c) problems.push(`${at}: deadlinePassed means nothing in triage`);
    else if (!keys.has(c.field))
      problems.push(`${at}: "${c.field}" is not a triage answer (${TRIAGE_KEYS.join(', ')})`);
  };
  const checkPrefill = (map: TriagePrefill, manifest: Manifest, at: string): void => {
    for (const key of Object.keys(map))
      if (!manifest.fields.some((f) => f.key === key))
        problems.push(`${at}: prefill "${key}" is not a field of ${manifest.id}`);
  };
  table.rows.forEach((row, i) => {
    const at = `${where}: rows[${i}] (${row.id})`;
    checkCondition(row.when, `${at}.when`);
    if (row.staleWhen) checkCondition(row.staleWhen, `${at}.staleWhen`);
    const manifest = manifestOf(row.template);
    if (!manifest) {
      problems.push(`${at}: no filing "${row.template}"`);
      return;
    }
    checkPrefill(row.prefill, manifest, at);
    if (row.deadline !== undefined && !manifest.deadlines.some((d) => d.id === row.deadline))
      problems.push(`${at}: ${manifest.id} has no deadline "${row.deadline}"`);
    for (const list of ['wayOut', 'staleWayOut'] as const) {
      for (const w of row[list]) {
        const m = manifestOf(w.template);
        if (!m) problems.push(`${at}.${list}: no filing "${w.template}"`);
        else checkPrefill(w.prefill, m, `${at}.${list}`);
      }
    }
  });
  return problems;
}
