/**
 * `refuge batch-template <id> -o <file.xlsx|file.csv>`: the spreadsheet to fill in, one client a
 * row — the one the window saves (app/batch.ts), written with the app's atomic writer.
 */
import { extname, resolve } from 'node:path';
import { makeBatchTemplate } from '../../app/batch.ts';
import { getServices } from '../../app/context.ts';
import { writeOutput } from '../../app/files.ts';
import { localize } from '../../../common/locales/index.ts';
import { UsageError } from '../errors.ts';
import type { CommandContext } from '../io.ts';
import type { Parsed } from '../table.ts';

export async function runBatchTemplateCli(
  p: Parsed<'batch-template'>,
  { ui, io }: Pick<CommandContext, 'ui' | 'io'>,
): Promise<number> {
  const output = p.need('output');
  const ext = extname(output).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv')
    throw new UsageError(localize(ui, 'cliBatch.badTableExtension', { file: output }));
  const made = await makeBatchTemplate(
    getServices().engine,
    p.arg(0),
    ui,
    ext === '.xlsx' ? 'xlsx' : 'csv',
  );
  writeOutput(resolve(output), made.bytes);
  io.out(localize(ui, 'cliBatch.templateWritten', { file: output, columns: made.columns }));
  return 0;
}
