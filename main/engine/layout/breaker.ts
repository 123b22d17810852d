/**
 * Knuth–Plass total-fit line breaking (Knuth & Plass, "Breaking Paragraphs into Lines", 1981):
 * every feasible set of breaks is weighed at once, so a paragraph never gets one loose line to
 * save a tight one the way greedy justification does. Additions: at most two consecutive
 * hyphenated lines, and looser tolerances tried only around the place a paragraph fails.
 */

export interface Box {
  readonly type: 'box';
  readonly width: number;
}
export interface Glue {
  readonly type: 'glue';
  readonly width: number;
  readonly stretch: number;
  readonly shrink: number;
}
export interface Penalty {
  readonly type: 'penalty';
  readonly width: number;
  readonly penalty: number;
  readonly flagged: boolean;
}
export type Item = Box | Glue | Penalty;

export const INFINITY = 10_000;

export interface BreakOptions {
  /** Highest adjustment ratio accepted (TeX's tolerance, as a ratio: 1 = all stretch used). */
  readonly tolerance: number;
  /**
   * Looser tolerances, tried in turn where no set of breaks keeps within the one before: each
   * over the whole paragraph, as TeX's passes are, except the last. That one, the emergency,
   * costs some ten times a pass at the others, and a 40-page paragraph would need it somewhere
   * as surely as a short one seldom does; so it first loosens only the lines ending within
   * `emergencyWindow` items either side of the place the paragraph failed, and the rest of the
   * paragraph keeps the tighter spacing. Only if that fails is the whole paragraph loosened.
   * A paragraph no longer than the window is broken exactly as by whole passes.
   */
  readonly escalation: readonly number[];
  readonly emergencyWindow: number;
  readonly linePenalty: number;
  readonly flaggedDemerits: number;
  /** Added when the paragraph's last line follows a hyphen (TeX's \finalhyphendemerits). */
  readonly finalHyphenDemerits: number;
  readonly fitnessDemerits: number;
  readonly maxConsecutiveHyphens: number;
  /**
   * Stretch every line has at its end (TeX's \rightskip): 0 when justified; for ragged text a
   * line's worth, so that a line holding one long word is still feasible.
   */
  readonly lineEndStretch: number;
}

export const DEFAULT_BREAK_OPTIONS: BreakOptions = {
  tolerance: 1,
  escalation: [1.6, 10],
  // About ten lines of justified text at 14 pt (some 38 items a line, counting hyphenation
  // points): most paragraphs of a filing are shorter, and are broken as by whole passes.
  emergencyWindow: 400,
  linePenalty: 10,
  flaggedDemerits: 3000,
  finalHyphenDemerits: 5000,
  fitnessDemerits: 100,
  maxConsecutiveHyphens: 2,
  lineEndStretch: 0,
};

interface Node {
  readonly position: number;
  readonly line: number;
  readonly fitness: number;
  readonly width: number;
  readonly stretch: number;
  readonly shrink: number;
  readonly demerits: number;
  readonly hyphens: number;
  readonly previous: Node | null;
}

function fitnessClass(ratio: number): number {
  if (ratio < -0.5) return 0;
  if (ratio <= 0.5) return 1;
  if (ratio <= 1) return 2;
  return 3;
}

/**
 * Returns the item indices of the chosen breaks (the last is the paragraph end), or null when no set of breaks keeps
 * every line within the tolerance. `lineWidth(n)` gives the width of line n (0-based).
 */
export function breakLines(
  items: readonly Item[],
  lineWidth: (line: number) => number,
  options: BreakOptions = DEFAULT_BREAK_OPTIONS,
): number[] | null {
  const n = items.length;
  // Running sums so a line's natural width, stretch and shrink are O(1).
  const sumWidth = new Float64Array(n + 1);
  const sumStretch = new Float64Array(n + 1);
  const sumShrink = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const item = items[i] as Item;
    sumWidth[i + 1] = (sumWidth[i] as number) + (item.type === 'penalty' ? 0 : item.width);
    sumStretch[i + 1] = (sumStretch[i] as number) + (item.type === 'glue' ? item.stretch : 0);
    sumShrink[i + 1] = (sumShrink[i] as number) + (item.type === 'glue' ? item.shrink : 0);
  }

  const start: Node[] = [
    {
      position: 0,
      line: 0,
      fitness: 1,
      width: 0,
      stretch: 0,
      shrink: 0,
      demerits: 0,
      hyphens: 0,
      previous: null,
    },
  ];
  let active = start;

  // Totals after a break: the glue and penalties that follow it are discarded at the line start.
  const totalsAfter = (b: number): { width: number; stretch: number; shrink: number } => {
    let i = b;
    while (i < n) {
      const item = items[i] as Item;
      if (item.type === 'box') break;
      if (item.type === 'penalty' && item.penalty === -INFINITY && i > b) break;
      i++;
    }
    return {
      width: sumWidth[i] as number,
      stretch: sumStretch[i] as number,
      shrink: sumShrink[i] as number,
    };
  };

  // The tolerance of a line is that of the item it ends at. Where no break survives, the lines
  // ending around that item get the next tolerance and the pass resumes from the active list it
  // had before them: the lists are never changed once made, so keeping them is keeping pointers.
  const window = options.emergencyWindow;
  const tolerance = new Float64Array(n).fill(options.tolerance);
  const ladder = [options.tolerance, ...options.escalation];
  const emergency = ladder.length - 1;
  let wholeLevel = 0;
  let emergencyEnd = -1;
  const activeBefore: (Node[] | undefined)[] = new Array<Node[] | undefined>(n);
  /** Raises the tolerance of the lines ending in [from, to); false if none was lower. */
  const loosen = (from: number, to: number, level: number): boolean => {
    const value = ladder[level] as number;
    let changed = false;
    for (let i = from; i < to; i++)
      if ((tolerance[i] as number) < value) {
        tolerance[i] = value;
        changed = true;
      }
    return changed;
  };

  for (let b = 0; b < n; b++) {
    activeBefore[b] = active;
    if (b > window + 1) activeBefore[b - window - 1] = undefined;
    const item = items[b] as Item;
    let legal = false;
    if (item.type === 'penalty') legal = item.penalty < INFINITY;
    else if (item.type === 'glue') legal = b > 0 && (items[b - 1] as Item).type === 'box';
    if (!legal) continue;

    const penalty = item.type === 'penalty' ? item.penalty : 0;
    const flagged = item.type === 'penalty' && item.flagged;
    const breakWidth = item.type === 'penalty' ? item.width : 0;
    const lineTolerance = tolerance[b] as number;
    const candidates: (Node | null)[] = [null, null, null, null];
    const next: Node[] = [];

    for (const a of active) {
      const natural = (sumWidth[b] as number) - a.width + breakWidth;
      const target = lineWidth(a.line);
      let ratio: number;
      if (natural < target) {
        const stretch = (sumStretch[b] as number) - a.stretch + options.lineEndStretch;
        ratio = stretch > 0 ? (target - natural) / stretch : INFINITY;
      } else if (natural > target) {
        const shrink = (sumShrink[b] as number) - a.shrink;
        ratio = shrink > 0 ? (target - natural) / shrink : -INFINITY;
      } else {
        ratio = 0;
      }
      const forced = item.type === 'penalty' && penalty === -INFINITY;
      if (ratio >= -1 && !forced) next.push(a); // stays active unless the line is overfull or a forced break passed it
      if (ratio < -1 || ratio > lineTolerance) continue;
      if (flagged && a.hyphens >= options.maxConsecutiveHyphens) continue;
      const badness = 100 * Math.abs(ratio) ** 3;
      let demerits = (options.linePenalty + badness) ** 2;
      if (penalty >= 0) demerits += penalty ** 2;
      else if (penalty > -INFINITY) demerits -= penalty ** 2;
      const previousFlagged = a.hyphens > 0;
      if (flagged && previousFlagged) demerits += options.flaggedDemerits;
      if (b === n - 1 && previousFlagged) demerits += options.finalHyphenDemerits;
      const fitness = fitnessClass(ratio);
      if (Math.abs(fitness - a.fitness) > 1) demerits += options.fitnessDemerits;
      demerits += a.demerits;
      const current = candidates[fitness];
      if (!current || demerits < current.demerits) {
        const totals = totalsAfter(b);
        candidates[fitness] = {
          position: b,
          line: a.line + 1,
          fitness,
          width: totals.width,
          stretch: totals.stretch,
          shrink: totals.shrink,
          demerits,
          hyphens: flagged ? a.hyphens + 1 : 0,
          previous: a,
        };
      }
    }
    for (const c of candidates) if (c) next.push(c);
    active = next;
    if (active.length > 0) continue;

    // No break survives item b: the next whole pass, or at the emergency a window around b
    // first — unless b is inside the last window, which was not enough.
    let from = Math.max(0, b - window);
    const to = Math.min(n, b + window + 1);
    if (wholeLevel === emergency - 1 && b > emergencyEnd && loosen(from, to, emergency)) {
      emergencyEnd = to - 1;
    } else {
      from = 0;
      if (wholeLevel === emergency || !loosen(0, n, ++wholeLevel)) return null;
    }
    // Lists older than the window were let go; one from further back is as good a place to resume.
    while (from > 0 && !activeBefore[from]) from--;
    active = from === 0 ? start : (activeBefore[from] as Node[]);
    b = from - 1;
  }

  // The paragraph ends with a forced break, so the survivors end there: take the cheapest.
  let best: Node | null = null;
  for (const a of active)
    if (a.position === n - 1 && (!best || a.demerits < best.demerits)) best = a;
  if (!best) return null;
  const breaks: number[] = [];
  for (let node: Node | null = best; node && node.previous; node = node.previous)
    breaks.push(node.position);
  breaks.reverse();
  return breaks;
}
