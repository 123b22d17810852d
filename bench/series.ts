/**
 * What a bench series is: a module that measures something against its peer in this run and
 * returns rows. `bench/index.ts` runs the modules of its SERIES list in order and prints them; a
 * new series is one module and one line in that list.
 */
import type { CacheCount, CacheName } from '../main/engine/index.ts';
import { percentile } from './stats.ts';

export interface BenchContext {
  /** Seconds each time-bounded measurement runs for (REFUGE_BENCH_SECONDS). */
  readonly seconds: number;
  readonly json: boolean;
  /** Progress and notes, on stdout in text mode, silent with --json. */
  log(line: string): void;
}

/** One measure, ours beside the peer's; `ratio` > 1 means we are better. */
export interface Row {
  readonly what: string;
  readonly ours: number;
  readonly peer: number | null;
  readonly ratio: number | null;
  readonly unit: string;
  readonly target: string;
}

export interface SeriesResult {
  /** Key in the JSON output. */
  readonly id: string;
  readonly title: string;
  readonly rows: readonly Row[];
  /** Series with the same row names print side by side in one table. */
  readonly sideBySide?: boolean;
  /** Lines printed under the table (counts, hit rates, what the peer ran). */
  readonly notes: readonly string[];
  /** Anything else the JSON should carry (counts, hit rates, raw timings). */
  readonly data: Readonly<Record<string, unknown>>;
}

export interface BenchSeries {
  readonly id: string;
  run(ctx: BenchContext): Promise<SeriesResult>;
}

export function row(
  what: string,
  unit: string,
  ours: number,
  peer: number | null,
  higherIsBetter: boolean,
  target = '',
): Row {
  const ratio = peer === null ? null : higherIsBetter ? ours / peer : peer / ours;
  return { what, ours, peer, ratio, unit, target };
}

export interface Timing {
  readonly documents: number;
  readonly p50: number;
  readonly p95: number;
  readonly docsPerSecond: number;
}

export function timing(times: readonly number[]): Timing {
  const total = times.reduce((a, b) => a + b, 0);
  return {
    documents: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    docsPerSecond: (times.length / total) * 1000,
  };
}

type Engine<T> = (input: T) => Promise<unknown>;

/**
 * Engines take turns in slices of about a second each: short against a shared machine whose
 * speed swings from one minute to the next (both see the same load), long against what one
 * engine leaves behind for the next — garbage collected on the other's time, caches of the CPU.
 * Each engine's own garbage collection counts as it happens, as in a real process.
 */
const SLICE_MS = 1000;

/** Times of one engine over `inputs` from `cursor`, for one slice; returns the new cursor. */
async function slice<T>(
  inputs: readonly T[],
  cursor: number,
  fn: Engine<T>,
  into: number[],
  wrap: boolean,
): Promise<number> {
  const started = performance.now();
  let at = cursor;
  while (performance.now() - started < SLICE_MS && (wrap || at < inputs.length)) {
    const input = inputs[at % inputs.length] as T;
    const t0 = performance.now();
    await fn(input);
    into.push(performance.now() - t0);
    at++;
  }
  return at;
}

/**
 * Each input once, in order, through every engine, the engines taking turns by slices: no input
 * is timed twice by one engine, so nothing is served from its own cache. Times per engine.
 */
export async function timeEach<T>(
  inputs: readonly T[],
  engines: readonly Engine<T>[],
): Promise<number[][]> {
  const times = engines.map(() => [] as number[]);
  const cursors = engines.map(() => 0);
  while (cursors.some((c) => c < inputs.length))
    for (const [e, fn] of engines.entries())
      if ((cursors[e] ?? 0) < inputs.length)
        cursors[e] = await slice(inputs, cursors[e] ?? 0, fn, times[e] as number[], false);
  return times;
}

/**
 * Inputs round-robin through every engine, the engines taking turns by slices, for at least
 * `seconds` and at least one pass each (a batch repeats its filing). Times per engine.
 */
export async function timeFor<T>(
  inputs: readonly T[],
  engines: readonly Engine<T>[],
  seconds: number,
): Promise<number[][]> {
  const times = engines.map(() => [] as number[]);
  const cursors = engines.map(() => 0);
  const started = performance.now();
  while (performance.now() - started < seconds * 1000 || cursors.some((c) => c < inputs.length))
    for (const [e, fn] of engines.entries())
      cursors[e] = await slice(inputs, cursors[e] ?? 0, fn, times[e] as number[], true);
  return times;
}

export type CacheRates = Record<CacheName, CacheCount & { hitRate: number }>;

export function hitRates(stats: Record<CacheName, CacheCount>): CacheRates {
  const out = {} as CacheRates;
  for (const [name, c] of Object.entries(stats) as [CacheName, CacheCount][]) {
    const lookups = c.hits + c.misses;
    out[name] = { ...c, hitRate: lookups === 0 ? 0 : c.hits / lookups };
  }
  return out;
}

export function formatHitRates(rates: CacheRates): string {
  return (Object.entries(rates) as [CacheName, CacheCount & { hitRate: number }][])
    .map(
      ([name, c]) =>
        `${name} ${(c.hitRate * 100).toFixed(0)} % (${c.hits} hits / ${c.hits + c.misses})`,
    )
    .join(', ');
}
