/**
 * `refuge render <id> <answers.json> -o <file> [--lang] [--pdfa]`: the filing resolved and
 * rendered as the window's export is (app/filings.ts), written with the app's atomic writer.
 */
import type { CommandContext } from '../io.ts';
import type { Parsed } from '../table.ts';
import { writeFilingCli } from './output-file.ts';

export async function runRenderCli(p: Parsed<'render'>, ctx: CommandContext): Promise<number> {
  const file = p.arg(1);
  return writeFilingCli(ctx, {
    id: p.arg(0),
    output: p.need('output'),
    lang: p.values.lang,
    answers: () => ctx.answersFrom(file),
    pdfa: p.values.pdfa === true,
  });
}
