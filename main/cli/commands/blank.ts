/**
 * `refuge blank <id> -o <file> [--lang] [--choices answers.json]`: a blank form to fill in by
 * hand, resolved as the window's (app/filings.ts); `--choices` only pick the branches.
 */
import { parseArgs } from 'node:util';
import * as clock from '../../../common/clock.ts';
import { getServices } from '../../app/context.ts';
import { renderFilingToFile } from '../../app/filings.ts';
import { UsageError } from '../errors.ts';
import type { CommandContext } from '../io.ts';
import { cliText } from '../messages.ts';
import { printPreflight } from '../preflight.ts';
import { outputFormat, parseLang } from './output-file.ts';

export async function runBlankCli(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { ui, io } = ctx;
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
  if (!id || !values.output)
    throw new UsageError(
      'blank <id> -o <file.pdf|file.docx> [--lang ru|kk|en] [--choices answers.json]',
    );
  const out = outputFormat(values.output, ui);
  const { engine } = getServices();
  engine.template(id);
  const lang = parseLang(values.lang);
  const answers = values.choices ? ctx.answersFrom(values.choices) : {};
  const made = await renderFilingToFile(
    engine,
    { templateId: id, answers, lang, uiLang: ui, today: clock.today() },
    out.format,
    out.path,
    { blank: true },
  );
  printPreflight(made.preflight, ui, io);
  io.out(cliText('written', ui, { file: values.output, bytes: made.bytes }));
  return 0;
}
