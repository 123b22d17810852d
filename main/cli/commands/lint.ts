/** `refuge lint [templates-dir]`: every template, sample and cite checked (app/lint.ts). */
import { parseArgs } from 'node:util';
import { lintTemplates } from '../../app/lint.ts';
import type { CommandContext } from '../io.ts';
import { cliText } from '../messages.ts';

export async function runLintCli(
  argv: readonly string[],
  { ui, io }: CommandContext,
): Promise<number> {
  const { positionals } = parseArgs({ args: [...argv], options: {}, allowPositionals: true });
  const problems = await lintTemplates(positionals[0], ui);
  for (const p of problems) io.err(p);
  if (problems.length === 0) io.out(cliText('lintClean', ui));
  return problems.length === 0 ? 0 : 2;
}
