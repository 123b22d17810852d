/**
 * `refuge blank <id> -o <file> [--lang] [--choices answers.json]`: a blank form to fill in by
 * hand, resolved as the window's (app/filings.ts); `--choices` only pick the branches.
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.ts';
import type { CommandContext } from '../io.ts';
import { writeFilingCli } from './output-file.ts';

export async function runBlankCli(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      output: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      choices: { type: 'string' },
    },
    allowPositionals: true,
  });
  const [id] = positionals;
  const { output, choices } = values;
  if (!id || !output)
    throw new UsageError(
      'blank <id> -o <file.pdf|file.docx> [--lang ru|kk|en] [--choices answers.json]',
    );
  return writeFilingCli(ctx, {
    id,
    output,
    lang: values.lang,
    answers: () => (choices ? ctx.answersFrom(choices) : {}),
    blank: true,
  });
}
