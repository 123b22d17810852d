/**
 * Linear everywhere: time and memory per unit as a filing or a batch grows 100×. Series:
 * - a statement of facts of about 1, 10, 100 and 300 pages (per page of the PDF; PDF and DOCX);
 * - 15, 200 and 2 000 family members, charges and annexes (per item);
 * - a batch of 1 000 and 10 000 rows (per row; the bundled CLI in a fresh process).
 * Each point runs in a process of its own, so its peak RSS is its own. Time per unit is the
 * marginal cost: the same filing without the grown part is timed in the same process and taken
 * off, so a fixed cost (the other pages, fonts) does not pass for a per-unit one. Every timed
 * filing is distinct (seeded by its round): timing one document again and again let the
 * paragraph cache serve every round of a small point but none of a large one (more paragraphs
 * than the cache holds), which passed for a superlinear cost. Medians over rounds, in CPU time
 * of the process (garbage collection included; other jobs on a shared machine blur it far less
 * than wall time, printed beside it). A series is flat when its slowest unit costs at most 1.3×
 * its fastest.
 *
 * `node --import tsx bench/scale.ts [--json] [--quick]` alone, or `runScale()` from bench/index.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { generateRows, toCsv } from './batch.ts';
import { seededRandom } from './variants.ts';
import { row, type BenchSeries } from './series.ts';
import { median, percentile } from './stats.ts';
import { cacheStats } from '../main/engine/index.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const TEMPLATE = 'supreme-court-complaint';
const TODAY = '2026-11-25';
/** A series is flat when its slowest unit costs at most this many times its fastest. */
export const FLAT = 1.3;

export interface ScalePoint {
  readonly size: number;
  /** Units the time is divided by: pages of the PDF, items, rows. */
  readonly units: number;
  readonly ms: number;
  /** Wall time per unit (median over rounds), with its p25–p75 when there were rounds. */
  readonly msPerUnit: number;
  readonly msPerUnitIqr?: readonly [number, number];
  /** CPU time of the process per unit (all its threads: garbage collection included). */
  readonly cpuMsPerUnit: number;
  readonly cpuMsPerUnitIqr?: readonly [number, number];
  /** Distinct documents timed at this point (batch: 1 run of `size` rows). */
  readonly rounds: number;
  /** Of those, how many built their own font subsets (a per-document cost, not a per-unit one). */
  readonly subsetMisses?: number;
  /**
   * CPU ms per unit between this point and the one before: (extra over the baseline here − there)
   * / (units here − there). Per-document costs cancel; what grows with the size remains.
   */
  readonly cpuMsPerUnitStep?: number;
  readonly peakRssMb: number;
  /** Peak RSS over the same process's figure before the grown part: memory per unit. */
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

interface ChildReport {
  /** Timed rounds: each renders a distinct grown filing beside the baseline. */
  readonly rounds: number;
  /** Median units the grown part added (pages differ a little from one seed to the next). */
  readonly units: number;
  /** Medians of the grown filing and of the baseline, wall and CPU time of the process. */
  readonly ms: number;
  readonly baseMs: number;
  readonly cpuMs: number;
  readonly baseCpuMs: number;
  /** Median over rounds of (grown − that round's baseline) / units; p25 and p75 beside it. */
  readonly msPerUnit: number;
  readonly msPerUnitIqr: readonly [number, number];
  readonly cpuMsPerUnit: number;
  readonly cpuMsPerUnitIqr: readonly [number, number];
  readonly baseRssMb: number;
  readonly peakRssMb: number;
  /** Font subsets and ToUnicode maps the timed grown filings built (the rest came from cache). */
  readonly subsetMisses: number;
}

// ---------------------------------------------------------------- one point, in its own process

/** Distinct fact paragraphs (no two alike: no cache flatters the figure), about `chars` long. */
function facts(chars: number, seed: number): string {
  const rows = generateRows(Math.max(1, Math.ceil(chars / 900)), seed).rows;
  const out: string[] = [];
  let length = 0;
  for (const r of rows) {
    for (const p of (r.cells.persecutionNarrative ?? '').split('\n')) {
      if (length >= chars) break;
      out.push(p);
      length += p.length;
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
      // About 2 700 characters of Times 12 pt make a page of this filing.
      return { ...sample, facts: facts(size * 2700, seed) };
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

/**
 * Rounds per point: a 1-page or 15-item point is a millisecond over its baseline, within the
 * noise of one render on a shared machine, so it takes 150 rounds (the median of 150 paired
 * differences); a 2 000-item point at least 7.
 */
export function roundsFor(size: number): number {
  return Math.max(7, Math.min(150, Math.round(6000 / (size + 20))));
}

async function timePoint(kind: Kind, size: number, templatesDir: string): Promise<ChildReport> {
  const { getServices } = await import('../main/services.ts');
  const { engine } = getServices(templatesDir);
  const { $sample: _note, ...sample } = JSON.parse(
    readFileSync(join(ROOT, 'templates', TEMPLATE, 'samples', 'complex.json'), 'utf8'),
  ) as Record<string, unknown>;
  const format: 'pdf' | 'docx' = kind === 'facts-docx' ? 'docx' : 'pdf';
  const render = async (answers: Record<string, unknown>, as = format): Promise<Uint8Array> =>
    (await engine.render({ templateId: TEMPLATE, answers, lang: 'ru', today: TODAY }, as)).bytes;
  const pages = async (answers: Record<string, unknown>): Promise<number> =>
    (await PDFDocument.load(await render(answers, 'pdf'))).getPageCount();
  const facts = kind === 'facts-pdf' || kind === 'facts-docx';
  const base = shrunk(sample, kind, -1);
  // Warm-up: JIT, fonts, hyphenation patterns, on the baseline and on a grown filing no round
  // times; then the baseline's memory.
  for (let i = 0; i < 3; i++) await render(base);
  await render(grown(sample, kind, size, -1));
  const baseRssMb = process.memoryUsage().rss / 2 ** 20;
  const rounds = roundsFor(size);
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const times: number[] = [];
  const cpus: number[] = [];
  const baseTimes: number[] = [];
  const baseCpus: number[] = [];
  const units: number[] = [];
  let subsetMisses = 0;
  // No forced collection between renders: after one, V8 starts again with a small young
  // generation and sweeps on background threads, a cost of about 30 ms CPU that landed on the
  // next render whatever its size, and made a 10-page statement cost 7 ms a page against 2.3 ms
  // at 300. A batch never forces one; the medians of many rounds take care of the noise.
  for (let r = 0; r < rounds; r++) {
    const big = grown(sample, kind, size, r);
    const small = shrunk(sample, kind, r);
    let t0 = performance.now();
    let c0 = cpu();
    const baseBytes = await render(small);
    baseTimes.push(performance.now() - t0);
    baseCpus.push(cpu() - c0);
    t0 = performance.now();
    c0 = cpu();
    const missed = cacheStats().subset.misses;
    const bytes = await render(big);
    times.push(performance.now() - t0);
    cpus.push(cpu() - c0);
    subsetMisses += cacheStats().subset.misses - missed;
    // Counted after the timing: a DOCX is paged by its PDF twin, whose layout it must not warm.
    const pagesOf = async (pdf: Uint8Array, answers: Record<string, unknown>): Promise<number> =>
      format === 'pdf' ? (await PDFDocument.load(pdf)).getPageCount() : await pages(answers);
    units.push(
      facts ? (await pagesOf(bytes, big)) - (await pagesOf(baseBytes, small)) : size - BASE_ITEMS,
    );
  }
  const baseMs = median(baseTimes);
  const baseCpuMs = median(baseCpus);
  // Each round's grown filing less the same round's baseline: both as distinct, both as loaded.
  const per = (all: readonly number[], baseline: readonly number[]): number[] =>
    all.map((t, r) => Math.max(0, t - (baseline[r] ?? 0)) / Math.max(1, units[r] ?? 1));
  const wall = per(times, baseTimes);
  const work = per(cpus, baseCpus);
  return {
    rounds,
    units: Math.max(1, median(units)),
    ms: median(times),
    baseMs,
    cpuMs: median(cpus),
    baseCpuMs,
    msPerUnit: median(wall),
    msPerUnitIqr: [percentile(wall, 25), percentile(wall, 75)],
    cpuMsPerUnit: median(work),
    cpuMsPerUnitIqr: [percentile(work, 25), percentile(work, 75)],
    baseRssMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    subsetMisses,
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

function series(name: string, unit: string, points: ScalePoint[]): ScaleSeries {
  const spread = ratio(points.map((p) => p.cpuMsPerUnit));
  const wallSpread = ratio(points.map((p) => p.msPerUnit));
  return { name, unit, points, spread, wallSpread, flat: spread <= FLAT };
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
  const points: ScalePoint[] = [];
  for (const size of sizes) {
    const r = await child(kind, size);
    points.push({
      size,
      units: r.units,
      ms: r.ms,
      msPerUnit: r.msPerUnit,
      msPerUnitIqr: r.msPerUnitIqr,
      cpuMsPerUnit: r.cpuMsPerUnit,
      cpuMsPerUnitIqr: r.cpuMsPerUnitIqr,
      rounds: r.rounds,
      subsetMisses: r.subsetMisses,
      peakRssMb: r.peakRssMb,
      kbPerUnit: (Math.max(0, r.peakRssMb - r.baseRssMb) * 1024) / r.units,
    });
  }
  return withSteps(series(name, unit, points));
}

interface CliRun {
  readonly seconds: number;
  readonly cpuMs: number;
  readonly peakRssMb: number;
}

function cliBatch(csv: string, out: string, jobs: number, force: boolean): CliRun {
  const t0 = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'dist', 'cli.js'),
      'batch',
      'refugee-application',
      csv,
      '-o',
      out,
      '--jobs',
      String(jobs),
      ...(force ? ['--force'] : []),
      '--today',
      TODAY,
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, REFUGE_REPORT_RSS: '1' } },
  );
  const seconds = (performance.now() - t0) / 1000;
  if (run.status !== 0) throw new Error(`batch of ${csv} exited ${run.status}: ${run.stderr}`);
  return {
    seconds,
    cpuMs: Number(/cpuMs=(\d+(?:\.\d+)?)/.exec(run.stderr)?.[1] ?? NaN),
    peakRssMb: Number(/maxRSS=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024,
  };
}

async function batchSeries(sizes: readonly number[], jobs: number): Promise<ScaleSeries> {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  if (build.status !== 0) throw new Error('build failed');
  const dir = mkdtempSync(join(tmpdir(), 'refuge-scale-'));
  const points: ScalePoint[] = [];
  const reruns: number[] = [];
  try {
    for (const size of sizes) {
      const csv = join(dir, `rows-${size}.csv`);
      writeFileSync(csv, toCsv(generateRows(size, 2026 + size)));
      const out = join(dir, `out-${size}`);
      const run = cliBatch(csv, out, jobs, true);
      // Every row already done: nothing is rendered, and nothing should be held.
      reruns.push(cliBatch(csv, out, jobs, false).peakRssMb);
      rmSync(out, { recursive: true, force: true });
      points.push({
        size,
        units: size,
        ms: run.seconds * 1000,
        msPerUnit: (run.seconds * 1000) / size,
        cpuMsPerUnit: run.cpuMs / size,
        rounds: 1,
        peakRssMb: run.peakRssMb,
        kbPerUnit: (run.peakRssMb * 1024) / size,
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
    all.push(await batchSeries(quick ? [100, 1000] : [1000, 10_000], options.jobs ?? 2));
  const iqr = (r: readonly [number, number] | undefined): string =>
    r ? ` (${r[0].toFixed(3)}–${r[1].toFixed(3)})` : '';
  const lines: string[] = [
    `Scale series (${TEMPLATE}; each timed filing distinct, seeded; time per unit is the marginal cost over the same filing without the grown part, median over rounds (p25–p75); CPU time of the process, garbage collection included; flat: CPU spread ≤ ${FLAT}×)`,
    '',
    '| series | size | units | rounds (own subsets) | ms | CPU ms/unit | step from the size before, CPU ms/unit | wall ms/unit | peak RSS MB | KB/unit |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const s of all) {
    for (const p of s.points)
      lines.push(
        `| ${s.name} | ${p.size} | ${p.units} | ${p.rounds}${p.subsetMisses === undefined ? '' : ` (${p.subsetMisses})`} | ${p.ms.toFixed(0)} | ${p.cpuMsPerUnit.toFixed(3)}${iqr(p.cpuMsPerUnitIqr)} | ${p.cpuMsPerUnitStep?.toFixed(3) ?? ''} | ${p.msPerUnit.toFixed(3)}${iqr(p.msPerUnitIqr)} | ${p.peakRssMb.toFixed(0)} | ${p.kbPerUnit.toFixed(1)} |`,
      );
  }
  lines.push('');
  for (const s of all) {
    const memory =
      s.rssRatio !== undefined
        ? `; peak RSS largest/smallest ${s.rssRatio.toFixed(2)}× (goal ≤ 1.2×), rerun with every row done: peak RSS ${s.rerunPeakRssMb?.map((r) => r.toFixed(0)).join(' → ')} MB (${s.rerunRssRatio?.toFixed(2)}×)`
        : '';
    lines.push(
      `${s.name}: CPU spread ${s.spread.toFixed(2)}× per ${s.unit} (wall ${s.wallSpread.toFixed(2)}×)${s.stepSpread === undefined ? '' : `, of the steps ${s.stepSpread.toFixed(2)}×`} — ${s.flat ? 'flat' : 'NOT flat'}${memory}`,
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
