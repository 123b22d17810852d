/** `refuge lint [templates-dir]`: every template, sample and cite checked (app/lint.ts). */
import { lintTemplates } from '../../app/lint.ts';
import type { CommandContext } from '../io.ts';
import { cliText } from '../messages.ts';
import type { Parsed } from '../table.ts';

export async function runLintCli(
  { positionals }: Parsed<'lint'>,
  { ui, io }: CommandContext,
): Promise<number> {
  const problems = await lintTemplates(positionals[0], ui);
  for (const p of problems) io.err(p);
  if (problems.length === 0) io.out(cliText('lintClean', ui));
  return problems.length === 0 ? 0 : 2;
}
