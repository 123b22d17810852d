/**
 * The one table per language (common/locales/: the UI's strings and main's messages): every key
 * in ru (default), kk and en, no empty text, the same placeholders in each, the plural forms each
 * language needs, and no English leaking into the Russian or Kazakh texts.
 */
import { describe, expect, it } from 'vitest';
import ru from '../../common/locales/ru.ts';
import kk from '../../common/locales/kk.ts';
import en from '../../common/locales/en.ts';
import { latinWords } from '../helpers/latin.ts';
import ruMessages from '../../common/locales/messages/ru.json' with { type: 'json' };
import kkMessages from '../../common/locales/messages/kk.json' with { type: 'json' };
import enMessages from '../../common/locales/messages/en.json' with { type: 'json' };

import type { Table } from '../../common/locales/index.ts';

const tables: Record<'ru' | 'kk' | 'en', Table> = { ru, kk, en };
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

/** Command-line syntax is typed as it is in every language: `refuge deadlines [--ics <file>]`. */
const isUsage = (key: string): boolean => /\.(usage|\w+Usage)$/.test(key);
const withoutCommandLine = (text: string): string =>
  text
    .replace(/\brefuge(?: [a-z][\w|-]*)+/g, ' ')
    .replace(/--[\w-]+/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\.(pdf|docx)\b/g, ' ')
    // A format and a manifest key the CLI user types as they are.
    .replace(/\b(JSON|adultFamily)\b/g, ' ')
    // A Kazakh case ending hyphenated to an acronym: PDF-те.
    .replace(/\b([A-Z]{2,})-(?=[\u0400-\u04FF])/g, '$1 ');
// Loanwords Kazakh writes as Russian does: «Файл», «бланк» (a blank form's file name).
const SAME_IN_KAZAKH = new Set(['menu.file', 'fileNames.blankSuffix']);

describe('the tables of every language', () => {
  it('have the same keys in every language', () => {
    expect(baseKeys(kk)).toEqual(baseKeys(ru));
    expect(baseKeys(en)).toEqual(baseKeys(ru));
  });

  it.each(['ru', 'kk', 'en'] as const)('in %s have no empty text', (lang) => {
    const empty = [...flatten(tables[lang])].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it("hold main's sections as written, never shadowed by a UI section of the same name", () => {
    const parts = { ru: ruMessages, kk: kkMessages, en: enMessages };
    for (const lang of ['ru', 'kk', 'en'] as const)
      for (const [section, entries] of Object.entries(parts[lang]))
        expect((tables[lang] as Record<string, unknown>)[section], `${lang} ${section}`).toBe(
          entries,
        );
  });

  it("hold the UI strings and main's messages in one table", () => {
    // A key main looks up and the renderer shows come from the same object.
    expect(ru.cli.usageError).toBe('Неверный вызов');
    expect(ru.validation.required).toBe('Обязательное поле');
    expect(en.app.loading).toBe('Loading…');
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
      if (isUsage(key)) continue;
      // Placeholders and a command to type are not UI words.
      const text = withoutCommandLine(
        value.replace(/\{\{[^}]*\}\}/g, '').replace(/\bnpm run \w+/g, ''),
      );
      expect(latinWords(text), key).toEqual([]);
    }
  });

  it('in Kazakh are Kazakh, not Russian copied over', () => {
    const same = [...flatten(kk)].filter(
      ([k, v]) =>
        flatten(ru).get(k) === v && /[а-я]{4}/i.test(v) && !isUsage(k) && !SAME_IN_KAZAKH.has(k),
    );
    expect(same).toEqual([]);
  });
});
