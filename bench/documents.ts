/**
 * Warm throughput, ours against the peers on the same documents in the same run, in two series:
 * - distinct: every timed document generated from a seed (facts, names, dates), no two sharing a
 *   fact paragraph, each timed once — what the caches cannot flatter;
 * - batch of one filing: seeded reshuffles of one sample, round-robin — boilerplate and most
 *   facts repeat, as in a real batch, so the caches serve most of the work.
 * Each prints how many distinct documents it timed and each cache's hit rate over the timed part.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getServices } from '../main/services.ts';
import { cacheStats, resetCacheStats, type FilingDocument } from '../main/engine/index.ts';
import { makeVariants } from './variants.ts';
import { makeDistinct } from './distinct.ts';
import { docxtemplaterRenderer, pdfmakeRenderer } from './peers.ts';
import {
  formatHitRates,
  hitRates,
  row,
  timeEach,
  timeFor,
  timing,
  type BenchContext,
  type BenchSeries,
  type CacheRates,
  type SeriesResult,
  type Timing,
} from './series.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
export const TEMPLATE = 'supreme-court-complaint';
export const SAMPLE_DAY = '2026-11-25';
/** Document properties' timestamp: fixed, so runs compare. */
const NOW = new Date('2026-11-25T07:00:00Z');

export function loadSample(): Record<string, unknown> {
  return JSON.parse(
    readFileSync(join(ROOT, 'templates', TEMPLATE, 'samples', 'complex.json'), 'utf8'),
  ) as Record<string, unknown>;
}

interface Input {
  readonly answers: Record<string, unknown>;
  readonly today: string;
}

interface Built extends Input {
  readonly document: FilingDocument;
}

function build(inputs: readonly Input[]): Built[] {
  const { engine } = getServices();
  return inputs.map((i) => ({
    ...i,
    document: engine.build({ templateId: TEMPLATE, answers: i.answers, lang: 'ru', today: i.today })
      .document,
  }));
}

const render = (format: 'pdf' | 'docx') => (i: Input) =>
  getServices().engine.render(
    { templateId: TEMPLATE, answers: i.answers, lang: 'ru', today: i.today, now: NOW },
    format,
  );

/** Distinct fact paragraphs across `inputs` (a paragraph = a line of a text longer than 200). */
function distinctParagraphs(inputs: readonly Input[]): { total: number; distinct: number } {
  const all: string[] = [];
  for (const i of inputs)
    for (const v of Object.values(i.answers))
      if (typeof v === 'string' && v.length > 200) all.push(...v.split('\n'));
  return { total: all.length, distinct: new Set(all).size };
}

type Timed = (
  inputs: readonly Built[],
  engines: readonly ((i: Built) => Promise<unknown>)[],
) => Promise<number[][]>;

interface Measured {
  readonly ours: Timing;
  readonly peer: Timing;
  readonly caches: CacheRates | null;
}

async function pair(
  inputs: readonly Built[],
  ours: (i: Built) => Promise<unknown>,
  peer: (i: Built) => Promise<unknown>,
  timed: Timed,
): Promise<Measured> {
  resetCacheStats(); // the peers use none of our caches
  const [oursTimes = [], peerTimes = []] = await timed(inputs, [ours, peer]);
  const caches = hitRates(cacheStats());
  return { ours: timing(oursTimes), peer: timing(peerTimes), caches };
}

/** The three measures every format is judged by: throughput (with its goal), then p50 and p95. */
function formatRows(format: string, m: Measured, goal: string) {
  return [
    row(
      `${format} docs/s (1 core, warm)`,
      'docs/s',
      m.ours.docsPerSecond,
      m.peer.docsPerSecond,
      true,
      goal,
    ),
    row(`${format} ms/doc p50`, 'ms', m.ours.p50, m.peer.p50, false),
    row(`${format} ms/doc p95`, 'ms', m.ours.p95, m.peer.p95, false),
  ];
}

async function documentSeries(
  ctx: BenchContext,
  id: string,
  title: string,
  warm: readonly Built[],
  pdfInputs: readonly Built[],
  docxInputs: readonly Built[],
  timed: Timed,
  about: string,
): Promise<SeriesResult> {
  ctx.log(`${title}: ${about}`);
  const pdfmake = await pdfmakeRenderer();
  const docxtemplater = await docxtemplaterRenderer();
  // Warm-up on documents of their own: JIT, fonts parsed, patterns and templates loaded.
  for (const w of warm) {
    await render('pdf')(w);
    await render('docx')(w);
    await pdfmake(w.document);
    await docxtemplater(w.document);
  }
  const pdf = await pair(pdfInputs, render('pdf'), (i) => pdfmake(i.document), timed);
  const docx = await pair(docxInputs, render('docx'), (i) => docxtemplater(i.document), timed);
  const paragraphs = distinctParagraphs([...pdfInputs, ...docxInputs]);
  const distinctDocs = new Set([...pdfInputs, ...docxInputs].map((i) => JSON.stringify(i.answers)))
    .size;
  const rows = [...formatRows('PDF', pdf, '≥ 6×'), ...formatRows('DOCX', docx, '≥ 1.5×')];
  const notes = [
    `${title}: ${distinctDocs} distinct documents (${pdf.ours.documents} PDF and ${docx.ours.documents} DOCX renders timed), ${paragraphs.distinct} distinct of ${paragraphs.total} fact paragraphs.`,
    `${title}, cache hit rates over the timed PDF renders: ${pdf.caches ? formatHitRates(pdf.caches) : '—'}.`,
  ];
  return {
    id,
    title,
    rows,
    sideBySide: true,
    notes,
    data: {
      distinctDocuments: distinctDocs,
      factParagraphs: paragraphs,
      pdf: { ours: pdf.ours, pdfmake: pdf.peer },
      docx: { ours: docx.ours, docxtemplater: docx.peer },
      cacheHitRates: { pdf: pdf.caches, docx: docx.caches },
    },
  };
}

/** Distinct documents per timed series (REFUGE_BENCH_DOCS); pdfmake takes ~0.2 s each. */
const DISTINCT_DOCS = Number(process.env.REFUGE_BENCH_DOCS ?? 60);
const WARM_DOCS = 8;

export const distinctSeries: BenchSeries = {
  id: 'distinct',
  async run(ctx) {
    // One generator call for all of them, so no paragraph repeats across warm-up and timed sets.
    const all = build(
      makeDistinct(loadSample(), SAMPLE_DAY, WARM_DOCS + 2 * DISTINCT_DOCS, 20261206),
    );
    return documentSeries(
      ctx,
      'distinct',
      'distinct',
      all.slice(0, WARM_DOCS),
      all.slice(WARM_DOCS, WARM_DOCS + DISTINCT_DOCS),
      all.slice(WARM_DOCS + DISTINCT_DOCS),
      (inputs, engines) => timeEach(inputs, engines),
      `${DISTINCT_DOCS} generated documents per format, each timed once, ours and the peer taking turns by the second; facts, names and dates from seed 20261206.`,
    );
  },
};

const BATCH_VARIANTS = Number(process.env.REFUGE_BENCH_VARIANTS ?? 24);

export const batchOfOneFilingSeries: BenchSeries = {
  id: 'batchOfOneFiling',
  async run(ctx) {
    const { $sample: _meta, ...sample } = loadSample();
    const variants = build(
      makeVariants(sample, BATCH_VARIANTS, 20261125).map((answers) => ({
        answers,
        today: SAMPLE_DAY,
      })),
    );
    return documentSeries(
      ctx,
      'batchOfOneFiling',
      'batch of one filing',
      variants,
      variants,
      variants,
      (inputs, engines) => timeFor(inputs, engines, 2 * ctx.seconds),
      `${variants.length} seeded reshuffles of the complex sample round-robin for ${2 * ctx.seconds} s, ours and the peer taking turns by the second.`,
    );
  },
};
