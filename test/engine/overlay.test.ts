/**
 * The engine's public overlay font (createOverlayFont, main/engine/index.ts): text drawn on a PDF
 * the engine did not lay out comes back out of pdftotext as written — Russian, Kazakh letters,
 * a no-break space (copied as a space) — in both faces the court bundle uses, and widths grow
 * with the text.
 */
import { describe, expect, it } from 'vitest';
import { PDFDocument, popGraphicsState, pushGraphicsState } from 'pdf-lib';
import { createOverlayFont } from '../../main/engine/index.ts';
import { loadFontBytes } from '../../main/fonts.ts';
import { pdfText } from '../helpers/extract.ts';

describe('createOverlayFont', () => {
  it('draws text that extracts as written, in the regular and bold faces', async () => {
    const fonts = loadFontBytes();
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([595, 842]);
    const regular = await createOverlayFont(pdf, 'FTestR', 'regular', fonts.regular);
    const bold = await createOverlayFont(pdf, 'FTestB', 'bold', fonts.bold);
    const unused = await createOverlayFont(pdf, 'FTestU', 'bold', fonts.bold);
    regular.use(page);
    bold.use(page);
    page.pushOperators(
      pushGraphicsState(),
      ...bold.text(72, 760, 14, 'ОПИСЬ ПРИЛОЖЕНИЙ'),
      ...regular.text(72, 730, 12, 'Прил.\u00A02, л.\u00A03'),
      ...regular.text(72, 700, 12, '2-қосымша, 1-парақ: Әлия Ғабитқызы'),
      popGraphicsState(),
    );
    expect(regular.used && bold.used).toBe(true);
    expect(unused.used).toBe(false);
    regular.embed();
    bold.embed();
    const lines = pdfText(await pdf.save())
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines).toEqual([
      'ОПИСЬ ПРИЛОЖЕНИЙ',
      'Прил. 2, л. 3',
      '2-қосымша, 1-парақ: Әлия Ғабитқызы',
    ]);
  });

  it('measures widths that grow with the text and the size, and a descent below the baseline', async () => {
    const fonts = loadFontBytes();
    const pdf = await PDFDocument.create();
    const font = await createOverlayFont(pdf, 'FTest', 'regular', fonts.regular);
    const short = font.measure('Прил. 1', 10);
    expect(short).toBeGreaterThan(0);
    expect(font.measure('Прил. 1, л. 12', 10)).toBeGreaterThan(short);
    expect(font.measure('Прил. 1', 20)).toBeCloseTo(2 * short, 6);
    expect(font.descent(10)).toBeGreaterThan(0);
    expect(font.descent(10)).toBeLessThan(10);
  });
});
