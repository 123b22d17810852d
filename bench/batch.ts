/**
 * `npm run bench -- batch [rows]`: 1 000 rows of the refugee application with random but valid
 * answers from a seeded generator, to PDF and DOCX, with --jobs 1 and --jobs 2: total time,
 * rows/s, peak memory, speed-up.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addDays } from '../common/dates.ts';
import { FIRST_NAMES, LAST_NAMES, seededRandom } from './variants.ts';

const SENTENCES = [
  'Я публично выступал против войны и участвовал в антивоенных акциях.',
  'После объявления мобилизации мне вручили повестку, и я выехал из России.',
  'Сотрудники полиции неоднократно приходили по месту жительства моих родственников.',
  'В отношении меня возбуждено уголовное дело, которое я считаю политически мотивированным.',
  'Я опасаюсь задержания, пыток и принудительной отправки в зону боевых действий.',
];

/** Seeded rows with the columns batch-template writes. */
export function generateRows(
  count: number,
  seed: number,
): { headers: string[]; rows: { row: number; cells: Record<string, string> }[] } {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const text = (n: number): string => Array.from({ length: n }, () => pick(SENTENCES)).join('\n');
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
    'persecutionNarrative',
    'fearOnReturn',
    'family1_name',
    'family1_relation',
    'family1_birthDate',
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
        persecutionNarrative: text(3 + Math.floor(random() * 6)),
        fearOnReturn: text(1 + Math.floor(random() * 3)),
        family1_name: random() < 0.5 ? `${pick(LAST_NAMES)}а Анна` : '',
        family1_relation: 'супруга',
        family1_birthDate: addDays('1985-01-01', Math.floor(random() * 6000)),
        signingDate: addDays(arrival, 2),
      },
    };
  });
  for (const r of rows)
    if (r.cells.family1_name === '') r.cells.family1_relation = r.cells.family1_birthDate = '';
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

/**
 * The shipped path: the bundled CLI (`node dist/cli.js batch …`) in a fresh process, so worker
 * start-up is the real one and peak RSS covers the process and its worker threads.
 */
export async function runBatchBench(argv: readonly string[], json: boolean): Promise<number> {
  const count = Number(argv.find((a) => /^\d+$/.test(a)) ?? 1000);
  const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('build failed');
  const dir = mkdtempSync(join(tmpdir(), 'refuge-batch-bench-'));
  const runs: {
    jobs: number;
    seconds: number;
    rowsPerSecond: number;
    peakRssMb: number;
    exit: number | null;
  }[] = [];
  try {
    const csv = join(dir, 'rows.csv');
    writeFileSync(csv, toCsv(generateRows(count, 2026)));
    for (const jobs of [1, 2]) {
      const out = join(dir, `out-${jobs}`);
      const t0 = performance.now();
      const child = spawnSync(
        process.execPath,
        [
          join(root, 'dist', 'cli.js'),
          'batch',
          'refugee-application',
          csv,
          '-o',
          out,
          '--format',
          'pdf,docx',
          '--jobs',
          String(jobs),
          '--force',
          '--today',
          '2026-11-25',
        ],
        { cwd: root, encoding: 'utf8', env: { ...process.env, REFUGE_REPORT_RSS: '1' } },
      );
      const seconds = (performance.now() - t0) / 1000;
      const rss = Number(/maxRSS=(\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024;
      runs.push({
        jobs,
        seconds,
        rowsPerSecond: count / seconds,
        peakRssMb: rss,
        exit: child.status,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const [one, two] = runs as [(typeof runs)[number], (typeof runs)[number]];
  const speedup = one.seconds / two.seconds;
  if (json) process.stdout.write(`${JSON.stringify({ rows: count, runs, speedup }, null, 2)}\n`);
  else {
    process.stdout.write(
      `${count} rows of refugee-application → PDF + DOCX (node dist/cli.js batch, fresh process)\n\n| jobs | total s | rows/s | peak RSS MB | exit |\n|---:|---:|---:|---:|---:|\n`,
    );
    for (const r of runs)
      process.stdout.write(
        `| ${r.jobs} | ${r.seconds.toFixed(2)} | ${r.rowsPerSecond.toFixed(1)} | ${r.peakRssMb.toFixed(0)} | ${r.exit} |\n`,
      );
    process.stdout.write(`\nspeed-up of --jobs 2 over --jobs 1: ${speedup.toFixed(2)}×\n`);
  }
  return 0;
}
