/**
 * The batch streamed: the CLI reads its CSV a row at a time and writes report.csv as rows finish,
 * with the same report and files as a batch of the same table read whole; no more than the
 * window of rows is ever read ahead of the report; the guards still refuse bombs.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { decodeText, parseCsv, parseXlsx, type TableRow } from '../../main/batch/read.ts';
import { reportCsv, runBatch, type RowResult } from '../../main/batch/run.ts';
import { runBatchCli } from '../../main/cli/commands/batch.ts';
import { getServices } from '../../main/services.ts';
import { base, headers, refugeeWorkbook, type Row } from '../helpers/refugee-rows.ts';
import { pinTestDay } from '../helpers/clock.ts';
import { tempDir } from '../helpers/temp.ts';

const today = pinTestDay();
const manifest = getServices().engine.template('refugee-application').manifest;
const quiet = { out: (): void => undefined, err: (): void => undefined };

/** A row as a paralegal might get it wrong: a day that does not exist, no surname, a twin name. */
const rowKind = fc.constantFrom('good', 'badDate', 'noName', 'twin');
function rowOf(kind: string, i: number): Partial<Row> {
  if (kind === 'badDate') return { 'applicant.lastName': `Сидоров${i}`, arrivalDate: '32.11.2026' };
  if (kind === 'noName') return { 'applicant.lastName': '' };
  if (kind === 'twin') return { 'applicant.lastName': 'Петров' };
  return { 'applicant.lastName': `Әбілов${i}` };
}

const csvOf = (rows: readonly Partial<Row>[]): string =>
  `\uFEFF# help line\r\n${Papa.unparse([headers, ...rows.map((r) => headers.map((h) => r[h] ?? base[h]))])}\r\n`;

const inMemory = (
  table: { headers: readonly string[]; rows: readonly TableRow[] },
  outDir: string,
) =>
  runBatch({
    manifest,
    table,
    outDir,
    formats: ['docx'],
    jobs: 1,
    name: '{{applicant.lastName}}',
    force: false,
    today,
    lang: 'ru',
    messagesLang: 'ru',
  });

describe('a streamed batch', () => {
  it('writes the report and files a batch of the table read whole writes, for mixed good and bad rows (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowKind, { minLength: 1, maxLength: 6 }), async (kinds) => {
        const rows = kinds.map(rowOf);
        const dir = tempDir('stream-batch');
        const csv = join(dir, 'клиенты.csv');
        writeFileSync(csv, csvOf(rows));
        const code = await runBatchCli(
          'batch',
          [
            'refugee-application',
            csv,
            '-o',
            join(dir, 'streamed'),
            '--format',
            'docx',
            '--jobs',
            '1',
            '--name',
            '{{applicant.lastName}}',
          ],
          'ru',
          quiet,
        );
        const whole = await inMemory(parseCsv(decodeText(readFileSync(csv))), join(dir, 'whole'));
        const report = readFileSync(join(dir, 'streamed', 'report.csv'), 'utf8');
        const relative = (r: RowResult) => ({
          ...r,
          files: r.files.map((f) => f.replace(join(dir, 'whole'), join(dir, 'streamed'))),
        });
        expect(report).toBe(reportCsv(whole.results.map(relative)));
        // Rows 3, 4 …: the help line and the header come first.
        const bad = kinds.flatMap((k, i) => (k === 'badDate' || k === 'noName' ? [i + 3] : []));
        expect(whole.results.filter((r) => r.status === 'failed').map((r) => r.row)).toEqual(bad);
        expect(code).toBe(bad.length > 0 ? 3 : 0);
        expect(readdirSync(join(dir, 'streamed')).sort()).toEqual(
          [...readdirSync(join(dir, 'whole')), 'report.csv'].sort(),
        );
        expect(statSync(join(dir, 'streamed', 'report.csv')).mode & 0o777).toBe(0o600);
      }),
      { numRuns: 4 },
    );
  }, 240_000);

  it('reads an XLSX as before: the same report as the workbook read whole', async () => {
    const rows = [rowOf('good', 1), rowOf('badDate', 2), rowOf('twin', 3), rowOf('twin', 4)];
    const bytes = await refugeeWorkbook(rows);
    const dir = tempDir('stream-xlsx');
    const file = join(dir, 'клиенты.xlsx');
    writeFileSync(file, bytes);
    await runBatchCli(
      'batch',
      [
        'refugee-application',
        file,
        '-o',
        join(dir, 'streamed'),
        '--format',
        'docx',
        '--jobs',
        '1',
        '--name',
        '{{applicant.lastName}}',
      ],
      'ru',
      quiet,
    );
    const whole = await inMemory(await parseXlsx(bytes), join(dir, 'whole'));
    const report = readFileSync(join(dir, 'streamed', 'report.csv'), 'utf8');
    expect(report).toBe(
      reportCsv(
        whole.results.map((r) => ({
          ...r,
          files: r.files.map((f) => f.replace('whole', 'streamed')),
        })),
      ),
    );
    expect(report).toMatch(/\r\n3,failed,"arrivalDate","Дата прибытия/);
    expect(report).toContain('Петров (2).docx');
  }, 120_000);

  it('never reads more than the window of rows ahead of the report', async () => {
    const window = 3;
    let emitted = 0;
    let ahead = 0;
    const cells = (i: number): Record<string, string> => ({
      ...base,
      ...rowOf(i % 3 === 0 ? 'good' : 'badDate', i),
    });
    async function* rows(): AsyncGenerator<TableRow> {
      for (let i = 0; i < 24; i++) {
        // Rows read so far (this one included) that have not been reported yet.
        ahead = Math.max(ahead, i + 1 - emitted);
        yield { row: i + 2, cells: cells(i) };
      }
    }
    const seen: number[] = [];
    const { results, counts } = await runBatch({
      manifest,
      table: { headers, rows: rows(), total: 24 },
      outDir: tempDir('window'),
      formats: ['docx'],
      jobs: 1,
      window,
      keepResults: false,
      onResult: (r) => {
        emitted++;
        seen.push(r.row);
      },
      name: '{{applicant.lastName}}',
      force: false,
      today,
      lang: 'ru',
      messagesLang: 'ru',
    });
    expect(ahead).toBe(window);
    expect(seen).toEqual(Array.from({ length: 24 }, (_, i) => i + 2));
    expect(results).toEqual([]);
    expect(counts).toEqual({ done: 8, skipped: 0, failed: 16, cancelled: 0 });
  }, 120_000);

  it('stops with the error when the report cannot be written, instead of going on blind', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({
      row: i + 2,
      cells: { ...base, ...rowOf('badDate', i) },
    }));
    let calls = 0;
    await expect(
      runBatch({
        manifest,
        table: { headers, rows },
        outDir: tempDir('report-fails'),
        formats: ['docx'],
        jobs: 1,
        window: 2,
        onResult: () => {
          calls++;
          throw new Error('ENOSPC: no space left on device, write');
        },
        name: '{{applicant.lastName}}',
        force: false,
        today,
        lang: 'ru',
        messagesLang: 'ru',
      }),
    ).rejects.toThrow(/ENOSPC/);
    expect(calls).toBeLessThan(10);
  }, 60_000);

  it('refuses a CSV over the row cap before any row is rendered', async () => {
    const dir = tempDir('stream-cap');
    const csv = join(dir, 'rows.csv');
    writeFileSync(
      csv,
      `${headers.join(';')}\n${`${headers.map((h) => base[h]).join(';')}\n`.repeat(10_001)}`,
    );
    await expect(
      runBatchCli('batch', ['refugee-application', csv, '-o', join(dir, 'out')], 'ru', quiet),
    ).rejects.toMatchObject({ limit: 'tooManyRows' });
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
