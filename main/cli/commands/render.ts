/**
 * `refuge render <id> <answers.json> -o <file> [--lang] [--pdfa]`: the filing resolved and
 * rendered as the window's export is (app/filings.ts), written with the app's atomic writer.
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.ts';
import type { CommandContext } from '../io.ts';
import { writeFilingCli } from './output-file.ts';

export async function runRenderCli(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      output: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      pdfa: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const [id, file] = positionals;
  if (!id || !file || !values.output)
    throw new UsageError(
      'render <id> <answers.json> -o <file.pdf|file.docx> [--lang ru|kk|en] [--pdfa]',
    );
  return writeFilingCli(ctx, {
    id,
    output: values.output,
    lang: values.lang,
    answers: () => ctx.answersFrom(file),
    pdfa: values.pdfa === true,
  });
}
