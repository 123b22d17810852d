/**
 * Text at the boundary: answers are normalised before anything else sees them, because one
 * control character (Word's \v line break in pasted text, a NUL) would break the XML parse and
 * with it the whole filing.
 */

/**
 * Explicit bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the marks
 * LRM/RLM/ALM: invisible, yet «Иванов\u202Efdp.exe.pdf» is shown with its tail reversed, ending
 * in «.exe». Arabic or Hebrew letters need none of them (the implicit bidi algorithm orders
 * them), so they are removed from answers, file names and attachment names alike.
 */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(input: string): string {
  return input.replace(BIDI_CONTROLS, '');
}

/** NFC; Word line/page breaks → newline; other C0/C1 controls, lone surrogates, U+FFFE/FFFF removed. */
export function normaliseAnswerText(input: string): string {
  let s = input
    .replace(/\r\n?/g, '\n')
    .replace(/[\v\f\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ');
  // Lone surrogates are not XML characters; toWellFormed would turn them into U+FFFD — drop them instead.
  s = s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, '');
  return stripBidiControls(s).normalize('NFC');
}

/** Latin look-alikes people type without a Kazakh layout, folded onto the Kazakh letters. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  i: 'і',
  ı: 'і',
  ə: 'ә',
  h: 'һ',
  ё: 'е',
};

export function foldForSearch(input: string): string {
  const lower = input.normalize('NFC').toLocaleLowerCase('ru');
  let out = '';
  for (const ch of lower) out += LOOKALIKES[ch] ?? ch;
  return out;
}

export function matchesSearch(haystack: string, query: string): boolean {
  const q = foldForSearch(query).trim();
  if (q === '') return true;
  return foldForSearch(haystack).includes(q);
}

const collators = new Map<string, Intl.Collator>();

/** Sort by the language's collation (never byte order): Ә after А in Kazakh. */
export function compareNames(a: string, b: string, lang: 'ru' | 'kk' | 'en'): number {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang === 'kk' ? 'kk' : lang, { sensitivity: 'base' });
    collators.set(lang, c);
  }
  return c.compare(a, b);
}

/**
 * Russian typography that keeps a line from ending on an abbreviation: the space after «г.»,
 * «ул.», «д.», «ст.», «ч.», «п.», «№» … before a name or a number becomes a no-break space, so
 * «г. Алматы», «ст. 592», «№ 0002317» never split across lines (in the PDF and in Word).
 */
const TIED_ABBREVIATIONS =
  /(^|[\s(«"“„'])((?:г|гг|ул|пр|просп|пер|пл|д|кв|корп|стр|оф|мкр|обл|р-н|ст|ч|п|пп|подп|абз|л|тел|прил|им)\.|№|§) (?=[\p{Lu}\p{N}«"])/gu;

export function tieAbbreviations(text: string): string {
  return text.replace(TIED_ABBREVIATIONS, '$1$2\u00A0');
}
