/**
 * Linear cost, proved by counting operations (never by timing): the work per page of writing a
 * PDF must not grow with the number of pages before it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PDFContext } from 'pdf-lib';
import { createTypesetPdfRenderer } from '../../../main/engine/pdf/pdf.ts';
import { loadHyphenator } from '../../../main/engine/hyphenation/index.ts';
import { loadFontBytes } from '../../../main/fonts.ts';
import type { FilingDocument } from '../../../main/engine/model.ts';
import { pdfText } from '../../helpers/extract.ts';

const renderer = createTypesetPdfRenderer({ fonts: loadFontBytes(), breakerFor: loadHyphenator });
const now = new Date(Date.UTC(2026, 10, 25));

/** One short paragraph per page-break: a document of exactly `pages` pages. */
function document(pages: number): FilingDocument {
  return {
    lang: 'ru',
    meta: { title: 't' },
    blocks: Array.from({ length: pages }, (_, i) => [
      ...(i > 0 ? [{ kind: 'pageBreak' as const }] : []),
      {
        kind: 'paragraph' as const,
        role: 'body' as const,
        inlines: [{ kind: 'text' as const, text: `Страница ${i + 1}: заявитель просит отказать.` }],
      },
    ]).flat(),
  };
}

/** Object lookups in pdf-lib's table while one document is written. */
async function lookups(pages: number): Promise<{ count: number; pdf: Uint8Array }> {
  const spy = vi.spyOn(PDFContext.prototype, 'lookup');
  try {
    const pdf = await renderer.render(document(pages), { now });
    return { count: spy.mock.calls.length, pdf };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('PDF writer cost per page', () => {
  it('looks up as many objects per page for 200 pages as for 20', async () => {
    await lookups(3); // first use: fonts, subsets
    const small = await lookups(20);
    const large = await lookups(200);
    // pdf.addPage walked every page already in the tree: 820 lookups for 20 pages, 26 110 for
    // 200. A page's own lookups are a constant (about 30), so ten times the pages is at most ten
    // times the lookups.
    expect(large.count).toBeLessThanOrEqual(10 * small.count);
    expect(large.count / 200).toBeLessThan(small.count / 20 + 5);
    const text = await pdfText(large.pdf);
    expect(text).toContain('Страница 1:');
    expect(text).toContain('Страница 200:');
  });
});
