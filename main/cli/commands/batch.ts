/**
 * `refuge batch`: paralegals' bulk filings from a spreadsheet (the empty spreadsheet to fill in
 * is `refuge batch-template`, ./batch-template.ts).
 * Exit codes: 0 every row produced, 3 some rows failed (see report.csv), 2 nothing could start.
 */
import { join } from 'node:path';
import type { Lang } from '../../../common/lang.ts';
import * as clock from '../../../common/clock.ts';
import { runBatchFromFile } from '../../app/batch-run.ts';
import { getServices } from '../../app/context.ts';
import { localize, type SectionKey } from '../../../common/locales/index.ts';
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

type Key = SectionKey<'cliBatch'>;

function progressPrinter(io: BatchIo, ui: Lang): (done: number, total: number) => void {
  const started = performance.now();
  const tty = process.stderr.isTTY;
  let lastShown = -1;
  return (done, total) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const eta = rate > 0 ? (total - done) / rate : 0;
    const line = localize(ui, 'cliBatch.progress', {
      done,
      total,
      rate: rate.toFixed(1),
      eta: eta.toFixed(0),
    });
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
  const [id, file, output] = [p.arg(0), p.arg(1), p.need('output')];
  // The table took only pdf, docx or both, and a --jobs from 1 to 64.
  const formats = (values.format ?? 'pdf').split(',') as ('pdf' | 'docx')[];
  if (values.pdfa && !formats.includes('pdf'))
    throw new UsageError(localize(ui, 'cliHelp.pdfaNeedsPdfFormat'));
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  const lang = parseLang(values.lang);
  const { mapping, counts, failed } = await runBatchFromFile(
    getServices().engine,
    {
      templateId: id,
      file,
      ...(values.sheet ? { sheet: values.sheet } : {}),
      outDir: output,
      formats,
      pdfa: values.pdfa === true,
      ...(jobs ? { jobs } : {}),
      ...(values.name ? { name: values.name } : {}),
      force: values.force ?? false,
      ...(lang ? { lang } : {}),
      ...(values.mapping ? { mappingFile: values.mapping } : {}),
      ...(values['save-mapping'] ? { saveMappingFile: values['save-mapping'] } : {}),
      uiLang: ui,
      today: clock.today(),
    },
    progressPrinter(io, ui),
  );
  const t = (key: Key, params: Record<string, string | number> = {}): string =>
    localize(ui, `cliBatch.${key}`, params);
  for (const column of mapping.unmapped) io.err(t('columnIgnored', { column }));
  for (const sheet of mapping.unmappedSheets ?? []) io.err(t('sheetIgnored', { sheet }));
  for (const g of mapping.groupSheets ?? []) {
    io.err(t('sheetTied', { sheet: g.sheet, key: g.key, mainId: g.mainId, itemId: g.itemId }));
    for (const column of g.unmapped) io.err(t('sheetColumnIgnored', { column, sheet: g.sheet }));
  }
  for (const r of failed)
    for (const { column, message } of r.issues)
      io.err(
        column
          ? t('rowColumnIssue', { row: r.row, column, message })
          : t('rowIssue', { row: r.row, message }),
      );
  const { done, skipped, failed: failedCount } = counts;
  io.out(t('summary', { done, skipped, failed: failedCount, report: join(output, 'report.csv') }));
  return counts.failed > 0 ? 3 : 0;
}
