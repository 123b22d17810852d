/**
 * `-o <file.pdf|file.docx>`: the format is the file's extension; and the one way `render` and
 * `blank` write a filing there, resolved as the window's export is (app/filings.ts).
 */
import { extname, resolve } from 'node:path';
import * as clock from '../../../common/clock.ts';
import { isLang, type Lang } from '../../../common/lang.ts';
import { getServices } from '../../app/context.ts';
import { renderFilingToFile } from '../../app/filings.ts';
import { UsageError } from '../errors.ts';
import type { CommandContext } from '../io.ts';
import { cliText } from '../messages.ts';
import { printPreflight } from '../preflight.ts';

export function outputFormat(file: string, ui: Lang): { path: string; format: 'pdf' | 'docx' } {
  const ext = extname(file).toLowerCase();
  if (ext !== '.pdf' && ext !== '.docx')
    throw new UsageError(cliText('badExtension', ui, { file }));
  return { path: resolve(file), format: ext === '.pdf' ? 'pdf' : 'docx' };
}

export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (isLang(value)) return value;
  throw new UsageError(`--lang: ${value}`);
}

/** Renders filing `id` into `output`; the pre-flight goes to stderr, the size to stdout. */
export async function writeFilingCli(
  { ui, io }: CommandContext,
  request: {
    readonly id: string;
    readonly output: string;
    readonly lang: string | undefined;
    /** Called once the filing is known to exist: a sample's answers move the clock to its day. */
    readonly answers: () => Record<string, unknown>;
    readonly pdfa?: boolean;
    readonly blank?: boolean;
  },
): Promise<number> {
  const out = outputFormat(request.output, ui);
  if (request.pdfa && out.format !== 'pdf')
    throw new UsageError(cliText('pdfaNeedsPdf', ui, { file: request.output }));
  const { engine } = getServices();
  engine.template(request.id); // an unknown filing is named before the answers are read
  const lang = parseLang(request.lang);
  const answers = request.answers();
  const made = await renderFilingToFile(
    engine,
    { templateId: request.id, answers, lang, uiLang: ui, today: clock.today() },
    out.format,
    out.path,
    { pdfa: request.pdfa === true, blank: request.blank === true },
  );
  printPreflight(made.preflight, ui, io);
  io.out(cliText('written', ui, { file: request.output, bytes: made.bytes }));
  return 0;
}
