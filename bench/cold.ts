/**
 * Start-up: fresh processes, medians of several runs.
 * - The `refuge` command a user runs (bin/refuge.js → dist/cli.js) to a PDF on disk, against node
 *   + pdfmake rendering the same text to disk; peak RSS of each process from its own maxRSS.
 * - A render worker's start: `new Worker(dist/render-worker.js)` to the first PDF's bytes.
 * - The app's first interactive screen: the built UI over the loopback bridge in a fresh Chromium
 *   context, from navigation to the first field (Debian's chromium; skipped when absent).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fontPaths } from '../main/fonts.ts';
import { getServices } from '../main/services.ts';
import type { FilingDocument } from '../main/engine/index.ts';
import { makeDistinct } from './distinct.ts';
import { loadSample, SAMPLE_DAY, TEMPLATE } from './documents.ts';
import { toPdfmake } from './peers.ts';
import { row, type BenchSeries, type Row } from './series.ts';
import { percentile } from './stats.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Runs {
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly stdout: string;
}

function runOnce(args: readonly string[]): { seconds: number; rssMb: number; stdout: string } {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, REFUGE_REPORT_RSS: '1', REFUGE_DEV: '' },
  });
  const seconds = (performance.now() - t0) / 1000;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  const m = /maxRSS=(\d+)/.exec(result.stderr);
  return { seconds, rssMb: m ? Number(m[1]) / 1024 : NaN, stdout: result.stdout };
}

/**
 * Median wall time of `runs` fresh processes of each command, run in turn (a, b, a, b …) so a
 * machine whose load changes from one minute to the next weighs on both alike; peak RSS = the
 * highest maxRSS any run reported.
 */
function processRuns(commands: readonly (readonly string[])[], runs: number): Runs[] {
  const all = commands.map(() => ({ seconds: [] as number[], rss: [] as number[], stdout: '' }));
  for (let r = 0; r < runs; r++)
    commands.forEach((args, i) => {
      const one = runOnce(args);
      const into = all[i] as (typeof all)[number];
      into.seconds.push(one.seconds);
      if (!Number.isNaN(one.rssMb)) into.rss.push(one.rssMb);
      into.stdout += one.stdout;
    });
  return all.map((a) => ({
    seconds: percentile(a.seconds, 50),
    peakRssMb: a.rss.length ? Math.max(...a.rss) : NaN,
    stdout: a.stdout,
  }));
}

/** The built UI in a fresh browser context, navigation to the first field, ms per run. */
async function firstScreen(runs: number): Promise<number[] | null> {
  const staticDir = join(ROOT, 'dist', 'renderer');
  // From the sources only (npm run bench): the test bridge and playwright must never be built
  // into dist/, which ships (`refuge bench` from dist/ skips this measure).
  if (!import.meta.url.endsWith('.ts')) return null;
  if (!existsSync(CHROMIUM) || !existsSync(join(staticDir, 'index.html'))) return null;
  const playwright = 'playwright-core';
  const bridge = new URL('../main/bridge/web.ts', import.meta.url).href;
  const { chromium } = (await import(playwright)) as typeof import('playwright-core');
  const { startWebApp } = (await import(bridge)) as typeof import('../main/bridge/web.ts');
  const dir = mkdtempSync(join(tmpdir(), 'refuge-bench-ui-'));
  const app = await startWebApp({
    vaultDir: join(dir, 'vault'),
    exportDir: join(dir, 'exports'),
    staticDir,
    kdf: { N: 2 ** 14 },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(app.bridge.url);
      await page.locator('#passphrase').waitFor();
      times.push(performance.now() - t0);
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const coldSeries: BenchSeries = {
  id: 'coldStart',
  async run(ctx) {
    ctx.log('cold start: fresh processes, the same distinct document for us and pdfmake.');
    const [input] = makeDistinct(loadSample(), SAMPLE_DAY, 1, 7);
    if (!input) throw new Error('no document');
    const document: FilingDocument = getServices().engine.build({
      templateId: TEMPLATE,
      answers: input.answers,
      lang: 'ru',
      today: input.today,
    }).document;
    const dir = mkdtempSync(join(tmpdir(), 'refuge-bench-'));
    try {
      const answersFile = join(dir, 'answers.json');
      writeFileSync(answersFile, JSON.stringify(input.answers));
      const oursArgs = [
        join(ROOT, 'bin', 'refuge.js'),
        'render',
        TEMPLATE,
        answersFile,
        '-o',
        join(dir, 'out.pdf'),
        '--today',
        input.today,
      ];
      const definitionFile = join(dir, 'pdfmake.json');
      const paths = fontPaths();
      const { header: _header, ...definition } = toPdfmake(document);
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
      const peerArgs = [
        join(ROOT, 'bench', 'pdfmake-cold.cjs'),
        definitionFile,
        join(dir, 'peer.pdf'),
      ];
      const workerArgs = [
        join(ROOT, 'bench', 'worker-start.mjs'),
        join(ROOT, 'dist', 'render-worker.js'),
        answersFile,
        input.today,
      ];
      const [ours, peer, worker] = processRuns([oursArgs, peerArgs, workerArgs], 9) as [
        Runs,
        Runs,
        Runs,
      ];
      const workerMs = [...worker.stdout.matchAll(/workerMs=([\d.]+)/g)].map((m) => Number(m[1]));
      const screen = await firstScreen(5);
      const rows: Row[] = [
        row('cold start to PDF on disk', 's', ours.seconds, peer.seconds, false, '≥ 1.25×'),
        row('peak RSS of that process', 'MB', ours.peakRssMb, peer.peakRssMb, false, '≥ 1×'),
        row('render worker start to first PDF', 'ms', percentile(workerMs, 50), null, false),
      ];
      if (screen)
        rows.push(row('first interactive screen (UI)', 'ms', percentile(screen, 50), null, false));
      return {
        id: 'coldStart',
        title: 'start-up',
        rows,
        notes: [
          'Ours: node bin/refuge.js render (the built CLI, dist/cli.js) to a PDF on disk; peer: node + pdfmake 0.3 writing the same text to disk. Medians of 9 fresh processes each, the two run in turn.',
          'Render worker: new Worker(dist/render-worker.js) to the first PDF back on the main thread, median of 9 processes.',
          screen
            ? 'First screen: the built UI over the loopback bridge in a fresh Chromium context, navigation to the first field, median of 5.'
            : `First screen: not measured (run from the sources with ${CHROMIUM} and dist/renderer).`,
        ],
        data: {
          cli: ours.seconds,
          pdfmake: peer.seconds,
          rssMb: { ours: ours.peakRssMb, pdfmake: peer.peakRssMb },
          workerMs,
          firstScreenMs: screen,
        },
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
