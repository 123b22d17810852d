/**
 * Answers entered once for a matter prefill every later filing for it: a field of the new
 * filing takes the most recent answer given under the same key, when that answer has the
 * field's shape. Keys are shared on purpose across manifests (person, birthDate, passport, iin…);
 * the client, whom filings call by different names (`person`, `applicant`, …), is one person.
 */
import type { Field, Manifest } from './manifest.ts';
import { emptyValue, type AnswerValue } from './answers.ts';

export interface PriorAnswers {
  readonly savedAt: string;
  readonly answers: Readonly<Record<string, unknown>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fits(field: Field, value: unknown): boolean {
  switch (field.type) {
    case 'text':
    case 'multiline':
    case 'date':
    case 'iin':
      return typeof value === 'string' && value.trim() !== '';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'select':
      return field.multiple
        ? Array.isArray(value) &&
            value.length > 0 &&
            value.every((v) => field.options.some((o) => o.value === v))
        : typeof value === 'string' && field.options.some((o) => o.value === value);
    case 'person':
      return (
        isRecord(value) &&
        typeof value.lastName === 'string' &&
        value.lastName.trim() !== '' &&
        typeof value.firstName === 'string'
      );
    case 'group':
      return (
        Array.isArray(value) &&
        value.length > 0 &&
        value.every(
          (item) =>
            isRecord(item) &&
            field.fields.every(
              (f) => !(f.key in item) || isBlank(item[f.key]) || fits(f, item[f.key]),
            ),
        )
      );
  }
}

/** A part of a group item left empty: a family member without a citizenship is still carried. */
function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** The keys under which filings ask for the client, most specific first. */
export const CLIENT_KEYS = ['person', 'applicant', 'client', 'author', 'victim'] as const;
const isClientKey = (key: string): boolean => (CLIENT_KEYS as readonly string[]).includes(key);

/** Where an earlier answer for `field` may be found: its own key, or any name of the client. */
function sourceKeys(field: Field): readonly string[] {
  return field.type === 'person' && isClientKey(field.key)
    ? [field.key, ...CLIENT_KEYS.filter((k) => k !== field.key)]
    : [field.key];
}

/** The sections of a form that say who the parties are: the client, the lawyer, the author. */
const PARTY_SECTIONS: ReadonlySet<string> = new Set([
  'complainant',
  'person',
  'applicant',
  'author',
  'victim',
]);

/**
 * Of another draft of the same filing, only the answers about the parties: its decision, dates
 * and reasons belong to another ruling or another term, and copied whole they would make a
 * complete-looking filing about the wrong one.
 */
export function partiesOnly(
  manifest: Manifest,
  answers: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const keys = new Set(
    manifest.fields
      .filter((f) => f.section !== undefined && PARTY_SECTIONS.has(f.section))
      .map((f) => f.key),
  );
  return Object.fromEntries(Object.entries(answers).filter(([key]) => keys.has(key)));
}

/** Answers for a new filing of `manifest`, from the matter's earlier drafts (newest wins). */
export function prefillAnswers(
  manifest: Manifest,
  prior: readonly PriorAnswers[],
): Record<string, AnswerValue> {
  const newestFirst = [...prior].sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
  const answers: Record<string, AnswerValue> = {};
  for (const field of manifest.fields) {
    let value: unknown;
    for (const prior of newestFirst) {
      const key = sourceKeys(field).find(
        (k) => Object.hasOwn(prior.answers, k) && fits(field, prior.answers[k]),
      );
      if (key !== undefined) {
        value = prior.answers[key];
        break;
      }
    }
    answers[field.key] =
      value === undefined ? emptyValue(field) : (structuredClone(value) as AnswerValue);
  }
  return answers;
}

export interface ClientName {
  readonly lastName: string;
  readonly firstName: string;
  readonly middleName?: string;
}

/** The client of a matter: the person the filing is for, not the lawyer or the interpreter. */
export function clientOf(answers: Readonly<Record<string, unknown>>): ClientName {
  const others = Object.keys(answers).filter(
    (k) => !isClientKey(k) && k !== 'defender' && k !== 'interpreter',
  );
  for (const key of [...CLIENT_KEYS.filter((k) => Object.hasOwn(answers, k)), ...others]) {
    const value = answers[key];
    if (
      isRecord(value) &&
      typeof value.lastName === 'string' &&
      typeof value.firstName === 'string'
    )
      return {
        lastName: value.lastName,
        firstName: value.firstName,
        ...(typeof value.middleName === 'string' && value.middleName
          ? { middleName: value.middleName }
          : {}),
      };
  }
  return { lastName: '', firstName: '' };
}

/**
 * Answers of one filing that describe the person, not the family's shared journey: never copied
 * into a family member's own application. Minors (`children`) go into one parent's application
 * only (Закон «О беженцах» п. 5 ст. 10), so they are not copied either.
 */
const PERSONAL_KEYS: ReadonlySet<string> = new Set([
  'applicant',
  'birthDate',
  'birthPlace',
  'citizenship',
  'ethnicity',
  'passport',
  'iin',
  'phone',
  'email',
  'grounds',
  'socialGroupDescription',
  'militaryStatus',
  'persecutionNarrative',
  'criminalCase',
  'criminalCaseDetails',
  'wanted',
  'fearOnReturn',
  'priorAsylum',
  'priorApplications',
  'children',
  'adultFamily',
  'extraRequests',
  'attachments',
]);

/**
 * One refugee application per adult family member listed in `adultFamily` of the first one
 * (Закон «О беженцах» п. 2 ст. 11: each member aged 18 or more is recognised individually, the
 * spouse included). Each is prefilled from the first — how the claim arises, arrival, route,
 * addressee, interpreter, place and date — with the member as the applicant and the member's date
 * of birth; the first applicant and the other adults are listed as that member's adult family
 * (relation left for the lawyer: it is not the same word from the other side). Everything that
 * describes one person (documents, grounds, the narrative) is left empty for the lawyer to ask.
 */
export function familyMemberApplications(
  manifest: Manifest,
  answers: Readonly<Record<string, unknown>>,
): Record<string, AnswerValue>[] {
  const members = Array.isArray(answers.adultFamily) ? answers.adultFamily.filter(isRecord) : [];
  const adultField = manifest.fields.find((f) => f.key === 'adultFamily');
  if (!adultField || adultField.type !== 'group') return [];
  const first = answers.applicant;
  return members
    .filter((m) => isRecord(m.member))
    .map((member) => {
      const out: Record<string, AnswerValue> = {};
      for (const field of manifest.fields) {
        const value = answers[field.key];
        out[field.key] =
          !PERSONAL_KEYS.has(field.key) && value !== undefined && fits(field, value)
            ? (structuredClone(value) as AnswerValue)
            : emptyValue(field);
      }
      out.applicant = structuredClone(member.member) as AnswerValue;
      if (typeof member.birthDate === 'string') out.birthDate = member.birthDate;
      const others = members
        .filter((m) => m !== member && isRecord(m.member))
        .map((m) => structuredClone(m) as Record<string, AnswerValue>);
      const firstAsMember: Record<string, AnswerValue> = {
        member: structuredClone(first) as AnswerValue,
        relation: '',
        birthDate: typeof answers.birthDate === 'string' ? answers.birthDate : '',
        citizenship: '',
      };
      out.adultFamily = (isRecord(first) ? [firstAsMember, ...others] : others) as AnswerValue;
      return out;
    });
}
