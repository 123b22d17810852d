/**
 * `refuge validate <id> <answers.json> [--lang ru|kk|en] [--json]`: the window's check of the
 * answers (exit 2).
 */
import { getServices } from '../../app/context.ts';
import { validateFiling } from '../../app/filings.ts';
import type { CommandContext } from '../io.ts';
import { cliText } from '../messages.ts';
import { parseLang } from './output-file.ts';
import type { Parsed } from '../table.ts';

export function runValidateCli(p: Parsed<'validate'>, ctx: CommandContext): number {
  const { ui, io } = ctx;
  const { values } = p;
  const id = p.arg(0);
  const answers = ctx.answersFrom(p.arg(1));
  // --lang: also what that document language needs (an English filing: each Latin name).
  const issues = validateFiling(getServices().engine, {
    templateId: id,
    answers,
    uiLang: ui,
    ...(values.lang === undefined ? {} : { lang: parseLang(values.lang) }),
  });
  if (values.json) io.out(JSON.stringify({ ok: issues.length === 0, issues }, null, 2));
  for (const issue of issues) io.err(`${issue.path} (${issue.place}): ${issue.message}`);
  if (issues.length > 0) return 2;
  if (!values.json) io.out(cliText('valid', ui));
  return 0;
}
