/**
 * PDF writer: pdf-lib owns the document structure; we write the content streams ourselves (glyph
 * ids in TJ arrays with per-gap adjustments for justification — Tw does not apply to Identity-H
 * fonts) and embed each face as a subset with a ToUnicode map, so text extracts in reading order.
 */
import { deflateSync } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import {
  PDFDocument,
  PDFName,
  PDFPage,
  PDFString,
  type PDFContext,
  type PDFRef,
  type PDFRawStream,
} from 'pdf-lib';
import type { FilingDocument, Inline } from '../model.ts';
import { LANGUAGE_TAGS, PAGE, PAGE_NUMBER_SIZE } from '../style.ts';
import {
  createFontSet,
  FACES,
  faceOf,
  type Face,
  type FaceName,
  type FontBytes,
} from '../fonts/faces.ts';

export type { FontBytes };
import {
  layoutDocument,
  type LayoutResult,
  type Line,
  type WordBreaker,
} from '../layout/layout.ts';
import { makePdfA } from './pdfa.ts';
import { countCache } from '../cache-stats.ts';

export interface PdfRendererOptions {
  readonly fonts: FontBytes;
  /** Word breaking (hyphenation) for a document language; loaded lazily by the caller. */
  readonly breakerFor: (lang: FilingDocument['lang']) => Promise<WordBreaker>;
}

export interface PdfRenderOptions {
  /** Creation and modification date of the file. */
  readonly now: Date;
  /** Write a PDF/A-2b file (archives and court e-filing systems that demand it). */
  readonly pdfa?: boolean;
}

export interface PdfRenderer {
  render(doc: FilingDocument, opts: PdfRenderOptions): Promise<Uint8Array>;
  layout(doc: FilingDocument): Promise<LayoutResult>;
  /** Characters of the document the fonts cannot draw (they would print as empty boxes). */
  unprintable(doc: FilingDocument): string[];
}

// Module-level: esbuild (the bundle, and tsx for the sources) rewrites a /\p{…}/u literal as
// new RegExp(…), which in a function body is built again on every call.
const NOT_A_GLYPH = /[\s\u00AD\p{Cc}\p{Cf}]/u;

/** ToUnicode maps, deflated, by their text: in a batch most documents draw the same glyphs. */
const deflatedCMaps = new LRUCache<string, Uint8Array>({ max: 64 });

/**
 * One face used in one document, embedded as a Type0 font (Identity-H, CIDFontType2) whose CIDs
 * are Tinos's own glyph ids (CIDToGIDMap Identity), with widths and a ToUnicode map. The font
 * file is a subset of the glyphs drawn (see subset.ts), shared by documents drawing the same.
 */
export class DocumentFace {
  readonly ref: PDFRef;
  private readonly hex = new Map<number, string>();
  /** Glyph id → the text it was first drawn for (for ToUnicode). */
  private readonly unicodeOf = new Map<number, number>();
  used = false;
  usedOnPage = false;
  private readonly faceOf: () => Face;

  /** `face` may be given as a function: the face is then parsed only if the document uses it. */
  constructor(
    readonly resourceName: string,
    face: Face | (() => Face),
    context: PDFContext,
  ) {
    this.ref = context.nextRef();
    this.faceOf = typeof face === 'function' ? face : () => face;
  }

  private get face(): Face {
    return this.faceOf();
  }

  /** Hex glyph ids of a string in this face. */
  encode(text: string): string {
    this.used = true;
    this.usedOnPage = true;
    let out = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0) as number;
      let h = this.hex.get(cp);
      if (h === undefined) {
        const unicode = cp === 0xa0 ? 0x20 : cp; // a no-break space draws and copies as a space
        // A character the font lacks is glyph 0, .notdef, which every subset holds.
        const gid = this.face.glyph(unicode).id;
        if (!this.unicodeOf.has(gid)) this.unicodeOf.set(gid, unicode);
        h = gid.toString(16).padStart(4, '0');
        this.hex.set(cp, h);
      }
      out += h;
    }
    return out;
  }

  spaceWidth(size: number): number {
    return this.face.measure(' ', size);
  }

  embed(context: PDFContext): void {
    const font = this.face.font;
    const scale = 1000 / font.unitsPerEm;
    const { closure, fontFile, length1 } = this.face.embeddedSubset(this.unicodeOf.keys());
    const tag = subsetTag(closure);
    const baseName = `${tag}+${(font.postscriptName || 'Tinos').replace(/[^A-Za-z0-9-]/g, '')}`;
    const bbox = font.bbox;
    const descriptor = context.obj({
      Type: 'FontDescriptor',
      FontName: baseName,
      Flags: 4 | (this.face.name.includes('talic') || this.face.name === 'italic' ? 64 : 0),
      FontBBox: [bbox.minX * scale, bbox.minY * scale, bbox.maxX * scale, bbox.maxY * scale].map(
        Math.round,
      ),
      // From hhea's caret slope (the post table's italicAngle is not read).
      ItalicAngle: italicAngle(font),
      Ascent: Math.round(font.ascent * scale),
      Descent: Math.round(font.descent * scale),
      CapHeight: Math.round((font.capHeight || font.ascent) * scale),
      StemV: this.face.name.startsWith('bold') ? 120 : 80,
      FontFile2: context.register(
        context.stream(fontFile, { Filter: 'FlateDecode', Length1: length1 }),
      ),
    });
    const cidFont = context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: baseName,
      CIDSystemInfo: {
        Registry: PDFString.of('Adobe'),
        Ordering: PDFString.of('Identity'),
        Supplement: 0,
      },
      FontDescriptor: context.register(descriptor),
      W: widthArray(closure, (gid) => Math.round(this.face.subsetter.advance(gid) * scale)),
      CIDToGIDMap: 'Identity',
    });
    const cmap = toUnicodeCMap(this.unicodeOf);
    let deflatedCMap = deflatedCMaps.get(cmap);
    countCache('cmap', deflatedCMap !== undefined);
    if (!deflatedCMap) {
      deflatedCMap = deflateSync(Buffer.from(cmap, 'latin1'), { level: 6 });
      deflatedCMaps.set(cmap, deflatedCMap);
    }
    const toUnicode = context.stream(deflatedCMap, { Filter: 'FlateDecode' });
    context.assign(
      this.ref,
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: baseName,
        Encoding: 'Identity-H',
        DescendantFonts: [context.register(cidFont)],
        ToUnicode: context.register(toUnicode),
      }),
    );
  }
}

/** /W as runs of consecutive CIDs: `[c [w w …] c [w …] …]`. */
function widthArray(
  gids: readonly number[],
  width: (gid: number) => number,
): (number | number[])[] {
  const out: (number | number[])[] = [];
  let run: number[] = [];
  let next = -1;
  for (const gid of gids) {
    if (gid !== next) {
      run = [];
      out.push(gid, run);
    }
    run.push(width(gid));
    next = gid + 1;
  }
  return out;
}

function italicAngle(font: Face['font']): number {
  if (!font.caretSlopeRise || !font.caretSlopeRun) return 0;
  return (
    Math.round(((-Math.atan2(font.caretSlopeRun, font.caretSlopeRise) * 180) / Math.PI) * 10) / 10
  );
}

/** Six capital letters naming a subset (PDF 32000 §9.6.4), stable for the same glyph set. */
function subsetTag(ids: readonly number[]): string {
  let h = 2166136261;
  for (const id of ids) h = Math.imul(h ^ id, 16777619) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (h % 26));
    h = Math.floor(h / 26) + i * 7919;
  }
  return tag;
}

function hex4(n: number): string {
  return n.toString(16).padStart(4, '0').toUpperCase();
}

function utf16Hex(cp: number): string {
  if (cp < 0x10000) return hex4(cp);
  const v = cp - 0x10000;
  return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
}

/** ToUnicode CMap: glyph id → the text it was drawn for, so copy and search work. */
function toUnicodeCMap(unicodeOf: ReadonlyMap<number, number>): string {
  const entries: string[] = [];
  for (const [id, cp] of [...unicodeOf].sort((a, b) => a[0] - b[0]))
    if (id > 0 && cp > 0) entries.push(`<${hex4(id)}> <${utf16Hex(cp)}>`);
  let body = '';
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    body += `${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar\n`;
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
${body}endcmap
CMapName currentdict /CMap defineresource pop
end
end
`;
}

/** Native zlib: pdf-lib's flateStream deflates in JavaScript (pako), several times slower. */
function flate(
  context: PDFContext,
  data: Uint8Array | string,
  dict: Record<string, number> = {},
): PDFRawStream {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  return context.stream(deflateSync(bytes, { level: 6 }), { Filter: 'FlateDecode', ...dict });
}

const fmt = (n: number): string => (Math.round(n * 100) / 100).toString();

/** UTF-16BE hex (with BOM) of a text, for ActualText. */
function utf16BeHex(text: string): string {
  let out = 'FEFF';
  for (let i = 0; i < text.length; i++)
    out += hex4(text.charCodeAt(i) === 0xa0 ? 0x20 : text.charCodeAt(i));
  return out;
}

function lastTextIndex(line: Line): number {
  for (let i = line.pieces.length - 1; i >= 0; i--) if (line.pieces[i]?.kind === 'text') return i;
  return -1;
}

function firstTextIndex(line: Line): number {
  return line.pieces.findIndex((p) => p.kind === 'text');
}

/**
 * The text of a page: one BT…ET, each line placed with Tm. A word hyphenated across two lines is
 * wrapped in one marked-content span whose ActualText is the whole word, so search and copy see
 * «календарных», not «ка-» and «лендарных» (hence one text object per page: spans must nest).
 */
function pageTextOps(lines: readonly Line[], faces: Record<FaceName, DocumentFace>): string {
  let ops = 'BT\n';
  let currentFace: FaceName | null = null;
  let currentSize = 0;
  let tj = '';
  const flush = (): void => {
    if (tj !== '') ops += `[${tj}] TJ\n`;
    tj = '';
  };
  const select = (face: FaceName, size: number): void => {
    if (face === currentFace && size === currentSize) return;
    flush();
    ops += `/${faces[face].resourceName} ${fmt(size)} Tf\n`;
    currentFace = face;
    currentSize = size;
  };
  let closeSpanAt = -1; // piece index on this line after which the open span ends
  lines.forEach((line, lineIndex) => {
    flush();
    ops += `1 0 0 1 ${fmt(line.x)} ${fmt(PAGE.height - line.y)} Tm\n`;
    const next = lines[lineIndex + 1];
    const openAt = line.hyphen && next ? lastTextIndex(line) : -1;
    line.pieces.forEach((piece, pi) => {
      select(piece.face, piece.size);
      const face = faces[piece.face];
      if (pi === openAt && next) {
        const tail = next.pieces[firstTextIndex(next)];
        const word =
          piece.kind === 'text' ? piece.text + (tail?.kind === 'text' ? tail.text : '') : '';
        flush();
        ops += `/Span <</ActualText <${utf16BeHex(word)}>>> BDC\n`;
      }
      if (piece.kind === 'text') {
        tj += `<${face.encode(piece.text)}>`;
      } else {
        // A real space (extraction sees a word boundary), then the justification extra.
        const extra = piece.width - face.spaceWidth(piece.size);
        tj += `<${face.encode(' ')}>`;
        if (Math.abs(extra) > 0.001) tj += ` ${fmt((-extra * 1000) / piece.size)} `;
      }
      if (pi === closeSpanAt) {
        flush();
        ops += 'EMC\n';
        closeSpanAt = -1;
      }
    });
    if (closeSpanAt >= 0) {
      // The continuation was not on this line (should not happen): close the span anyway.
      flush();
      ops += 'EMC\n';
      closeSpanAt = -1;
    }
    if (line.hyphen) {
      select(line.hyphen.face, line.hyphen.size);
      tj += `<${faces[line.hyphen.face].encode('-')}>`;
      if (openAt >= 0 && next) {
        closeSpanAt = firstTextIndex(next);
        if (closeSpanAt < 0) {
          flush();
          ops += 'EMC\n';
        }
      }
    }
  });
  flush();
  if (closeSpanAt >= 0) ops += 'EMC\n';
  ops += 'ET\n';
  // Underlines: a thin rule under each underlined piece.
  for (const line of lines) {
    let x = line.x;
    for (const piece of line.pieces) {
      if (piece.underline)
        ops += `${fmt(x)} ${fmt(PAGE.height - line.y - 1.6)} ${fmt(piece.width)} 0.6 re f\n`;
      x += piece.width;
    }
  }
  return ops;
}

/**
 * What `pdf.addPage` does, without its walk over every page already in the tree to find the end
 * (`PDFPageTree.insertLeafNode`): that walk made adding n pages cost n²/2 lookups. Same objects,
 * same order, same bytes.
 */
export function appendPage(
  pdf: PDFDocument,
  tree: ReturnType<PDFDocument['catalog']['Pages']>,
  treeRef: PDFRef,
): PDFPage {
  const page = PDFPage.create(pdf);
  page.setSize(PAGE.width, PAGE.height);
  tree.pushLeafNode(page.ref);
  page.node.setParent(treeRef);
  return page;
}

export function createTypesetPdfRenderer(options: PdfRendererOptions): PdfRenderer {
  const fonts = createFontSet(options.fonts);

  const layout = async (doc: FilingDocument): Promise<LayoutResult> =>
    layoutDocument(doc, { fonts, breaker: await options.breakerFor(doc.lang) });

  return {
    layout,
    unprintable(doc) {
      const missing = new Set<string>();
      const check = (inlines: readonly Inline[]): void => {
        for (const inline of inlines) {
          if (inline.kind !== 'text') continue;
          const face = fonts[faceOf(inline.bold, inline.italic)];
          for (const ch of inline.text) {
            const cp = ch.codePointAt(0) ?? 0;
            // Spaces, the soft hyphen and controls are layout, not glyphs.
            if (NOT_A_GLYPH.test(ch)) continue;
            if (!face.has(cp)) missing.add(ch);
          }
        }
      };
      for (const block of doc.blocks) {
        if (block.kind === 'paragraph') check(block.inlines);
        else if (block.kind === 'addressee') block.lines.forEach(check);
        else if (block.kind === 'list') block.items.forEach((i) => check(i.inlines));
        else if (block.kind === 'table')
          block.rows.forEach((r) => r.cells.forEach((c) => check(c.inlines)));
        else if (block.kind === 'signature') {
          check(block.date);
          if (block.place) check(block.place);
          block.signers.forEach((s) => (check(s.role), check(s.name)));
        }
      }
      return [...missing];
    },
    async render(doc, opts) {
      const result = await layout(doc);
      const pdf = await PDFDocument.create({ updateMetadata: false });
      const context = pdf.context;
      const faces = Object.fromEntries(
        FACES.map((name, i) => [name, new DocumentFace(`F${i + 1}`, () => fonts[name], context)]),
      ) as Record<FaceName, DocumentFace>;

      const pageNumberFace = faces.regular;
      const pageContents: string[] = [];
      const pageTree = pdf.catalog.Pages();
      const pageTreeRef = pdf.catalog.get(PDFName.of('Pages')) as PDFRef;
      for (const page of result.pages) {
        const pdfPage = appendPage(pdf, pageTree, pageTreeRef);
        for (const name of FACES) faces[name].usedOnPage = false;
        let ops = '0 g\n';
        ops += pageTextOps(page.lines, faces);
        for (const rule of page.rules)
          ops += `${fmt(rule.x)} ${fmt(PAGE.height - rule.y - rule.height)} ${fmt(rule.width)} ${fmt(rule.height)} re f\n`;
        if (page.number > 1) {
          const label = String(page.number);
          const w = fonts.regular.measure(label, PAGE_NUMBER_SIZE);
          const x = PAGE.marginLeft + (PAGE.width - PAGE.marginLeft - PAGE.marginRight - w) / 2;
          ops += `BT\n/${pageNumberFace.resourceName} ${PAGE_NUMBER_SIZE} Tf\n1 0 0 1 ${fmt(x)} ${fmt(PAGE.height - PAGE.headerTop - PAGE_NUMBER_SIZE)} Tm\n[<${pageNumberFace.encode(label)}>] TJ\nET\n`;
        }
        if (opts.pdfa) pageContents.push(ops);
        const stream = flate(context, ops);
        const contentRef = context.register(stream);
        pdfPage.node.set(PDFName.of('Contents'), contentRef);
        const fontDict = context.obj({});
        for (const name of FACES)
          if (faces[name].usedOnPage)
            fontDict.set(PDFName.of(faces[name].resourceName), faces[name].ref);
        pdfPage.node.set(PDFName.of('Resources'), context.obj({ Font: fontDict }));
      }
      for (const name of FACES) if (faces[name].used) faces[name].embed(context);

      const meta = doc.meta;
      pdf.setTitle(meta.title, { showInWindowTitleBar: true });
      if (meta.author) pdf.setAuthor(meta.author);
      if (meta.subject) pdf.setSubject(meta.subject);
      const keywords = [
        ...(meta.keywords ?? []),
        ...(meta.templateId ? [`${meta.templateId}@${meta.templateVersion ?? ''}`] : []),
      ];
      pdf.setKeywords(keywords);
      const creator = 'Refuge';
      const producer = 'Refuge (pdf-lib)';
      pdf.setCreator(creator);
      pdf.setProducer(producer);
      const now = opts.now;
      pdf.setCreationDate(now);
      pdf.setModificationDate(now);
      pdf.catalog.set(PDFName.of('Lang'), PDFString.of(LANGUAGE_TAGS[doc.lang]));
      if (opts.pdfa)
        makePdfA(pdf, {
          title: meta.title,
          ...(meta.author ? { author: meta.author } : {}),
          ...(meta.subject ? { subject: meta.subject } : {}),
          keywords: keywords.join(' '), // as pdf-lib writes Info /Keywords
          creator,
          producer,
          lang: LANGUAGE_TAGS[doc.lang],
          date: now,
          fingerprint: Buffer.from(pageContents.join('\n'), 'latin1'),
        });
      // Plain objects: object streams would be deflated by pdf-lib in JavaScript, for a few kB.
      // No yielding: pdf-lib otherwise waits a timer tick (≥ 1 ms) every 50 objects, time a
      // worker spends idle — a tenth of a batch. Rendering runs off the UI thread anyway.
      return pdf.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
    },
  };
}
