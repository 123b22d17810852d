/**
 * `refuge batch-template <id> -o <file.xlsx|file.csv>`: the spreadsheet to fill in, one client a
 * row — the one the window saves (app/batch.ts), written with the app's atomic writer.
 */
import { parseArgs } from 'node:util';
import { extname, resolve } from 'node:path';
import { makeBatchTemplate } from '../../app/batch.ts';
import { getServices } from '../../app/context.ts';
import { writeOutput } from '../../app/files.ts';
import { UsageError } from '../errors.ts';
import type { Io } from '../io.ts';
import type { Lang } from '../../../common/manifest.ts';

export async function runBatchTemplateCli(
  argv: readonly string[],
  { ui, io }: { readonly ui: Lang; readonly io: Io },
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { output: { type: 'string', short: 'o' } },
    allowPositionals: true,
  });
  const [id] = positionals;
  if (!id || !values.output) throw new UsageError('batch-template <id> -o <file.xlsx|file.csv>');
  const ext = extname(values.output).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv')
    throw new UsageError('batch-template: the output must be .xlsx or .csv');
  const made = await makeBatchTemplate(
    getServices().engine,
    id,
    ui,
    ext === '.xlsx' ? 'xlsx' : 'csv',
  );
  writeOutput(resolve(values.output), made.bytes);
  io.out(`${values.output}: ${made.columns} columns and an example row`);
  return 0;
}
