/**
 * Fonts for layout and PDF: Tinos (metric-compatible with Times New Roman) parsed once per process,
 * advance widths looked up per code point from flat caches — no shaping in the hot path.
 * sfnt.ts reads the cmap and metrics; subsets for embedding are cut by subset.ts (in Tinos most
 * Cyrillic letters — В, е, р, с … — are composites of their Latin look-alikes, which both keep).
 */
import { deflateSync } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { TrueTypeSubsetter } from './subset.ts';
import { SfntFont, type GlyphMetrics } from './sfnt.ts';
import { countCache } from '../cache-stats.ts';

/** A face's font file for one set of glyphs, deflated, as a PDF embeds it. */
export interface EmbeddedSubset {
  /** Glyph ids it holds (with .notdef and composite parts), ascending. */
  readonly closure: readonly number[];
  readonly fontFile: Uint8Array;
  /** Length of the font file before deflating (/Length1). */
  readonly length1: number;
}

/**
 * Subsets kept per face: the documents of a batch mostly draw the same glyphs, and a subset's
 * bytes depend on nothing else. 32 of them are a few MB at most.
 */
const SUBSET_CACHE_SIZE = 32;

export interface FontBytes {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
  readonly italic: Uint8Array;
  readonly boldItalic: Uint8Array;
}

export type FaceName = keyof FontBytes;
export const FACES: readonly FaceName[] = ['regular', 'bold', 'italic', 'boldItalic'];

/** One value per face, each made when first read and then kept (fonts are read and parsed lazily). */
export function perFaceLazily<T>(make: (face: FaceName) => T): Readonly<Record<FaceName, T>> {
  const made = new Map<FaceName, T>();
  const out = {} as Record<FaceName, T>;
  for (const face of FACES)
    Object.defineProperty(out, face, {
      enumerable: true,
      get: (): T => {
        if (!made.has(face)) made.set(face, make(face));
        return made.get(face) as T;
      },
    });
  return out;
}

export function faceOf(bold: boolean | undefined, italic: boolean | undefined): FaceName {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

export class Face {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  /** Advance widths in 1/1000 em, by code point (BMP); -1 = not computed yet. */
  private readonly advances = new Float64Array(0x10000).fill(-1);
  private readonly glyphs = new Map<number, GlyphMetrics>();
  private subsetterOnce: TrueTypeSubsetter | undefined;
  private readonly subsets = new LRUCache<string, EmbeddedSubset>({ max: SUBSET_CACHE_SIZE });

  constructor(
    readonly name: FaceName,
    readonly font: SfntFont,
    readonly bytes: Uint8Array,
  ) {
    this.unitsPerEm = font.unitsPerEm;
    this.ascent = font.ascent;
    this.descent = font.descent;
  }

  glyph(codePoint: number): GlyphMetrics {
    let g = this.glyphs.get(codePoint);
    if (!g) {
      g = this.font.glyphForCodePoint(codePoint);
      this.glyphs.set(codePoint, g);
    }
    return g;
  }

  /** Width of a code point in 1/1000 em. */
  advance(codePoint: number): number {
    if (codePoint < 0x10000) {
      const cached = this.advances[codePoint] as number;
      if (cached >= 0) return cached;
      const w = (this.glyph(codePoint).advanceWidth * 1000) / this.unitsPerEm;
      this.advances[codePoint] = w;
      return w;
    }
    return (this.glyph(codePoint).advanceWidth * 1000) / this.unitsPerEm;
  }

  /** Width of a string in points at `size`. */
  measure(text: string, size: number): number {
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        w += this.advance(text.codePointAt(i) as number);
        i++;
      } else {
        w += this.advance(c);
      }
    }
    return (w * size) / 1000;
  }

  get subsetter(): TrueTypeSubsetter {
    this.subsetterOnce ??= new TrueTypeSubsetter(this.bytes);
    return this.subsetterOnce;
  }

  /** The embeddable subset holding these glyphs. */
  embeddedSubset(gids: Iterable<number>): EmbeddedSubset {
    const closure = this.subsetter.closure(gids);
    const key = closure.join(',');
    let subset = this.subsets.get(key);
    countCache('subset', subset !== undefined);
    if (!subset) {
      const raw = this.subsetter.subset(closure);
      subset = { closure, fontFile: deflateSync(raw, { level: 6 }), length1: raw.byteLength };
      this.subsets.set(key, subset);
    }
    return subset;
  }

  /** Can the font draw this code point (not the .notdef glyph)? */
  has(codePoint: number): boolean {
    return this.glyph(codePoint).id !== 0;
  }
}

export type FontSet = Readonly<Record<FaceName, Face>>;

/**
 * Each face is parsed when a document first draws with it (and its bytes read then, when `bytes`
 * reads lazily, as main/fonts.ts does): a filing set in regular and bold never holds the italics.
 */
export function createFontSet(bytes: FontBytes): FontSet {
  return perFaceLazily((name) => new Face(name, new SfntFont(bytes[name]), bytes[name]));
}
