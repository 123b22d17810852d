/**
 * Answers written in another language than the document's: a Kazakh filing printing «азаматтығы:
 * Российской Федерации», a Russian letter printing «On 10 November 2026 she challenged…». Pre-flight
 * names such answers; the lawyer decides. A heuristic, tuned against false alarms (a warning on
 * every filing stops being read):
 *
 * - Never looked at: any token with a digit (passport and case numbers, «CCPR/C/3/Rev.12»,
 *   «LA-155/18»), e-mail and web addresses, Latin words in capitals (UNHCR, OHCHR, the «AB» of
 *   a passport number), and persons (their Latin field is Latin on purpose).
 * - en document: any Cyrillic word of two letters or more.
 * - ru or kk document, Latin text: a run of three Latin words with a small-letter word in it
 *   («she challenged the refusal», «special detention centre»), or an answer with more Latin
 *   letters than Cyrillic ones and a Latin word of three letters or more («Almaty»). An
 *   organisation's Latin name standing alone («Human Rights Watch») is reported too: a Russian or
 *   Kazakh filing normally writes it in Cyrillic or explains it.
 * - kk document, Russian text: the absence of Kazakh letters proves nothing (many Kazakh words
 *   have none), so only what Kazakh does not have is evidence: the Russian conjunctions and
 *   prepositions «и», «в», «с», «к», «по», «для», «из», «при», «что», «или» as words, and words of
 *   five letters or more ending as Russian adjectives, participles, verbs and genitive nouns do
 *   (-ский/-ской/-ского…, -ого/-ому/-ему, -ии/-ции, -ется/-ются/-ться, -енный/-анный). Kazakh
 *   text in a Russian filing (a place name, an organisation) is not reported.
 */
import type { Lang } from './lang.ts';

const SKIP_TOKENS = [
  /\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b/gu, // e-mail
  /\b(https?:\/\/|www\.)\S+/giu, // web address
  /\b[A-Z]{2,}\b/gu, // acronyms
];
/** A token (between spaces, quotes, brackets and punctuation); dropped when it holds a digit. */
const TOKEN = /[^\s«»"“”()[\],;:]+/gu;

const ANY_LATIN = /\p{Script=Latin}/u;
const LATIN_WORD = /\p{Script=Latin}+(?:['’-]\p{Script=Latin}+)*/gu;
const LATIN_RUN =
  /\p{Script=Latin}+(?:['’-]\p{Script=Latin}+)*(?:[\s,]+\p{Script=Latin}+(?:['’-]\p{Script=Latin}+)*){2,}/gu;

const RUSSIAN_WORDS = new Set([
  'и',
  'в',
  'во',
  'с',
  'со',
  'к',
  'ко',
  'по',
  'для',
  'из',
  'при',
  'что',
  'или',
]);
const RUSSIAN_ENDING =
  /(ский|ская|ское|ского|ской|ском|скому|ских|ским|ского|ого|ому|ему|ии|ции|ется|ются|ться|енный|анный|енная|анная)$/u;

function stripNeutral(text: string): string {
  let s = text;
  for (const re of SKIP_TOKENS.slice(0, 2)) s = s.replace(re, ' ');
  // Any token with a digit, found token by token: a pattern «non-separators, a digit,
  // non-separators» retried from every letter of every long word was a tenth of a DOCX.
  s = s.replace(TOKEN, (token) => (/\d/u.test(token) ? ' ' : token));
  for (const re of SKIP_TOKENS.slice(2)) s = s.replace(re, ' ');
  return s;
}

/** Code units matched by `re` (a global regex of runs, `+`): one match per run, not per letter. */
function count(text: string, re: RegExp): number {
  let n = 0;
  for (const m of text.matchAll(re)) n += m[0].length;
  return n;
}

/** The first fragment of `text` written in another language than `docLang`, or null. */
export function foreignFragment(text: string, docLang: Lang): string | null {
  // A Russian document reports Latin text only; stripping and normalising never add a Latin
  // letter, so an answer without one is done (most answers, and every statement of facts).
  if (docLang === 'ru' && !ANY_LATIN.test(text)) return null;
  const s = stripNeutral(text.normalize('NFC'));
  if (docLang === 'en') {
    const m = /\p{Script=Cyrillic}{2,}(?:[\s,]+\p{Script=Cyrillic}+)*/u.exec(s);
    return m ? m[0] : null;
  }
  for (const m of s.matchAll(LATIN_RUN)) {
    if (m[0].split(/[\s,]+/).some((w) => /^\p{Ll}{2,}$/u.test(w))) return m[0];
  }
  const latin = count(s, /\p{Script=Latin}+/gu);
  if (latin > 0 && latin > count(s, /\p{Script=Cyrillic}+/gu)) {
    const word = [...s.matchAll(LATIN_WORD)].find((m) => m[0].length >= 3);
    if (word) return word[0];
  }
  if (docLang === 'kk') {
    for (const m of s.matchAll(/\p{Script=Cyrillic}+/gu)) {
      const word = m[0].toLocaleLowerCase('ru');
      // «А. В.» are initials and «к-сі» an abbreviation, not prepositions.
      const next = s[m.index + m[0].length] ?? '';
      const initial = /[.‐-]/.test(next) || /[‐-]/.test(s[m.index - 1] ?? '');
      if (
        (RUSSIAN_WORDS.has(word) && !initial) ||
        (word.length >= 5 && RUSSIAN_ENDING.test(word))
      ) {
        // The phrase around it, so the lawyer can find it.
        const at = m.index;
        const start = s.lastIndexOf(' ', Math.max(0, at - 2)) + 1;
        const end = s.indexOf(' ', at + m[0].length + 1);
        return s.slice(start, end < 0 ? undefined : end).trim();
      }
    }
  }
  return null;
}
