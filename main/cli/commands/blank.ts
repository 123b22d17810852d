/**
 * `refuge blank <id> -o <file> [--lang] [--choices answers.json]`: a blank form to fill in by
 * hand, resolved as the window's (app/filings.ts); `--choices` only pick the branches.
 */
import type { CommandContext } from '../io.ts';
import type { Parsed } from '../table.ts';
import { writeFilingCli } from './output-file.ts';

export async function runBlankCli(p: Parsed<'blank'>, ctx: CommandContext): Promise<number> {
  const { choices } = p.values;
  return writeFilingCli(ctx, {
    id: p.arg(0),
    output: p.need('output'),
    lang: p.values.lang,
    answers: () => (choices ? ctx.answersFrom(choices) : {}),
    blank: true,
  });
}
