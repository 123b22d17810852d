/**
 * Kazakh word division (тасымал). No npm package ships Kazakh patterns, so this follows the
 * orthography rule itself: «Қазақ тілінің емле ережелері» (2013), тасымал — a word is carried
 * over by syllables (буын); one letter is neither left on a line nor carried over.
 *
 * Syllables: every vowel is a nucleus. Between two vowels
 *   - no consonant: the break falls between the vowels (по-эзия);
 *   - one consonant goes with the next syllable (ба-ла, Қа-зақ);
 *   - two consonants are split (ал-ма, қар-ға);
 *   - three or more: the syllable before keeps a final cluster Kazakh allows (р, л, й, у, н + т,
 *     қ, к, с: айт-ты, жұрт-тың), otherwise one consonant (Қа-зақ-стан, ин-сти-тут).
 * у and и after a vowel are the glides [w], [j] (тау, ауыл, қиын is қи-ын): consonants there.
 * ь and ъ belong to the preceding syllable.
 */

const VOWELS = new Set([...'аәеёиоөуұүыіэюя']);
const FINAL_FIRST = new Set([...'рлйун']);
const FINAL_SECOND = new Set([...'тқкс']);

function isVowelAt(lower: string, i: number): boolean {
  const ch = lower[i] ?? '';
  if (!VOWELS.has(ch)) return false;
  // A glide after a vowel is a consonant: тау, ауыл, биік.
  if (
    (ch === 'у' || ch === 'и') &&
    i > 0 &&
    VOWELS.has(lower[i - 1] ?? '') &&
    !(lower[i - 1] === 'у' || lower[i - 1] === 'и')
  )
    return false;
  return true;
}

/** Break positions (before word[i]) by Kazakh syllables; min 2 letters each side. */
export function kazakhBreaks(word: string, minLeft = 2, minRight = 2): number[] {
  const lower = word.toLocaleLowerCase('kk');
  const n = lower.length;
  const nuclei: number[] = [];
  for (let i = 0; i < n; i++) if (isVowelAt(lower, i)) nuclei.push(i);
  const breaks: number[] = [];
  for (let k = 0; k + 1 < nuclei.length; k++) {
    const a = nuclei[k] as number;
    const b = nuclei[k + 1] as number;
    const consonants = b - a - 1;
    let at: number;
    if (consonants <= 1) at = a + 1;
    else if (consonants === 2) at = a + 2;
    else {
      const c1 = lower[a + 1] ?? '';
      const c2 = lower[a + 2] ?? '';
      at = FINAL_FIRST.has(c1) && FINAL_SECOND.has(c2) ? a + 3 : a + 2;
    }
    // ь, ъ never start a line.
    while (at < b && (lower[at] === 'ь' || lower[at] === 'ъ')) at++;
    if (at >= minLeft && n - at >= minRight) breaks.push(at);
  }
  return breaks;
}

/**
 * Letters that native Kazakh words do not use (в, ф, ц, ч, щ, ъ, ь, э, ё): a word with one of
 * them is a Russian loanword (конституция, процесс) and is divided by the Russian patterns.
 */
export const RUSSIAN_ONLY_LETTERS = /[вфцчщъьэё]/iu;
