import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seededRandom } from '../../../bench/variants.ts';
import {
  breakLines,
  DEFAULT_BREAK_OPTIONS,
  INFINITY,
  type BreakOptions,
  type Item,
} from '../../../main/engine/layout/breaker.ts';

const WIDTH = 500;
const glue: Item = { type: 'glue', width: 10, stretch: 6, shrink: 3 };
const word = (width: number): Item => ({ type: 'box', width });
const end: Item[] = [
  { type: 'glue', width: 0, stretch: INFINITY, shrink: 0 },
  { type: 'penalty', width: 0, penalty: -INFINITY, flagged: false },
];
/** Words separated by glue, closed the way every paragraph is. */
const paragraph = (widths: readonly number[]): Item[] => [
  ...widths.flatMap((w, i) => (i === 0 ? [word(w)] : [glue, word(w)])),
  ...end,
];

const TIGHT = 430;

/** TeX's whole-paragraph passes, each tolerance over the paragraph until one succeeds. */
function wholePasses(items: readonly Item[], options: BreakOptions = DEFAULT_BREAK_OPTIONS) {
  for (const tolerance of [options.tolerance, ...options.escalation]) {
    const breaks = breakLines(items, () => WIDTH, { ...options, tolerance, escalation: [] });
    if (breaks) return breaks;
  }
  return null;
}

/** Each line's adjustment ratio, computed the way the breaker defines it. */
function ratios(items: readonly Item[], breaks: readonly number[]): number[] {
  let start = 0;
  return breaks.map((b) => {
    while (start < b && items[start]?.type !== 'box') start++;
    let natural = 0;
    let stretch = 0;
    let shrink = 0;
    for (let i = start; i < b; i++) {
      const item = items[i] as Item;
      if (item.type !== 'penalty') natural += item.width;
      if (item.type === 'glue') {
        stretch += item.stretch;
        shrink += item.shrink;
      }
    }
    const at = items[b] as Item;
    if (at.type === 'penalty') natural += at.width;
    start = b;
    if (stretch >= INFINITY) return 0;
    return natural <= WIDTH ? (WIDTH - natural) / stretch : (WIDTH - natural) / shrink;
  });
}

/**
 * Prose as the layout sets it at 14 pt, seeded: words of 2 to 12 letters of 7 points, split at
 * hyphenation points every two or three letters, spaces of 3.5 points that stretch by 0.6 and
 * shrink by a third. `spotsAt` (word indices) puts a tight spot there: a 430-point run no
 * hyphenation may split, between two 55-point words. A line holding it and one of them is loose
 * (ratio 5.5); with both, or with any piece of another word (14 points at least), it overflows.
 */
function prose(
  words: number,
  seed: number,
  spotsAt: readonly number[] = [],
): { items: Item[]; spots: number[] } {
  const random = seededRandom(seed);
  const space: Item = { type: 'glue', width: 3.5, stretch: 2.1, shrink: 1.17 };
  const hyphen: Item = { type: 'penalty', width: 10, penalty: 50, flagged: true };
  const items: Item[] = [];
  const spots: number[] = [];
  for (let i = 0; i < words; i++) {
    if (i > 0) items.push(space);
    if (spotsAt.includes(i)) {
      spots.push(items.length + 2);
      items.push(word(55), space, word(TIGHT), space, word(55));
      continue;
    }
    const letters = 2 + Math.floor(random() * 11);
    const syllables = Math.max(1, Math.floor(letters / 2.5));
    for (let s = 0; s < syllables; s++) {
      if (s > 0) items.push(hyphen);
      items.push(word((letters / syllables) * 7));
    }
  }
  return { items: [...items, ...end], spots };
}

const item = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 15, max: 90 }).map(word) },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 480 }).map(word) },
  {
    weight: 2,
    arbitrary: fc
      .integer({ min: 15, max: 60 })
      .map((w): Item[] => [word(w), { type: 'penalty', width: 8, penalty: 50, flagged: true }]),
  },
);
const randomParagraph = fc
  .array(item, { minLength: 1, maxLength: 160 })
  .map((parts) => [
    ...parts.flatMap((p, i) => [...(i === 0 ? [] : [glue]), ...(Array.isArray(p) ? p : [p])]),
    ...end,
  ]);

describe('line breaking with local escalation', () => {
  it('breaks a paragraph shorter than the window exactly as whole passes would (property)', () => {
    fc.assert(
      fc.property(randomParagraph, (items) => {
        expect(breakLines(items, () => WIDTH)).toEqual(wholePasses(items));
      }),
      { numRuns: 300 },
    );
  });

  it('finds breaks whenever the loosest whole pass would, with every line within it (property)', () => {
    fc.assert(
      fc.property(randomParagraph, fc.integer({ min: 4, max: 60 }), (items, window) => {
        const options = { ...DEFAULT_BREAK_OPTIONS, emergencyWindow: window };
        const local = breakLines(items, () => WIDTH, options);
        const loosest = breakLines(items, () => WIDTH, {
          ...options,
          tolerance: 10,
          escalation: [],
        });
        expect(local === null).toBe(loosest === null);
        if (!local) return;
        expect(local.at(-1)).toBe(items.length - 1);
        for (const ratio of ratios(items, local)) {
          expect(ratio).toBeGreaterThanOrEqual(-1 - 1e-9);
          expect(ratio).toBeLessThanOrEqual(10 + 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('pays for an emergency the work of its window, not of its paragraph', () => {
    // Work is counted in lines weighed (each a call of lineWidth), which is what time follows.
    const work = (items: readonly Item[], passes: readonly (readonly number[])[]): number => {
      let lines = 0;
      for (const [tolerance = 1, ...escalation] of passes)
        if (
          breakLines(items, () => (lines++, WIDTH), {
            ...DEFAULT_BREAK_OPTIONS,
            tolerance,
            escalation,
          })
        )
          break;
      return lines;
    };
    const local = [[1, 1.6, 10]];
    const whole = [[1], [1.6], [10]];
    // What one tight spot in the middle adds to the same prose, at two lengths.
    const added = (words: number, passes: readonly (readonly number[])[]): number =>
      work(prose(words, 5, [words / 2]).items, passes) - work(prose(words, 5).items, passes);

    expect(added(3000, local)).toBeGreaterThan(0);
    expect(added(12_000, local)).toBeLessThan(1.1 * added(3000, local));
    // Whole passes set the paragraph again at the loosest tolerance, so theirs grows with it.
    expect(added(12_000, whole)).toBeGreaterThan(3 * added(3000, whole));
    expect(added(3000, whole)).toBeGreaterThan(10 * added(3000, local));

    // And only the lines near the spot are set past the second tolerance.
    const { items, spots } = prose(12_000, 5, [6000]);
    const breaks = breakLines(items, () => WIDTH) ?? [];
    const lineRatios = ratios(items, breaks);
    const loose = breaks.filter((_, line) => (lineRatios[line] ?? 0) > 1.6 + 1e-9);
    expect(loose.length).toBeGreaterThan(0);
    for (const end of loose)
      expect(Math.abs(end - (spots[0] ?? 0))).toBeLessThanOrEqual(
        DEFAULT_BREAK_OPTIONS.emergencyWindow,
      );
  });

  it('gives up, for the caller’s emergency, only when no tolerance can set a line', () => {
    // Wider than the line: no break can hold it at any tolerance.
    const items = paragraph([...Array.from({ length: 800 }, () => 40), 600, 40]);
    expect(breakLines(items, () => WIDTH)).toBeNull();
  });
});
