/**
 * Answers entered once for a matter prefill every later filing for it: a field of the new
 * filing takes the most recent answer given under the same key, when that answer has the
 * field's shape. Keys are shared on purpose across manifests (person, birthDate, passport, iin…).
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
            isRecord(item) && field.fields.every((f) => !(f.key in item) || fits(f, item[f.key])),
        )
      );
  }
}

/** Answers for a new filing of `manifest`, from the matter's earlier drafts (newest wins). */
export function prefillAnswers(
  manifest: Manifest,
  prior: readonly PriorAnswers[],
): Record<string, AnswerValue> {
  const newestFirst = [...prior].sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
  const answers: Record<string, AnswerValue> = {};
  for (const field of manifest.fields) {
    const found = newestFirst.find(
      (p) => Object.hasOwn(p.answers, field.key) && fits(field, p.answers[field.key]),
    );
    answers[field.key] = found
      ? (structuredClone(found.answers[field.key]) as AnswerValue)
      : emptyValue(field);
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
  const preferred = ['person', 'applicant', 'client', 'author', 'victim'];
  const others = Object.keys(answers).filter(
    (k) => !preferred.includes(k) && k !== 'defender' && k !== 'interpreter',
  );
  for (const key of [...preferred.filter((k) => Object.hasOwn(answers, k)), ...others]) {
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
