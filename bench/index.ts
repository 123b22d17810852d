/**
 * `npm run bench [-- --json] [series…]`: our engine against its peers on the same work, in the
 * same run. The series run in the order of SERIES below (a series name on the command line runs
 * only those); `vault`, `batch` and `bundle` are benches of their own.
 */
import { spawnSync } from 'node:child_process';
import { resolve, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { batchOfOneFilingSeries, distinctSeries } from './documents.ts';
import { coldSeries } from './cold.ts';
import { scaleSeries } from './scale.ts';
import type { BenchContext, BenchSeries, Row, SeriesResult } from './series.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

/** Every series of `npm run bench`, in order: a new one is one more entry. */
const SERIES: readonly BenchSeries[] = [
  distinctSeries,
  batchOfOneFilingSeries,
  coldSeries,
  scaleSeries,
];

/** The build the cold start times is the one `npm ci` builds; rebuilt here if stale. */
function ensureBuilt(): void {
  const check = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--if-stale'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (check.status !== 0) throw new Error('build failed');
}

const fmt = (n: number | null, unit = ''): string =>
  n === null || Number.isNaN(n)
    ? '—'
    : unit === 's'
      ? n.toFixed(3)
      : n >= 100
        ? n.toFixed(0)
        : n.toFixed(n >= 10 ? 1 : 2);
const ratio = (r: Row | undefined): string =>
  r?.ratio === null || r?.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`;

function printSideBySide(results: readonly SeriesResult[], out: (s: string) => void): void {
  const first = results[0];
  if (!first) return;
  out(
    `| measure | ${results.map((r) => `${r.title}: Refuge | peer | ratio`).join(' | ')} | target |`,
  );
  out(`|---|${results.map(() => '---:|---:|---:|').join('')}---|`);
  first.rows.forEach((base, i) => {
    const cells = results.map((r) => {
      const x = r.rows[i];
      return `${fmt(x?.ours ?? null, x?.unit)} | ${fmt(x?.peer ?? null, x?.unit)} | ${ratio(x)}`;
    });
    out(`| ${base.what} | ${cells.join(' | ')} | ${base.target} |`);
  });
}

function printTable(result: SeriesResult, out: (s: string) => void): void {
  out('| measure | Refuge | peer | ratio (× better) | target |');
  out('|---|---:|---:|---:|---|');
  for (const r of result.rows)
    out(
      `| ${r.what}, ${r.unit} | ${fmt(r.ours, r.unit)} | ${fmt(r.peer, r.unit)} | ${ratio(r)} | ${r.target} |`,
    );
}

export async function runBench(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  if (argv.includes('vault')) return (await import('./vault.ts')).runVaultBench(json);
  if (argv.includes('batch')) return (await import('./batch.ts')).runBatchBench(argv, json);
  if (argv.includes('bundle')) return (await import('./bundle.ts')).runBundleBench(json);
  const out = (s: string): void => {
    process.stdout.write(`${s}\n`);
  };
  const ctx: BenchContext = {
    seconds: Number(process.env.REFUGE_BENCH_SECONDS ?? 4),
    json,
    log: (s) => {
      if (!json) out(s);
    },
  };
  const wanted = argv.filter((a) => !a.startsWith('-'));
  const series = wanted.length ? SERIES.filter((s) => wanted.includes(s.id)) : SERIES;
  if (wanted.length && series.length !== wanted.length) {
    process.stderr.write(`series: ${SERIES.map((s) => s.id).join(', ')}\n`);
    return 2;
  }
  ensureBuilt();
  const results: SeriesResult[] = [];
  for (const s of series) results.push(await s.run(ctx));

  if (json) {
    out(
      JSON.stringify(
        Object.fromEntries(results.map((r) => [r.id, { title: r.title, rows: r.rows, ...r.data }])),
        null,
        2,
      ),
    );
    return 0;
  }
  out('');
  const sideBySide = results.filter((r) => r.sideBySide);
  printSideBySide(sideBySide, out);
  for (const r of sideBySide) for (const n of r.notes) out(`- ${n}`);
  for (const r of results.filter((x) => !x.sideBySide)) {
    out('');
    out(`${r.title}:`);
    printTable(r, out);
    for (const n of r.notes) out(`- ${n}`);
  }
  out('');
  out(
    'Peers: pdfmake 0.3 (PDF: same text, Tinos, justified, same margins), docxtemplater (DOCX: same paragraphs); ratio > 1 means Refuge is better.',
  );
  return 0;
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  runBench(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
