/**
 * Validation messages in ru/kk/en. Every message a person sees about their answers comes from here;
 * the texts are the `validation` section of the one table per language (common/locales/).
 */
import { localize } from './locales/index.ts';
import type { Lang } from './manifest.ts';

type Params = Record<string, string | number>;

/**
 * «{{name}}» (the tables' i18next syntax) or «{name}» placeholders filled from params; an unknown
 * one is left as written. For texts taken raw from a table; localize() is the usual way.
 */
export function fillPlaceholders(
  template: string,
  params: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{\{(\w+)\}\}|\{(\w+)\}/g, (m, double?: string, single?: string) => {
    const name = double ?? single ?? '';
    return Object.hasOwn(params, name) && params[name] !== undefined ? String(params[name]) : m;
  });
}

export function formatMessage(key: MessageKey, lang: Lang, params: Params = {}): string {
  switch (key) {
    // The sex decides the whole sentence, not a word in it: two texts.
    case 'iinSexMismatch':
      return localize(
        lang,
        params.sex === 'male' ? 'validation.iinSexMismatchMale' : 'validation.iinSexMismatchFemale',
        params,
      );
    // «Минимум записей: 2» needs no agreement; English does (1 entry, 2 entries): i18next plurals.
    case 'tooFewItems':
      return localize(lang, 'validation.tooFewItems', { ...params, count: Number(params.min) });
    case 'tooManyItems':
      return localize(lang, 'validation.tooManyItems', { ...params, count: Number(params.max) });
    default:
      return localize(lang, `validation.${key}`, params);
  }
}

/** Every message key; each has a text in every language's `validation` section (type-checked). */
export const MESSAGE_KEYS = [
  'required',
  'latinNameRequired',
  'tooLong',
  'pattern',
  'invalidDate',
  'noSuchDay',
  'dateBefore',
  'dateAfter',
  'notANumber',
  'notAnInteger',
  'numberRange',
  'invalidOption',
  'iinFormat',
  'iinChecksum',
  'iinDate',
  'iinBirthDateMismatch',
  'iinSexMismatch',
  'foreignLanguage',
  'lookalikeFixed',
  'optionWarning',
  'blankChoice',
  'tooFewItems',
  'tooManyItems',
  'unknownField',
  'notABoolean',
  'notText',
  'notAList',
  'notAnObject',
  'notAPerson',
  'personNameMissing',
  'personSexMissing',
  'holidaysUnverified',
  'holidaysUnknown',
  'renderCrashed',
  'renderFailed',
  'courtUnverified',
  'regionNotChosen',
  'regionDefaultMismatch',
  'unknownRegion',
] as const;

export type MessageKey = (typeof MESSAGE_KEYS)[number];
