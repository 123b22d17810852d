/** `refuge validate <id> <answers.json> [--json]`: the window's check of the answers (exit 2). */
import { parseArgs } from 'node:util';
import { getServices } from '../../app/context.ts';
import { validateFiling } from '../../app/filings.ts';
import { UsageError } from '../errors.ts';
import type { CommandContext } from '../io.ts';
import { cliText } from '../messages.ts';

export function runValidateCli(argv: readonly string[], ctx: CommandContext): number {
  const { ui, io } = ctx;
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { lang: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  const [id, file] = positionals;
  if (!id || !file) throw new UsageError('validate <id> <answers.json>');
  const answers = ctx.answersFrom(file);
  const issues = validateFiling(getServices().engine, { templateId: id, answers, uiLang: ui });
  if (values.json) io.out(JSON.stringify({ ok: issues.length === 0, issues }, null, 2));
  for (const issue of issues) io.err(`${issue.path} (${issue.place}): ${issue.message}`);
  if (issues.length > 0) return 2;
  if (!values.json) io.out(cliText('valid', ui));
  return 0;
}
