/**
 * Layout: the document model → lines (Knuth–Plass, hyphenation) → pages (widows/orphans,
 * keep-with-next, signature kept with the text above it, table headers repeated).
 * The result is plain data: the PDF writer draws it and property tests check it.
 */
import type { Block, FilingDocument, Inline, TextRun } from '../model.ts';
import {
  ADDRESSEE_INDENT,
  ADDRESSEE_SPACE_AFTER,
  BODY_SIZE,
  CONTENT_WIDTH,
  LINE_HEIGHT,
  LIST_STYLES,
  MIN_LINES_AT_PAGE_EDGE,
  PAGE,
  PARAGRAPH_STYLES,
  SIGNATURE_LINE,
  SIGNATURE_SPACE_BEFORE,
  SIGNER_SPACE_BEFORE,
  TABLE_CELL_PADDING,
  TABLE_LINE_HEIGHT,
  TABLE_SIZE,
  TABLE_SPACE,
} from '../style.ts';
import type { Align } from '../model.ts';
import { LRUCache } from 'lru-cache';
import { faceOf, type FaceName, type FontSet } from './fonts.ts';
import { breakLines, DEFAULT_BREAK_OPTIONS, INFINITY, type Item } from './breaker.ts';
import { countCache } from '../cache-stats.ts';

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

export interface Rule {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Page {
  readonly number: number;
  readonly lines: readonly Line[];
  readonly rules: readonly Rule[];
}

export interface LayoutResult {
  readonly pages: readonly Page[];
}

/** Lines of one flow unit before they get a page position. */
interface UnitLine {
  readonly x: number;
  readonly dy: number; // baseline offset from the unit's top
  readonly boxWidth: number;
  readonly width: number;
  readonly pieces: readonly Piece[];
  readonly hyphen: Line['hyphen'];
  readonly justified: boolean;
  readonly stretch: number;
}

/** The thing pagination moves between pages: one paragraph line, one table row, a signature block. */
interface Unit {
  readonly height: number;
  readonly spaceBefore: number;
  readonly lines: readonly UnitLine[];
  readonly rules: readonly { x: number; dy: number; width: number; height: number }[];
  /** May a page break fall immediately before this unit? */
  breakBefore: boolean;
  /** Must a page break fall before this unit (explicit page break)? */
  forceBreakBefore: boolean;
  /** Table header units to repeat when a page starts inside this table. */
  readonly repeatHeader?: readonly Unit[];
}

interface Fragment {
  readonly text: string;
  readonly face: FaceName;
  readonly size: number;
  readonly underline: boolean;
}

// Literals of one shape, not spreads: a document has thousands of fragments, and a spread copy
// costs V8 several times a plain object (layout is most of a batch's time).
function fragment(text: string, face: FaceName, size: number, underline: boolean): Fragment {
  return { text, face, size, underline };
}

function withText(f: Fragment, text: string): Fragment {
  return fragment(text, f.face, f.size, f.underline);
}

// Interword stretch 0.6 of a space: Russian words are long and a 14 pt line holds ~9 gaps; at the
// breaker's first tolerance (ratio 1) a gap grows to 1.6× at most, at the second (1.6) to 1.96×.
const NATURAL_SPACE_STRETCH = 0.6;
const NATURAL_SPACE_SHRINK = 1 / 3;
const HYPHEN_PENALTY = 50;
const SPACE = ' ';

export interface LayoutContext {
  readonly fonts: FontSet;
  readonly breaker: WordBreaker;
}

const WORD_CORE = /^([^\p{L}\p{N}]*)([\p{L}\p{N}\p{M}\u00AD'’-]*?[\p{L}\p{M}])([^\p{L}\p{N}]*)$/u;

/**
 * Turn inline runs into Knuth–Plass items. Spaces are glue, U+00A0 is part of a word (never a
 * break), explicit hyphens allow a break after them, hyphenation points are flagged penalties.
 */
function itemsFor(
  inlines: readonly Inline[],
  size: number,
  ctx: LayoutContext,
  justify: boolean,
  leading: readonly Fragment[],
): { items: Item[]; fragments: (Fragment | null)[] } {
  const items: Item[] = [];
  const fragments: (Fragment | null)[] = []; // fragments[i] is the text of items[i] when it is a box or a glue

  const pushBox = (f: Fragment, width: number): void => {
    items.push({ type: 'box', width });
    fragments.push(f);
  };
  const pushGlue = (f: Fragment, width: number, stretch: number, shrink: number): void => {
    items.push({ type: 'glue', width, stretch, shrink });
    fragments.push(f);
  };
  const pushPenalty = (width: number, penalty: number, flagged: boolean): void => {
    items.push({ type: 'penalty', width, penalty, flagged });
    fragments.push(null);
  };

  for (const f of leading) pushBox(f, ctx.fonts[f.face].measure(f.text, f.size));

  // Split into words first, so the last word of the paragraph is known (never hyphenated).
  interface Word {
    readonly fragments: Fragment[];
    readonly noHyphenate: boolean[];
    spaceBefore: Fragment | null;
    forcedBreakBefore: boolean;
  }
  const words: Word[] = [];
  let current: Word | null = null;
  let pendingSpace: Fragment | null = null;
  let pendingBreak = false;
  for (const inline of inlines) {
    if (inline.kind === 'break') {
      pendingBreak = true;
      current = null;
      pendingSpace = null;
      continue;
    }
    const run = inline as TextRun;
    const face = faceOf(run.bold, run.italic);
    const underline = !!run.underline;
    const parts = run.text.split(SPACE);
    parts.forEach((part, index) => {
      if (index > 0) {
        current = null;
        pendingSpace = fragment(SPACE, face, size, underline);
      }
      if (part === '') return;
      if (!current) {
        current = {
          fragments: [],
          noHyphenate: [],
          spaceBefore: pendingSpace,
          forcedBreakBefore: pendingBreak,
        };
        words.push(current);
        pendingSpace = null;
        pendingBreak = false;
      }
      current.fragments.push(fragment(part, face, size, underline));
      current.noHyphenate.push(!!run.noHyphenate);
    });
  }
  if (pendingBreak)
    words.push({ fragments: [], noHyphenate: [], spaceBefore: null, forcedBreakBefore: true });

  const space = (f: Fragment): number => ctx.fonts[f.face].measure(SPACE, f.size);
  // The paragraph's last word (its final line is never hyphenated); trailing breaks carry no text.
  let lastWord = words.length - 1;
  while (lastWord > 0 && words[lastWord]?.fragments.length === 0) lastWord--;
  words.forEach((word, wordIndex) => {
    if (word.forcedBreakBefore && (items.length > 0 || wordIndex > 0)) {
      // \hfil\break: the line before a forced break is not stretched.
      pushGlue(fragment('', 'regular', size, false), 0, INFINITY, 0);
      pushPenalty(0, -INFINITY, false);
    } else if (word.spaceBefore && (items.length > 0 || wordIndex > 0)) {
      const w = space(word.spaceBefore);
      const firstText = word.fragments[0]?.text ?? '';
      // A dash never starts a line: «слово — слово».
      if (/^[—–]/.test(firstText)) pushPenalty(0, INFINITY, false);
      pushGlue(
        word.spaceBefore,
        w,
        justify ? w * NATURAL_SPACE_STRETCH : 0,
        justify ? w * NATURAL_SPACE_SHRINK : 0,
      );
    }
    const isLast = wordIndex >= lastWord;
    word.fragments.forEach((part, fi) => {
      const face = ctx.fonts[part.face];
      const hyphenWidth = face.measure('-', part.size);
      const pieces = splitAtBreaks(part.text, ctx, !isLast && !word.noHyphenate[fi]);
      pieces.forEach((piece, pi) => {
        if (pi > 0)
          pushPenalty(
            piece.hyphenBefore ? hyphenWidth : 0,
            piece.hyphenBefore ? HYPHEN_PENALTY : 0,
            piece.hyphenBefore,
          );
        const text = piece.text;
        const width = face.measure(text, part.size);
        if (width > 0) pushBox(withText(part, text), width);
      });
    });
  });
  // \parfillskip and the final forced break.
  pushGlue(fragment('', 'regular', size, false), 0, INFINITY, 0);
  pushPenalty(0, -INFINITY, false);
  return { items, fragments };
}

// Module-level: esbuild (the bundle, and tsx for the sources) rewrites a /\p{…}/u literal as
// new RegExp(…), which in a function body is built again on every call.
const HAS_NUMBER = /\p{N}/u;
const BETWEEN_LETTERS = /(?<=\p{L}[-‐–—/])(?=\p{L})/u;

/**
 * Pieces of a word between allowed breaks: after explicit hyphens and dashes always, at
 * hyphenation points when allowed. `hyphenBefore` marks a break that draws a hyphen.
 */
function splitAtBreaks(
  text: string,
  ctx: LayoutContext,
  hyphenate: boolean,
): { text: string; hyphenBefore: boolean }[] {
  const result: { text: string; hyphenBefore: boolean }[] = [];
  // A number or a code — a passport or case number, «CCPR/C/3/Rev.12» — is never broken: not at
  // its slashes, not at its hyphens, not by hyphenation.
  if (HAS_NUMBER.test(text)) return [{ text, hyphenBefore: false }];
  // Explicit hyphens and dashes: «из-за», «Алматы—Москва». U+2011 (non-breaking hyphen) is not split.
  // Only between letters: «2-19-26/3987» and «+7-701» never break.
  const segments = /[-‐–—/]/.test(text) ? text.split(BETWEEN_LETTERS) : [text];
  const hasHyphen = /[-‐]/.test(text);
  segments.forEach((segment) => {
    const m = hyphenate && !hasHyphen ? WORD_CORE.exec(segment) : null;
    if (!m) {
      result.push({ text: segment, hyphenBefore: false });
      return;
    }
    const [, prefix = '', core = '', suffix = ''] = m;
    const points = ctx.breaker.breakPoints(core);
    if (points.length === 0) {
      result.push({ text: segment, hyphenBefore: false });
      return;
    }
    let start = 0;
    const pieces: string[] = [];
    for (const p of points) {
      pieces.push(core.slice(start, p));
      start = p;
    }
    pieces.push(core.slice(start));
    pieces[0] = prefix + (pieces[0] ?? '');
    pieces[pieces.length - 1] = (pieces[pieces.length - 1] ?? '') + suffix;
    pieces.forEach((piece, i) => result.push({ text: piece, hyphenBefore: i > 0 }));
  });
  return result;
}

interface ParagraphOptions {
  readonly x: number;
  readonly width: number;
  readonly size: number;
  readonly lineHeight: number;
  readonly align: Align;
  readonly firstLineIndent: number;
  readonly leading?: readonly Fragment[];
}

/**
 * Paragraphs already broken into lines, per font set and word breaker (a language). Filings of
 * one kind share most paragraphs — the legal argument, the requests — and a live preview lays
 * out again a document of which one paragraph changed. Lines are never changed after layout, so
 * an identical paragraph (same text, styles and box) reuses them.
 */
const paragraphCache = new WeakMap<
  FontSet,
  WeakMap<WordBreaker, LRUCache<string, readonly UnitLine[]>>
>();
const PARAGRAPH_CACHE_SIZE = 2000;

/** Everything a paragraph's lines depend on; texts are length-prefixed, so keys cannot collide. */
function paragraphKey(inlines: readonly Inline[], opts: ParagraphOptions): string {
  let key = `${opts.x};${opts.width};${opts.size};${opts.lineHeight};${opts.align};${opts.firstLineIndent};`;
  for (const f of opts.leading ?? [])
    key += `L${f.face};${f.size};${f.underline ? 1 : 0};${f.text.length};${f.text}`;
  for (const inline of inlines)
    key +=
      inline.kind === 'break'
        ? 'B'
        : `T${inline.bold ? 1 : 0}${inline.italic ? 1 : 0}${inline.underline ? 1 : 0}${inline.noHyphenate ? 1 : 0};${inline.text.length};${inline.text}`;
  return key;
}

/** Break a paragraph into lines of `width`, starting `x` from the page's left edge. */
function layoutParagraph(
  inlines: readonly Inline[],
  opts: ParagraphOptions,
  ctx: LayoutContext,
): readonly UnitLine[] {
  let byBreaker = paragraphCache.get(ctx.fonts);
  if (!byBreaker) {
    byBreaker = new WeakMap();
    paragraphCache.set(ctx.fonts, byBreaker);
  }
  let cache = byBreaker.get(ctx.breaker);
  if (!cache) {
    cache = new LRUCache({ max: PARAGRAPH_CACHE_SIZE });
    byBreaker.set(ctx.breaker, cache);
  }
  const key = paragraphKey(inlines, opts);
  let lines = cache.get(key);
  countCache('paragraph', lines !== undefined);
  if (!lines) {
    lines = breakParagraph(inlines, opts, ctx);
    cache.set(key, lines);
  }
  return lines;
}

function breakParagraph(
  inlines: readonly Inline[],
  opts: ParagraphOptions,
  ctx: LayoutContext,
): UnitLine[] {
  const justify = opts.align === 'justify';
  const leading: Fragment[] = [...(opts.leading ?? [])];
  const { items, fragments } = itemsFor(inlines, opts.size, ctx, justify, leading);
  if (opts.firstLineIndent > 0) {
    items.unshift({ type: 'box', width: opts.firstLineIndent });
    fragments.unshift(null);
  }
  const lineWidth = (): number => opts.width;
  // Ragged text: stretch at every line end instead of between words (spaces keep their width).
  const base = { ...DEFAULT_BREAK_OPTIONS, lineEndStretch: justify ? 0 : opts.width };
  let breaks =
    breakLines(items, lineWidth, base) ??
    breakLines(items, lineWidth, { ...base, tolerance: 1.6 }) ??
    breakLines(items, lineWidth, { ...base, tolerance: 10 });
  if (!breaks) {
    // Emergency: cut boxes wider than the line into pieces that fit, then accept any spacing.
    const leadingWidth = leading.reduce((w, f) => w + ctx.fonts[f.face].measure(f.text, f.size), 0);
    splitOverfullBoxes(items, fragments, opts.width - opts.firstLineIndent - leadingWidth, ctx);
    breaks = breakLines(items, lineWidth, {
      ...base,
      tolerance: INFINITY - 1,
      lineEndStretch: opts.width,
    }) ?? [items.length - 1];
  }

  const lines: UnitLine[] = [];
  let start = 0;
  breaks.forEach((b, lineIndex) => {
    // Skip glue and non-forced penalties at the start of a line.
    while (start < b && (items[start] as Item).type !== 'box') start++;
    let natural = 0;
    let stretch = 0;
    let shrink = 0;
    for (let i = start; i < b; i++) {
      const item = items[i] as Item;
      if (item.type === 'box' || item.type === 'glue') natural += item.width;
      if (item.type === 'glue') {
        stretch += item.stretch;
        shrink += item.shrink;
      }
    }
    const breakItem = items[b] as Item;
    const hyphenated = breakItem.type === 'penalty' && breakItem.flagged && breakItem.width > 0;
    if (hyphenated) natural += breakItem.width;
    const target = opts.width;
    let ratio = 0;
    if (natural < target && stretch > 0) ratio = (target - natural) / stretch;
    else if (natural > target && shrink > 0) ratio = Math.max(-1, (target - natural) / shrink);
    const infiniteFill = stretch >= INFINITY;
    if (infiniteFill)
      ratio = natural > target && shrink > 0 ? Math.max(-1, (target - natural) / shrink) : 0;
    if (!justify) ratio = 0;

    const pieces: Piece[] = [];
    let used = 0;
    let maxStretch = 1;
    // Consecutive boxes in one style make one text piece (a word split at hyphenation points).
    let run: Fragment | null = null;
    let runText = '';
    let runWidth = 0;
    const endRun = (): void => {
      if (!run) return;
      pieces.push({
        kind: 'text',
        face: run.face,
        size: run.size,
        text: runText,
        width: runWidth,
        underline: run.underline,
      });
      run = null;
    };
    for (let i = start; i < b; i++) {
      const item = items[i] as Item;
      const f = fragments[i];
      if (item.type === 'box') {
        used += item.width;
        if (!f) continue; // indent
        if (run && run.face === f.face && run.size === f.size && run.underline === f.underline) {
          runText += f.text;
          runWidth += item.width;
        } else {
          endRun();
          run = f;
          runText = f.text;
          runWidth = item.width;
        }
      } else if (item.type === 'glue' && f && f.text === SPACE) {
        endRun();
        const w = item.width + (ratio >= 0 ? ratio * item.stretch : ratio * item.shrink);
        if (item.width > 0) maxStretch = Math.max(maxStretch, w / item.width);
        used += w;
        pieces.push({
          kind: 'space',
          face: f.face,
          size: f.size,
          width: w,
          underline: f.underline,
        });
      }
    }
    endRun();
    // Trailing spaces (before a forced break) are not drawn.
    while (pieces[pieces.length - 1]?.kind === 'space') used -= (pieces.pop() as Piece).width;
    let hyphen: Line['hyphen'] = null;
    if (hyphenated) {
      const lastText = [...pieces].reverse().find((p) => p.kind === 'text');
      const face = lastText?.face ?? 'regular';
      hyphen = { face, size: opts.size, width: breakItem.width };
      used += breakItem.width;
    }
    const indent = lineIndex === 0 ? opts.firstLineIndent : 0;
    const textWidth = used - indent;
    let x = opts.x + indent;
    if (!justify || infiniteFill) {
      if (opts.align === 'center') x = opts.x + (opts.width - used) / 2 + indent;
      if (opts.align === 'right') x = opts.x + opts.width - textWidth;
    }
    lines.push({
      x,
      // Baseline: the font's line (ascent + descent = 1.107 em for Times/Tinos) centred in the pitch.
      dy:
        opts.lineHeight * (lineIndex + 1) -
        (opts.lineHeight - 1.107 * opts.size) / 2 -
        0.216 * opts.size,
      boxWidth: opts.width - indent,
      width: textWidth,
      pieces,
      hyphen,
      justified: justify && !infiniteFill,
      stretch: justify && !infiniteFill ? maxStretch : 1,
    });
    start = b + 1;
  });
  return lines;
}

function splitOverfullBoxes(
  items: Item[],
  fragments: (Fragment | null)[],
  width: number,
  ctx: LayoutContext,
): void {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as Item;
    const f = fragments[i];
    if (item.type !== 'box' || !f || item.width <= width) continue;
    const face = ctx.fonts[f.face];
    const chunks: { text: string; width: number }[] = [];
    let chunk = '';
    for (const ch of f.text) {
      if (chunk !== '' && face.measure(chunk + ch, f.size) > width) {
        chunks.push({ text: chunk, width: face.measure(chunk, f.size) });
        chunk = '';
      }
      chunk += ch;
    }
    chunks.push({ text: chunk, width: face.measure(chunk, f.size) });
    const newItems: Item[] = [];
    const newFragments: (Fragment | null)[] = [];
    chunks.forEach((c, ci) => {
      if (ci > 0) {
        newItems.push({ type: 'penalty', width: 0, penalty: 0, flagged: false });
        newFragments.push(null);
      }
      newItems.push({ type: 'box', width: c.width });
      newFragments.push(withText(f, c.text));
    });
    items.splice(i, 1, ...newItems);
    fragments.splice(i, 1, ...newFragments);
  }
}

function lineUnits(lines: readonly UnitLine[], lineHeight: number, spaceBefore: number): Unit[] {
  return lines.map((line, i) => ({
    height: lineHeight,
    spaceBefore: i === 0 ? spaceBefore : 0,
    lines: [{ ...line, dy: line.dy - lineHeight * i }],
    rules: [],
    // Widow/orphan control: at least MIN_LINES_AT_PAGE_EDGE lines on each side of a break.
    breakBefore:
      i === 0 || (i >= MIN_LINES_AT_PAGE_EDGE && lines.length - i >= MIN_LINES_AT_PAGE_EDGE),
    forceBreakBefore: false,
  }));
}

function tableUnits(block: Extract<Block, { kind: 'table' }>, ctx: LayoutContext): Unit[] {
  const columns = Math.max(...block.rows.map((r) => r.cells.length));
  const weights =
    block.widths && block.widths.length === columns
      ? block.widths
      : Array.from({ length: columns }, () => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / total) * CONTENT_WIDTH);
  const lefts = widths.map(
    (_, i) => PAGE.marginLeft + widths.slice(0, i).reduce((a, b) => a + b, 0),
  );
  const border = 0.5;
  const header: Unit[] = [];
  const units: Unit[] = [];
  block.rows.forEach((row, rowIndex) => {
    const cellLines = row.cells.map((cell, ci) =>
      layoutParagraph(
        row.header
          ? cell.inlines.map((i) => (i.kind === 'text' ? { ...i, bold: true } : i))
          : cell.inlines,
        {
          x: (lefts[ci] ?? 0) + TABLE_CELL_PADDING,
          width: (widths[ci] ?? 0) - 2 * TABLE_CELL_PADDING,
          size: TABLE_SIZE,
          lineHeight: TABLE_LINE_HEIGHT,
          align: row.header ? 'center' : 'left',
          firstLineIndent: 0,
        },
        ctx,
      ),
    );
    const lineCount = Math.max(1, ...cellLines.map((l) => l.length));
    const height = lineCount * TABLE_LINE_HEIGHT + 2 * TABLE_CELL_PADDING;
    const rules: Unit['rules'][number][] = [];
    // Top and left borders of every cell; right border of the last; bottom of the row.
    for (let ci = 0; ci < columns; ci++) {
      rules.push({ x: lefts[ci] ?? 0, dy: 0, width: widths[ci] ?? 0, height: border });
      rules.push({ x: lefts[ci] ?? 0, dy: 0, width: border, height });
    }
    rules.push({ x: PAGE.marginLeft + CONTENT_WIDTH - border, dy: 0, width: border, height });
    rules.push({ x: PAGE.marginLeft, dy: height - border, width: CONTENT_WIDTH, height: border });
    const unit: Unit = {
      height,
      spaceBefore: rowIndex === 0 ? TABLE_SPACE : 0,
      lines: cellLines.flat().map((l) => ({ ...l, dy: l.dy + TABLE_CELL_PADDING })),
      rules,
      breakBefore: rowIndex === 0 || !block.rows[rowIndex - 1]?.header,
      forceBreakBefore: false,
      ...(row.header ? {} : { repeatHeader: header }),
    };
    if (row.header) header.push(unit);
    units.push(unit);
  });
  return units;
}

function signatureUnit(block: Extract<Block, { kind: 'signature' }>, ctx: LayoutContext): Unit {
  const lines: UnitLine[] = [];
  // One row: left text (date, role) and right text (place, signature line and name); returns its line count.
  const row = (left: readonly Inline[], right: readonly Inline[], dy: number): number => {
    const half = CONTENT_WIDTH / 2;
    const l = layoutParagraph(
      left,
      {
        x: PAGE.marginLeft,
        width: half,
        size: BODY_SIZE,
        lineHeight: LINE_HEIGHT,
        align: 'left',
        firstLineIndent: 0,
      },
      ctx,
    );
    const r = layoutParagraph(
      right,
      {
        x: PAGE.marginLeft + half,
        width: half,
        size: BODY_SIZE,
        lineHeight: LINE_HEIGHT,
        align: 'right',
        firstLineIndent: 0,
      },
      ctx,
    );
    for (const line of [...l, ...r])
      if (line.pieces.length > 0) lines.push({ ...line, dy: line.dy + dy });
    return Math.max(1, l.length, r.length);
  };
  let dy = row(block.date, block.place ?? [], 0) * LINE_HEIGHT;
  for (const signer of block.signers) {
    dy += SIGNER_SPACE_BEFORE;
    dy +=
      row(signer.role, [{ kind: 'text', text: `${SIGNATURE_LINE} ` }, ...signer.name], dy) *
      LINE_HEIGHT;
  }
  return {
    height: dy,
    spaceBefore: SIGNATURE_SPACE_BEFORE,
    lines,
    rules: [],
    breakBefore: true,
    forceBreakBefore: false,
  };
}

/** Vertical space that never takes a page break before it (space after a block). */
function spacer(height: number): Unit {
  return {
    height,
    spaceBefore: 0,
    lines: [],
    rules: [],
    breakBefore: false,
    forceBreakBefore: false,
  };
}

/** All flow units of a document, with their break rules. */
function flow(doc: FilingDocument, ctx: LayoutContext): Unit[] {
  const units: Unit[] = [];
  let keepPrevious = false; // the previous block asked to stay with this one
  let forceBreak = false;
  const push = (blockUnits: Unit[], keepWithNext: boolean): void => {
    const first = blockUnits[0];
    if (!first) return;
    if (keepPrevious) first.breakBefore = false;
    if (forceBreak) {
      first.forceBreakBefore = true;
      forceBreak = false;
    }
    units.push(...blockUnits);
    keepPrevious = keepWithNext;
  };
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'pageBreak':
        forceBreak = true;
        break;
      case 'addressee': {
        const blockUnits: Unit[] = [];
        block.lines.forEach((inlines, i) => {
          const lines = layoutParagraph(
            inlines,
            {
              x: PAGE.marginLeft + ADDRESSEE_INDENT,
              width: CONTENT_WIDTH - ADDRESSEE_INDENT,
              size: BODY_SIZE,
              lineHeight: LINE_HEIGHT,
              align: 'left',
              firstLineIndent: 0,
            },
            ctx,
          );
          const us = lineUnits(lines, LINE_HEIGHT, 0);
          us.forEach((u) => (u.breakBefore = false)); // the шапка stays whole on page 1
          if (i === 0 && us[0]) us[0].breakBefore = true;
          blockUnits.push(...us);
        });
        push(blockUnits, true);
        // Space after the шапка: carried by the next block's first unit.
        units.push(spacer(ADDRESSEE_SPACE_AFTER));
        break;
      }
      case 'paragraph': {
        const style = PARAGRAPH_STYLES[block.role];
        const inlines = style.bold
          ? block.inlines.map((i) => (i.kind === 'text' ? { ...i, bold: true } : i))
          : block.inlines;
        const lines = layoutParagraph(
          inlines,
          {
            x: PAGE.marginLeft,
            width: CONTENT_WIDTH,
            size: BODY_SIZE,
            lineHeight: LINE_HEIGHT,
            align: block.align ?? style.align,
            firstLineIndent: style.firstLineIndent,
          },
          ctx,
        );
        const us = lineUnits(lines, LINE_HEIGHT, style.spaceBefore);
        if (style.spaceAfter > 0) us.push(spacer(style.spaceAfter));
        push(us, block.keepWithNext ?? style.keepWithNext);
        break;
      }
      case 'list': {
        const style = LIST_STYLES[block.role];
        block.items.forEach((item, index) => {
          const label: Fragment = {
            text: `${style.label(index + 1)}\u00A0`,
            face: 'regular',
            size: BODY_SIZE,
            underline: false,
          };
          const lines = layoutParagraph(
            item.inlines,
            {
              x: PAGE.marginLeft,
              width: CONTENT_WIDTH,
              size: BODY_SIZE,
              lineHeight: LINE_HEIGHT,
              align: 'justify',
              firstLineIndent: style.firstLineIndent,
              leading: [label],
            },
            ctx,
          );
          push(lineUnits(lines, LINE_HEIGHT, 0), false);
        });
        break;
      }
      case 'table':
        push(tableUnits(block, ctx), false);
        units.push(spacer(TABLE_SPACE));
        break;
      case 'signature': {
        const unit = signatureUnit(block, ctx);
        // Never alone on a page: no break before it nor before the last line of the text above.
        unit.breakBefore = false;
        let k = units.length - 1;
        while (k >= 0 && (units[k] as Unit).lines.length === 0) k--;
        if (k >= 0) (units[k] as Unit).breakBefore = false;
        push([unit], false);
        break;
      }
    }
  }
  return units;
}

/** Fill pages: the latest allowed break before the first unit that does not fit. */
function paginate(units: readonly Unit[]): Page[] {
  const top = PAGE.marginTop;
  const bottom = PAGE.height - PAGE.marginBottom;
  const pages: Page[] = [];
  let i = 0;
  while (i < units.length) {
    const placed: { unit: Unit; y: number }[] = [];
    let y = top;
    const startIndex = i;
    // Repeat table headers when the page starts inside a table.
    const first = units[i] as Unit;
    if (
      pages.length > 0 &&
      first.repeatHeader &&
      first.repeatHeader.length > 0 &&
      !first.repeatHeader.includes(first)
    ) {
      for (const h of first.repeatHeader) {
        placed.push({ unit: h, y });
        y += h.height;
      }
    }
    const headerCount = placed.length;
    let j = i;
    for (; j < units.length; j++) {
      const unit = units[j] as Unit;
      if (j > startIndex && unit.forceBreakBefore) break;
      const space = placed.length > headerCount ? unit.spaceBefore : 0;
      if (y + space + unit.height > bottom + 0.01 && j > startIndex) {
        // Back up to the latest unit before which a break is allowed.
        let k = j;
        while (k > startIndex + 1 && !(units[k] as Unit).breakBefore) k--;
        if (k > startIndex + 1 || (units[k] as Unit).breakBefore) {
          placed.splice(headerCount + (k - startIndex));
          j = k;
        }
        break;
      }
      placed.push({ unit, y: y + space });
      y += space + unit.height;
    }
    if (j === startIndex) j = startIndex + 1; // a unit taller than a page: place it anyway
    i = j;
    const lines: Line[] = [];
    const rules: Rule[] = [];
    for (const { unit, y: uy } of placed) {
      for (const l of unit.lines)
        lines.push({
          x: l.x,
          y: uy + l.dy,
          boxWidth: l.boxWidth,
          width: l.width,
          pieces: l.pieces,
          hyphen: l.hyphen,
          justified: l.justified,
          stretch: l.stretch,
        });
      for (const r of unit.rules)
        rules.push({ x: r.x, y: uy + r.dy, width: r.width, height: r.height });
    }
    pages.push({ number: pages.length + 1, lines, rules });
  }
  return pages;
}

export function layoutDocument(doc: FilingDocument, ctx: LayoutContext): LayoutResult {
  return { pages: paginate(flow(doc, ctx)) };
}
