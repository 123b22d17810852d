/**
 * Hyphenation for the layout: TeX patterns (ru, en) through liang.ts, with the rules every
 * language shares — 2 letters at least on each side, never in words with digits, capitals inside
 * or all capitals (УПК, РК), never in proper names, only after an existing hyphen.
 * Patterns load lazily: a cold CLI start does not pay for them.
 */
import { liangBreaks, parsePatterns, type PatternTable } from './liang.ts';
import { RUSSIAN_ONLY_LETTERS, kazakhBreaks } from './kk.ts';
import { countCache } from '../cache-stats.ts';
import type { Lang } from '../../../common/lang.ts';

export interface Hyphenator {
  breakPoints(word: string, options?: { isName?: boolean }): number[];
}

const loaded = new Map<Lang, Promise<Hyphenator>>();
const CACHE_LIMIT = 50_000;

async function patternsFor(lang: Lang): Promise<PatternTable> {
  if (lang === 'en')
    return parsePatterns((await import('hyphen/patterns/en-gb.js')).default, 'en-gb');
  return parsePatterns((await import('hyphen/patterns/ru.js')).default, 'ru');
}

const NEVER = /[\d_]|\p{Lu}.*\p{Lu}|^\p{Lu}{2,}|[^\p{L}\p{M}'’-]/u;
const NO_LINE_START = /^[ьъй]/u;

/**
 * Kazakh: the syllable rule (kk.ts), except Russian loanwords recognised by letters native words
 * never have (конституция, процесс), which take the Russian patterns.
 */
function kazakhOrRussian(lower: string, table: PatternTable): number[] {
  return RUSSIAN_ONLY_LETTERS.test(lower) ? liangBreaks(table, lower) : kazakhBreaks(lower);
}

function makeHyphenator(
  table: PatternTable,
  minLeft: number,
  minRight: number,
  breaks = liangBreaks,
): Hyphenator {
  const cache = new Map<string, number[]>();
  return {
    breakPoints(word, options) {
      // A word with its own hyphen (из-за) breaks only there, which the layout does by itself.
      if (
        options?.isName ||
        word.length < minLeft + minRight ||
        NEVER.test(word) ||
        word.includes('-')
      )
        return [];
      let points = cache.get(word);
      countCache('hyphenation', points !== undefined);
      if (points) return points;
      const lower = word.toLocaleLowerCase();
      points = breaks(table, lower).filter(
        (p) =>
          p >= minLeft &&
          word.length - p >= minRight &&
          !NO_LINE_START.test(lower.slice(p)) &&
          !/[ьъ]/u.test(lower[p] ?? ''),
      );
      if (cache.size > CACHE_LIMIT) cache.clear();
      cache.set(word, points);
      return points;
    },
  };
}

export function loadHyphenator(lang: Lang): Promise<Hyphenator> {
  let h = loaded.get(lang);
  if (!h) {
    h = patternsFor(lang).then((table) =>
      makeHyphenator(
        table,
        2,
        lang === 'en' ? 3 : 2,
        lang === 'kk' ? (t, w) => kazakhOrRussian(w, t) : liangBreaks,
      ),
    );
    loaded.set(lang, h);
  }
  return h;
}
