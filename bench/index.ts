/**
 * `npm run bench [-- --json]`: our engine against the peer engines on the same work, in the same run.
 * Inputs: N seeded, distinct variants of the supreme-court-complaint complex sample (never one
 * sample repeated, which would only time caches). Reports p50/p95 ms per document, docs/s on one
 * core (warm), cold start of the bundled CLI to a first PDF on disk, and peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { getServices } from '../main/services.ts';
import type { FilingDocument } from '../main/engine/model.ts';
import { makeVariants } from './variants.ts';
import { pdfmakeRenderer, docxtemplaterRenderer, toPdfmake } from './peers.ts';
import { fontPaths } from '../main/fonts.ts';
import { percentile } from './stats.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const TEMPLATE = 'supreme-court-complaint';
const TODAY = '2026-11-25';
const NOW = new Date('2026-11-25T07:00:00Z');

export interface Series {
  readonly name: string;
  readonly p50: number;
  readonly p95: number;
  readonly docsPerSecond: number;
  readonly samples: number;
}

/** Run `fn` over the inputs round-robin for at least `seconds` (after a warm-up pass). */
async function measure<T>(
  name: string,
  inputs: readonly T[],
  fn: (input: T) => Promise<unknown>,
  seconds: number,
): Promise<Series> {
  for (const input of inputs) await fn(input); // warm-up: JIT, fonts parsed, patterns loaded
  const times: number[] = [];
  const started = performance.now();
  let i = 0;
  while (performance.now() - started < seconds * 1000 || times.length < inputs.length) {
    const input = inputs[i % inputs.length] as T;
    const t0 = performance.now();
    await fn(input);
    times.push(performance.now() - t0);
    i++;
  }
  const total = times.reduce((a, b) => a + b, 0);
  times.sort((a, b) => a - b);
  return {
    name,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    docsPerSecond: (times.length / total) * 1000,
    samples: times.length,
  };
}

interface ColdStart {
  readonly seconds: number;
  readonly peakRssMb: number;
}

/** Median of several fresh processes; peak RSS from the child's own maxRSS. */
function coldStart(command: string, args: readonly string[], runs: number): ColdStart {
  const seconds: number[] = [];
  const rss: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const result = spawnSync(command, args, {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, REFUGE_REPORT_RSS: '1' },
    });
    seconds.push((performance.now() - t0) / 1000);
    if (result.status !== 0)
      throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
    const m = /maxRSS=(\d+)/.exec(result.stderr);
    if (m) rss.push(Number(m[1]) / 1024);
  }
  seconds.sort((a, b) => a - b);
  rss.sort((a, b) => a - b);
  return {
    seconds: percentile(seconds, 50),
    peakRssMb: rss.length ? (rss[rss.length - 1] ?? NaN) : NaN,
  };
}

function ensureBuilt(): string {
  const cli = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cli) || process.env.REFUGE_BENCH_REBUILD !== '0') {
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('build failed');
  }
  return cli;
}

export async function runBench(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  if (argv.includes('vault')) return (await import('./vault.ts')).runVaultBench(json);
  if (argv.includes('batch')) return (await import('./batch.ts')).runBatchBench(argv, json);
  if (argv.includes('bundle')) return (await import('./bundle.ts')).runBundleBench(json);
  if (argv.includes('scale')) return (await import('./scale.ts')).printScale(argv);
  const seconds = Number(process.env.REFUGE_BENCH_SECONDS ?? 4);
  const variantsCount = Number(process.env.REFUGE_BENCH_VARIANTS ?? 24);
  const log = (s: string): void => {
    if (!json) process.stdout.write(`${s}\n`);
  };

  const { engine } = getServices();
  const sample = JSON.parse(
    readFileSync(join(ROOT, 'templates', TEMPLATE, 'samples', 'complex.json'), 'utf8'),
  ) as Record<string, unknown>;
  const variants = makeVariants(sample, variantsCount, 20261125);
  const built = variants.map((answers) =>
    engine.build({ templateId: TEMPLATE, answers, lang: 'ru', today: TODAY }),
  );
  const documents: FilingDocument[] = built.map((b) => b.document);
  const firstPdf = await engine.writePdf(documents[0] as FilingDocument, NOW);
  const pages = String((await PDFDocument.load(firstPdf)).getPageCount());
  log(
    `Input: ${TEMPLATE} complex sample, ${variants.length} seeded variants, ${pages} pages (ru), ${seconds}s per series, one core, warm.`,
  );

  const pdfmake = await pdfmakeRenderer();
  const docxtemplater = await docxtemplaterRenderer();

  const ours = {
    pdf: await measure(
      'Refuge PDF (full pipeline)',
      variants,
      (answers) =>
        engine.render({ templateId: TEMPLATE, answers, lang: 'ru', today: TODAY }, 'pdf'),
      seconds,
    ),
    pdfWriter: await measure(
      'Refuge PDF (layout + writer)',
      documents,
      (doc) => engine.writePdf(doc, NOW),
      seconds,
    ),
    docx: await measure(
      'Refuge DOCX (full pipeline)',
      variants,
      (answers) =>
        engine.render({ templateId: TEMPLATE, answers, lang: 'ru', today: TODAY }, 'docx'),
      seconds,
    ),
  };
  const peers = {
    pdfmake: await measure(
      'pdfmake 0.3 (same text, Tinos, justified)',
      documents,
      (doc) => pdfmake(doc),
      seconds,
    ),
    docxtemplater: await measure(
      'docxtemplater (same text)',
      documents,
      (doc) => docxtemplater(doc),
      seconds,
    ),
  };

  // Cold start: the bundled CLI, a fresh process, to a PDF on disk.
  const cli = ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'refuge-bench-'));
  let cold: ColdStart;
  let peerCold: ColdStart;
  try {
    const answersFile = join(dir, 'answers.json');
    writeFileSync(answersFile, JSON.stringify(variants[0]));
    cold = coldStart(
      process.execPath,
      [cli, 'render', TEMPLATE, answersFile, '-o', join(dir, 'out.pdf'), '--today', TODAY],
      7,
    );
    const definitionFile = join(dir, 'pdfmake.json');
    const paths = fontPaths();
    const { header: _header, ...definition } = toPdfmake(documents[0] as FilingDocument);
    writeFileSync(
      definitionFile,
      JSON.stringify({
        definition,
        fonts: {
          Tinos: {
            normal: paths.regular,
            bold: paths.bold,
            italics: paths.italic,
            bolditalics: paths.boldItalic,
          },
        },
      }),
    );
    peerCold = coldStart(
      process.execPath,
      [join(ROOT, 'bench', 'pdfmake-cold.cjs'), definitionFile, join(dir, 'peer.pdf')],
      5,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const rows = [
    {
      what: 'PDF docs/s (1 core, warm)',
      ours: ours.pdf.docsPerSecond,
      peer: peers.pdfmake.docsPerSecond,
      target: '≥ 4×',
      higherIsBetter: true,
    },
    {
      what: 'PDF ms/doc p50',
      ours: ours.pdf.p50,
      peer: peers.pdfmake.p50,
      target: '',
      higherIsBetter: false,
    },
    {
      what: 'PDF ms/doc p95',
      ours: ours.pdf.p95,
      peer: peers.pdfmake.p95,
      target: '',
      higherIsBetter: false,
    },
    {
      what: 'DOCX docs/s (1 core, warm)',
      ours: ours.docx.docsPerSecond,
      peer: peers.docxtemplater.docsPerSecond,
      target: '≥ 1×',
      higherIsBetter: true,
    },
    {
      what: 'DOCX ms/doc p50',
      ours: ours.docx.p50,
      peer: peers.docxtemplater.p50,
      target: '',
      higherIsBetter: false,
    },
    {
      what: 'DOCX ms/doc p95',
      ours: ours.docx.p95,
      peer: peers.docxtemplater.p95,
      target: '',
      higherIsBetter: false,
    },
    {
      what: 'cold start to PDF on disk, s',
      ours: cold.seconds,
      peer: peerCold.seconds,
      target: '≤ 0.35 s',
      higherIsBetter: false,
    },
    {
      what: 'peak RSS of that process, MB',
      ours: cold.peakRssMb,
      peer: peerCold.peakRssMb,
      target: '≤ 130 MB',
      higherIsBetter: false,
    },
  ].map((r) => ({ ...r, ratio: r.higherIsBetter ? r.ours / r.peer : r.peer / r.ours }));

  if (json) {
    process.stdout.write(
      `${JSON.stringify({ template: TEMPLATE, pages: Number(pages), variants: variants.length, series: [...Object.values(ours), ...Object.values(peers)], rows }, null, 2)}\n`,
    );
  } else {
    log('');
    log('| measure | Refuge | peer | ratio (× better) | target |');
    log('|---|---:|---:|---:|---|');
    for (const r of rows)
      log(
        `| ${r.what} | ${r.ours.toFixed(2)} | ${r.peer.toFixed(2)} | ${r.ratio.toFixed(2)}× | ${r.target} |`,
      );
    log('');
    log(
      `Layout + writer alone (model → PDF bytes): p50 ${ours.pdfWriter.p50.toFixed(2)} ms, p95 ${ours.pdfWriter.p95.toFixed(2)} ms, ${ours.pdfWriter.docsPerSecond.toFixed(1)} docs/s.`,
    );
    log(
      'Peers: pdfmake = PDF peer; docxtemplater = DOCX peer; cold-start peer = node + pdfmake rendering the same text.',
    );
  }
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
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
