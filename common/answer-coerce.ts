/**
 * What was typed or loaded, coerced into each field's value — groups, scalars, people — with the
 * issues and notices found on the way. Split from common/answers.ts (`prepareAnswers` runs it).
 */
import type { GroupField, Lang, ScalarField } from './manifest.ts';
import { formatMessage, type MessageKey } from './messages.ts';
import { fixNameLookalikes, normaliseAnswerText } from './text.ts';
import { validateIin } from './iin.ts';
import {
  compareDates,
  formatShortDate,
  isDateShaped,
  isValidIsoDate,
  parseUserDate,
} from './dates.ts';
import {
  ATTACHMENTS_GROUP,
  FILE_ID,
  FILE_ID_KEY,
  emptyValue,
  isRecord,
  own,
} from './answer-values.ts';
import type { GroupItem, PersonAnswer, ScalarAnswer, Sex, ValidationIssue } from './answers.ts';

export function issue(
  path: string,
  place: string,
  code: MessageKey,
  lang: Lang,
  params: Record<string, string | number>,
): ValidationIssue {
  return { path, place, code, message: formatMessage(code, lang, params) };
}

export function coerceGroup(
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

export function coerceScalar(
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
      // The bound is named as the lawyer types dates (ДД.ММ.ГГГГ), not as stored.
      if (min && compareDates(iso, min) < 0)
        return report('dateBefore', { date: formatShortDate(min) });
      if (max && compareDates(iso, max) > 0)
        return report('dateAfter', { date: formatShortDate(max) });
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
