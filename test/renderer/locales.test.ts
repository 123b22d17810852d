/**
 * The UI strings: every key in ru (default), kk and en, the same placeholders in each, plural
 * forms each language needs, and no English leaking into the Russian or Kazakh UI.
 */
import { describe, expect, it } from 'vitest';
import ru from '../../renderer/src/locales/ru.ts';
import kk from '../../renderer/src/locales/kk.ts';
import en from '../../renderer/src/locales/en.ts';
import { latinWords } from '../helpers/latin.ts';
import type { Lang } from '../../common/lang.ts';

type Table = Readonly<Record<string, Readonly<Record<string, string>>>>;
const tables: Record<Lang, Table> = { ru, kk, en };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(table: Table): Map<string, string> {
  const out = new Map<string, string>();
  for (const [section, entries] of Object.entries(table))
    for (const [key, value] of Object.entries(entries)) out.set(`${section}.${key}`, value);
  return out;
}

/** Keys with plural suffixes folded: ru needs one/few/many, kk and en one/other. */
const baseKeys = (table: Table): string[] =>
  [...new Set([...flatten(table).keys()].map((k) => k.replace(PLURAL, '')))].sort();
const placeholders = (s: string): string[] =>
  [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? '').sort();

describe('UI strings', () => {
  it('have the same keys in every language', () => {
    expect(baseKeys(kk)).toEqual(baseKeys(ru));
    expect(baseKeys(en)).toEqual(baseKeys(ru));
  });

  it('have the plural forms each language needs', () => {
    const needs = { ru: ['one', 'few', 'many'], kk: ['one', 'other'], en: ['one', 'other'] };
    for (const [lang, table] of Object.entries(tables) as [keyof typeof tables, Table][]) {
      const keys = [...flatten(table).keys()];
      const plural = new Set(keys.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      for (const base of plural)
        for (const form of needs[lang])
          expect(keys, `${lang} ${base}`).toContain(`${base}_${form}`);
    }
  });

  it('use the same placeholders in every language', () => {
    const byBase = (table: Table): Map<string, string[]> => {
      const out = new Map<string, string[]>();
      for (const [k, v] of flatten(table)) {
        const base = k.replace(PLURAL, '');
        out.set(base, [...new Set([...(out.get(base) ?? []), ...placeholders(v)])].sort());
      }
      return out;
    };
    const reference = byBase(ru);
    for (const table of [kk, en])
      for (const [key, vars] of byBase(table)) expect(vars, key).toEqual(reference.get(key));
  });

  it.each(['ru', 'kk'] as const)('in %s contain no English words', (lang) => {
    for (const [key, value] of flatten(tables[lang])) {
      // Placeholders and a command to type are not UI words.
      const text = value.replace(/\{\{[^}]*\}\}/g, '').replace(/\bnpm run \w+/g, '');
      expect(latinWords(text), key).toEqual([]);
    }
  });

  it('in Kazakh are Kazakh, not Russian copied over', () => {
    const same = [...flatten(kk)].filter(
      ([k, v]) => flatten(ru).get(k) === v && /[а-я]{4}/i.test(v),
    );
    expect(same).toEqual([]);
  });
});
