/**
 * A court bundle: the filing, optionally an index of annexes, then every annex in the order of
 * «Приложение:», each of its pages stamped «Прил. N, л. M». Pure given bytes (no disk, no vault):
 * the CLI and the IPC handler read the files and write the result.
 */
import { PDFDocument, popGraphicsState, pushGraphicsState, type PDFPage } from 'pdf-lib';
import { createOverlayFont, type FontBytes, type OverlayFont } from '../engine/index.ts';
import type { Lang } from '../../common/lang.ts';
import { loadPdf, type AttachmentMime } from './inspect.ts';
import { A4, placeImage } from './images.ts';
import { AttachmentError, type BundleWarning } from './messages.ts';
import { stampPage } from './stamp.ts';

export { AttachmentError, type BundleWarning } from './messages.ts';

/** Scans are resampled to this unless asked otherwise: legible print, e-mailable size. */
export const DEFAULT_DPI = 150;

export interface AnnexInput {
  /** As printed in «Приложение:». */
  readonly number: number;
  readonly title: string;
  /** «на N л.» as the filing states it; null when not stated. */
  readonly statedPages: number | null;
  readonly mime: AttachmentMime;
  readonly bytes: Uint8Array;
}

export interface BundleInput {
  readonly filing: Uint8Array;
  readonly lang: Lang;
  readonly annexes: readonly AnnexInput[];
  readonly fonts: Pick<FontBytes, 'regular' | 'bold'>;
  readonly index?: boolean;
  readonly dpi?: number;
}

export interface BundleAnnex {
  readonly number: number;
  readonly title: string;
  readonly sheets: number;
  /** 1-based page of the bundle where the annex starts. */
  readonly firstPage: number;
}

export interface BundleResult {
  readonly bytes: Uint8Array;
  readonly pages: number;
  readonly filingPages: number;
  readonly annexes: readonly BundleAnnex[];
  readonly warnings: readonly BundleWarning[];
}

const STAMP: Readonly<Record<Lang, (annex: number, sheet: number) => string>> = {
  ru: (a, s) => `Прил.\u00A0${a}, л.\u00A0${s}`,
  kk: (a, s) => `${a}-қосымша, ${s}-парақ`,
  en: (a, s) => `Annex\u00A0${a}, p.\u00A0${s}`,
};

const INDEX_TEXT: Readonly<
  Record<Lang, { title: string; number: string; document: string; sheets: string; pages: string }>
> = {
  ru: {
    title: 'ОПИСЬ ПРИЛОЖЕНИЙ',
    number: '№',
    document: 'Документ',
    sheets: 'Листов',
    pages: 'Стр. комплекта',
  },
  kk: {
    title: 'ҚОСЫМШАЛАР ТІЗІМДЕМЕСІ',
    number: '№',
    document: 'Құжат',
    sheets: 'Парақ',
    pages: 'Жинақ беті',
  },
  en: {
    title: 'INDEX OF ANNEXES',
    number: 'No.',
    document: 'Document',
    sheets: 'Sheets',
    pages: 'Bundle pages',
  },
};

interface Prepared {
  readonly annex: AnnexInput;
  readonly sheets: number;
  readonly source: PDFDocument | null;
}

/** An annex PDF's pages, copied into the bundle; one pdf-lib loads but cannot copy is pdfBroken. */
export async function copyAnnexPages(
  out: PDFDocument,
  source: PDFDocument,
  place: string,
): Promise<PDFPage[]> {
  try {
    return await out.copyPages(source, source.getPageIndices());
  } catch {
    throw new AttachmentError('pdfBroken', place);
  }
}

export async function buildBundle(input: BundleInput): Promise<BundleResult> {
  const dpi = input.dpi ?? DEFAULT_DPI;
  const out = await PDFDocument.load(input.filing, { updateMetadata: false });
  const filingPages = out.getPageCount();
  const regular = await createOverlayFont(out, 'FBundle', 'regular', input.fonts.regular);
  const bold = input.index
    ? await createOverlayFont(out, 'FBundleB', 'bold', input.fonts.bold)
    : null;

  // Sheet counts first: the index names the page each annex starts on.
  const prepared: Prepared[] = [];
  const warnings: BundleWarning[] = [];
  for (const annex of input.annexes) {
    const place = annex.title || String(annex.number);
    const source = annex.mime === 'application/pdf' ? await loadPdf(annex.bytes, place) : null;
    const sheets = source ? source.getPageCount() : 1;
    if (annex.statedPages !== sheets)
      warnings.push({
        kind: 'pageMismatch',
        number: annex.number,
        title: annex.title,
        stated: annex.statedPages,
        actual: sheets,
      });
    prepared.push({ annex, sheets, source });
  }
  const layout = input.index && prepared.length > 0 ? layoutIndex(input.annexes, regular) : [];
  const indexPages = layout.length;
  let next = filingPages + indexPages + 1;
  const annexes: BundleAnnex[] = prepared.map((p) => {
    const a = { number: p.annex.number, title: p.annex.title, sheets: p.sheets, firstPage: next };
    next += p.sheets;
    return a;
  });
  if (bold && layout.length > 0) drawIndex(out, input.lang, layout, annexes, regular, bold);

  for (const p of prepared) {
    const label = (sheet: number): string => STAMP[input.lang](p.annex.number, sheet);
    if (p.source) {
      const pages = await copyAnnexPages(out, p.source, p.annex.title || String(p.annex.number));
      pages.forEach((page, i) => {
        out.addPage(page);
        stampPage(page, regular, label(i + 1));
      });
    } else {
      const placed = await placeImage(
        p.annex.bytes,
        p.annex.mime as 'image/jpeg' | 'image/png',
        dpi,
        p.annex.title || String(p.annex.number),
      );
      let image;
      try {
        // A copy of its own: pdf-lib reads `.buffer` from offset 0, and Node's Buffers (jpeg-js
        // output, decrypted records) are often views into a shared pool.
        const own = new Uint8Array(placed.bytes);
        image = placed.format === 'jpg' ? await out.embedJpg(own) : await out.embedPng(own);
      } catch {
        throw new AttachmentError('imageBroken', p.annex.title || String(p.annex.number));
      }
      const page = out.addPage([placed.page.width, placed.page.height]);
      page.drawImage(image, placed.box);
      stampPage(page, regular, label(1));
    }
  }
  regular.embed();
  if (bold?.used) bold.embed();
  const bytes = await out.save({ useObjectStreams: false });
  return { bytes, pages: out.getPageCount(), filingPages, annexes, warnings };
}

/** Greedy wrap by measured width (titles are short; the filing's Knuth–Plass is not needed). */
function wrap(font: OverlayFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.measure(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

const INDEX = {
  left: 85, // 30 mm, the filing's own left margin
  right: A4.width - 42,
  top: A4.height - 85,
  bottom: 60,
  size: 12,
  lead: 15,
} as const;
const INDEX_COLS = {
  number: INDEX.left,
  document: INDEX.left + 34,
  sheets: INDEX.right - 150,
  pages: INDEX.right - 80,
} as const;

/** Index rows split over pages: each row is an annex with its title wrapped to the column. */
function layoutIndex(
  annexes: readonly { number: number; title: string }[],
  regular: OverlayFont,
): { number: number; lines: string[] }[][] {
  const pages: { number: number; lines: string[] }[][] = [[]];
  let y = INDEX.top - 34 - INDEX.lead - 4;
  for (const a of annexes) {
    const lines = wrap(regular, a.title, INDEX.size, INDEX_COLS.sheets - INDEX_COLS.document - 12);
    const height = lines.length * INDEX.lead + 4;
    if (y - height < INDEX.bottom) {
      pages.push([]);
      y = INDEX.top - INDEX.lead - 4;
    }
    (pages[pages.length - 1] as { number: number; lines: string[] }[]).push({
      number: a.number,
      lines,
    });
    y -= height;
  }
  return pages;
}

/** Pages after the filing: number, document, sheets and where each annex starts in the bundle. */
function drawIndex(
  out: PDFDocument,
  lang: Lang,
  layout: readonly { number: number; lines: string[] }[][],
  annexes: readonly BundleAnnex[],
  regular: OverlayFont,
  bold: OverlayFont,
): void {
  const t = INDEX_TEXT[lang];
  const { size, lead } = INDEX;
  layout.forEach((rows, pageIndex) => {
    const page = out.addPage([A4.width, A4.height]);
    regular.use(page);
    bold.use(page);
    const ops = [pushGraphicsState()];
    let y = INDEX.top;
    if (pageIndex === 0) {
      const titleWidth = bold.measure(t.title, 14);
      ops.push(...bold.text((A4.width - titleWidth) / 2, y, 14, t.title));
      y -= 34;
    }
    for (const [x, label] of [
      [INDEX_COLS.number, t.number],
      [INDEX_COLS.document, t.document],
      [INDEX_COLS.sheets, t.sheets],
      [INDEX_COLS.pages, t.pages],
    ] as const)
      ops.push(...bold.text(x, y, size, label));
    y -= lead + 4;
    for (const row of rows) {
      const a = annexes.find((x) => x.number === row.number) as BundleAnnex;
      ops.push(...regular.text(INDEX_COLS.number, y, size, `${a.number}.`));
      ops.push(...regular.text(INDEX_COLS.sheets, y, size, String(a.sheets)));
      const range =
        a.sheets > 1 ? `${a.firstPage}–${a.firstPage + a.sheets - 1}` : String(a.firstPage);
      ops.push(...regular.text(INDEX_COLS.pages, y, size, range));
      for (const line of row.lines) {
        ops.push(...regular.text(INDEX_COLS.document, y, size, line));
        y -= lead;
      }
      y -= 4;
    }
    ops.push(popGraphicsState());
    page.pushOperators(...ops);
  });
}
