/**
 * Line breaking, the first stage of layout: a paragraph's Knuth–Plass items (items.ts: words,
 * spaces, hyphenation points) → lines of pieces with their widths, cached per paragraph.
 */
import type { Align, Inline } from '../model.ts';
import { LRUCache } from 'lru-cache';
import type { FontSet } from '../fonts/faces.ts';
import { breakLines, DEFAULT_BREAK_OPTIONS, INFINITY, type Item } from './breaker.ts';
import { countCache } from '../cache-stats.ts';
import type { LayoutContext, Line, Piece, WordBreaker } from './layout.ts';
import { itemsFor, SPACE, withText, type Fragment } from './items.ts';

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
