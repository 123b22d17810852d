import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadHyphenator } from '../../../main/engine/hyphenation/index.ts';
import { kazakhBreaks } from '../../../main/engine/hyphenation/kk.ts';

const kk = await loadHyphenator('kk');
const ru = await loadHyphenator('ru');
const show = (
  h: { breakPoints(w: string, o?: { isName?: boolean }): number[] },
  w: string,
): string => {
  let out = '';
  let start = 0;
  for (const p of h.breakPoints(w)) {
    out += `${w.slice(start, p)}-`;
    start = p;
  }
  return out + w.slice(start);
};

// Divisions by the syllable rule of «Қазақ тілінің емле ережелері» (тасымал), written by hand.
const KAZAKH = `
Қа-зақ-стан ба-ла ал-ма қар-ға мем-ле-кет Рес-пуб-ли-ка-сы про-ку-ра-ту-ра өті-ніш-хат ша-ғым сұ-рай-мын
қо-сым-ша аза-мат-ты-ғы айт-ты жұрт-тың тау-да би-ік қи-ын құ-қық-та-ры Жо-ғар-ғы Со-ты-на ұс-тап бе-ру
кү-зет-пен бос-қын мәр-те-бе-сі бе-ріл-ген өкі-лі ақ-пан жел-тоқ-сан қыр-күйек сот-тың ше-тел-дік
қыл-мыс-тық іс-тің бұ-зу-шы-лық тұл-ға-ның қа-у-іп-сіз-дік ар-на-лы жер-гі-лік-ті ат-қа-ру-шы ор-ган-ға
сот-та-ры-ның ар-на-у-лы те-гі ата-сы-ның жұ-мыс-пен қам-ту бас-қар-ма-сы әлеу-мет-тік бағ-дар-ла-ма-лар
көр-сет-кен тір-кеу ку-ә-лік қа-зір-гі
мер-зім-ді қал-пы-на кел-ті-ру ме-ке-ме-сі ар-қы-лы ше-шім-ге ша-ғым-да-ну ту-ра-лы кон-сти-ту-ция
қо-ры-ту-ын-ды бас-ты-ғы ба-ла-лар-ды ұлт-тық ай-ма-ғы ас-та-на-да ал-ма-ты-да
`;

describe('Kazakh hyphenation (own syllable rules)', () => {
  const words = KAZAKH.split(/\s+/).filter(Boolean);
  it('has a word list of at least 60 divisions', () =>
    expect(words.length).toBeGreaterThanOrEqual(60));
  it.each(words.map((w) => [w.replace(/-/g, ''), w]))('%s → %s', (word, expected) => {
    // Our rule may leave out breaks (never a wrong one): every break we make is in the expected list.
    const made = show(kk, word);
    const expectedBreaks = new Set<number>();
    let pos = 0;
    for (const part of expected.split('-').slice(0, -1)) expectedBreaks.add((pos += part.length));
    for (const p of kk.breakPoints(word))
      expect(expectedBreaks.has(p), `${made} breaks where ${expected} does not`).toBe(true);
  });

  it('keeps breaks within the word, two letters each side, and a vowel in every piece (property)', () => {
    const letters = [...'абвгдеийклмнопрстуыәғқңөұүһі'];
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 20 })
          .map((a) => a.join('')),
        (word) => {
          const breaks = kazakhBreaks(word);
          let previous = 0;
          for (const b of breaks) {
            expect(b).toBeGreaterThanOrEqual(2);
            expect(word.length - b).toBeGreaterThanOrEqual(2);
            expect(/[аәеиоөуұүыіэюя]/u.test(word.slice(previous, b))).toBe(true);
            previous = b;
          }
          if (breaks.length > 0) expect(/[аәеиоөуұүыіэюя]/u.test(word.slice(previous))).toBe(true);
        },
      ),
    );
  });
});

describe('shared rules', () => {
  it.each([
    ['УПК', []],
    ['ЕРДР', []],
    ['2026', []],
    ['из-за', []],
    ['iPhone', []],
  ])('never breaks %s', (word, expected) => {
    expect(ru.breakPoints(word)).toEqual(expected);
  });
  it('never breaks a proper name when told so, and never before ь, ъ, й', () => {
    expect(ru.breakPoints('Кузнецова', { isName: true })).toEqual([]);
    for (const w of ['объявление', 'подъезд', 'семьями', 'район']) {
      for (const p of ru.breakPoints(w)) expect(w[p]).not.toMatch(/[ьъй]/);
    }
    expect(show(ru, 'постановление')).toContain('-');
    expect(show(ru, 'экстрадиции')).toContain('-');
  });
});
