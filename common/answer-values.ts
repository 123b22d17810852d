/**
 * Answer values as the form, the validator and the templates read them: the empty value of each
 * field type, what counts as unanswered, paths into the answers and `when` conditions. Split from
 * common/answers.ts, which re-exports what others import.
 */
import type { Condition, DeadlineSpec, Field } from './manifest.ts';
import type { AnswerValue, Answers, GroupItem, PersonAnswer } from './answers.ts';

/**
 * Items of the `attachments` group may name a file attached to the matter in the vault
 * (`fileId`): the court bundle appends that file as the annex. It is not a manifest field — the
 * form and the templates never show an id — so it is the one key such items may carry besides
 * their fields, and every filing gets it without a manifest change.
 */
export const ATTACHMENTS_GROUP = 'attachments';
export const FILE_ID_KEY = 'fileId';
export const FILE_ID = /^[0-9a-f]{16}$/;

export const EMPTY_PERSON: Readonly<PersonAnswer> = Object.freeze({
  lastName: '',
  firstName: '',
  middleName: '',
  sex: '',
  latinName: '',
  forms: Object.freeze({ genitive: '', dative: '', accusative: '', instrumental: '' }),
}) as PersonAnswer;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own enumerable keys only: `__proto__` in JSON is an ordinary (unknown) key, never a prototype. */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function emptyValue(field: Field): AnswerValue {
  switch (field.type) {
    case 'text':
    case 'multiline':
      return field.default ?? '';
    case 'date':
    case 'iin':
      return '';
    case 'number':
      return field.default ?? null;
    case 'boolean':
      return field.default ?? false;
    case 'select':
      return field.multiple
        ? Array.isArray(field.default)
          ? [...field.default]
          : []
        : typeof field.default === 'string'
          ? field.default
          : '';
    case 'person':
      return { ...EMPTY_PERSON, forms: { ...EMPTY_PERSON.forms } };
    case 'group':
      return [];
  }
}

export function isEmptyValue(value: AnswerValue): boolean {
  // A required boolean is a confirmation: unticked counts as unanswered.
  if (value === null || value === '' || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value) && 'lastName' in value) {
    const p = value as PersonAnswer;
    return p.lastName.trim() === '' && p.firstName.trim() === '';
  }
  return false;
}

/** The field paths a condition reads (`children.birthDate`), not the deadlines it asks about. */
export function conditionFields(condition: Condition | undefined): string[] {
  if (!condition) return [];
  if ('all' in condition) return condition.all.flatMap(conditionFields);
  if ('any' in condition) return condition.any.flatMap(conditionFields);
  if ('not' in condition) return conditionFields(condition.not);
  if ('deadlinePassed' in condition) return [];
  return [condition.field];
}

/** The ids of the deadlines a condition asks about (`deadlinePassed`). */
export function conditionDeadlines(condition: Condition | undefined): string[] {
  if (!condition) return [];
  if ('all' in condition) return condition.all.flatMap(conditionDeadlines);
  if ('any' in condition) return condition.any.flatMap(conditionDeadlines);
  if ('not' in condition) return conditionDeadlines(condition.not);
  return 'deadlinePassed' in condition ? [condition.deadlinePassed] : [];
}

/** What decides a deadline: whether it applies (`when`), and which of its later readings hold. */
export function deadlineConditions(deadline: DeadlineSpec): Condition[] {
  return [deadline.when, ...deadline.alternatives.map((a) => a.when)].filter(
    (c): c is Condition => c !== undefined,
  );
}

/**
 * Whether a `when` condition holds. Paths resolve in the group item first, then at the top
 * level. `passed` holds the ids of deadlines already passed (a request to
 * restore a term is asked for as soon as the term has run out, ticked or not).
 */
export function evaluateCondition(
  condition: Condition,
  root: Answers,
  item?: GroupItem,
  passed: ReadonlySet<string> = new Set(),
): boolean {
  if ('all' in condition)
    return condition.all.every((c) => evaluateCondition(c, root, item, passed));
  if ('any' in condition)
    return condition.any.some((c) => evaluateCondition(c, root, item, passed));
  if ('not' in condition) return !evaluateCondition(condition.not, root, item, passed);
  if ('deadlinePassed' in condition) return passed.has(condition.deadlinePassed);
  const value = resolvePath(condition.field, root, item);
  if ('equals' in condition) return value === condition.equals;
  if ('notEquals' in condition) return value !== condition.notEquals;
  if ('in' in condition)
    return (typeof value === 'string' || typeof value === 'number') && condition.in.includes(value);
  if ('includes' in condition)
    return Array.isArray(value) && (value as unknown[]).includes(condition.includes);
  const isTruthy = value !== undefined && !isEmptyValue(value) && value !== false;
  return condition.truthy ? isTruthy : !isTruthy;
}

export function resolvePath(
  path: string,
  root: Answers,
  item?: GroupItem,
): AnswerValue | undefined {
  const parts = path.split('.');
  const head = parts[0] ?? '';
  let current: unknown = item && Object.hasOwn(item, head) ? item : root;
  for (const part of parts) {
    if (!isRecord(current) || !Object.hasOwn(current, part)) return undefined;
    current = current[part];
  }
  return current as AnswerValue;
}
