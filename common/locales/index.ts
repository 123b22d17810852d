/**
 * One table per language (ru, kk, en) for every message a person reads: the renderer's i18next
 * and main's message modules (CLI, vault, packs, bundles, validation) look texts up here, so a
 * message is worded and translated once. Placeholders are i18next's {{name}}; plural keys end in
 * _one/_few/_many/_other and are chosen by `count` (docs/ARCHITECTURE.md, "one table per language").
 */
import i18next, { type TFunction } from 'i18next';
import type { Lang } from '../manifest.ts';
import { en, kk, ru } from './tables.ts';
import type { BaseKey, Ru, Strings, Table } from './shape.ts';

export type { Strings, Table } from './shape.ts';

export const LOCALES: Readonly<Record<Lang, Strings>> = { ru, kk, en };

/** The tables as i18next resources (one namespace, "translation"). */
export const resources = {
  ru: { translation: ru },
  kk: { translation: kk },
  en: { translation: en },
} as const;

/** «section.key», plural suffixes folded. */
export type TextKey = { [S in keyof Ru & string]: `${S}.${BaseKey<Ru[S]>}` }[keyof Ru & string];
/** The keys of one section, for a module that speaks only from it: SectionKey<'cli'>. */
export type SectionKey<S extends keyof Ru> = BaseKey<Ru[S]>;
export type TextParams = Readonly<Record<string, string | number>>;

let fixed: Readonly<Record<Lang, TFunction>> | undefined;

/** Created on first use: the renderer has its own react-i18next instance over the same tables. */
function translators(): Readonly<Record<Lang, TFunction>> {
  if (fixed) return fixed;
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: 'ru',
    fallbackLng: false,
    // Plain text for the terminal, PDFs and dialogs; React escapes on its side.
    interpolation: { escapeValue: false, skipOnVariables: true },
    initAsync: false,
  });
  fixed = {
    ru: instance.getFixedT('ru'),
    kk: instance.getFixedT('kk'),
    en: instance.getFixedT('en'),
  };
  return fixed;
}

/** The text of `key` in `lang` with its {{placeholders}} filled (and its plural form by `count`). */
export function localize(lang: Lang, key: TextKey, params: TextParams = {}): string {
  // Values go in `replace`, so a placeholder named like an i18next option (lng, context, ns…)
  // stays a placeholder; only `count` is also an option, to choose the plural form.
  const { count } = params;
  const options = typeof count === 'number' ? { replace: params, count } : { replace: params };
  return String(translators()[lang](key, options));
}

/**
 * A text as written in each language, placeholders unfilled ({{name}}): for modules that export
 * per-language records. Plural keys have no single text; ask localize() for those.
 */
export function textsOf(key: TextKey): Readonly<Record<Lang, string>> {
  const [section = '', name = ''] = key.split('.');
  const raw = (lang: Lang): string => (LOCALES[lang] as unknown as Table)[section]?.[name] ?? key;
  return { ru: raw('ru'), kk: raw('kk'), en: raw('en') };
}
