/**
 * Line breaking, the first stage of layout: a paragraph's inline runs → Knuth–Plass items (words,
 * spaces, hyphenation points) → lines of pieces with their widths, cached per paragraph.
 */
import type { Align, Inline, TextRun } from '../model.ts';
import { LRUCache } from 'lru-cache';
import { faceOf, type FaceName, type FontSet } from '../fonts/faces.ts';
import {
  breakLines,
  DEFAULT_BREAK_OPTIONS,
  INFINITY,
  type Glue,
  type Item,
  type Penalty,
} from './breaker.ts';
import { countCache } from '../cache-stats.ts';
import type { LayoutContext, Line, Piece, WordBreaker } from './layout.ts';

/** Lines of one flow unit before they get a page position. */
export interface UnitLine {
  readonly x: number;
  readonly dy: number; // baseline offset from the unit's top
  readonly boxWidth: number;
  readonly width: number;
  readonly pieces: readonly Piece[];
  readonly hyphen: Line['hyphen'];
  readonly justified: boolean;
  readonly stretch: number;
}

export interface Fragment {
  readonly text: string;
  readonly face: FaceName;
  readonly size: number;
  readonly underline: boolean;
}

// Literals of one shape, not spreads: a document has thousands of fragments, and a spread copy
// costs V8 several times a plain object (layout is most of a batch's time).
export function fragment(text: string, face: FaceName, size: number, underline: boolean): Fragment {
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
/**
 * Letters of the paragraph's last word a hyphen may carry to the last line, at the least: five
 * at 14 pt are about the paragraph indent, and a last line should not be shorter. The last word
 * used never to be hyphenated: with a name tied before it, «…по передаче Ковалёва Игоря
 * Сергеевича» then stood alone over «незаконными;» with gaps four times a space.
 */
const LAST_LINE_MIN_LETTERS = 5;
const SPACE = ' ';

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
  // Spaces and hyphenation points of one face and size are the same item: the breaker never
  // changes one, and a 40-page paragraph's 60 000 items, each with its boxed numbers, would
  // otherwise outlive young-generation collections and be copied into the old generation.
  const glues = new Map<number, Glue>();
  const hyphens = new Map<number, Penalty>();
  const pushGlue = (f: Fragment, width: number, stretch: number, shrink: number): void => {
    let glue = glues.get(width);
    if (!glue || glue.stretch !== stretch || glue.shrink !== shrink) {
      glue = { type: 'glue', width, stretch, shrink };
      glues.set(width, glue);
    }
    items.push(glue);
    fragments.push(f);
  };
  const pushPenalty = (width: number, penalty: number, flagged: boolean): void => {
    const shared = flagged && penalty === HYPHEN_PENALTY;
    let item = shared ? hyphens.get(width) : undefined;
    if (!item) {
      item = { type: 'penalty', width, penalty, flagged };
      if (shared) hyphens.set(width, item);
    }
    items.push(item);
    fragments.push(null);
  };

  for (const f of leading) pushBox(f, ctx.fonts[f.face].measure(f.text, f.size));

  interface Word {
    readonly fragments: Fragment[];
    readonly noHyphenate: boolean[];
    spaceBefore: Fragment | null;
    forcedBreakBefore: boolean;
  }
  const space = (f: Fragment): number => ctx.fonts[f.face].measure(SPACE, f.size);
  const emit = (word: Word, wordIndex: number, isLast: boolean): void => {
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
    word.fragments.forEach((part, fi) => {
      const face = ctx.fonts[part.face];
      const hyphenWidth = face.measure('-', part.size);
      const pieces = splitAtBreaks(
        part.text,
        ctx,
        !word.noHyphenate[fi],
        isLast ? LAST_LINE_MIN_LETTERS : 0,
      );
      pieces.forEach((piece, pi) => {
        if (pi > 0)
          pushPenalty(
            piece.hyphenBefore ? hyphenWidth : 0,
            piece.hyphenBefore ? HYPHEN_PENALTY : 0,
            piece.hyphenBefore,
          );
        const text = piece.text;
        const width = face.measure(text, part.size);
        if (width > 0) pushBox(text === part.text ? part : withText(part, text), width);
      });
    });
  };

  // Words are turned into items one behind as they are read: the paragraph's last word is
  // hyphenated only leaving LAST_LINE_MIN_LETTERS for the last line (and the breaker adds
  // finalHyphenDemerits), so a word is known not to be the last only when the next one starts.
  // Holding one word rather than all keeps a 40-page paragraph's words from outliving
  // young-generation collections.
  let held: Word | null = null;
  let emitted = 0;
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
    const spaceOfRun = fragment(SPACE, face, size, underline);
    parts.forEach((part, index) => {
      if (index > 0) {
        current = null;
        pendingSpace = spaceOfRun;
      }
      if (part === '') return;
      if (!current) {
        if (held) emit(held, emitted++, false);
        current = {
          fragments: [],
          noHyphenate: [],
          spaceBefore: pendingSpace,
          forcedBreakBefore: pendingBreak,
        };
        held = current;
        pendingSpace = null;
        pendingBreak = false;
      }
      current.fragments.push(fragment(part, face, size, underline));
      current.noHyphenate.push(!!run.noHyphenate);
    });
  }
  if (held) emit(held, emitted++, true);
  // A trailing break carries no text.
  if (pendingBreak)
    emit(
      { fragments: [], noHyphenate: [], spaceBefore: null, forcedBreakBefore: true },
      emitted,
      true,
    );
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
  minTail: number,
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
    const all = ctx.breaker.breakPoints(core);
    const points = minTail > 0 ? all.filter((p) => core.length - p >= minTail) : all;
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

export interface ParagraphOptions {
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
/**
 * And at most this many characters of text in all: laid-out lines hold about 45 bytes a
 * character (measured on statements of facts), so 2 000 000 characters are some 90 MB. By count
 * alone, a batch of filings whose facts are one long paragraph each (a CSV cell with no line
 * breaks, up to 200 000 characters) kept 30-odd of them, 8 MB each, in every render worker.
 */
export const PARAGRAPH_CACHE_CHARS = 2_000_000;

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
export function layoutParagraph(
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
    cache = new LRUCache({
      max: PARAGRAPH_CACHE_SIZE,
      maxSize: PARAGRAPH_CACHE_CHARS,
      // The key holds the paragraph's text once, with a few dozen characters of geometry.
      sizeCalculation: (_lines, key) => key.length,
    });
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
  let breaks = breakLines(items, lineWidth, base);
  if (!breaks) {
    // Emergency: cut boxes wider than the line into pieces that fit, then accept any spacing.
    const leadingWidth = leading.reduce((w, f) => w + ctx.fonts[f.face].measure(f.text, f.size), 0);
    splitOverfullBoxes(items, fragments, opts.width - opts.firstLineIndent - leadingWidth, ctx);
    breaks = breakLines(items, lineWidth, {
      ...base,
      tolerance: INFINITY - 1,
      escalation: [],
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
