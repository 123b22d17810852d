/**
 * Answers: validated against the manifest they belong to, normalised at the boundary (NFC, no
 * control characters), and filled so every field exists — templates run in strict mode and a
 * missing optional field must print as empty, not crash the render.
 */
import type { Field, GroupField, Manifest, ScalarField } from './manifest.ts';
import type { Lang } from './lang.ts';
import type { MessageKey } from './messages.ts';
import { localize, type TextKey } from './locales/index.ts';
import { REGION_KEY } from './manifest.ts';
import { validateIin } from './iin.ts';
import { foreignFragment } from './language.ts';
import { formatShortDate, isValidIsoDate, type IsoDate } from './dates.ts';
import {
  ATTACHMENTS_GROUP,
  EMPTY_PERSON,
  FILE_ID_KEY,
  emptyValue,
  evaluateCondition,
  isEmptyValue,
  isRecord,
  own,
} from './answer-values.ts';
import { coerceGroup, coerceScalar, issue } from './answer-coerce.ts';
import { applyLateFlags, passedDeadlines } from './filing-deadlines.ts';

// Split by concern into answer-values.ts, answer-coerce.ts and filing-deadlines.ts; the names
// others import from here keep working.
export { ATTACHMENTS_GROUP, EMPTY_PERSON, FILE_ID_KEY, emptyValue, evaluateCondition };
export {
  FILING_DATE_KEY,
  applyLateFlags,
  computeDeadlines,
  filingDay,
  passedDeadlines,
  type ComputedDeadline,
} from './filing-deadlines.ts';

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
  const passed = passedDeadlines(manifest, answers, options.today);
  // Paths not asked (condition or document language): their defaults are never printed.
  const hidden = resetUnasked(manifest, answers, passed, options.docLang);
  for (const field of manifest.fields) {
    if (hidden.has(field.key)) continue;
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
  notices.push(...optionWarnings(manifest, answers, hidden, passed, lang));
  return { answers, issues: dedupe(issues), notices: dedupe(notices) };
}

/** The warnings of the options chosen in asked select fields (`options[].warning`). */
function optionWarnings(
  manifest: Manifest,
  answers: Answers,
  hidden: ReadonlySet<string>,
  passed: ReadonlySet<string>,
  lang: Lang,
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const field of manifest.fields) {
    if (field.type !== 'select' || hidden.has(field.key)) continue;
    const value = answers[field.key];
    const chosen = (Array.isArray(value) ? value : [value]).filter(
      (v): v is string => typeof v === 'string',
    );
    for (const option of field.options)
      if (
        option.warning &&
        chosen.includes(option.value) &&
        (!option.warningWhen || evaluateCondition(option.warningWhen, answers, undefined, passed))
      )
        out.push(
          issue(field.key, field.label[lang], 'optionWarning', lang, {
            option: option.label[lang],
            text: option.warning[lang],
          }),
        );
  }
  return out;
}

const LANGUAGE_NAMES = {
  ru: 'validation.docLanguageRu',
  kk: 'validation.docLanguageKk',
  en: 'validation.docLanguageEn',
} as const satisfies Record<Lang, TextKey>;

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
          doc: localize(lang, LANGUAGE_NAMES[docLang]),
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

/**
 * The answers as the filing reads them: each top-level field not asked — its condition fails on
 * the fields before it, or it belongs to another document language — takes its default, in
 * manifest order, so a field shown only by a hidden one is hidden too. The validator judges on
 * this and the form shows its fields by it; a value typed before its field was hidden stays in
 * the draft, unread. Mutates `answers`; returns the keys it reset.
 */
export function resetUnasked(
  manifest: Manifest,
  answers: Answers,
  passed: ReadonlySet<string>,
  docLang: Lang | undefined,
): Set<string> {
  const hidden = new Set<string>();
  for (const field of manifest.fields) {
    const asked =
      askedIn(field, docLang) &&
      (!field.when || evaluateCondition(field.when, answers, undefined, passed));
    if (asked) continue;
    answers[field.key] = emptyValue(field);
    hidden.add(field.key);
  }
  return hidden;
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
