/**
 * A face is read and parsed only when a document draws with it (a cold `refuge render` of a filing
 * in regular and bold never holds the italics): the PDF still embeds exactly the faces its text
 * uses, and a face nobody draws with is never asked for.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTypesetPdfRenderer } from '../../../main/engine/pdf/pdf.ts';
import { perFaceLazily, type FontBytes } from '../../../main/engine/fonts/faces.ts';
import { loadHyphenator } from '../../../main/engine/hyphenation/index.ts';
import type { FilingDocument, Inline } from '../../../main/engine/model.ts';
import { loadFontBytes } from '../../../main/fonts.ts';
import { pdfText } from '../../helpers/extract.ts';
import { tempDir } from '../../helpers/temp.ts';

const NOW = new Date('2026-11-25T07:00:00.000Z');
const dir = tempDir('faces');

const doc = (inlines: Inline[]): FilingDocument => ({
  lang: 'ru',
  meta: { title: 't' },
  blocks: [{ kind: 'paragraph', role: 'body', inlines }],
});

/** The fonts a PDF viewer lists for the file (pdffonts), without their subset tags. */
function embeddedFonts(bytes: Uint8Array, name: string): string[] {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .map((line) => /^[A-Z]{6}\+(\S+)/.exec(line)?.[1])
    .filter((font): font is string => font !== undefined)
    .sort();
}

/** The fonts of the process, with a record of which faces were asked for. */
function watchedFonts(): { fonts: FontBytes; asked: Set<string> } {
  const real = loadFontBytes();
  const asked = new Set<string>();
  const fonts = perFaceLazily((name) => {
    asked.add(name);
    return real[name];
  });
  return { asked, fonts };
}

describe('font faces', () => {
  it('a document in one face reads and embeds that face alone', async () => {
    const { fonts, asked } = watchedFonts();
    const renderer = createTypesetPdfRenderer({ fonts, breakerFor: loadHyphenator });
    const pdf = await renderer.render(doc([{ kind: 'text', text: 'Прошу суд отменить.' }]), {
      now: NOW,
    });
    expect(pdfText(pdf)).toContain('Прошу суд отменить.');
    expect(embeddedFonts(pdf, 'regular')).toEqual(['Tinos-Regular']);
    expect([...asked]).toEqual(['regular']);
  });

  it('each face a document draws with is embedded, the italic ones too', async () => {
    const { fonts, asked } = watchedFonts();
    const renderer = createTypesetPdfRenderer({ fonts, breakerFor: loadHyphenator });
    const pdf = await renderer.render(
      doc([
        { kind: 'text', text: 'Прошу ' },
        { kind: 'text', text: 'суд', italic: true },
        { kind: 'text', text: ' отменить ', bold: true, italic: true },
        { kind: 'text', text: 'решение.' },
      ]),
      { now: NOW },
    );
    expect(pdfText(pdf)).toContain('Прошу суд отменить решение.');
    expect(embeddedFonts(pdf, 'italic')).toEqual([
      'Tinos-BoldItalic',
      'Tinos-Italic',
      'Tinos-Regular',
    ]);
    expect([...asked].sort()).toEqual(['boldItalic', 'italic', 'regular']);
  });
});
