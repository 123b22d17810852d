/**
 * What layout and the PDF writer read from a TrueType font: the character map (cmap formats 4
 * and 12), advance widths (hmtx) and a few header values (head, hhea, OS/2, name).
 *
 * Read here rather than through fontkit: fontkit was a fifth of a cold start (its module graph
 * with WOFF2, shaping and Unicode tables, ~25 MB) for these few lookups. test/engine/fonts/
 * sfnt.test.ts checks every mapped character, width and value against fontkit.
 */

export interface FontBox {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** A glyph as layout needs it: its id and advance width in font units. */
export interface GlyphMetrics {
  readonly id: number;
  readonly advanceWidth: number;
}

export class SfntFont {
  readonly unitsPerEm: number;
  readonly bbox: FontBox;
  readonly ascent: number;
  readonly descent: number;
  /** OS/2 sCapHeight (version ≥ 2), else undefined. */
  readonly capHeight: number | undefined;
  readonly caretSlopeRise: number;
  readonly caretSlopeRun: number;
  readonly postscriptName: string;
  readonly numGlyphs: number;
  private readonly view: DataView;
  private readonly tables = new Map<string, { offset: number; length: number }>();
  private readonly numberOfHMetrics: number;
  private readonly hmtx: number;
  private readonly lookup: (codePoint: number) => number;

  constructor(bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const v = this.view;
    const count = v.getUint16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
      const offset = v.getUint32(at + 8);
      const length = v.getUint32(at + 12);
      if (offset + length > bytes.byteLength) throw new Error(`font table ${tag} is truncated`);
      this.tables.set(tag, { offset, length });
    }
    const head = this.table('head');
    this.unitsPerEm = v.getUint16(head + 18);
    this.bbox = {
      minX: v.getInt16(head + 36),
      minY: v.getInt16(head + 38),
      maxX: v.getInt16(head + 40),
      maxY: v.getInt16(head + 42),
    };
    const hhea = this.table('hhea');
    this.ascent = v.getInt16(hhea + 4);
    this.descent = v.getInt16(hhea + 6);
    this.caretSlopeRise = v.getInt16(hhea + 18);
    this.caretSlopeRun = v.getInt16(hhea + 20);
    this.numberOfHMetrics = v.getUint16(hhea + 34);
    this.numGlyphs = v.getUint16(this.table('maxp') + 4);
    this.hmtx = this.table('hmtx');
    const os2 = this.tables.get('OS/2');
    this.capHeight =
      os2 && v.getUint16(os2.offset) >= 2 && os2.length >= 90
        ? v.getInt16(os2.offset + 88)
        : undefined;
    this.postscriptName = this.nameRecord(6);
    this.lookup = this.cmap();
  }

  private table(tag: string): number {
    const t = this.tables.get(tag);
    if (!t) throw new Error(`font lacks its ${tag} table`);
    return t.offset;
  }

  /** Glyph id of a code point; 0 (.notdef) when the font lacks it. */
  glyphId(codePoint: number): number {
    return this.lookup(codePoint);
  }

  /** Advance width of a glyph in font units. */
  advanceWidth(gid: number): number {
    return this.view.getUint16(this.hmtx + Math.min(gid, this.numberOfHMetrics - 1) * 4);
  }

  glyphForCodePoint(codePoint: number): GlyphMetrics {
    const id = this.glyphId(codePoint);
    return { id, advanceWidth: this.advanceWidth(id) };
  }

  /** A name record: Windows Unicode (UTF-16BE) first, else Macintosh Roman read as Latin-1. */
  private nameRecord(nameId: number): string {
    const t = this.tables.get('name');
    if (!t) return '';
    const v = this.view;
    const count = v.getUint16(t.offset + 2);
    const strings = t.offset + v.getUint16(t.offset + 4);
    let mac = '';
    for (let i = 0; i < count; i++) {
      const r = t.offset + 6 + i * 12;
      if (v.getUint16(r + 6) !== nameId) continue;
      const platform = v.getUint16(r);
      const length = v.getUint16(r + 8);
      const at = strings + v.getUint16(r + 10);
      if (platform === 3 || platform === 0) {
        let s = '';
        for (let k = 0; k + 1 < length; k += 2) s += String.fromCharCode(v.getUint16(at + k));
        return s;
      }
      if (platform === 1 && !mac)
        for (let k = 0; k < length; k++) mac += String.fromCharCode(v.getUint8(at + k));
    }
    return mac;
  }

  /** The best Unicode subtable: format 12 (full Unicode) before format 4 (BMP). */
  private cmap(): (codePoint: number) => number {
    const v = this.view;
    const cmap = this.table('cmap');
    const count = v.getUint16(cmap + 2);
    let format4 = -1;
    let format12 = -1;
    for (let i = 0; i < count; i++) {
      const r = cmap + 4 + i * 8;
      const platform = v.getUint16(r);
      const encoding = v.getUint16(r + 2);
      const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
      if (!unicode) continue;
      const at = cmap + v.getUint32(r + 4);
      const format = v.getUint16(at);
      if (format === 12 && format12 < 0) format12 = at;
      if (format === 4 && format4 < 0) format4 = at;
    }
    if (format12 >= 0) return this.format12(format12);
    if (format4 >= 0) return this.format4(format4);
    throw new Error('font has no Unicode character map (cmap format 4 or 12)');
  }

  private format4(at: number): (codePoint: number) => number {
    const v = this.view;
    const segments = v.getUint16(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    return (cp) => {
      if (cp > 0xffff) return 0;
      // Binary search for the first segment whose end ≥ cp.
      let lo = 0;
      let hi = segments - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (v.getUint16(ends + mid * 2) < cp) lo = mid + 1;
        else hi = mid;
      }
      const start = v.getUint16(starts + lo * 2);
      if (cp < start || cp > v.getUint16(ends + lo * 2)) return 0;
      const delta = v.getInt16(deltas + lo * 2);
      const rangeAt = rangeOffsets + lo * 2;
      const rangeOffset = v.getUint16(rangeAt);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const g = v.getUint16(rangeAt + rangeOffset + (cp - start) * 2);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    };
  }

  private format12(at: number): (codePoint: number) => number {
    const v = this.view;
    const groups = v.getUint32(at + 12);
    const first = at + 16;
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = first + mid * 12;
        if (cp < v.getUint32(g)) hi = mid - 1;
        else if (cp > v.getUint32(g + 4)) lo = mid + 1;
        else return v.getUint32(g + 8) + (cp - v.getUint32(g));
      }
      return 0;
    };
  }
}
