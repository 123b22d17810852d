/** Plural forms by Intl.PluralRules, never by hand-written rules. */
import type { Lang } from './lang.ts';

export interface PluralForms {
  readonly one: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

const rules = new Map<Lang, Intl.PluralRules>();

export function pluralCategory(n: number, lang: Lang): Intl.LDMLPluralRule {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang === 'kk' ? 'kk' : lang);
    rules.set(lang, r);
  }
  return r.select(n);
}

export function plural(n: number, forms: PluralForms, lang: Lang): string {
  const category = pluralCategory(n, lang);
  if (category === 'one') return forms.one;
  if (category === 'few') return forms.few ?? forms.other;
  if (category === 'many') return forms.many ?? forms.other;
  return forms.other;
}

/** Russian: 1 день, 2 дня, 5 дней; fractions take the «few» form (1,5 дня). */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  return plural(n, { one, few, many, other: few }, 'ru');
}
