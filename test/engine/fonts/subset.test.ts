import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { create as openFont, type Font } from 'fontkit';
import { loadFontBytes } from '../../../main/fonts.ts';
import { createFontSet, FACES } from '../../../main/engine/fonts/faces.ts';
import { TrueTypeSubsetter } from '../../../main/engine/fonts/subset.ts';

const bytes = loadFontBytes();
const fonts = createFontSet(bytes);
const originals = Object.fromEntries(
  FACES.map((face) => [face, openFont(Buffer.from(bytes[face])) as Font]),
) as Record<(typeof FACES)[number], Font>;

/** Russian, Kazakh, Latin, digits and the punctuation filings use. */
const ALPHABET = [
  ...'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  ...'ӘәҒғҚқҢңӨөҰұҮүҺһІі',
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  ...'.,;:!?«»—–-()№§/ ',
];

function wholeFileSum(file: Uint8Array): number {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  let sum = 0;
  for (let i = 0; i + 4 <= file.byteLength; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

describe('TrueType subsets', () => {
  it('hold every drawn glyph as Tinos draws it, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FACES),
        fc.uniqueArray(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 60 }),
        (faceName, chars) => {
          const face = fonts[faceName];
          const original = originals[faceName];
          const drawn = chars.map((ch) => face.glyph(ch.codePointAt(0) ?? 0).id);
          const closure = face.subsetter.closure(drawn);
          const file = face.subsetter.subset(closure);
          const subset = openFont(Buffer.from(file)) as Font;
          // Glyph ids are kept, so a page's codes are the font's own.
          expect(subset.numGlyphs).toBe(original.numGlyphs);
          for (const gid of drawn) {
            const got = subset.getGlyph(gid);
            const want = original.getGlyph(gid);
            expect(got.advanceWidth).toBe(want.advanceWidth);
            expect(got.path.toSVG()).toBe(want.path.toSVG());
          }
          // Some glyph outside the closure: present as an id, empty as an outline.
          const outside = [1, 100, 1000, 3000].find((g) => !closure.includes(g)) ?? -1;
          if (outside >= 0) expect(subset.getGlyph(outside).path.commands).toEqual([]);
          // head.checkSumAdjustment makes the whole file sum to the magic number.
          expect(wholeFileSum(file)).toBe(0xb1b0afba);
          // Far smaller than the font itself.
          expect(file.byteLength).toBeLessThan(bytes[faceName].byteLength / 4);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('takes in the parts of composite glyphs (Tinos builds «й» and «Ё» from others)', () => {
    const face = fonts.regular;
    for (const ch of ['й', 'Ё', 'ә', 'Ұ']) {
      const gid = face.glyph(ch.codePointAt(0) ?? 0).id;
      const glyph = originals.regular.getGlyph(gid) as unknown as {
        _decode(): { numberOfContours: number; components?: { glyphID: number }[] } | null;
      };
      const decoded = glyph._decode();
      const closure = face.subsetter.closure([gid]);
      if (decoded && decoded.numberOfContours < 0) {
        for (const c of decoded.components ?? []) expect(closure).toContain(c.glyphID);
      }
      const subset = openFont(Buffer.from(face.subsetter.subset(closure))) as Font;
      expect(subset.getGlyph(gid).path.toSVG()).toBe(originals.regular.getGlyph(gid).path.toSVG());
    }
  });

  it('give the same bytes for the same glyphs in any order, and refuse an id the font lacks', () => {
    const face = fonts.bold;
    const gids = [...'Прошу суд'].map((ch) => face.glyph(ch.codePointAt(0) ?? 0).id);
    const a = face.embeddedSubset(gids);
    const b = face.embeddedSubset([...gids].reverse());
    expect(Buffer.from(b.fontFile).equals(Buffer.from(a.fontFile))).toBe(true);
    // .notdef and every drawn glyph, ascending; Cyrillic composites bring their Latin parts.
    expect(a.closure).toEqual([...a.closure].sort((x, y) => x - y));
    for (const gid of [0, ...gids]) expect(a.closure).toContain(gid);
    expect(() => face.subsetter.closure([face.subsetter.numGlyphs])).toThrow(/not in the font/);
  });

  it('reads a font whose table directory points past its end as damaged', () => {
    const broken = Uint8Array.from(bytes.regular.subarray(0, 4096));
    expect(() => new TrueTypeSubsetter(broken)).toThrow(/truncated/);
  });
});
