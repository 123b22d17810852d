/** Nearest-rank percentile (p in 0–100) of unsorted values; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export const mean = (values: readonly number[]): number =>
  values.length === 0 ? NaN : values.reduce((a, v) => a + v, 0) / values.length;

/** Standard error of the mean (sample standard deviation / √n); NaN under two values. */
export function standardError(values: readonly number[]): number {
  if (values.length < 2) return NaN;
  const m = mean(values);
  const variance = values.reduce((a, v) => a + (v - m) ** 2, 0) / (values.length - 1);
  return Math.sqrt(variance / values.length);
}

/** The mean and its 95 % confidence interval (normal approximation: ± 1.96 standard errors). */
export function meanWithCi(values: readonly number[]): {
  readonly mean: number;
  readonly ci: readonly [number, number];
} {
  const m = mean(values);
  const half = 1.96 * standardError(values);
  return { mean: m, ci: [m - half, m + half] };
}
