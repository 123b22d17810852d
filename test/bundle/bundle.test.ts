import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { buildBundle, type AnnexInput } from '../../main/bundle/index.ts';
import { inspectAttachment } from '../../main/bundle/inspect.ts';
import { AttachmentError } from '../../main/bundle/messages.ts';
import { loadFontBytes } from '../../main/fonts.ts';
import { pdfPageCount, pdfText } from '../helpers/extract.ts';
import { makeJpeg, makePdf, makePng, makeScannedPdf, withExifOrientation } from './fixtures.ts';

const fonts = loadFontBytes();

async function filing(pages: number): Promise<Uint8Array> {
  return makePdf(pages);
}

/** Text of one page (1-based) of a PDF. */
function pageText(bytes: Uint8Array, page: number): string {
  return pdfText(bytes, false, page);
}

async function pageSizes(bytes: Uint8Array): Promise<{ width: number; height: number }[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((p) => p.getSize());
}

const annex = (
  number: number,
  mime: AnnexInput['mime'],
  bytes: Uint8Array,
  statedPages: number | null,
): AnnexInput => ({ number, title: `Документ ${number}`, mime, bytes, statedPages });

describe('inspecting an attachment', () => {
  it('counts the pages of a PDF and one sheet for an image, by content not by name', async () => {
    expect(await inspectAttachment(await makePdf(3), 'скан.jpg')).toEqual({
      mime: 'application/pdf',
      pages: 3,
    });
    expect(await inspectAttachment(makeJpeg(40, 30), 'решение.pdf')).toEqual({
      mime: 'image/jpeg',
      pages: 1,
    });
    expect(await inspectAttachment(makePng(40, 30), 'x')).toEqual({ mime: 'image/png', pages: 1 });
  });

  it('refuses other files, broken and empty ones with a message naming the file', async () => {
    const fail = async (bytes: Uint8Array): Promise<AttachmentError> => {
      try {
        await inspectAttachment(bytes, 'протокол.pdf');
      } catch (err) {
        if (err instanceof AttachmentError) return err;
        throw err;
      }
      throw new Error('accepted');
    };
    const docx = Buffer.from('PK\x03\x04 word/document.xml');
    expect((await fail(docx)).localized('ru')).toBe(
      '«протокол.pdf»: это не PDF, JPEG или PNG (проверено по содержимому, а не по имени)',
    );
    const truncated = (await makePdf(2)).subarray(0, 40);
    expect((await fail(truncated)).code).toBe('pdfBroken');
    expect((await fail(new Uint8Array())).code).toBe('empty');
    expect((await fail(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 2]))).code).toBe('imageBroken');
  });

  it('names a password-protected PDF as such', async () => {
    // A minimal PDF whose trailer declares an /Encrypt dictionary, as every protected PDF does.
    const pdf = Buffer.from(await makePdf(1, 0, { useObjectStreams: false })).toString('latin1');
    const encrypted = pdf.replace(
      /trailer\s*<</,
      'trailer\n<<\n/Encrypt << /Filter /Standard /V 2 /R 3 >>',
    );
    const err = await inspectAttachment(Buffer.from(encrypted, 'latin1'), 'секрет.pdf').catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AttachmentError);
    expect((err as AttachmentError).localized('ru')).toContain('PDF защищён паролем');
  });
});

describe('a bundle', () => {
  it('puts the filing first, then every annex in order with each page stamped', async () => {
    const result = await buildBundle({
      filing: await filing(2),
      lang: 'ru',
      fonts,
      annexes: [
        annex(2, 'application/pdf', await makePdf(3), 3),
        annex(4, 'image/png', makePng(300, 200), 1),
      ],
    });
    expect(result.warnings).toEqual([]);
    expect(pdfPageCount(result.bytes)).toBe(2 + 3 + 1);
    expect(result.annexes.map((a) => [a.number, a.sheets, a.firstPage])).toEqual([
      [2, 3, 3],
      [4, 1, 6],
    ]);
    expect(pageText(result.bytes, 1).trim()).toBe('');
    expect(pageText(result.bytes, 3)).toContain('Прил. 2, л. 1');
    expect(pageText(result.bytes, 5)).toContain('Прил. 2, л. 3');
    expect(pageText(result.bytes, 6)).toContain('Прил. 4, л. 1');
  });

  it('warns when the sheets stated in the filing differ from the file, and still builds', async () => {
    const result = await buildBundle({
      filing: await filing(1),
      lang: 'ru',
      fonts,
      annexes: [
        annex(1, 'application/pdf', await makePdf(3), 2),
        annex(2, 'image/jpeg', makeJpeg(50, 50), null),
      ],
    });
    expect(result.warnings).toEqual([
      { kind: 'pageMismatch', number: 1, title: 'Документ 1', stated: 2, actual: 3 },
      { kind: 'pageMismatch', number: 2, title: 'Документ 2', stated: null, actual: 1 },
    ]);
    expect(pdfPageCount(result.bytes)).toBe(5);
  });

  it('adds an index of annexes with sheets and bundle pages after the filing', async () => {
    const result = await buildBundle({
      filing: await filing(2),
      lang: 'ru',
      fonts,
      index: true,
      annexes: [
        annex(3, 'application/pdf', await makePdf(4), 4),
        annex(5, 'image/jpeg', makeJpeg(60, 80), 1),
      ],
    });
    expect(pdfPageCount(result.bytes)).toBe(2 + 1 + 4 + 1);
    const index = pdfText(result.bytes, true, 3);
    expect(index).toContain('ОПИСЬ ПРИЛОЖЕНИЙ');
    expect(index).toMatch(/3\.\s+Документ 3\s+4\s+4–7/);
    expect(index).toMatch(/5\.\s+Документ 5\s+1\s+8/);
    expect(pageText(result.bytes, 4)).toContain('Прил. 3, л. 1');
  });

  it('places images on A4 the right way up: portrait, landscape, EXIF-rotated, small, huge', async () => {
    const portrait = makeJpeg(1240, 1754); // A4 at 150 DPI
    const landscape = makePng(1600, 900);
    const small = makeJpeg(200, 120);
    const huge = makeJpeg(2480, 3508, 90); // A4 at 300 DPI
    // Stored 1600×1200 (landscape) with "rotate 90° clockwise": the photo is portrait.
    const rotated = withExifOrientation(makeJpeg(1600, 1200), 6);
    const result = await buildBundle({
      filing: await filing(1),
      lang: 'ru',
      fonts,
      dpi: 150,
      annexes: [
        annex(1, 'image/jpeg', portrait, 1),
        annex(2, 'image/png', landscape, 1),
        annex(3, 'image/jpeg', small, 1),
        annex(4, 'image/jpeg', huge, 1),
        annex(5, 'image/jpeg', rotated, 1),
      ],
    });
    const sizes = await pageSizes(result.bytes);
    const portraitA4 = { width: 595.28, height: 841.89 };
    const landscapeA4 = { width: 841.89, height: 595.28 };
    expect(sizes.slice(1)).toEqual([portraitA4, landscapeA4, landscapeA4, portraitA4, portraitA4]);
    for (let i = 1; i <= 5; i++)
      expect(pageText(result.bytes, i + 1)).toContain(`Прил. ${i}, л. 1`);
    // The 300 DPI scan is resampled to ~150 DPI: the whole bundle is smaller than it alone.
    expect(huge.length).toBeGreaterThan(1_000_000);
    expect(result.bytes.length).toBeLessThan(huge.length);
    const images = await embeddedImages(result.bytes);
    expect(images[3]?.width).toBeLessThanOrEqual(1240);
    expect(images[3]?.width).toBeGreaterThan(1000);
    expect(images[0]).toMatchObject({ width: 1240, height: 1754 }); // a 150 DPI scan kept as it was
    expect(images[4]).toMatchObject({ width: 1200, height: 1600 }); // rotated upright
    expect(images[2]).toMatchObject({ width: 200, height: 120 }); // small one kept as it was
  });

  it('a 40-page scanned PDF: 1 + 40 pages, each stamped with its sheet, at an e-mailable size', async () => {
    const scan = await makeScannedPdf(40);
    const result = await buildBundle({
      filing: await filing(1),
      lang: 'ru',
      fonts,
      annexes: [annex(2, 'application/pdf', scan, 40)],
    });
    expect(result.warnings).toEqual([]);
    expect(pdfPageCount(result.bytes)).toBe(41);
    const text = pdfText(result.bytes).split('\f');
    for (let sheet = 1; sheet <= 40; sheet++)
      expect(text[sheet]?.trim()).toBe(`Прил. 2, л. ${sheet}`);
    // The scans are copied, not re-encoded: the bundle is the scan plus the stamps and a font.
    expect(result.bytes.length).toBeGreaterThan(scan.length);
    expect(result.bytes.length).toBeLessThan(scan.length + 60_000);
  }, 60_000);

  it('stamps the shown top right of a rotated page', async () => {
    const result = await buildBundle({
      filing: await filing(1),
      lang: 'ru',
      fonts,
      annexes: [annex(1, 'application/pdf', await makePdf(1, 90), 1)],
    });
    const layout = pdfText(result.bytes, true, 2);
    expect(layout).toContain('Прил. 1, л. 1');
  });
});

/** Width and height of every image XObject, in page order. */
async function embeddedImages(bytes: Uint8Array): Promise<{ width: number; height: number }[]> {
  const doc = await PDFDocument.load(bytes);
  const out: { width: number; height: number }[] = [];
  const { PDFName, PDFDict, PDFRawStream, PDFNumber } = await import('pdf-lib');
  for (const page of doc.getPages().slice(1)) {
    const resources = page.node.Resources();
    const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const [, ref] of xobjects?.entries() ?? []) {
      const stream = doc.context.lookup(ref);
      if (stream instanceof PDFRawStream)
        out.push({
          width: stream.dict.lookup(PDFName.of('Width'), PDFNumber).asNumber(),
          height: stream.dict.lookup(PDFName.of('Height'), PDFNumber).asNumber(),
        });
    }
  }
  return out;
}
