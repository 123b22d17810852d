import { describe, expect, it } from 'vitest';
import { create as openFont, type Font } from 'fontkit';
import { loadFontBytes } from '../../../main/fonts.ts';
import { FACES } from '../../../main/engine/fonts/faces.ts';
import { SfntFont } from '../../../main/engine/fonts/sfnt.ts';

// fontkit, the reference reader, against our own (which the layout and the PDF use).
const bytes = loadFontBytes();

describe('the TrueType reader', () => {
  for (const face of FACES) {
    const ours = new SfntFont(bytes[face]);
    const reference = openFont(Buffer.from(bytes[face])) as Font;

    it(`maps every character of ${face} to fontkit's glyph and width`, () => {
      const chars = reference.characterSet;
      expect(chars.length).toBeGreaterThan(1000);
      const mismatches: string[] = [];
      for (const cp of chars) {
        const want = reference.glyphForCodePoint(cp);
        const got = ours.glyphForCodePoint(cp);
        if (got.id !== want.id || got.advanceWidth !== want.advanceWidth)
          mismatches.push(
            `U+${cp.toString(16)}: ${got.id}/${got.advanceWidth} ≠ ${want.id}/${want.advanceWidth}`,
          );
      }
      expect(mismatches).toEqual([]);
      // Characters the font lacks are .notdef for both.
      for (const cp of [0x0378, 0x1f600, 0xe000, 0x10fffd])
        expect([cp, ours.glyphId(cp)]).toEqual([cp, reference.glyphForCodePoint(cp).id]);
    });

    it(`reads ${face}'s header values as fontkit does`, () => {
      const hhea = (
        reference as unknown as { hhea: { caretSlopeRise: number; caretSlopeRun: number } }
      ).hhea;
      expect({
        unitsPerEm: ours.unitsPerEm,
        ascent: ours.ascent,
        descent: ours.descent,
        capHeight: ours.capHeight,
        bbox: ours.bbox,
        postscriptName: ours.postscriptName,
        numGlyphs: ours.numGlyphs,
        caret: [ours.caretSlopeRise, ours.caretSlopeRun],
      }).toEqual({
        unitsPerEm: reference.unitsPerEm,
        ascent: reference.ascent,
        descent: reference.descent,
        capHeight: reference.capHeight,
        bbox: {
          minX: reference.bbox.minX,
          minY: reference.bbox.minY,
          maxX: reference.bbox.maxX,
          maxY: reference.bbox.maxY,
        },
        postscriptName: reference.postscriptName,
        numGlyphs: reference.numGlyphs,
        caret: [hhea.caretSlopeRise, hhea.caretSlopeRun],
      });
      expect(ours.postscriptName).toMatch(/^Tinos/);
    });
  }
});
