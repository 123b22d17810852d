import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mean, meanWithCi, median, percentile, standardError } from '../../bench/stats.ts';

describe('bench statistics', () => {
  it('percentiles are nearest-rank', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4], 25)).toBe(1);
    expect(percentile([1, 2, 3, 4], 75)).toBe(3);
    expect(median([])).toBeNaN();
  });

  it('the standard error is the sample deviation over √n', () => {
    // Deviations −1.5, −0.5, 0.5, 1.5: sample variance 5/3, over n = 4.
    expect(standardError([1, 2, 3, 4])).toBeCloseTo(Math.sqrt(5 / 3 / 4), 12);
    expect(standardError([7])).toBeNaN();
    expect(mean([])).toBeNaN();
  });

  it('the interval is centred on the mean, 1.96 standard errors each side, and holds it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 50 }),
        (values) => {
          const { mean: m, ci } = meanWithCi(values);
          const half = 1.96 * standardError(values);
          expect(ci[0]).toBeCloseTo(m - half, 6);
          expect(ci[1]).toBeCloseTo(m + half, 6);
          expect(ci[0]).toBeLessThanOrEqual(m + 1e-9);
          expect(m).toBeLessThanOrEqual(ci[1] + 1e-9);
        },
      ),
    );
  });

  it('a constant series has no spread', () => {
    expect(meanWithCi([2, 2, 2]).ci).toEqual([2, 2]);
  });
});
