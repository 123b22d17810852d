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
