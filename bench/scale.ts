/**
 * Linear everywhere: time and memory per unit as a filing or a batch grows 100×. Series:
 * - a statement of facts of 1, 10, 100 and 300 pages (per page of 2 520 characters; PDF and DOCX);
 * - 15, 200 and 2 000 family members, charges and annexes (per item);
 * - a batch of 1 000 and 10 000 rows (per row; the bundled CLI in a fresh process).
 * Each point runs in processes of its own (three, in turn with the other sizes: one process's
 * JIT and heap moved a point by more than its own spread), so its peak RSS is its own. Time per
 * unit is the marginal cost: the same filing without the grown part (the baseline) is timed in
 * the same process, in turn with it, and taken off, so a fixed cost (the other pages, fonts) does
 * not pass for a per-unit one. The filing is the template's simple sample: the less there is
 * besides the grown part, the less its noise buries that part. Every timed filing is distinct
 * (seeded by its round): timing one document again and again let the paragraph cache serve every
 * round of a small point but none of a large one, which passed for a superlinear cost. Before the
 * first round the process renders distinct documents of the same size for a while (JIT, heap),
 * and the rounds are summed in blocks large
 * enough that a block's marginal cost stands well above the noise of one render: a 15-item point
 * is a millisecond over its baseline, the noise of a single render as much. A process adds blocks
 * until its mean is known to a few per cent (the smallest points need many: see `TARGET_SE`). The
 * time per unit is the mean over the blocks of all its processes, its 95 % interval beside it, in
 * CPU time of the process (garbage collection included; other jobs on a shared machine blur it
 * far less than wall time, printed beside it).
 * A batch point is a batch less a batch of 100 other rows, each a fresh process, so start-up and
 * warm-up cancel. A series is flat when its slowest unit costs at most 1.3× its fastest.
 *
 * `node --import tsx bench/scale.ts [--json] [--quick]` alone, or `runScale()` from bench/index.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRows, runCli, toCsv, type Run } from './batch.ts';
import { seededRandom } from './variants.ts';
import { row, type BenchSeries } from './series.ts';
import { mean, meanWithCi, median, standardError } from './stats.ts';
import { cacheStats } from '../main/engine/index.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const TEMPLATE = 'supreme-court-complaint';
/** The simple sample: a render of 1.4 ms (DOCX) to 3 ms (PDF) around the grown part. */
const SAMPLE = 'simple.json';
const TODAY = '2026-11-25';
/** A series is flat when its slowest unit costs at most this many times its fastest. */
export const FLAT = 1.3;

export interface ScalePoint {
  readonly size: number;
  /** Units a timed filing or batch adds over its baseline: pages of the PDF, items, rows. */
  readonly units: number;
  /** Median wall ms of the grown filing (batch: of the whole run). */
  readonly ms: number;
  /** Wall time per unit, the mean over blocks (batch: over rounds), with its 95 % interval. */
  readonly msPerUnit: number;
  readonly msPerUnitCi: readonly [number, number];
  /** CPU time of the process per unit (all its threads: garbage collection included). */
  readonly cpuMsPerUnit: number;
  readonly cpuMsPerUnitCi: readonly [number, number];
  /**
   * Distinct grown filings timed at this point (batch: runs of `size` rows), and the blocks they
   * fall in: the time per unit is the mean over blocks of (Σ grown − Σ baseline) / Σ units.
   */
  readonly rounds: number;
  readonly blocks: number;
  /** Untimed renders of distinct documents before the first round (filings). */
  readonly warmUpRenders?: number;
  /** Of the timed filings, how many built their own font subsets (a per-document cost). */
  readonly subsetMisses?: number;
  /**
   * CPU ms per unit between this point and the one before: (extra over the baseline here − there)
   * / (units here − there). Per-document costs cancel; what grows with the size remains.
   */
  readonly cpuMsPerUnitStep?: number;
  readonly peakRssMb: number;
  /**
   * Peak RSS over the process's figure after the warm-up, per unit: memory per unit at the large
   * points; at the small ones, whose process renders thousands of documents, mostly its growth.
   */
  readonly kbPerUnit: number;
}

export interface ScaleSeries {
  readonly name: string;
  readonly unit: string;
  readonly points: readonly ScalePoint[];
  /**
   * Slowest CPU time per unit over the fastest: the work itself, which other jobs on a shared
   * machine blur far less than wall time. `flat` is judged on it.
   */
  readonly spread: number;
  /**
   * The CPU spread as low and as high as the points' 95 % intervals allow: whether `flat` is
   * settled by the measurement or within its noise.
   */
  readonly spreadBounds: readonly [number, number];
  /** The same for wall time, printed beside it. */
  readonly wallSpread: number;
  readonly flat: boolean;
  /** Batch series: peak RSS of the largest over the smallest; of a rerun with every row done. */
  readonly rssRatio?: number;
  readonly rerunPeakRssMb?: readonly number[];
  readonly rerunRssRatio?: number;
  /** Filing series: spread of the steps between consecutive points (see `cpuMsPerUnitStep`). */
  readonly stepSpread?: number;
}

export interface ScaleResult {
  readonly series: readonly ScaleSeries[];
  readonly lines: readonly string[];
}

type Kind = 'facts-pdf' | 'facts-docx' | 'family' | 'charges' | 'annexes';

/** What a point's process reports: the point's figures, and what they were taken from. */
interface ChildReport extends Omit<
  ScalePoint,
  'size' | 'cpuMsPerUnitStep' | 'kbPerUnit' | 'warmUpRenders'
> {
  readonly warmUpRenders: number;
  readonly warmUpCpuMs: number;
  /** Medians of the baseline, and of the grown filing's CPU time. */
  readonly baseMs: number;
  readonly cpuMs: number;
  readonly baseCpuMs: number;
  /** RSS after the warm-up, before the first timed round. */
  readonly baseRssMb: number;
  /** Each block's (Σ grown − Σ baseline) / Σ units, CPU and wall: pooled over processes. */
  readonly blockCpuMsPerUnit: readonly number[];
  readonly blockMsPerUnit: readonly number[];
}

/** Wall and CPU time per unit: the mean of the blocks' (or rounds') figures, with its interval. */
function perUnitFigures(
  wall: readonly number[],
  work: readonly number[],
): Pick<ScalePoint, 'msPerUnit' | 'msPerUnitCi' | 'cpuMsPerUnit' | 'cpuMsPerUnitCi'> {
  const wallCi = meanWithCi(wall);
  const workCi = meanWithCi(work);
  return {
    msPerUnit: wallCi.mean,
    msPerUnitCi: wallCi.ci,
    cpuMsPerUnit: workCi.mean,
    cpuMsPerUnitCi: workCi.ci,
  };
}

// ---------------------------------------------------------------- one point, in its own process

/**
 * A page of the statement of facts, in characters: what a page of this filing holds in Times
 * 12 pt (its PDF grows by a page per 2 507–2 556 characters of these facts at 10, 100 and 300
 * pages). The unit is the text itself, not the page count: a statement a page long adds a whole
 * page to the PDF or none, as the baseline's last page happens to be filled, and counting pages
 * charged the same work to 0.5 pages on average.
 */
export const CHARS_PER_PAGE = 2520;

/** Distinct fact paragraphs (no two alike: no cache flatters the figure), at least `chars` long. */
function facts(chars: number, seed: number): string {
  // A narrative is 3 to 8 sentences of 80 to 200 characters: enough rows for the shortest.
  const rows = generateRows(Math.ceil(chars / 240) + 1, seed).rows;
  const out: string[] = [];
  let length = 0;
  for (const r of rows) {
    for (const p of (r.cells.persecutionNarrative ?? '').split('\n')) {
      if (length >= chars) break;
      out.push(p);
      length += p.length + 1;
    }
  }
  return out.join('\n');
}

/**
 * The filing with its grown part: `round` picks the seed, so each timed document is distinct
 * (no fact, name or number repeats one timed before it) and no cache of rendered work flatters it.
 */
function grown(
  sample: Record<string, unknown>,
  kind: Kind,
  size: number,
  round: number,
): Record<string, unknown> {
  const seed = size * 7919 + round * 104_729 + kind.length;
  const random = seededRandom(seed);
  const n = (): number => 1 + Math.floor(random() * 90_000);
  switch (kind) {
    case 'facts-pdf':
    case 'facts-docx':
      return { ...sample, facts: facts(size * CHARS_PER_PAGE, seed) };
    case 'family':
      return {
        ...sample,
        familyInKazakhstan: Array.from({ length: size }, (_, i) => ({
          name: `Волкова Мария ${n()}-я (${i + 1})`,
          relation: i % 2 ? 'дочь' : 'сын',
          birthDate: `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 9}`,
        })),
      };
    case 'charges':
      return {
        ...sample,
        charges: Array.from({ length: size }, (_, i) => ({
          article: `ч. ${1 + (i % 5)} ст. ${200 + (i % 150)} УК РФ`,
          description: `эпизод № ${i + 1}: публикация № ${n()} против мобилизации`,
        })),
      };
    case 'annexes':
      return {
        ...sample,
        attachments: Array.from({ length: size }, (_, i) => ({
          title: `Копия документа № ${n()} по эпизоду ${i + 1}`,
          pages: 1 + (i % 12),
        })),
      };
  }
}

/**
 * The baseline taken off every point of the series: the part that grows cut to a paragraph or
 * one item, as distinct as the grown filing of the same round. A baseline repeated every round
 * would be served by the caches while each grown filing paid its own first-use costs (new
 * paragraphs, a ToUnicode map, a subset), and a 1-page or 15-item point would charge all of that
 * to its few units.
 */
function shrunk(
  sample: Record<string, unknown>,
  kind: Kind,
  round: number,
): Record<string, unknown> {
  if (kind === 'facts-pdf' || kind === 'facts-docx')
    return { ...sample, facts: facts(200, 7_000_001 + round) };
  return grown(sample, kind, 1, 7_000_001 + round);
}

/** Items in the baseline (`shrunk`): the grown filing's units are those beyond it. */
const BASE_ITEMS = 1;

/**
 * The templates with the caps lifted: a filing lists at most 12 family members, 10 charges and
 * 40 annexes, its facts run to 74 pages, and what is timed here is how the engine's cost grows
 * past any real case.
 */
function liftedTemplates(dir: string): string {
  const copy = join(dir, 'templates');
  cpSync(join(ROOT, 'templates'), copy, { recursive: true });
  const file = join(copy, TEMPLATE, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    fields: { key: string; type: string; max?: number; maxLength?: number }[];
  };
  for (const field of manifest.fields) {
    if (field.type === 'group') field.max = 100_000;
    if (field.key === 'facts') field.maxLength = 10_000_000; // 200 000 characters: 74 pages
  }
  writeFileSync(file, JSON.stringify(manifest));
  return copy;
}

async function runPoint(kind: Kind, size: number): Promise<ChildReport> {
  const dir = mkdtempSync(join(tmpdir(), 'refuge-scale-point-'));
  try {
    return await timePoint(kind, size, liftedTemplates(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Blocks of rounds in each process of a point, at the least. */
export const BLOCKS = 5;

/**
 * A process adds blocks until the standard error of its blocks' mean is at most this share of
 * the mean (pooled over the point's processes, about 3 %), or it has timed `MAX_TIMED_CPU_MS`.
 * The spread between blocks is the noise of the renders around the grown part — collections and
 * compilation on the process's other threads land on grown filing or baseline as it happens,
 * ±1.5 ms on a 3 ms render — and it is large where that part is small: a 1-page DOCX block of
 * 200 pages read from 0.06 to 0.83 ms a page in one process (2026-12-06); with 5 blocks a process
 * the point read 0.30 to 0.50 ms a page from one process to the next, the 10-page point 0.26 to
 * 0.29, and 15 such blocks once put it at 1.70× the 10-page one. Five blocks are enough at 10
 * pages and up; the 1-page and 15-item points take tens.
 */
export const TARGET_SE = 0.05;
const MAX_TIMED_CPU_MS = 40_000;

/**
 * Processes per point of a filing series, taken in turn with the other sizes, their blocks
 * pooled: the mean and its interval are over all of them. From one process to the next the same
 * point moved by more than its own blocks' spread — a 1-page DOCX statement cost 0.26, 0.29,
 * 0.31 and 0.36 ms a page in four processes of 9 blocks each (2026-12-06) — as the JIT and the
 * heap settle differently in each process; a point timed in one process carried that luck whole.
 */
export const PROCESSES = 3;

/**
 * Units a block covers at the least: enough that the grown part's cost in a block (about 300 ms
 * of CPU for PDF, 50 ms for DOCX) stands well above the noise of single renders (a collection, a
 * neighbour on the machine: a millisecond or two each), whatever the size of the point. A
 * 15-item point takes 143 rounds a block, a 2 000-item point one. Where the grown part is a few
 * per cent of the render (a page of DOCX, 15 items), a swing of the machine's speed between the
 * two halves of a block still moves it, and the process adds blocks (`TARGET_SE`). A 1-page PDF
 * block of 100 pages (1.2 s of rendering, a fifth of it the grown part) swung from 0.2 to 2.8 ms
 * a page within one process: a full collection lands in one half of such a block or the other.
 */
const BLOCK_UNITS: Readonly<Record<Kind, number>> = {
  'facts-pdf': 300,
  'facts-docx': 200,
  family: 2000,
  charges: 2000,
  annexes: 2000,
};

/** Units a round adds, as far as they are known before rendering (pages: about the size). */
const expectedUnits = (kind: Kind, size: number): number =>
  kind === 'facts-pdf' || kind === 'facts-docx' ? size : size - BASE_ITEMS;

export const roundsPerBlock = (kind: Kind, size: number): number =>
  Math.max(1, Math.ceil(BLOCK_UNITS[kind] / Math.max(1, expectedUnits(kind, size))));

/** CPU time the warm-up takes at the least, on documents of the point's size that are not timed. */
const WARM_UP_CPU_MS = 2000;

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface Block {
  readonly units: number;
  /** Sums over the block's rounds, grown filings and baselines apart, wall and CPU ms. */
  readonly wall: number;
  readonly baseWall: number;
  readonly cpu: number;
  readonly baseCpu: number;
}

async function timePoint(kind: Kind, size: number, templatesDir: string): Promise<ChildReport> {
  const { getServices } = await import('../main/services.ts');
  const { engine } = getServices(templatesDir);
  const { $sample: _note, ...sample } = JSON.parse(
    readFileSync(join(ROOT, 'templates', TEMPLATE, 'samples', SAMPLE), 'utf8'),
  ) as Record<string, unknown>;
  const format: 'pdf' | 'docx' = kind === 'facts-docx' ? 'docx' : 'pdf';
  const render = async (answers: Record<string, unknown>): Promise<Uint8Array> =>
    (await engine.render({ templateId: TEMPLATE, answers, lang: 'ru', today: TODAY }, format))
      .bytes;
  // Pages of facts added (in CHARS_PER_PAGE), or items added.
  const unitsOf = (big: Record<string, unknown>, small: Record<string, unknown>): number =>
    kind === 'facts-pdf' || kind === 'facts-docx'
      ? (String(big.facts).length - String(small.facts).length) / CHARS_PER_PAGE
      : size - BASE_ITEMS;
  // Warm-up on distinct documents of this size that no round times (negative rounds): the JIT,
  // fonts, hyphenation patterns and the heap reach the state they keep for the rest of the
  // process, so the first timed rounds do not pay for it. Every point used to be timed from its
  // fifth render, so the few rounds of a 2 000-item point were mostly its first ones.
  const warmStart = cpuMs();
  let warmRenders = 0;
  for (let r = -1; warmRenders < 6 || cpuMs() - warmStart < WARM_UP_CPU_MS; r--) {
    await render(shrunk(sample, kind, r));
    await render(grown(sample, kind, size, r));
    warmRenders += 2;
  }
  const warmUpCpuMs = cpuMs() - warmStart;
  const baseRssMb = process.memoryUsage().rss / 2 ** 20;
  const perBlock = roundsPerBlock(kind, size);
  const blocks: Block[] = [];
  const times: number[] = [];
  const baseTimes: number[] = [];
  const cpus: number[] = [];
  const baseCpus: number[] = [];
  const units: number[] = [];
  let subsetMisses = 0;
  // No forced collection between renders: after one, V8 starts again with a small young
  // generation and sweeps on background threads, a cost that landed on the next render whatever
  // its size. Grown filing and baseline take turns in each round, first one then the other, so a
  // collection one leaves behind lands as often on either.
  const timedStart = cpuMs();
  const perUnit = (b: Block): number => (b.cpu - b.baseCpu) / b.units;
  const settled = (): boolean => {
    const work = blocks.map(perUnit);
    return (
      standardError(work) <= TARGET_SE * Math.abs(mean(work)) ||
      cpuMs() - timedStart >= MAX_TIMED_CPU_MS
    );
  };
  for (let round = 0; blocks.length < BLOCKS || !settled();) {
    const block = { units: 0, wall: 0, baseWall: 0, cpu: 0, baseCpu: 0 };
    for (let i = 0; i < perBlock; i++, round++) {
      const big = grown(sample, kind, size, round);
      const small = shrunk(sample, kind, round);
      const timed = async (answers: Record<string, unknown>, grownPart: boolean) => {
        const t0 = performance.now();
        const c0 = cpuMs();
        const missed = cacheStats().subset.misses;
        await render(answers);
        const wall = performance.now() - t0;
        const cpu = cpuMs() - c0;
        if (grownPart) subsetMisses += cacheStats().subset.misses - missed;
        return { wall, cpu };
      };
      let g: Awaited<ReturnType<typeof timed>>;
      let s: Awaited<ReturnType<typeof timed>>;
      if (round % 2 === 0) {
        g = await timed(big, true);
        s = await timed(small, false);
      } else {
        s = await timed(small, false);
        g = await timed(big, true);
      }
      const u = unitsOf(big, small);
      times.push(g.wall);
      baseTimes.push(s.wall);
      cpus.push(g.cpu);
      baseCpus.push(s.cpu);
      units.push(u);
      block.units += u;
      block.wall += g.wall;
      block.baseWall += s.wall;
      block.cpu += g.cpu;
      block.baseCpu += s.cpu;
    }
    blocks.push(block);
  }
  // Each block's grown filings less its baselines, over the units they added: no round is
  // dropped, nothing is clamped, and a block whose grown part cost less than nothing says so.
  const wall = blocks.map((b) => (b.wall - b.baseWall) / b.units);
  const work = blocks.map(perUnit);
  return {
    rounds: times.length,
    blocks: blocks.length,
    warmUpRenders: warmRenders,
    warmUpCpuMs,
    units: units.reduce((a, u) => a + u, 0) / units.length,
    ms: median(times),
    baseMs: median(baseTimes),
    cpuMs: median(cpus),
    baseCpuMs: median(baseCpus),
    ...perUnitFigures(wall, work),
    baseRssMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    subsetMisses,
    blockCpuMsPerUnit: work,
    blockMsPerUnit: wall,
  };
}

// ---------------------------------------------------------------- the parent

function child(kind: Kind, size: number): Promise<ChildReport> {
  return new Promise((resolvePromise, reject) => {
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--point', kind, String(size)],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    proc.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    proc.on('error', reject);
    proc.on('close', (code) => {
      if (code !== 0) return reject(new Error(`scale point ${kind} ${size} exited ${code}`));
      resolvePromise(JSON.parse(out) as ChildReport);
    });
  });
}

const ratio = (per: readonly number[]): number => Math.max(...per) / Math.min(...per);

/**
 * The spread as low and as high as the intervals allow: every point moved within its interval
 * towards the others, or away from them. An interval unknown (one round) counts as the point.
 */
function spreadBounds(points: readonly ScalePoint[]): readonly [number, number] {
  const end = (side: 0 | 1): number[] =>
    points.map((p) =>
      Number.isFinite(p.cpuMsPerUnitCi[side]) ? p.cpuMsPerUnitCi[side] : p.cpuMsPerUnit,
    );
  const low = end(0);
  const high = end(1);
  return [Math.max(1, Math.max(...low) / Math.min(...high)), Math.max(...high) / Math.min(...low)];
}

function series(name: string, unit: string, points: ScalePoint[]): ScaleSeries {
  const spread = ratio(points.map((p) => p.cpuMsPerUnit));
  const wallSpread = ratio(points.map((p) => p.msPerUnit));
  return {
    name,
    unit,
    points,
    spread,
    spreadBounds: spreadBounds(points),
    wallSpread,
    flat: spread <= FLAT,
  };
}

/** The filing series also get the step from each point to the next, and its spread. */
function withSteps(s: ScaleSeries): ScaleSeries & { readonly stepSpread: number } {
  const points = s.points.map((p, i) => {
    const before = s.points[i - 1];
    if (!before || p.units <= before.units) return p;
    const extra = (q: ScalePoint): number => q.cpuMsPerUnit * q.units;
    return { ...p, cpuMsPerUnitStep: (extra(p) - extra(before)) / (p.units - before.units) };
  });
  const steps = points.flatMap((p) =>
    p.cpuMsPerUnitStep === undefined ? [] : [p.cpuMsPerUnitStep],
  );
  return { ...s, points, stepSpread: steps.length > 0 ? ratio(steps) : NaN };
}

async function filingSeries(name: string, kind: Kind, sizes: readonly number[], unit: string) {
  const reports = new Map<number, ChildReport[]>(sizes.map((size) => [size, []]));
  // Sizes in turn within each pass, so a drift of the machine's speed falls on every size alike.
  for (let pass = 0; pass < PROCESSES; pass++)
    for (const size of sizes) reports.get(size)?.push(await child(kind, size));
  const points = sizes.map((size): ScalePoint => {
    const rs = reports.get(size) ?? [];
    const work = rs.flatMap((r) => r.blockCpuMsPerUnit);
    const wall = rs.flatMap((r) => r.blockMsPerUnit);
    const of = (pick: (r: ChildReport) => number): number => median(rs.map(pick));
    const units = of((r) => r.units);
    const growthMb = Math.max(
      0,
      of((r) => r.peakRssMb - r.baseRssMb),
    );
    return {
      size,
      units,
      ms: of((r) => r.ms),
      ...perUnitFigures(wall, work),
      rounds: rs.reduce((n, r) => n + r.rounds, 0),
      blocks: work.length,
      warmUpRenders: of((r) => r.warmUpRenders),
      subsetMisses: rs.reduce((n, r) => n + (r.subsetMisses ?? 0), 0),
      peakRssMb: of((r) => r.peakRssMb),
      kbPerUnit: (growthMb * 1024) / units,
    };
  });
  return withSteps(series(name, unit, points));
}

/**
 * The batch's baseline: a batch of this many rows, distinct from the timed ones, whose CPU and
 * wall time are taken off each run. The process's start-up, the workers' start and their JIT
 * warm-up over the first rows are in both and cancel: what is left is the rows at steady state.
 */
export const BATCH_BASE_ROWS = 100;

/** Rounds per batch size: a 10 000-row batch takes about half a minute of two cores. */
const batchRounds = (size: number): number => (size > 2000 ? 1 : 3);

async function batchSeries(sizes: readonly number[], jobs: number): Promise<ScaleSeries> {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  if (build.status !== 0) throw new Error('build failed');
  const dir = mkdtempSync(join(tmpdir(), 'refuge-scale-'));
  const points: ScalePoint[] = [];
  const reruns: number[] = [];
  const run = async (rows: number, seed: number, name: string, force = true): Promise<Run> => {
    const csv = join(dir, `${name}.csv`);
    if (force) writeFileSync(csv, toCsv(generateRows(rows, seed)));
    const result = await runCli(ROOT, csv, join(dir, `out-${name}`), jobs, {
      format: 'pdf',
      force,
    })();
    if (result.exit !== 0) throw new Error(`batch of ${rows} rows exited ${result.exit}`);
    return result;
  };
  try {
    for (const size of sizes) {
      const wall: number[] = [];
      const work: number[] = [];
      const totals: number[] = [];
      let peakRssMb = 0;
      for (let r = 0; r < batchRounds(size); r++) {
        const seed = 2026 + size + r * 101;
        const name = `rows-${size}-${r}`;
        // Grown and baseline take turns, first one then the other, as the filings' rounds do.
        const base = (): Promise<Run> => run(BATCH_BASE_ROWS, seed + 7, `base-${size}-${r}`);
        let grownRun: Run;
        let baseRun: Run;
        if (r % 2 === 0) {
          grownRun = await run(size, seed, name);
          baseRun = await base();
        } else {
          baseRun = await base();
          grownRun = await run(size, seed, name);
        }
        const rows = size - BATCH_BASE_ROWS;
        wall.push(((grownRun.seconds - baseRun.seconds) * 1000) / rows);
        work.push(((grownRun.cpuSeconds - baseRun.cpuSeconds) * 1000) / rows);
        totals.push(grownRun.seconds * 1000);
        peakRssMb = Math.max(peakRssMb, grownRun.peakRssMb);
        // Every row already done: nothing is rendered, and nothing should be held.
        if (r === 0) reruns.push((await run(size, seed, name, false)).peakRssMb);
        rmSync(join(dir, `out-${name}`), { recursive: true, force: true });
        rmSync(join(dir, `out-base-${size}-${r}`), { recursive: true, force: true });
      }
      points.push({
        size,
        units: size - BATCH_BASE_ROWS,
        ms: median(totals),
        ...perUnitFigures(wall, work),
        rounds: wall.length,
        blocks: wall.length,
        peakRssMb,
        kbPerUnit: (peakRssMb * 1024) / size,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const first = points[0];
  const last = points[points.length - 1];
  return {
    ...series(`batch of refugee-application → PDF, --jobs ${jobs}`, 'row', points),
    rssRatio: first && last ? last.peakRssMb / first.peakRssMb : NaN,
    rerunPeakRssMb: reruns,
    rerunRssRatio: (reruns[reruns.length - 1] ?? NaN) / (reruns[0] ?? NaN),
  };
}

export async function runScale(
  options: { quick?: boolean; jobs?: number; only?: readonly string[] } = {},
): Promise<ScaleResult> {
  const quick = options.quick === true;
  const wanted = (name: string): boolean => !options.only?.length || options.only.includes(name);
  const pages = quick ? [1, 10, 30] : [1, 10, 100, 300];
  const items = [15, 200, 2000];
  const all: ScaleSeries[] = [];
  if (wanted('facts')) {
    all.push(await filingSeries('statement of facts → PDF', 'facts-pdf', pages, 'page'));
    all.push(await filingSeries('statement of facts → DOCX', 'facts-docx', pages, 'page'));
  }
  if (wanted('family'))
    all.push(await filingSeries('family members in Kazakhstan → PDF', 'family', items, 'member'));
  if (wanted('charges')) all.push(await filingSeries('charges → PDF', 'charges', items, 'charge'));
  if (wanted('annexes')) all.push(await filingSeries('annexes → PDF', 'annexes', items, 'annex'));
  if (wanted('batch'))
    all.push(await batchSeries(quick ? [300, 1000] : [1000, 10_000], options.jobs ?? 2));
  const ci = (r: readonly [number, number]): string =>
    Number.isFinite(r[0]) ? ` (${r[0].toFixed(3)}–${r[1].toFixed(3)})` : '';
  const lines: string[] = [
    `Scale series (${TEMPLATE}). Time per unit: the marginal cost of the grown part — each timed filing less a baseline (the same filing with the grown part cut to one paragraph or one item), both distinct and seeded, in turn in one process after a warm-up of at least ${WARM_UP_CPU_MS / 1000} s CPU on other distinct documents of the same size; each point in ${PROCESSES} processes of its own, taken in turn with the other sizes; the template's simple sample; rounds in blocks of at least ${BLOCK_UNITS['facts-pdf']} pages (PDF), ${BLOCK_UNITS['facts-docx']} pages (DOCX) or ${BLOCK_UNITS.family} items, at least ${BLOCKS} blocks a process and more until the standard error of its blocks' mean is ≤ ${TARGET_SE * 100} % of it (or ${MAX_TIMED_CPU_MS / 1000} s CPU timed); per block (Σ grown − Σ baseline) / Σ units; the mean over the blocks of all its processes, its 95 % interval beside it; peak RSS the processes' median; no block dropped, nothing clamped. Batches: (run of N rows − run of ${BATCH_BASE_ROWS} other rows) / (N − ${BATCH_BASE_ROWS}), each a fresh \`node dist/cli.js batch\` process, so start-up and the first rows' warm-up cancel; mean over rounds. CPU time of the process and its threads (garbage collection included); flat: CPU spread ≤ ${FLAT}×, with the spread as low and as high as the intervals allow beside it.`,
    '',
    '| series | size | units | rounds / blocks (warm-up renders; own subsets) | ms | CPU ms/unit (95 % interval) | step from the size before, CPU ms/unit | wall ms/unit (95 % interval) | peak RSS MB | KB/unit |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const s of all) {
    for (const p of s.points) {
      const extra =
        p.warmUpRenders === undefined ? '' : ` (${p.warmUpRenders}; ${p.subsetMisses ?? 0})`;
      lines.push(
        `| ${s.name} | ${p.size} | ${p.units.toFixed(p.units < 10 ? 2 : 0)} | ${p.rounds} / ${p.blocks}${extra} | ${p.ms.toFixed(0)} | ${p.cpuMsPerUnit.toFixed(3)}${ci(p.cpuMsPerUnitCi)} | ${p.cpuMsPerUnitStep?.toFixed(3) ?? ''} | ${p.msPerUnit.toFixed(3)}${ci(p.msPerUnitCi)} | ${p.peakRssMb.toFixed(0)} | ${p.kbPerUnit.toFixed(1)} |`,
      );
    }
  }
  lines.push('');
  for (const s of all) {
    const memory =
      s.rssRatio !== undefined
        ? `; peak RSS largest/smallest ${s.rssRatio.toFixed(2)}× (goal ≤ 1.2×), rerun with every row done: peak RSS ${s.rerunPeakRssMb?.map((r) => r.toFixed(0)).join(' → ')} MB (${s.rerunRssRatio?.toFixed(2)}×)`
        : '';
    lines.push(
      `${s.name}: CPU spread ${s.spread.toFixed(2)}× per ${s.unit} (${s.spreadBounds[0].toFixed(2)}–${s.spreadBounds[1].toFixed(2)}× within the intervals; wall ${s.wallSpread.toFixed(2)}×)${s.stepSpread === undefined ? '' : `, of the steps ${s.stepSpread.toFixed(2)}×`} — ${s.flat ? 'flat' : 'NOT flat'}${memory}`,
    );
  }
  return { series: all, lines };
}

/** The scale series in `npm run bench`: one row per series, its spread per unit. */
export const scaleSeries: BenchSeries = {
  id: 'scale',
  async run(ctx) {
    ctx.log('Scale series: each point in a process of its own …');
    const result = await runScale();
    return {
      id: 'scale',
      title: 'Scale: time per unit across sizes',
      rows: result.series.map((s) =>
        row(`${s.name}, CPU spread per ${s.unit}`, '×', s.spread, null, false, `≤ ${FLAT}×`),
      ),
      notes: result.lines,
      data: { series: result.series },
    };
  },
};

/**
 * `bench/scale.ts [--json] [--quick] [--jobs N] [--only facts,family,charges,annexes,batch]`;
 * exit 1 when a series is not flat.
 */
export async function printScale(argv: readonly string[]): Promise<number> {
  const at = argv.indexOf('--point');
  if (at >= 0) {
    const report = await runPoint(argv[at + 1] as Kind, Number(argv[at + 2]));
    process.stdout.write(JSON.stringify(report));
    return 0;
  }
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const jobs = value('--jobs');
  const only = value('--only');
  const result = await runScale({
    quick: argv.includes('--quick'),
    ...(jobs ? { jobs: Number(jobs) } : {}),
    ...(only ? { only: only.split(',') } : {}),
  });
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(result.series, null, 2)}\n`);
  else process.stdout.write(`${result.lines.join('\n')}\n`);
  return result.series.every((s) => s.flat) ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = await printScale(process.argv.slice(2));
