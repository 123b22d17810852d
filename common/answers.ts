/**
 * Answers: validated against the manifest they belong to, normalised at the boundary (NFC, no
 * control characters), and filled so every field exists — templates run in strict mode and a
 * missing optional field must print as empty, not crash the render.
 */
import type { Condition, Field, GroupField, Lang, Manifest, ScalarField } from './manifest.ts';
import { REGION_KEY } from './manifest.ts';
import { formatMessage, type MessageKey } from './messages.ts';
import { fixNameLookalikes, normaliseAnswerText } from './text.ts';
import { validateIin } from './iin.ts';
import { foreignFragment } from './language.ts';
import {
  compareDates,
  formatShortDate,
  isDateShaped,
  isValidIsoDate,
  parseUserDate,
  type IsoDate,
} from './dates.ts';
import { computeDeadlineWithReadings, type DeadlineWithReadings } from './deadlines.ts';

export type Sex = 'male' | 'female';

export interface PersonAnswer {
  lastName: string;
  firstName: string;
  middleName: string;
  sex: Sex | '';
  latinName: string;
  forms: { genitive: string; dative: string; accusative: string; instrumental: string };
}

export type ScalarAnswer = string | number | boolean | null | string[] | PersonAnswer;
export type GroupItem = Record<string, ScalarAnswer>;
export type AnswerValue = ScalarAnswer | GroupItem[];
export type Answers = Record<string, AnswerValue>;

/**
 * Items of the `attachments` group may name a file attached to the matter in the vault
 * (`fileId`): the court bundle appends that file as the annex. It is not a manifest field — the
 * form and the templates never show an id — so it is the one key such items may carry besides
 * their fields, and every filing gets it without a manifest change.
 */
export const ATTACHMENTS_GROUP = 'attachments';
export const FILE_ID_KEY = 'fileId';
const FILE_ID = /^[0-9a-f]{16}$/;

export interface ValidationIssue {
  /** Machine path: `children[1].birthDate`. */
  readonly path: string;
  /** Human path in the chosen language: «Члены семьи № 2 › Дата рождения». */
  readonly place: string;
  readonly code: MessageKey;
  readonly message: string;
}

export interface PreparedAnswers {
  readonly answers: Answers;
  readonly issues: readonly ValidationIssue[];
  /**
   * What normalisation changed that the lawyer should look at (never blocks a render): e.g. Latin
   * look-alike letters replaced inside a Cyrillic name.
   */
  readonly notices: readonly ValidationIssue[];
}

export interface PrepareOptions {
  readonly lang: Lang;
  /** Asia/Almaty civil date, for `today` bounds. */
  readonly today: IsoDate;
  /** The document's language: an English filing needs each person's passport spelling. */
  readonly docLang?: Lang;
}

export const EMPTY_PERSON: Readonly<PersonAnswer> = Object.freeze({
  lastName: '',
  firstName: '',
  middleName: '',
  sex: '',
  latinName: '',
  forms: Object.freeze({ genitive: '', dative: '', accusative: '', instrumental: '' }),
}) as PersonAnswer;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own enumerable keys only: `__proto__` in JSON is an ordinary (unknown) key, never a prototype. */
function own(record: Record<string, unknown>, key: string): unknown {
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

function isEmptyValue(value: AnswerValue): boolean {
  // A required boolean is a confirmation: unticked counts as unanswered.
  if (value === null || value === '' || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value) && 'lastName' in value) {
    const p = value as PersonAnswer;
    return p.lastName.trim() === '' && p.firstName.trim() === '';
  }
  return false;
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

function resolvePath(path: string, root: Answers, item?: GroupItem): AnswerValue | undefined {
  const parts = path.split('.');
  const head = parts[0] ?? '';
  let current: unknown = item && Object.hasOwn(item, head) ? item : root;
  for (const part of parts) {
    if (!isRecord(current) || !Object.hasOwn(current, part)) return undefined;
    current = current[part];
  }
  return current as AnswerValue;
}

export function prepareAnswers(
  manifest: Manifest,
  raw: unknown,
  options: PrepareOptions,
): PreparedAnswers {
  const { lang } = options;
  const issues: ValidationIssue[] = [];
  const notices: ValidationIssue[] = [];
  const input = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) issues.push(issue('', '', 'notAnObject', lang, {}));

  const fieldsByKey = new Map(manifest.fields.map((f) => [f.key, f]));
  for (const key of Object.keys(input)) {
    // The region is the draft's own, not a field's (common/courts.ts).
    if (!fieldsByKey.has(key) && key !== REGION_KEY)
      issues.push(issue(key, key, 'unknownField', lang, { field: key }));
  }

  // First pass: coerce every value (so conditions see normalised data), then check visibility.
  const answers: Answers = {};
  for (const field of manifest.fields) {
    answers[field.key] =
      field.type === 'group'
        ? coerceGroup(field, own(input, field.key), lang, issues, notices)
        : coerceScalar(
            field,
            own(input, field.key),
            field.key,
            field.label[lang],
            lang,
            { issues, notices },
            options,
          );
  }
  applyLateFlags(manifest, answers, options.today);
  const passed = passedDeadlines(manifest, answers, filingDay(answers, options.today));
  // Paths not asked (condition or document language): their defaults are never printed.
  const hidden = new Set<string>();
  for (const field of manifest.fields) {
    const visible =
      askedIn(field, options.docLang) &&
      (!field.when || evaluateCondition(field.when, answers, undefined, passed));
    if (!visible) {
      answers[field.key] = emptyValue(field);
      hidden.add(field.key);
      continue;
    }
    if (field.type === 'group') {
      const items = answers[field.key] as GroupItem[];
      const place = field.label[lang];
      if (field.required && items.length === 0)
        issues.push(issue(field.key, place, 'required', lang, {}));
      if (items.length < field.min && (field.required || items.length > 0))
        issues.push(issue(field.key, place, 'tooFewItems', lang, { min: field.min }));
      if (items.length > field.max)
        issues.push(issue(field.key, place, 'tooManyItems', lang, { max: field.max }));
      items.forEach((item, index) => {
        for (const sub of field.fields) {
          const subVisible =
            askedIn(sub, options.docLang) &&
            (!sub.when || evaluateCondition(sub.when, answers, item, passed));
          if (!subVisible) {
            item[sub.key] = emptyValue(sub) as ScalarAnswer;
            hidden.add(`${field.key}[${index}].${sub.key}`);
            continue;
          }
          if (sub.type === 'iin')
            checkIinHolder(
              sub,
              item,
              answers,
              manifest,
              `${field.key}[${index}]`,
              field,
              lang,
              issues,
            );
          const subPath = `${field.key}[${index}].${sub.key}`;
          if (
            requiredIn(sub, options.docLang) &&
            isEmptyValue(item[sub.key] as AnswerValue) &&
            // A value that could not be read is already reported; «required» would only confuse.
            !issues.some((i) => i.path === subPath)
          ) {
            issues.push(
              issue(
                `${field.key}[${index}].${sub.key}`,
                `${field.itemLabel[lang]} № ${index + 1} › ${sub.label[lang]}`,
                'required',
                lang,
                {},
              ),
            );
          }
        }
      });
    } else if (field.type === 'iin') {
      if (requiredIn(field, options.docLang) && isEmptyValue(answers[field.key] as AnswerValue)) {
        if (!issues.some((i) => i.path === field.key))
          issues.push(issue(field.key, field.label[lang], 'required', lang, {}));
      } else checkIinHolder(field, undefined, answers, manifest, '', undefined, lang, issues);
    } else if (
      requiredIn(field, options.docLang) &&
      isEmptyValue(answers[field.key] as AnswerValue) &&
      !issues.some((i) => i.path === field.key)
    ) {
      // A value that could not be read is already reported; "required" on top would only confuse.
      issues.push(issue(field.key, field.label[lang], 'required', lang, {}));
    } else if (
      field.type === 'person' &&
      field.latin &&
      options.docLang === 'en' &&
      !isEmptyValue(answers[field.key] as AnswerValue) &&
      (answers[field.key] as PersonAnswer).latinName === ''
    ) {
      // An English filing names the person only as the passport spells it.
      issues.push(
        issue(`${field.key}.latinName`, field.label[lang], 'latinNameRequired', lang, {}),
      );
    }
  }
  if (options.docLang)
    notices.push(...foreignAnswers(manifest, answers, hidden, options.docLang, lang));
  return { answers, issues: dedupe(issues), notices: dedupe(notices) };
}

const LANGUAGE_NAMES: Readonly<Record<Lang, Readonly<Record<Lang, string>>>> = {
  ru: { ru: 'русском', kk: 'казахском', en: 'английском' },
  kk: { ru: 'орыс', kk: 'қазақ', en: 'ағылшын' },
  en: { ru: 'Russian', kk: 'Kazakh', en: 'English' },
};

/**
 * Text answers in another language or script than the document's (common/language.ts): named in
 * pre-flight, never blocking — the lawyer may mean it.
 */
function foreignAnswers(
  manifest: Manifest,
  answers: Answers,
  hidden: ReadonlySet<string>,
  docLang: Lang,
  lang: Lang,
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const check = (value: AnswerValue | undefined, path: string, place: string): void => {
    if (typeof value !== 'string' || value === '' || hidden.has(path)) return;
    const found = foreignFragment(value, docLang);
    const fragment = found?.replace(/\s+/g, ' ').trim();
    if (fragment)
      out.push(
        issue(path, place, 'foreignLanguage', lang, {
          fragment: fragment.length > 60 ? `${fragment.slice(0, 60)}…` : fragment,
          doc: LANGUAGE_NAMES[lang][docLang],
        }),
      );
  };
  for (const field of manifest.fields) {
    if (field.type === 'text' || field.type === 'multiline')
      check(answers[field.key], field.key, field.label[lang]);
    if (field.type === 'group') {
      const items = Array.isArray(answers[field.key]) ? (answers[field.key] as GroupItem[]) : [];
      items.forEach((item, index) => {
        for (const sub of field.fields)
          if (sub.type === 'text' || sub.type === 'multiline')
            check(
              item[sub.key],
              `${field.key}[${index}].${sub.key}`,
              `${field.itemLabel[lang]} № ${index + 1} › ${sub.label[lang]}`,
            );
      });
    }
  }
  return out;
}

/**
 * An IIN encodes its holder's birth date and sex (common/iin.ts): a valid IIN of somebody else —
 * a relative's, a typo that still passes the check digit — must not reach a filing. The manifest
 * names the holder's birth date and person fields; the error sits on the IIN and names the field
 * it disagrees with.
 */
function checkIinHolder(
  field: Extract<ScalarField, { type: 'iin' }>,
  item: GroupItem | undefined,
  root: Answers,
  manifest: Manifest,
  base: string,
  group: GroupField | undefined,
  lang: Lang,
  issues: ValidationIssue[],
): void {
  const iin = (item ?? root)[field.key];
  if (typeof iin !== 'string' || iin === '') return;
  const decoded = validateIin(iin);
  if (!decoded.ok) return;
  const path = base ? `${base}.${field.key}` : field.key;
  const placeOf = (f: Field): string =>
    group && item && group.fields.includes(f as ScalarField)
      ? `${group.itemLabel[lang]} › ${f.label[lang]}`
      : f.label[lang];
  const place = placeOf(field);
  const lookup = (key: string): { value: AnswerValue | undefined; field: Field | undefined } => {
    const inItem = group?.fields.find((f) => f.key === key);
    if (item && inItem) return { value: item[key], field: inItem };
    return { value: root[key], field: undefined };
  };
  if (field.birthDateField && decoded.birthDate) {
    const { value, field: inItem } = lookup(field.birthDateField);
    if (typeof value === 'string' && isValidIsoDate(value) && value !== decoded.birthDate) {
      issues.push(
        issue(path, place, 'iinBirthDateMismatch', lang, {
          iinDate: formatShortDate(decoded.birthDate),
          date: formatShortDate(value),
          field: inItem ? placeOf(inItem) : rootLabel(manifest, field.birthDateField, lang),
        }),
      );
    }
  }
  if (field.personField && decoded.sex) {
    const { value, field: inItem } = lookup(field.personField);
    const sex = isRecord(value) ? (value as Partial<PersonAnswer>).sex : undefined;
    if ((sex === 'male' || sex === 'female') && sex !== decoded.sex) {
      issues.push(
        issue(path, place, 'iinSexMismatch', lang, {
          sex: decoded.sex,
          field: inItem ? placeOf(inItem) : rootLabel(manifest, field.personField, lang),
        }),
      );
    }
  }
}

/** Whether the field is asked for a document in `docLang` (every field when it is not known). */
export function askedIn(field: Field, docLang: Lang | undefined): boolean {
  return !field.languages || !docLang || field.languages.includes(docLang);
}

/**
 * A language-bound field is required only once the document language is known: checking a
 * draft without it must not demand the Kazakh citizenship for a Russian filing.
 */
function requiredIn(field: Field, docLang: Lang | undefined): boolean {
  return field.required && (!field.languages || docLang !== undefined);
}

function rootLabel(manifest: Manifest, key: string, lang: Lang): string {
  return manifest.fields.find((f) => f.key === key)?.label[lang] ?? key;
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const id = `${i.path}|${i.code}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function issue(
  path: string,
  place: string,
  code: MessageKey,
  lang: Lang,
  params: Record<string, string | number>,
): ValidationIssue {
  return { path, place, code, message: formatMessage(code, lang, params) };
}

function coerceGroup(
  field: GroupField,
  raw: unknown,
  lang: Lang,
  issues: ValidationIssue[],
  notices: ValidationIssue[],
): GroupItem[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    issues.push(issue(field.key, field.label[lang], 'notAList', lang, {}));
    return [];
  }
  return raw.map((rawItem: unknown, index) => {
    const itemInput = isRecord(rawItem) ? rawItem : {};
    const base = `${field.key}[${index}]`;
    const placeBase = `${field.itemLabel[lang]} № ${index + 1}`;
    if (!isRecord(rawItem)) issues.push(issue(base, placeBase, 'notAnObject', lang, {}));
    const known = new Set(field.fields.map((f) => f.key));
    const takesFile = field.key === ATTACHMENTS_GROUP && !known.has(FILE_ID_KEY);
    const fileId = takesFile ? own(itemInput, FILE_ID_KEY) : undefined;
    for (const key of Object.keys(itemInput)) {
      if (key === FILE_ID_KEY && takesFile) {
        if (
          fileId !== undefined &&
          fileId !== null &&
          fileId !== '' &&
          !(typeof fileId === 'string' && FILE_ID.test(fileId))
        )
          issues.push(
            issue(`${base}.${key}`, `${placeBase} › ${key}`, 'unknownField', lang, { field: key }),
          );
      } else if (!known.has(key))
        issues.push(
          issue(`${base}.${key}`, `${placeBase} › ${key}`, 'unknownField', lang, { field: key }),
        );
    }
    const item: GroupItem = {};
    for (const sub of field.fields) {
      item[sub.key] = coerceScalar(
        sub,
        own(itemInput, sub.key),
        `${base}.${sub.key}`,
        `${placeBase} › ${sub.label[lang]}`,
        lang,
        { issues, notices },
        { today: '' },
      );
    }
    if (typeof fileId === 'string' && FILE_ID.test(fileId)) item[FILE_ID_KEY] = fileId;
    return item;
  });
}

function coerceScalar(
  field: ScalarField,
  raw: unknown,
  path: string,
  place: string,
  lang: Lang,
  sink: { issues: ValidationIssue[]; notices: ValidationIssue[] },
  options: { today: string },
): ScalarAnswer {
  const report = (code: MessageKey, params: Record<string, string | number> = {}): ScalarAnswer => {
    sink.issues.push(issue(path, place, code, lang, params));
    return emptyValue(field) as ScalarAnswer;
  };
  if (raw === undefined || raw === null || raw === '') return emptyValue(field) as ScalarAnswer;
  switch (field.type) {
    case 'text':
    case 'multiline': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return report('notText');
      let text = normaliseAnswerText(String(raw));
      if (field.type === 'text') text = text.replace(/\n+/g, ' ');
      text = text.trim();
      if (text.length > field.maxLength) return report('tooLong', { max: field.maxLength });
      if (
        field.type === 'text' &&
        field.pattern &&
        text !== '' &&
        !new RegExp(field.pattern, 'u').test(text)
      ) {
        return report('pattern', { hint: field.patternHint?.[lang] ?? field.pattern });
      }
      return text;
    }
    case 'date': {
      if (typeof raw !== 'string') return report('invalidDate');
      const iso = parseUserDate(raw.trim());
      if (!iso || !isValidIsoDate(iso))
        return isDateShaped(raw)
          ? report('noSuchDay', { date: raw.trim() })
          : report('invalidDate');
      const bound = (b: string | undefined): string | undefined =>
        b === 'today' ? options.today || undefined : b;
      const min = bound(field.min);
      const max = bound(field.max);
      if (min && compareDates(iso, min) < 0) return report('dateBefore', { date: min });
      if (max && compareDates(iso, max) > 0) return report('dateAfter', { date: max });
      return iso;
    }
    case 'number': {
      const n =
        typeof raw === 'number'
          ? raw
          : typeof raw === 'string' && raw.trim() !== ''
            ? Number(raw.trim().replace(',', '.'))
            : NaN;
      if (!Number.isFinite(n)) return report('notANumber');
      if (field.integer && !Number.isInteger(n)) return report('notAnInteger');
      if (
        (field.min !== undefined && n < field.min) ||
        (field.max !== undefined && n > field.max)
      ) {
        return report('numberRange', { min: field.min ?? '−∞', max: field.max ?? '∞' });
      }
      return n;
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true') return true;
      if (raw === 'false') return false;
      return report('notABoolean');
    }
    case 'select': {
      const allowed = new Set(field.options.map((o) => o.value));
      if (field.multiple) {
        const values = Array.isArray(raw)
          ? raw
          : typeof raw === 'string'
            ? raw
                .split(/[;,]/)
                .map((s) => s.trim())
                .filter(Boolean)
            : null;
        if (!values || values.some((v) => typeof v !== 'string' || !allowed.has(v)))
          return report('invalidOption');
        return [...new Set(values as string[])];
      }
      if (typeof raw !== 'string' || !allowed.has(raw)) return report('invalidOption');
      return raw;
    }
    case 'iin': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return report('iinFormat');
      const digits = String(raw).replace(/\s+/g, '');
      const result = validateIin(digits);
      if (!result.ok)
        return report(
          result.reason === 'checksum'
            ? 'iinChecksum'
            : result.reason === 'date'
              ? 'iinDate'
              : 'iinFormat',
        );
      return digits;
    }
    case 'person':
      return coercePerson(raw, report, (from, to, part) =>
        sink.notices.push(issue(`${path}.${part}`, place, 'lookalikeFixed', lang, { from, to })),
      );
  }
}

function coercePerson(
  raw: unknown,
  report: (code: MessageKey) => ScalarAnswer,
  fixed: (from: string, to: string, part: string) => void,
): ScalarAnswer {
  if (!isRecord(raw)) return report('notAPerson');
  const text = (v: unknown): string =>
    typeof v === 'string' ? normaliseAnswerText(v).replace(/\s+/g, ' ').trim() : '';
  /** A Cyrillic name part: look-alike Latin letters replaced, and the lawyer told. */
  const name = (v: unknown, part: string): string => {
    const typed = text(v);
    const fixedName = fixNameLookalikes(typed);
    if (fixedName !== typed) fixed(typed, fixedName, part);
    return fixedName;
  };
  const forms = isRecord(own(raw, 'forms')) ? (own(raw, 'forms') as Record<string, unknown>) : {};
  const person: PersonAnswer = {
    lastName: name(own(raw, 'lastName'), 'lastName'),
    firstName: name(own(raw, 'firstName'), 'firstName'),
    middleName: name(own(raw, 'middleName'), 'middleName'),
    sex: own(raw, 'sex') === 'male' || own(raw, 'sex') === 'female' ? (own(raw, 'sex') as Sex) : '',
    // The passport's Latin spelling is Latin on purpose: never «fixed».
    latinName: text(own(raw, 'latinName')),
    forms: {
      genitive: name(own(forms, 'genitive'), 'forms.genitive'),
      dative: name(own(forms, 'dative'), 'forms.dative'),
      accusative: name(own(forms, 'accusative'), 'forms.accusative'),
      instrumental: name(own(forms, 'instrumental'), 'forms.instrumental'),
    },
  };
  const anyName = person.lastName !== '' || person.firstName !== '';
  if (anyName && (person.lastName === '' || person.firstName === ''))
    return report('personNameMissing');
  if (anyName && person.sex === '') return report('personSexMissing');
  return person;
}

export interface ComputedDeadline extends DeadlineWithReadings {
  readonly id: string;
  /**
   * The deadline (the earliest defensible last day) has passed. When `arguable`, a later reading
   * still runs: the filing argues it is in time, and asks for restoration only in the alternative.
   */
  readonly missed: boolean;
}

/** The answer naming the day the filing is signed (every filing asks for it). */
export const FILING_DATE_KEY = 'signingDate';

/**
 * The day a filing's statements about timeliness are judged on: its signing date when given, else
 * today. «подаётся в пределах срока» is true or false of that day, not of the day it is printed.
 */
export function filingDay(answers: Answers, today: IsoDate): IsoDate {
  const d = answers[FILING_DATE_KEY];
  return typeof d === 'string' && isValidIsoDate(d) ? d : today;
}

/**
 * Sets each computed late flag (`lateOf`) from the dates, whatever was typed or saved: true when
 * one of its deadlines has passed every reading on the filing day (the `late` that templates see
 * in `computed.deadlines`). A deadline past its safe day but within a later reading is arguable,
 * not late: the filing argues it is in time. Mutates and returns `answers`.
 */
export function applyLateFlags(manifest: Manifest, answers: Answers, today: IsoDate): Answers {
  const flags = manifest.fields.filter((f) => f.type === 'boolean' && f.lateOf);
  if (flags.length === 0) return answers;
  const late = new Set(
    computeDeadlines(manifest, answers, filingDay(answers, today))
      .filter((d) => d.missed && !d.arguable)
      .map((d) => d.id),
  );
  for (const f of flags)
    if (f.type === 'boolean') answers[f.key] = (f.lateOf ?? []).some((id) => late.has(id));
  return answers;
}

/** Ids of the deadlines already passed, for `{ "deadlinePassed": id }` conditions. */
export function passedDeadlines(manifest: Manifest, answers: Answers, today: IsoDate): Set<string> {
  return new Set(
    computeDeadlines(manifest, answers, today)
      .filter((d) => d.missed)
      .map((d) => d.id),
  );
}

export function computeDeadlines(
  manifest: Manifest,
  answers: Answers,
  today: IsoDate,
): ComputedDeadline[] {
  const out: ComputedDeadline[] = [];
  for (const spec of manifest.deadlines) {
    if (spec.when && !evaluateCondition(spec.when, answers)) continue;
    const trigger = resolvePath(spec.from, answers);
    if (typeof trigger !== 'string' || !isValidIsoDate(trigger)) continue;
    const result = computeDeadlineWithReadings(
      spec.rule,
      spec.alternatives,
      trigger,
      today,
      spec.reading,
    );
    out.push({ ...result, id: spec.id, missed: result.status === 'passed' });
  }
  return out;
}
