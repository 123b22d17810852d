/**
 * Text at the boundary: answers are normalised before anything else sees them, because one
 * control character (Word's \v line break in pasted text, a NUL) would break the XML parse and
 * with it the whole filing.
 */
import type { Lang } from './lang.ts';

/**
 * Characters that pasted text carries and that can only do harm in a filing:
 * - U+00AD soft hyphen: invisible in Word, but our PDF writer would draw it as a visible «-»;
 * - bidi controls: see BIDI_CONTROLS.
 */
const SOFT_HYPHEN = /\u00AD/g;

/**
 * Explicit bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): invisible, yet
 * «Иванов\u202Efdp.exe.pdf» is shown with its tail reversed, ending in «.exe», and Word shows a
 * «№ 123» in a filing reversed while the text reads right. Arabic or Hebrew letters need none of
 * them (the implicit bidi algorithm orders them), so they are removed from every answer.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * File and attachment names also lose the marks LRM/RLM/ALM: a name is shown by file managers
 * that may reorder around them, and no file name needs one. (In answers a mark is harmless text
 * and is kept as typed.)
 */
const BIDI_CONTROLS_AND_MARKS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(input: string): string {
  return input.replace(BIDI_CONTROLS, '');
}

export function stripBidiFromName(input: string): string {
  return input.replace(BIDI_CONTROLS_AND_MARKS, '');
}

const ANY_SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * NFC; Word line/page breaks → newline; other C0/C1 controls, lone surrogates, U+FFFE/FFFF, soft
 * hyphens and bidi controls removed.
 */
export function normaliseAnswerText(input: string): string {
  let s = input
    .replace(/\r\n?/g, '\n')
    .replace(/[\v\f\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ');
  // Lone surrogates are not XML characters; toWellFormed would turn them into U+FFFD — drop them instead.
  // Most text has no surrogates at all, and the pattern's look-behind is tried at every position.
  if (ANY_SURROGATE.test(s)) s = s.replace(LONE_SURROGATE, '');
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, '');
  s = s.replace(SOFT_HYPHEN, '');
  return stripBidiControls(s).normalize('NFC');
}

/**
 * Letters people type for Kazakh (and Russian) letters when the keyboard has no Kazakh layout, or
 * that come with text pasted from a Latin source: the Azerbaijani/IPA schwa for ә, Latin i for і,
 * h for һ, the 2021 Latin letters (ä ö ü ğ ñ ū ı) and the Latin capitals and small letters that
 * look exactly like Cyrillic ones. Only ever applied inside a word that already has Cyrillic
 * letters: «Əлия» → «Әлия», «Kузнецов» → «Кузнецов»; «Smith» stays.
 */
const NAME_LOOKALIKES: Readonly<Record<string, string>> = {
  ə: 'ә',
  Ə: 'Ә',
  ä: 'ә',
  Ä: 'Ә',
  i: 'і',
  I: 'І',
  ı: 'і',
  İ: 'І',
  h: 'һ',
  ö: 'ө',
  Ö: 'Ө',
  ü: 'ү',
  Ü: 'Ү',
  ğ: 'ғ',
  Ğ: 'Ғ',
  ñ: 'ң',
  Ñ: 'Ң',
  ū: 'ұ',
  Ū: 'Ұ',
  a: 'а',
  A: 'А',
  B: 'В',
  c: 'с',
  C: 'С',
  e: 'е',
  E: 'Е',
  H: 'Н',
  k: 'к',
  K: 'К',
  M: 'М',
  o: 'о',
  O: 'О',
  p: 'р',
  P: 'Р',
  T: 'Т',
  x: 'х',
  X: 'Х',
  y: 'у',
};

const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

/**
 * A name with the look-alikes inside Cyrillic words replaced by the Cyrillic letters. A word with
 * any other Latin letter (a real Latin spelling, «Jean-Пьер») is left as typed.
 */
export function fixNameLookalikes(name: string): string {
  return name.normalize('NFC').replace(/[\p{L}\p{M}]+/gu, (word) => {
    if (!CYRILLIC_LETTER.test(word)) return word;
    let out = '';
    for (const ch of word) {
      if (CYRILLIC_LETTER.test(ch) || /\p{M}/u.test(ch)) out += ch;
      else if (Object.hasOwn(NAME_LOOKALIKES, ch)) out += NAME_LOOKALIKES[ch];
      else return word;
    }
    return out;
  });
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
export function compareNames(a: string, b: string, lang: Lang): number {
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

/**
 * Initials stay with each other and with the surname: «Волков А. П.», «А. П. Волков», «А.П.
 * Волков» never split across lines, as Russian and Kazakh typography ask (a line ending on «А.»
 * with «П. оставил часть» below was what a statement of facts printed). An initial is one
 * capital with its dot, after anything but a letter; a surname is tied to the initials after it
 * only when there are two of them, so a capitalised word before «Приложение А.» stays free.
 * Both patterns start at a capital: a look-behind in front would be tried at every character.
 */
const INITIAL_THEN_NAME = /\p{Lu}\. (?=\p{Lu})/gu;
const SURNAME_THEN_INITIALS =
  /\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)* (?=\p{Lu}\.[ \u00A0]?\p{Lu}\.)/gu;
const LETTER = /[\p{L}\p{M}]/u;

export function tieInitials(text: string): string {
  return text
    .replace(INITIAL_THEN_NAME, (found: string, at: number) =>
      at > 0 && LETTER.test(text[at - 1] ?? '') ? found : `${found.slice(0, -1)}\u00A0`,
    )
    .replace(SURNAME_THEN_INITIALS, (found: string) => `${found.slice(0, -1)}\u00A0`);
}

/**
 * Numbers people write with spaces — passports «75 3344556», «AB 1234567», phones «+7 701 000 00
 * 01», «10 000» — are one thing each: the spaces inside become no-break spaces, so neither the PDF
 * nor Word breaks a line inside them (issue 17, item 14). A space is tied when a digit (or «)»)
 * is before it and a digit (or «(», «+» then a digit) after it, or when it follows a series of
 * one to three capitals written before digits. A number also keeps the abbreviated unit after it
 * — «на 6 л.», «2026 г.», «2026 ж.», «5 млн», «10 %»: an annex list printed «— на 6» at a line's
 * end and «л.» alone below it. Only abbreviations: «6 лет» and «2022 году» stay free.
 */
// Each starts with the space itself (the look-behind includes it): a pattern that starts with a
// look-behind is tried at every position of the text, one that starts with a space only at spaces.
const NUMBER_SPACE = / (?<=[\p{N})] )(?=[(]?\p{N})/gu;
const SERIES_SPACE = / (?<=(?:^|[\s(«"№])\p{Lu}{1,3} )(?=\p{N})/gu;
const UNIT_SPACE =
  / (?<=\p{N} )(?=(?:(?:гг|г|лл|л|руб|коп|тыс|экз|стр|ж)\.|(?:млн|млрд|%)(?![\p{L}\p{N}])))/gu;
const HAS_DIGIT = /\p{N}/u;

export function tieNumbers(text: string): string {
  // Both ties need a digit after the space; most runs of a filing have none, and the
  // look-behinds cost more than this scan.
  if (!HAS_DIGIT.test(text)) return text;
  return text
    .replace(NUMBER_SPACE, '\u00A0')
    .replace(SERIES_SPACE, '\u00A0')
    .replace(UNIT_SPACE, '\u00A0');
}

/** A token that is a number or a code («CCPR/C/3/Rev.12», «7594-26-00-3/1187», «LA-155/18»). */
export function isCodeToken(token: string): boolean {
  return HAS_DIGIT.test(token);
}
