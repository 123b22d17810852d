/**
 * `refuge batch`: paralegals' bulk filings from a spreadsheet (the empty spreadsheet to fill in
 * is `refuge batch-template`, ./batch-template.ts).
 * Exit codes: 0 every row produced, 3 some rows failed (see report.csv), 2 nothing could start.
 */
import { join, resolve } from 'node:path';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Lang } from '../../../common/lang.ts';
import { getServices } from '../../app/context.ts';
import * as clock from '../../../common/clock.ts';
import {
  defaultWorkerCount,
  mapColumns,
  mappingFromJson,
  mappingToJson,
  ReportFile,
  runBatch,
  streamTable,
  type RowResult,
} from '../../app/batch.ts';
import { writeOutput } from '../../app/files.ts';
import { UsageError } from '../errors.ts';
import { runBatchTemplateCli } from './batch-template.ts';
import { parseLang } from './output-file.ts';
import type { CommandContext } from '../io.ts';
import { parseCommand } from '../parse.ts';
import type { Parsed } from '../table.ts';

export interface BatchIo {
  out(text: string): void;
  err(text: string): void;
}

function progressPrinter(io: BatchIo): (done: number, total: number) => void {
  const started = performance.now();
  const tty = process.stderr.isTTY;
  let lastShown = -1;
  return (done, total) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const eta = rate > 0 ? (total - done) / rate : 0;
    const line = `${done}/${total}  ${rate.toFixed(1)} rows/s  ETA ${eta.toFixed(0)} s`;
    if (tty) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    else if (Math.floor((done / total) * 10) !== lastShown || done === total) {
      lastShown = Math.floor((done / total) * 10);
      io.err(line);
    }
  };
}

/** `refuge batch` or `refuge batch-template` with its words as typed (tests call it directly). */
export async function runBatchCli(
  command: 'batch' | 'batch-template',
  argv: readonly string[],
  ui: Lang,
  io: BatchIo,
): Promise<number> {
  if (command === 'batch-template')
    return runBatchTemplateCli(parseCommand('batch-template', argv, ui).parsed, { ui, io });
  return batchCommand(parseCommand('batch', argv, ui).parsed, { ui, io });
}

export async function batchCommand(
  p: Parsed<'batch'>,
  { ui, io }: Pick<CommandContext, 'ui' | 'io'>,
): Promise<number> {
  const { values } = p;
  const { engine } = getServices();
  const [id, file, output] = [p.arg(0), p.arg(1), p.need('output')];
  const template = engine.template(id);
  const formats = (values.format ?? 'pdf').split(',').map((f) => f.trim());
  if (formats.some((f) => f !== 'pdf' && f !== 'docx'))
    throw new UsageError('--format: pdf, docx or pdf,docx');
  if (values.pdfa && !formats.includes('pdf'))
    throw new UsageError('--pdfa makes PDF/A files: add pdf to --format');
  const jobs = values.jobs ? Number(values.jobs) : defaultWorkerCount();
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    throw new UsageError('--jobs: a whole number from 1 to 64');
  // Read a row at a time: the rows in flight are in memory, not the file.
  const table = await streamTable(file, values.sheet ? { sheet: values.sheet } : {});
  const saved = values.mapping
    ? mappingFromJson(
        template.manifest,
        JSON.parse(readFileSync(values.mapping, 'utf8')) as unknown,
        table.headers,
      )
    : undefined;
  if (values['save-mapping']) {
    const automatic = saved ?? mapColumns(template.manifest, table.headers);
    writeOutput(
      resolve(values['save-mapping']),
      `${JSON.stringify(mappingToJson(automatic), null, 2)}\n`,
    );
  }
  const lang = parseLang(values.lang) ?? template.manifest.languages[0] ?? 'ru';
  const today = clock.today();
  const outDir = resolve(output);
  mkdirSync(outDir, { recursive: true });
  const report = new ReportFile(join(outDir, 'report.csv'));
  const failed: RowResult[] = [];
  const batch = await runBatch({
    manifest: template.manifest,
    table,
    outDir,
    formats: formats as ('pdf' | 'docx')[],
    jobs,
    name: values.name ?? `${id}-{{row}}`,
    force: values.force ?? false,
    ...(values.pdfa ? { pdfa: true } : {}),
    today,
    lang,
    messagesLang: ui,
    onProgress: progressPrinter(io),
    ...(saved ? { mapping: saved } : {}),
    keepResults: false,
    onResult: (result) => {
      report.add(result);
      if (result.status === 'failed') failed.push(result);
    },
  }).finally(() => report.close());
  const { mapping, counts } = batch;
  for (const column of mapping.unmapped)
    io.err(`column "${column}" matches no field and is ignored`);
  for (const sheet of mapping.unmappedSheets ?? [])
    io.err(`sheet "${sheet}" is not a repeating group with an id column tied to the rows: ignored`);
  for (const g of mapping.groupSheets ?? []) {
    io.err(`sheet "${g.sheet}" → ${g.key} items, tied by "${g.mainId}" = "${g.itemId}"`);
    for (const column of g.unmapped)
      io.err(`column "${column}" of sheet "${g.sheet}" matches no field and is ignored`);
  }
  for (const r of failed)
    for (const i of r.issues)
      io.err(`row ${r.row}${i.column ? `, ${i.column}` : ''}: ${i.message}`);
  io.out(
    `${counts.done} produced, ${counts.skipped} already done, ${counts.failed} failed — report: ${join(output, 'report.csv')}`,
  );
  return counts.failed > 0 ? 3 : 0;
}
