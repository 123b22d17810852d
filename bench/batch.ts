/**
 * `npm run bench -- batch [rows] [--rounds N] [--trace]`: 1 000 rows of the refugee application with random
 * but valid answers from a seeded generator, to PDF and DOCX, with --jobs 1 and --jobs 2: total
 * time, rows/s, peak memory, speed-up.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addDays } from '../common/dates.ts';
import { FIRST_NAMES, LAST_NAMES, seededRandom } from './variants.ts';
import { median } from './stats.ts';

const spread = (values: readonly number[]): { min: number; max: number } => ({
  min: Math.min(...values),
  max: Math.max(...values),
});

// Statements are put together from parts with numbers, places and dates, so every row's text is
// its own, as a real client's is: repeated sentences would flatter any cache in the engine.
const CITIES = [
  'Екатеринбурге',
  'Перми',
  'Казани',
  'Новосибирске',
  'Самаре',
  'Уфе',
  'Омске',
  'Томске',
  'Челябинске',
  'Тюмени',
  'Ижевске',
  'Барнауле',
];
const ACTIONS = [
  'участвовал в одиночном пикете против войны',
  'опубликовал в социальной сети запись против мобилизации',
  'получил повестку о явке в военный комиссариат',
  'был задержан сотрудниками полиции после антивоенной акции',
  'подписал открытое письмо с требованием прекратить военные действия',
  'был допрошен сотрудниками Центра по противодействию экстремизму',
  'распространял листовки с призывом не участвовать в мобилизации',
  'помогал семьям задержанных участников протестов',
];
const AFTERMATHS = [
  'после чего на меня составили протокол № {n} по ст. 20.3.3 КоАП РФ',
  'и через {d} дней полицейские пришли по месту жительства моей матери',
  'а мой телефон изъяли и вернули только через {d} суток',
  'после чего меня уволили с работы, где я проработал {d} лет',
  'и суд назначил мне штраф в размере {n} рублей',
  'а моё имя появилось в базе лиц, подлежащих призыву, под номером {n}',
];
const FEARS = [
  'Я опасаюсь, что по возвращении меня задержат и направят в зону боевых действий.',
  'Сотрудники полиции дважды спрашивали моих родственников, где я нахожусь.',
  'Мне известно о {d} случаях, когда выданных лиц подвергали пыткам в следственном изоляторе.',
  'В отношении меня может быть возбуждено уголовное дело по ст. {a} УК РФ.',
];

function statement(random: () => number, sentences: number, parts: readonly string[]): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const fill = (text: string): string =>
    text
      .replace('{n}', String(100 + Math.floor(random() * 99_900)))
      .replace('{d}', String(5 + Math.floor(random() * 15))) // 5–19: «дней», «лет» agree
      .replace('{a}', pick(['207.3', '280.3', '328', '354.1', '275']));
  return Array.from({ length: sentences }, () =>
    parts.length > 0
      ? fill(pick(parts))
      : fill(
          `${1 + Math.floor(random() * 28)}.${String(1 + Math.floor(random() * 12)).padStart(2, '0')}.${2022 + Math.floor(random() * 4)} в ${pick(CITIES)} я ${pick(ACTIONS)}, ${pick(AFTERMATHS)}.`,
        ),
  ).join('\n');
}

/** Seeded rows with the columns batch-template writes. */
export function generateRows(
  count: number,
  seed: number,
): { headers: string[]; rows: { row: number; cells: Record<string, string> }[] } {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const headers = [
    'applicant.lastName',
    'applicant.firstName',
    'applicant.sex',
    'birthDate',
    'birthPlace',
    'addressInKz',
    'phone',
    'arrivalDate',
    'borderPoint',
    'grounds',
    'priorAsylum',
    'persecutionNarrative',
    'fearOnReturn',
    'children1_name',
    'children1_relation',
    'children1_birthDate',
    'children1_birthDocument',
    'signingDate',
  ];
  const rows = Array.from({ length: count }, (_, i) => {
    const arrival = addDays('2026-11-01', Math.floor(random() * 20));
    return {
      row: i + 2,
      cells: {
        'applicant.lastName': pick(LAST_NAMES),
        'applicant.firstName': pick(FIRST_NAMES),
        'applicant.sex': 'м',
        birthDate: addDays('1980-01-01', Math.floor(random() * 9000)),
        birthPlace: 'г. Екатеринбурга',
        addressInKz: `г. Алматы, ул. Абая, ${1 + Math.floor(random() * 200)}`,
        phone: `+7 70${Math.floor(random() * 10)} ${100 + Math.floor(random() * 900)} ${10 + Math.floor(random() * 90)} ${10 + Math.floor(random() * 90)}`,
        arrivalDate: arrival,
        borderPoint: pick(['Карасу', 'Жайсан', 'аэропорт г. Алматы']),
        grounds: pick(['politicalOpinion', 'politicalOpinion;conscientiousObjection']),
        priorAsylum: 'no',
        persecutionNarrative: statement(random, 3 + Math.floor(random() * 6), []),
        fearOnReturn: statement(random, 1 + Math.floor(random() * 3), FEARS),
        // A minor daughter for half the applicants (adults file their own applications).
        children1_name: random() < 0.5 ? `${pick(LAST_NAMES)}а Анна` : '',
        children1_relation: 'дочь',
        children1_birthDate: addDays('2010-01-01', Math.floor(random() * 5000)),
        children1_birthDocument: `свидетельство о рождении I-АЯ № ${100000 + i}`,
        signingDate: addDays(arrival, 2),
      },
    };
  });
  for (const r of rows)
    if (r.cells.children1_name === '')
      r.cells.children1_relation =
        r.cells.children1_birthDate =
        r.cells.children1_birthDocument =
          '';
  return { headers, rows };
}

/** Rows as a CSV file, the way a paralegal hands them over. */
export function toCsv(table: ReturnType<typeof generateRows>): string {
  const quote = (v: string): string => `"${v.replace(/"/g, '""')}"`;
  return [
    table.headers.map(quote).join(','),
    ...table.rows.map((r) => table.headers.map((h) => quote(r.cells[h] ?? '')).join(',')),
  ].join('\n');
}

export interface Run {
  readonly seconds: number;
  readonly peakRssMb: number;
  /** CPU time of the process, its worker threads included. */
  readonly cpuSeconds: number;
  readonly exit: number | null;
}

export interface CliBatchOptions {
  /** `--format`: pdf,docx unless given. */
  readonly format?: string;
  /** `--force` (every row rendered again) unless false: a rerun skips the rows already done. */
  readonly force?: boolean;
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * The shipped path: the built CLI (`node dist/cli.js batch …`) in a fresh process, so worker
 * start-up is the real one and peak RSS covers the process and its worker threads.
 */
export function runCli(
  root: string,
  csv: string,
  out: string,
  jobs: number,
  options: CliBatchOptions = {},
): () => Promise<Run> {
  const args = [
    join(root, 'dist', 'cli.js'),
    'batch',
    'refugee-application',
    csv,
    '-o',
    out,
    '--format',
    options.format ?? 'pdf,docx',
    '--jobs',
    String(jobs),
    ...(options.force === false ? [] : ['--force']),
    '--today',
    '2026-11-25',
  ];
  return () =>
    new Promise((resolvePromise, reject) => {
      const t0 = performance.now();
      const child = spawn(process.execPath, args, {
        cwd: root,
        env: { ...process.env, REFUGE_REPORT_RSS: '1', ...options.env },
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdout.resume();
      child.on('error', reject);
      child.on('close', (exit) => {
        const rss = Number(/maxRSS=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;
        const cpuSeconds = Number(/cpuMs=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1000;
        resolvePromise({
          seconds: (performance.now() - t0) / 1000,
          peakRssMb: rss,
          cpuSeconds,
          exit,
        });
      });
    });
}

interface WorkerTrace {
  readonly thread: string;
  /** ms after the process started. */
  readonly ready: number;
  readonly firstJob: number;
  readonly lastEnd: number;
  readonly jobs: number;
  /** ms spent on jobs, and waiting between its first job and its last. */
  readonly busy: number;
  readonly idle: number;
  /** The first 20 jobs' ms beyond what they take warm (the median of the rest): JIT warm-up. */
  readonly warmup: number;
}

/** Per worker of one traced run (REFUGE_TRACE_WORKERS, see main/workers/render-worker.ts). */
export function readTrace(text: string): { pool: number; workers: WorkerTrace[] } {
  let origin = NaN;
  let pool = NaN;
  const ready = new Map<string, number>();
  const jobs = new Map<string, [number, number][]>();
  for (const line of text.split('\n')) {
    const [kind, a, b, c] = line.split(' ');
    if (kind === 'pool' && Number.isNaN(origin)) [origin, pool] = [Number(a), Number(b)];
    if (kind === 'worker' && a) ready.set(a, Number(b));
    if (kind === 'job' && a) jobs.set(a, [...(jobs.get(a) ?? []), [Number(b), Number(c)]]);
  }
  const workers = [...jobs].map(([thread, spans]): WorkerTrace => {
    spans.sort((x, y) => x[0] - y[0]);
    const took = spans.map(([start, end]) => end - start);
    const busy = took.reduce((sum, t) => sum + t, 0);
    const first = spans[0]?.[0] ?? NaN;
    const last = spans.at(-1)?.[1] ?? NaN;
    const warm = median(took.slice(20));
    return {
      thread,
      ready: (ready.get(thread) ?? NaN) - origin,
      firstJob: first - origin,
      lastEnd: last - origin,
      jobs: spans.length,
      busy,
      idle: last - first - busy,
      warmup: took.slice(0, 20).reduce((sum, t) => sum + Math.max(0, t - warm), 0),
    };
  });
  return { pool: pool - origin, workers };
}

/**
 * `npm run bench -- batch [rows] [--rounds N]`. Each round has its own seeded rows and runs
 * `--jobs 1` and `--jobs 2` in alternating order, so a noisy neighbour or a warm disk cache
 * favours neither; the figures are medians over the rounds, with their spread.
 *
 * Each round also measures what 2 cores give this work at best: two separate processes, each
 * `--jobs 1` on half the rows, at once, against one of them alone. Nothing is shared between
 * them (no pool, no main thread, no heap), so their speed-up is the ceiling the memory system
 * and the hypervisor leave for any way of running the batch in parallel.
 *
 * The share of that ceiling splits in two factors, printed apart so a shortfall can be placed:
 * `jobs1 / (2 × halfAlone)`, what the ceiling's two start-ups and JIT warm-ups cost against one
 * (a batch that ran exactly as fast as the two processes would reach this share and no more),
 * and `together / jobs2`, --jobs 2 against the two processes on the same number of rows.
 */
export async function runBatchBench(argv: readonly string[], json: boolean): Promise<number> {
  const roundsAt = argv.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(argv[roundsAt + 1]) : 5;
  // The row count is the number that is not --rounds' value.
  const count = Number(
    argv.find((a, i) => /^\d+$/.test(a) && (roundsAt < 0 || i !== roundsAt + 1)) ?? 1000,
  );
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds: a whole number ≥ 1');
  if (!Number.isInteger(count) || count < 2) throw new Error('rows: a whole number ≥ 2');
  const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('build failed');
  // --trace: one more --jobs 2 run in the first round, its workers' busy and idle time printed.
  const trace = argv.includes('--trace');
  let traced: ({ seconds: number } & ReturnType<typeof readTrace>) | null = null;
  const dir = mkdtempSync(join(tmpdir(), 'refuge-batch-bench-'));
  const results: {
    round: number;
    /** The machine's 1-minute load average as the round began (other jobs on it). */
    loadAverage: number;
    jobs1: Run;
    jobs2: Run;
    speedup: number;
    halfAlone: Run;
    halvesTogether: Run[];
    ceiling: number;
    share: number;
    startupFactor: number;
    /** What a process pays before its rows run at speed, as the ceiling counts it twice. */
    startupSeconds: number;
    sameRowsFactor: number;
  }[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const loadAverage = loadavg()[0] ?? NaN;
      const seed = 2026 + round * 101;
      const csv = join(dir, `rows-${round}.csv`);
      const table = generateRows(count, seed);
      writeFileSync(csv, toCsv(table));
      // The two processes split the same rows: the same work as --jobs 1 and --jobs 2 have.
      const middle = Math.ceil(count / 2);
      const halves = [table.rows.slice(0, middle), table.rows.slice(middle)].map((rows, h) => {
        const file = join(dir, `half-${round}-${h}.csv`);
        writeFileSync(file, toCsv({ headers: table.headers, rows }));
        return file;
      }) as [string, string];
      const one = runCli(root, csv, join(dir, `out-${round}-1`), 1);
      const two = runCli(root, csv, join(dir, `out-${round}-2`), 2);
      let jobs1: Run;
      let jobs2: Run;
      if (round % 2 === 0) {
        jobs1 = await one();
        jobs2 = await two();
      } else {
        jobs2 = await two();
        jobs1 = await one();
      }
      const halfAlone = await runCli(root, halves[0], join(dir, `half-${round}-a`), 1)();
      const halvesTogether = await Promise.all(
        halves.map((file, h) => runCli(root, file, join(dir, `half-${round}-t${h}`), 1)()),
      );
      if (trace && round === 0) {
        const file = join(dir, 'trace.txt');
        const run = await runCli(root, csv, join(dir, 'out-trace'), 2, {
          env: { REFUGE_TRACE_WORKERS: file },
        })();
        traced = { seconds: run.seconds, ...readTrace(readFileSync(file, 'utf8')) };
        rmSync(join(dir, 'out-trace'), { recursive: true, force: true });
      }
      const together = Math.max(...halvesTogether.map((r) => r.seconds));
      const speedup = jobs1.seconds / jobs2.seconds;
      const ceiling = (2 * halfAlone.seconds) / together;
      results.push({
        round: round + 1,
        loadAverage,
        jobs1,
        jobs2,
        speedup,
        halfAlone,
        halvesTogether,
        ceiling,
        share: speedup / ceiling,
        startupFactor: jobs1.seconds / (2 * halfAlone.seconds),
        startupSeconds: 2 * halfAlone.seconds - jobs1.seconds,
        sameRowsFactor: together / jobs2.seconds,
      });
      rmSync(join(dir, `out-${round}-1`), { recursive: true, force: true });
      rmSync(join(dir, `out-${round}-2`), { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  /** A measure's median over the rounds, with the rounds' range. */
  const overRounds = (pick: (r: (typeof results)[number]) => number) => {
    const values = results.map(pick);
    return { median: median(values), ...spread(values) };
  };
  const summary = {
    rows: count,
    rounds,
    jobs1Seconds: median(results.map((r) => r.jobs1.seconds)),
    jobs2Seconds: median(results.map((r) => r.jobs2.seconds)),
    jobs1PeakRssMb: Math.max(...results.map((r) => r.jobs1.peakRssMb)),
    jobs2PeakRssMb: Math.max(...results.map((r) => r.jobs2.peakRssMb)),
    cores: availableParallelism(),
    loadAverage: spread(results.map((r) => r.loadAverage)),
    speedup: overRounds((r) => r.speedup),
    twoProcessCeiling: overRounds((r) => r.ceiling),
    /** --jobs 2's speed-up as a share of the ceiling of the same round (goal ≥ 90 %). */
    shareOfCeiling: overRounds((r) => r.share),
    /** The share a batch exactly as fast as the two processes would reach: one start-up vs two. */
    startupFactor: overRounds((r) => r.startupFactor),
    startupSeconds: median(results.map((r) => r.startupSeconds)),
    /** The two processes' time over --jobs 2's, on the same number of rows (> 1: --jobs 2 faster). */
    sameRowsFactor: overRounds((r) => r.sameRowsFactor),
    /**
     * CPU the two separate processes spent per row over what --jobs 2 spent: the overhead of
     * running both workers in one process, which a loaded machine does not blur as it blurs time.
     */
    cpuShareOfCeiling: median(
      results.map(
        (r) => r.halvesTogether.reduce((a, h) => a + h.cpuSeconds, 0) / r.jobs2.cpuSeconds,
      ),
    ),
    failedRuns: results.flatMap((r) =>
      [r.jobs1, r.jobs2, r.halfAlone, ...r.halvesTogether].filter((x) => x.exit !== 0),
    ).length,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify({ summary, results, trace: traced }, null, 2)}\n`);
    return summary.failedRuns === 0 ? 0 : 1;
  }
  const out = (line: string): boolean => process.stdout.write(`${line}\n`);
  out(
    `${count} rows of refugee-application → PDF + DOCX (node dist/cli.js batch, fresh process), ${rounds} rounds\n`,
  );
  out(
    '| round | load avg | --jobs 1 s | --jobs 2 s | speed-up | ceiling | share of ceiling | one start-up vs two | × --jobs 2 vs 2 processes, same rows |',
  );
  out('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const pct = (x: number): string => `${(x * 100).toFixed(0)} %`;
  for (const r of results)
    out(
      `| ${r.round} | ${r.loadAverage.toFixed(1)} | ${r.jobs1.seconds.toFixed(2)} | ${r.jobs2.seconds.toFixed(2)} | ${r.speedup.toFixed(2)}× | ${r.ceiling.toFixed(2)}× | ${pct(r.share)} | ${pct(r.startupFactor)} | ${pct(r.sameRowsFactor)} |`,
    );
  out('\nmedians:\n');
  out('| jobs | total s | rows/s | peak RSS MB |');
  out('|---:|---:|---:|---:|');
  for (const [jobs, seconds, rss] of [
    [1, summary.jobs1Seconds, summary.jobs1PeakRssMb],
    [2, summary.jobs2Seconds, summary.jobs2PeakRssMb],
  ] as const)
    out(
      `| ${jobs} | ${seconds.toFixed(2)} | ${(count / seconds).toFixed(1)} | ${rss.toFixed(0)} |`,
    );
  const range = (x: { min: number; max: number }, f: (v: number) => string): string =>
    `${f(x.min)}–${f(x.max)}`;
  const times = (v: number): string => `${v.toFixed(2)}×`;
  out(
    `\n${summary.cores} cores; load average ${range(summary.loadAverage, (v) => v.toFixed(1))} as the rounds began (other work on the machine)`,
  );
  out(
    `speed-up of --jobs 2 over --jobs 1: ${times(summary.speedup.median)} (median; rounds ${range(summary.speedup, times)})`,
  );
  out(
    `two independent processes on the same cores: ${times(summary.twoProcessCeiling.median)} (rounds ${range(summary.twoProcessCeiling, times)}): the ceiling this machine leaves`,
  );
  out(
    `--jobs 2 reaches ${pct(summary.shareOfCeiling.median)} of that ceiling (rounds ${range(summary.shareOfCeiling, pct)}; goal ≥ 90 %); in each round the product of`,
  );
  out(
    `  ${pct(summary.startupFactor.median)} (rounds ${range(summary.startupFactor, pct)}): one process's start-up and warm-up against the ceiling's two (2 × half alone − all rows alone: ${summary.startupSeconds.toFixed(2)} s a process)`,
  );
  out(
    `  × ${pct(summary.sameRowsFactor.median)} (rounds ${range(summary.sameRowsFactor, pct)}): the two processes' time over --jobs 2's on the same number of rows`,
  );
  out(
    `in CPU time, --jobs 2 has ${pct(summary.cpuShareOfCeiling)} of the two processes' efficiency`,
  );
  if (traced) {
    out(
      `\ntraced --jobs 2 run (round 1, ${traced.seconds.toFixed(2)} s): pool started ${traced.pool.toFixed(0)} ms after the process\n`,
    );
    out(
      '| worker | ready ms | first job ms | last job ends ms | jobs | busy ms | idle ms | warm-up ms |',
    );
    out('|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const w of traced.workers)
      out(
        `| ${w.thread} | ${w.ready.toFixed(0)} | ${w.firstJob.toFixed(0)} | ${w.lastEnd.toFixed(0)} | ${w.jobs} | ${w.busy.toFixed(0)} | ${w.idle.toFixed(0)} | ${w.warmup.toFixed(0)} |`,
      );
  }
  if (summary.failedRuns > 0) out(`\n${summary.failedRuns} runs exited non-zero`);
  return summary.failedRuns === 0 ? 0 : 1;
}
