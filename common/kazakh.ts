/**
 * Kazakh case endings by the school-grammar tables of ілік (genitive), барыс (dative), табыс
 * (accusative) and жатыс (locative) септік: the ending's first sound follows the word's last
 * sound, its vowel the word's last vowel (vowel harmony). Used for names in Kazakh filings and
 * for Kazakh legal dates («2026 жылғы 6 қарашадағы»). Always shown to the lawyer: a machine
 * guess, not a dictionary.
 */

export type KazakhCase = 'genitive' | 'dative' | 'accusative' | 'locative';

const VOWELS = 'аәеёиоөуұүыіэюя';
const FRONT_VOWELS = 'әеөүіиэ';
/** Sonorants and voiced sounds after which the ending keeps a voiced first sound. */
const SONORANTS_DATIVE = 'лрйузжмнң';
/** Genitive: after л р й у з ж the ending is -дың/-дің (after м н ң and vowels -ның/-нің). */
const D_GENITIVE = 'лрйузж';
/** 3rd-person possessive patronymics: Серікұлы, Айгүлқызы (барыс: -на/-не, not -ға/-ге). */
const POSSESSIVE_PATRONYMIC = /(ұлы|улы|қызы|кызы)$/u;

/**
 * Front or back vowel harmony for the ending: the word's last vowel decides; a word ending in
 * the soft sign takes front endings (Игорь → Игорьге, Гоголь → Гогольдің), as the Kazakh
 * spelling rules prescribe for loanwords.
 */
export function kazakhFront(word: string): boolean {
  const lower = word.toLocaleLowerCase('kk');
  if (/ь$/u.test(lower)) return true;
  // A final у is the consonant [w] (Мәскеу → Мәскеудің, Шойгу → Шойгудың): the vowel before it decides.
  const stem = lower.replace(/[ую]$/u, '');
  for (const ch of [...stem].reverse()) {
    if (FRONT_VOWELS.includes(ch)) return true;
    if (VOWELS.includes(ch)) return false;
  }
  return false;
}

/**
 * The last sound as the ending sees it: 'vowel', 'semivowel' (у, ю, и — у is [w], и is [ɪj]:
 * су → судың, Мәскеу → Мәскеудің, Төле би → бидің), 'sonorant', 'voiced' (з, ж) or 'voiceless'
 * (everything else: п т к қ с ш щ ф х һ ц ч, and б в г д, which sound voiceless at a word's end:
 * Иванов → Ивановтың, Глеб → Глебке).
 */
function lastSound(word: string): 'vowel' | 'semivowel' | 'sonorant' | 'voiced' | 'voiceless' {
  const chars = [...word.toLocaleLowerCase('kk').replace(/[ьъ]+$/u, '')];
  const last = chars[chars.length - 1] ?? '';
  if ('уюи'.includes(last)) return 'semivowel';
  if (VOWELS.includes(last)) return 'vowel';
  if ('лрймнң'.includes(last)) return 'sonorant';
  if ('зж'.includes(last)) return 'voiced';
  return 'voiceless';
}

function lastLetter(word: string): string {
  const chars = [...word.toLocaleLowerCase('kk').replace(/[ьъ]+$/u, '')];
  return chars[chars.length - 1] ?? '';
}

/** The ending for one word (upper case when the word is written in capitals). */
export function kazakhEnding(word: string, grammaticalCase: KazakhCase): string {
  const lower = word.toLocaleLowerCase('kk');
  const front = kazakhFront(lower);
  const sound = lastSound(lower);
  const last = lastLetter(lower);
  let ending: string;
  if (grammaticalCase === 'genitive') {
    const consonant =
      sound === 'vowel' || 'мнң'.includes(last)
        ? 'н'
        : sound === 'semivowel' || D_GENITIVE.includes(last)
          ? 'д'
          : 'т';
    ending = `${consonant}${front ? 'ің' : 'ың'}`;
  } else if (grammaticalCase === 'dative') {
    if (POSSESSIVE_PATRONYMIC.test(lower)) ending = front ? 'не' : 'на';
    else {
      const voiced = sound !== 'voiceless' || SONORANTS_DATIVE.includes(last);
      ending = voiced ? (front ? 'ге' : 'ға') : front ? 'ке' : 'қа';
    }
  } else if (grammaticalCase === 'accusative') {
    // -ны/-ні after a vowel; -ды/-ді after a voiced or sonorant sound (м н ң too, unlike ілік:
    // Нұрланды); -ты/-ті after a voiceless one; a possessive patronymic takes -н (Серікұлын).
    if (POSSESSIVE_PATRONYMIC.test(lower)) ending = 'н';
    else if (sound === 'vowel') ending = front ? 'ні' : 'ны';
    else ending = `${sound === 'voiceless' ? 'т' : 'д'}${front ? 'і' : 'ы'}`;
  } else {
    if (POSSESSIVE_PATRONYMIC.test(lower)) ending = front ? 'нде' : 'нда';
    else ending = `${sound === 'voiceless' ? 'т' : 'д'}${front ? 'е' : 'а'}`;
  }
  const upper = word === word.toLocaleUpperCase('kk') && /\p{L}{2}/u.test(word);
  return upper ? ending.toLocaleUpperCase('kk') : ending;
}

/** The attributive ending -дағы/-дегі/-тағы/-тегі (locative + -ғы/-гі): «қарашадағы». */
export function kazakhAttributiveEnding(word: string): string {
  const locative = kazakhEnding(word, 'locative');
  const front = kazakhFront(word);
  const upper = locative === locative.toLocaleUpperCase('kk');
  const suffix = front ? 'гі' : 'ғы';
  return `${locative}${upper ? suffix.toLocaleUpperCase('kk') : suffix}`;
}
