/**
 * Layout: the document model → lines (Knuth–Plass, hyphenation) → pages (widows/orphans,
 * keep-with-next, signature kept with the text above it, table headers repeated).
 * The result is plain data: the PDF writer draws it and property tests check it.
 * Stages, one file each: lines.ts breaks a paragraph into lines, flow.ts turns the document's
 * blocks into the units pagination moves, paginate.ts fills pages with them.
 */
import type { FilingDocument } from '../model.ts';
import type { FaceName, FontSet } from '../fonts/faces.ts';
import { flow } from './flow.ts';
import { paginate } from './paginate.ts';

/** Breaks words at allowed points; `isName` words never break. */
export interface WordBreaker {
  breakPoints(word: string, options?: { isName?: boolean }): readonly number[];
}

/** A piece of a line: text in one face, or an inter-word space of a given width. */
export type Piece =
  | {
      readonly kind: 'text';
      readonly face: FaceName;
      readonly size: number;
      readonly text: string;
      readonly width: number;
      readonly underline: boolean;
    }
  | {
      readonly kind: 'space';
      readonly face: FaceName;
      readonly size: number;
      readonly width: number;
      readonly underline: boolean;
    };

export interface Line {
  /** Left edge of the line's text, in points from the page's left edge. */
  readonly x: number;
  /** Baseline, in points from the page's top edge. */
  readonly y: number;
  /** Width of the box the line must fit in. */
  readonly boxWidth: number;
  /** Width actually used by the pieces (and the hyphen, if any). */
  readonly width: number;
  readonly pieces: readonly Piece[];
  /** A hyphen drawn at the end because a word breaks here (not a hyphen of the text). */
  readonly hyphen: {
    readonly face: FaceName;
    readonly size: number;
    readonly width: number;
  } | null;
  readonly justified: boolean;
  /** Largest inter-word space divided by the natural space (justified lines). */
  readonly stretch: number;
}

/** A filled rectangle on the page (a table's borders), in points from the page's top left. */
export interface Rule {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One page as the PDF writer draws it: lines of text, then rules. */
export interface Page {
  /** Counted from 1. */
  readonly number: number;
  readonly lines: readonly Line[];
  readonly rules: readonly Rule[];
}

export interface LayoutResult {
  readonly pages: readonly Page[];
}

export interface LayoutContext {
  readonly fonts: FontSet;
  readonly breaker: WordBreaker;
}

export function layoutDocument(doc: FilingDocument, ctx: LayoutContext): LayoutResult {
  return { pages: paginate(flow(doc, ctx)) };
}
