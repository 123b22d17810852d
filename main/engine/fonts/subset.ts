/**
 * TrueType subsets for embedding (PDF 32000 §9.9: FontFile2 needs head, hhea, loca, maxp, cvt,
 * prep, glyf, hmtx, fpgm). Glyph ids are kept: unused glyphs become empty, so a page's glyph
 * codes are the font's own ids (CIDToGIDMap Identity), a composite's components need no
 * renumbering, and the bytes of a subset depend only on which glyphs it holds, which lets a
 * batch reuse one subset for every document drawing the same glyphs.
 *
 * Written here rather than taken from fontkit: fontkit decodes and re-encodes every table of
 * every subset through its struct library, a third of the time of a whole PDF in a batch.
 * Tables are copied as bytes; only loca, hmtx, glyf and a few header fields are written.
 */

const COMPOSITE_MORE = 0x0020;
const COMPOSITE_WORDS = 0x0001;
const COMPOSITE_SCALE = 0x0008;
const COMPOSITE_XY_SCALE = 0x0040;
const COMPOSITE_2X2 = 0x0080;

/** The tables a PDF-embedded TrueType font carries, in the order the directory lists them. */
const KEPT = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'] as const;

export class TrueTypeSubsetter {
  readonly numGlyphs: number;
  private readonly tables = new Map<string, Uint8Array>();
  private readonly glyphStart: Uint32Array;
  private readonly longLoca: boolean;
  private readonly numberOfHMetrics: number;
  private readonly view: DataView;

  constructor(private readonly font: Uint8Array) {
    this.view = new DataView(font.buffer, font.byteOffset, font.byteLength);
    const count = this.view.getUint16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(...font.subarray(at, at + 4));
      const offset = this.view.getUint32(at + 8);
      const length = this.view.getUint32(at + 12);
      if (offset + length > font.byteLength) throw new Error(`font table ${tag} is truncated`);
      this.tables.set(tag, font.subarray(offset, offset + length));
    }
    for (const tag of KEPT)
      if (!this.tables.has(tag) && !OPTIONAL.has(tag))
        throw new Error(`font lacks its ${tag} table`);
    const head = this.table('head');
    this.longLoca = dataView(head).getInt16(50) === 1;
    this.numGlyphs = dataView(this.table('maxp')).getUint16(4);
    this.numberOfHMetrics = dataView(this.table('hhea')).getUint16(34);
    const loca = dataView(this.table('loca'));
    this.glyphStart = new Uint32Array(this.numGlyphs + 1);
    for (let g = 0; g <= this.numGlyphs; g++)
      this.glyphStart[g] = this.longLoca ? loca.getUint32(g * 4) : loca.getUint16(g * 2) * 2;
  }

  private table(tag: string): Uint8Array {
    const t = this.tables.get(tag);
    if (!t) throw new Error(`font lacks its ${tag} table`);
    return t;
  }

  private glyphBytes(gid: number): Uint8Array {
    return this.table('glyf').subarray(this.glyphStart[gid], this.glyphStart[gid + 1]);
  }

  /** The glyphs drawn plus .notdef and every component of a composite, ascending. */
  closure(gids: Iterable<number>): number[] {
    const seen = new Set<number>();
    const todo = [0, ...gids];
    while (todo.length > 0) {
      const gid = todo.pop() as number;
      if (seen.has(gid)) continue;
      if (!Number.isInteger(gid) || gid < 0 || gid >= this.numGlyphs)
        throw new Error(`glyph ${gid} is not in the font (${this.numGlyphs} glyphs)`);
      seen.add(gid);
      for (const component of this.components(gid)) if (!seen.has(component)) todo.push(component);
    }
    return [...seen].sort((a, b) => a - b);
  }

  private components(gid: number): number[] {
    const glyph = this.glyphBytes(gid);
    if (glyph.byteLength < 10) return []; // empty glyph (space)
    const view = dataView(glyph);
    if (view.getInt16(0) >= 0) return []; // simple glyph
    const out: number[] = [];
    let at = 10;
    for (;;) {
      const flags = view.getUint16(at);
      out.push(view.getUint16(at + 2));
      at += 4 + (flags & COMPOSITE_WORDS ? 4 : 2);
      if (flags & COMPOSITE_SCALE) at += 2;
      else if (flags & COMPOSITE_XY_SCALE) at += 4;
      else if (flags & COMPOSITE_2X2) at += 8;
      if (!(flags & COMPOSITE_MORE)) return out;
    }
  }

  /** Advance width of a glyph in font units, from hmtx. */
  advance(gid: number): number {
    const hmtx = dataView(this.table('hmtx'));
    return hmtx.getUint16(Math.min(gid, this.numberOfHMetrics - 1) * 4);
  }

  private leftSideBearing(gid: number): number {
    const hmtx = dataView(this.table('hmtx'));
    return gid < this.numberOfHMetrics
      ? hmtx.getInt16(gid * 4 + 2)
      : hmtx.getInt16(this.numberOfHMetrics * 4 + (gid - this.numberOfHMetrics) * 2);
  }

  /** A font file holding exactly `closure` (from {@link closure}); other glyph ids are empty. */
  subset(closure: readonly number[]): Uint8Array {
    const kept = new Set(closure);
    const last = closure[closure.length - 1] ?? 0;

    let glyfLength = 0;
    for (const gid of closure) glyfLength += pad2(this.glyphBytes(gid).byteLength);
    const longLoca = this.longLoca || glyfLength > 0x1fffe;
    const glyf = new Uint8Array(glyfLength);
    const loca = new Uint8Array((this.numGlyphs + 1) * (longLoca ? 4 : 2));
    const locaView = dataView(loca);
    let offset = 0;
    for (let gid = 0; gid <= this.numGlyphs; gid++) {
      if (longLoca) locaView.setUint32(gid * 4, offset);
      else locaView.setUint16(gid * 2, offset / 2);
      if (gid < this.numGlyphs && kept.has(gid)) {
        const bytes = this.glyphBytes(gid);
        glyf.set(bytes, offset);
        offset += pad2(bytes.byteLength);
      }
    }

    // Metrics up to the last kept glyph; the rest take its advance (unused, so never drawn).
    const metrics = last + 1;
    const hmtx = new Uint8Array(metrics * 4 + (this.numGlyphs - metrics) * 2);
    const hmtxView = dataView(hmtx);
    for (const gid of closure) {
      hmtxView.setUint16(gid * 4, this.advance(gid));
      hmtxView.setInt16(gid * 4 + 2, this.leftSideBearing(gid));
    }

    const head = this.table('head').slice();
    dataView(head).setUint32(8, 0); // checkSumAdjustment, set once the file is whole
    dataView(head).setInt16(50, longLoca ? 1 : 0);
    const hhea = this.table('hhea').slice();
    dataView(hhea).setUint16(34, metrics);

    const written = new Map<string, Uint8Array>([
      ['glyf', glyf],
      ['loca', loca],
      ['hmtx', hmtx],
      ['head', head],
      ['hhea', hhea],
    ]);
    const tags = KEPT.filter((tag) => written.has(tag) || this.tables.has(tag));
    const body = (tag: string): Uint8Array => written.get(tag) ?? this.table(tag);
    return assemble(
      tags.map((tag) => [tag, body(tag)] as const),
      this.view.getUint32(0),
    );
  }
}

/** cvt, fpgm and prep are absent from unhinted fonts. */
const OPTIONAL = new Set<string>(['cvt ', 'fpgm', 'prep']);

function dataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const pad2 = (n: number): number => n + (n & 1);
const pad4 = (n: number): number => (n + 3) & ~3;

function checksum(bytes: Uint8Array): number {
  const view = dataView(bytes);
  let sum = 0;
  const whole = bytes.byteLength & ~3;
  for (let i = 0; i < whole; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  if (whole < bytes.byteLength) {
    let tail = 0;
    for (let i = whole; i < whole + 4; i++) tail = (tail << 8) | (bytes[i] ?? 0);
    sum = (sum + (tail >>> 0)) >>> 0;
  }
  return sum;
}

/** The sfnt file: directory (sorted tags, checksums), 4-byte aligned tables, head's adjustment. */
function assemble(tables: readonly (readonly [string, Uint8Array])[], version: number): Uint8Array {
  const count = tables.length;
  let size = 12 + count * 16;
  for (const [, bytes] of tables) size += pad4(bytes.byteLength);
  const out = new Uint8Array(size);
  const view = dataView(out);
  let power = 1;
  while (power * 2 <= count) power *= 2;
  view.setUint32(0, version);
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, count * 16 - power * 16);
  let offset = 12 + count * 16;
  let headAt = -1;
  tables.forEach(([tag, bytes], i) => {
    const entry = 12 + i * 16;
    for (let c = 0; c < 4; c++) out[entry + c] = tag.charCodeAt(c);
    view.setUint32(entry + 4, checksum(bytes));
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, bytes.byteLength);
    out.set(bytes, offset);
    if (tag === 'head') headAt = offset;
    offset += pad4(bytes.byteLength);
  });
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
