/**
 * `refuge render <id> <answers.json> -o <file> [--lang] [--pdfa]`: the filing resolved and
 * rendered as the window's export is (app/filings.ts), written with the app's atomic writer.
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

export async function runRenderCli(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { ui, io } = ctx;
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
  const out = outputFormat(values.output, ui);
  if (values.pdfa && out.format !== 'pdf')
    throw new UsageError(cliText('pdfaNeedsPdf', ui, { file: values.output }));
  const { engine } = getServices();
  engine.template(id); // an unknown filing is named before the answers are read
  const lang = parseLang(values.lang);
  const answers = ctx.answersFrom(file); // first: a sample moves the clock to its day
  const made = await renderFilingToFile(
    engine,
    { templateId: id, answers, lang, uiLang: ui, today: clock.today() },
    out.format,
    out.path,
    { pdfa: values.pdfa === true },
  );
  printPreflight(made.preflight, ui, io);
  io.out(cliText('written', ui, { file: values.output, bytes: made.bytes }));
  return 0;
}
