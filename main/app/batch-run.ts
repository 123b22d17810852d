/**
 * Running a batch: the window's (a table read into memory, run in the background by the
 * session's BatchJobs, app/batch.ts) and `refuge batch`'s (a file read a row at a time) both
 * write into a folder through `runBatchIntoFolder`, report.csv growing beside the files.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../../common/lang.ts';
import { mapColumns, mappingFromJson, mappingToJson, type Mapping } from '../batch/mapping.ts';
import {
  ReportFile,
  runBatch,
  type BatchCounts,
  type BatchOptions,
  type RowResult,
} from '../batch/run.ts';
import { streamTable } from '../batch/stream.ts';
import { defaultWorkerCount } from '../workers/pool.ts';
import type { Library } from './context.ts';
import { writeOutput } from './files.ts';

export type { RowResult } from '../batch/run.ts';
export { defaultWorkerCount } from '../workers/pool.ts';

/**
 * The batch into `outDir`, each row's line added to report.csv as soon as it and the rows before
 * it are done: a batch stopped half-way (cancelled, crashed) leaves the report of what it did.
 */
export async function runBatchIntoFolder(
  options: BatchOptions,
): Promise<{ results: RowResult[]; counts: BatchCounts; mapping: Mapping; reportFile: string }> {
  mkdirSync(options.outDir, { recursive: true });
  const report = new ReportFile(join(options.outDir, 'report.csv'));
  let batch: Awaited<ReturnType<typeof runBatch>>;
  try {
    batch = await runBatch({
      ...options,
      onResult: (result) => {
        report.add(result);
        options.onResult?.(result);
      },
    });
  } catch (err) {
    try {
      report.close();
    } catch {
      // The batch's own error is the one to show.
    }
    throw err;
  }
  report.close();
  return { ...batch, reportFile: report.file };
}

/** `refuge batch`: what the command line asked for, checked there. */
export interface FileBatchRequest {
  readonly templateId: string;
  /** A CSV or XLSX file, read a row at a time: the rows in flight are in memory, not the file. */
  readonly file: string;
  readonly sheet?: string;
  readonly outDir: string;
  readonly formats: readonly ('pdf' | 'docx')[];
  readonly pdfa: boolean;
  /** Rows rendered at a time; the machine's share of cores when absent. */
  readonly jobs?: number;
  /** File name pattern; `<templateId>-{{row}}` when absent. */
  readonly name?: string;
  readonly force: boolean;
  /** The filings' language; the template's first when absent. */
  readonly lang?: Lang;
  /** A mapping saved before (`--mapping`), instead of matching columns by key and label. */
  readonly mappingFile?: string;
  /** Where to save the mapping used (`--save-mapping`). */
  readonly saveMappingFile?: string;
  readonly uiLang: Lang;
  readonly today: string;
}

/**
 * A batch from a spreadsheet file into a folder. Only the failed rows are kept (a batch of
 * 100 000 rows keeps no list of them all): the counts and the mapping come back with them.
 */
export async function runBatchFromFile(
  engine: Library,
  request: FileBatchRequest,
  onProgress?: (done: number, total: number) => void,
): Promise<{ counts: BatchCounts; mapping: Mapping; failed: RowResult[]; reportFile: string }> {
  const { manifest } = engine.template(request.templateId);
  const table = await streamTable(request.file, request.sheet ? { sheet: request.sheet } : {});
  const saved = request.mappingFile
    ? mappingFromJson(
        manifest,
        JSON.parse(readFileSync(request.mappingFile, 'utf8')) as unknown,
        table.headers,
      )
    : undefined;
  if (request.saveMappingFile) {
    const used = saved ?? mapColumns(manifest, table.headers);
    writeOutput(
      resolve(request.saveMappingFile),
      `${JSON.stringify(mappingToJson(used), null, 2)}\n`,
    );
  }
  const failed: RowResult[] = [];
  const { counts, mapping, reportFile } = await runBatchIntoFolder({
    manifest,
    table,
    outDir: resolve(request.outDir),
    formats: request.formats,
    jobs: request.jobs ?? defaultWorkerCount(),
    name: request.name ?? `${request.templateId}-{{row}}`,
    force: request.force,
    ...(request.pdfa ? { pdfa: true } : {}),
    today: request.today,
    lang: request.lang ?? manifest.languages[0] ?? 'ru',
    messagesLang: request.uiLang,
    ...(onProgress ? { onProgress } : {}),
    ...(saved ? { mapping: saved } : {}),
    keepResults: false,
    onResult: (result) => {
      if (result.status === 'failed') failed.push(result);
    },
  });
  return { counts, mapping, failed, reportFile };
}
