/**
 * People's names: initials with non-breaking spaces, and declension prefilled by the `lvovich`
 * library — always shown to the lawyer to confirm, because a wrongly declined name on a filing is
 * a wrong filing. Kazakh patronymics (-ұлы, -қызы) and Latin-script names are never declined.
 */
import { incline } from 'lvovich';
import { kazakhEnding } from './kazakh.ts';
import type { Lang } from './lang.ts';

export type GrammaticalCase = 'genitive' | 'dative' | 'accusative' | 'instrumental';

export interface Person {
  readonly lastName: string;
  readonly firstName: string;
  readonly middleName?: string;
  readonly sex: 'male' | 'female' | '';
  readonly latinName?: string;
  readonly forms?: {
    readonly genitive?: string;
    readonly dative?: string;
    readonly accusative?: string;
    readonly instrumental?: string;
  };
}

const NBSP = '\u00A0';

function initial(name: string): string {
  // «Анна-Мария» → «А.-М.»
  return name
    .split('-')
    .filter((part) => part !== '')
    .map((part) => `${[...part][0]?.toLocaleUpperCase('ru') ?? ''}.`)
    .join('-');
}

function initialsOf(p: Person): string {
  return [p.firstName, p.middleName ?? '']
    .filter((n) => n.trim() !== '' && !isKazakhPatronymic(n))
    .map(initial)
    .join(NBSP);
}

/** «Кузнецов Д.\u00A0С.» */
export function initialsAfter(p: Person): string {
  const ini = initialsOf(p);
  return ini ? `${p.lastName}${NBSP}${ini}` : p.lastName;
}

/** «Д.\u00A0С.\u00A0Кузнецов» */
export function initialsBefore(p: Person): string {
  const ini = initialsOf(p);
  return ini ? `${ini}${NBSP}${p.lastName}` : p.lastName;
}

export function fullName(p: Person): string {
  return [p.lastName, p.firstName, p.middleName ?? ''].filter((n) => n.trim() !== '').join(' ');
}

const KAZAKH_PATRONYMIC = /(ұлы|улы|қызы|кызы)$/iu;
export function isKazakhPatronymic(name: string): boolean {
  return KAZAKH_PATRONYMIC.test(name.trim());
}

const LATIN = /[A-Za-z]/;

/** Names lvovich gets wrong, by case (checked against Russian grammar references). */
const FIRST_NAME_EXCEPTIONS: Readonly<Record<string, Readonly<Record<GrammaticalCase, string>>>> = {
  Любовь: { genitive: 'Любови', dative: 'Любови', accusative: 'Любовь', instrumental: 'Любовью' },
  Илья: { genitive: 'Ильи', dative: 'Илье', accusative: 'Илью', instrumental: 'Ильёй' },
  Никита: { genitive: 'Никиты', dative: 'Никите', accusative: 'Никиту', instrumental: 'Никитой' },
};

export interface DeclinedName {
  readonly text: string;
  readonly source: 'confirmed' | 'auto' | 'undeclined';
  readonly warning?: 'kazakhPatronymic' | 'latinScript' | 'unknownEnding';
}

interface Inclined {
  readonly first?: string;
  readonly last?: string;
  readonly middle?: string;
}

/**
 * lvovich's declension, remembered: a filing names its client a dozen times in a few cases, and
 * each call guesses the gender and walks the rule tables again. lvovich is a pure function of
 * these five values.
 */
const inclined = new Map<string, Inclined>();
const INCLINED_LIMIT = 2000;

function inclineOnce(
  first: string,
  last: string,
  middle: string,
  gender: 'male' | 'female',
  grammaticalCase: GrammaticalCase,
): Inclined {
  const key = `${first}\u0000${last}\u0000${middle}\u0000${gender}\u0000${grammaticalCase}`;
  let found = inclined.get(key);
  if (!found) {
    found = incline(
      { first, last, ...(middle ? { middle } : {}), gender },
      grammaticalCase,
    ) as Inclined;
    if (inclined.size >= INCLINED_LIMIT) inclined.clear();
    inclined.set(key, found);
  }
  return found;
}

export function declineFullName(p: Person, grammaticalCase: GrammaticalCase): DeclinedName {
  const confirmed = p.forms?.[grammaticalCase]?.trim();
  if (confirmed) return { text: confirmed, source: 'confirmed' };
  const nominative = fullName(p);
  if (LATIN.test(nominative))
    return { text: nominative, source: 'undeclined', warning: 'latinScript' };
  if (p.sex === '') return { text: nominative, source: 'undeclined', warning: 'unknownEnding' };
  const middle = p.middleName?.trim() ?? '';
  const kazakhMiddle = middle !== '' && isKazakhPatronymic(middle);
  const declined = inclineOnce(
    p.firstName,
    p.lastName,
    middle && !kazakhMiddle ? middle : '',
    p.sex,
    grammaticalCase,
  );
  const first =
    FIRST_NAME_EXCEPTIONS[p.firstName]?.[grammaticalCase] ?? declined.first ?? p.firstName;
  const last = declined.last ?? p.lastName;
  const parts = [last, first, kazakhMiddle ? middle : (declined.middle ?? middle)].filter(
    (s) => s !== '',
  );
  const text = parts.join(' ');
  if (kazakhMiddle) return { text, source: 'auto', warning: 'kazakhPatronymic' };
  if (text === nominative) return { text, source: 'undeclined', warning: 'unknownEnding' };
  return { text, source: 'auto' };
}

/**
 * The forms for the lawyer to confirm in the form. The accusative («уведомить Белову Наталью
 * Викторовну») differs from the genitive for women and for men's names in -а/-я.
 */
export function prefillForms(p: Person): Record<GrammaticalCase, string> {
  return {
    genitive: declineFullName({ ...p, forms: {} }, 'genitive').text,
    dative: declineFullName({ ...p, forms: {} }, 'dative').text,
    accusative: declineFullName({ ...p, forms: {} }, 'accusative').text,
    instrumental: declineFullName({ ...p, forms: {} }, 'instrumental').text,
  };
}

/**
 * The Kazakh case ending for one word, by the school-grammar tables of ілік (genitive), барыс
 * (dative) and табыс (accusative) септік (common/kazakh.ts). Instrumental is not offered: the
 * tables disagree on -мен/-бен after м, н, ң.
 */
export function kazakhCaseEnding(
  word: string,
  grammaticalCase: 'genitive' | 'dative' | 'accusative',
): string {
  return kazakhEnding(word, grammaticalCase);
}

/**
 * A full name in a Kazakh-language filing: the nominative name with the case ending on its last
 * word («Кузнецов Дмитрий Сергеевичтің»). Always flagged for the lawyer to read; Latin-script
 * names are left alone.
 */
export function kazakhNameCase(p: Person, grammaticalCase: GrammaticalCase): DeclinedName {
  const nominative = fullName(p);
  if (LATIN.test(nominative) || nominative.trim() === '')
    return { text: nominative, source: 'undeclined', warning: 'latinScript' };
  if (grammaticalCase === 'instrumental')
    throw new Error(
      `{{fullName}}: a Kazakh filing has no ${grammaticalCase} form; phrase the sentence without it`,
    );
  const words = nominative.split(' ');
  const lastWord = words[words.length - 1] ?? '';
  return { text: `${nominative}${kazakhCaseEnding(lastWord, grammaticalCase)}`, source: 'auto' };
}

/**
 * The words for a person whose sex is not known (a blank form for a client not yet met): both
 * forms, so the lawyer underlines one instead of correcting a form printed for a man. Word by
 * word, so a phrase keeps its shared words once: «он(а) находится», «he/she is». A Russian ending
 * that only adds one or two letters goes in brackets («прибыл(а)»); any other pair takes a slash
 * («его/её», «гражданина/гражданки»).
 */
export function eitherSexForm(male: string, female: string, lang: Lang): string {
  const eitherWord = (m: string, f: string): string => {
    if (m === f) return m;
    const suffix = f.slice(m.length);
    return lang === 'ru' && f.startsWith(m) && suffix.length <= 2 ? `${m}(${suffix})` : `${m}/${f}`;
  };
  const [maleWords, femaleWords] = [male.split(' '), female.split(' ')];
  if (maleWords.length !== femaleWords.length) return eitherWord(male, female);
  return maleWords.map((word, i) => eitherWord(word, femaleWords[i] ?? '')).join(' ');
}
