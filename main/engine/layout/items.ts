/**
 * A paragraph's inline runs as Knuth–Plass items (layout's first step, before line breaking in
 * lines.ts): words are boxes, spaces glue, hyphenation points and explicit hyphens penalties, each
 * box and glue with the fragment of text it draws.
 */
import type { Inline, TextRun } from '../model.ts';
import { faceOf, type FaceName } from '../fonts/faces.ts';
import { INFINITY, type Glue, type Item, type Penalty } from './breaker.ts';
import type { LayoutContext } from './layout.ts';

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

export function withText(f: Fragment, text: string): Fragment {
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
export const SPACE = ' ';

const WORD_CORE = /^([^\p{L}\p{N}]*)([\p{L}\p{N}\p{M}\u00AD'’-]*?[\p{L}\p{M}])([^\p{L}\p{N}]*)$/u;

/**
 * Turn inline runs into Knuth–Plass items. Spaces are glue, U+00A0 is part of a word (never a
 * break), explicit hyphens allow a break after them, hyphenation points are flagged penalties.
 */
export function itemsFor(
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
