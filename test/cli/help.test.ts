/**
 * A paralegal can discover the CLI (issue 20): `refuge help` lists every command the CLI runs,
 * and each command answers `--help` with its own usage, in the user's language, exit 0.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runCli } from '../../main/cli/index.ts';

/** The commands `runCli` dispatches, read from its switch: a new command cannot hide. */
const COMMANDS = [
  ...readFileSync('main/cli/index.ts', 'utf8').matchAll(/^ {6}case '([a-z][a-z-]*)':/gm),
]
  .map((m) => m[1] as string)
  .filter((c) => c !== 'help');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

describe('refuge help', () => {
  it('finds the commands it checks', () => {
    expect(COMMANDS).toEqual(
      expect.arrayContaining(['render', 'batch', 'vault', 'matter', 'bundle']),
    );
  });

  it.each(COMMANDS)('lists %s, which answers --help with its usage', async (command) => {
    const help = await run(['help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(new RegExp(`^ {2}${command}[\\s|]`, 'm'));
    const own = await run([command, '--help']);
    expect(own.code, own.err).toBe(0);
    expect(own.out).toMatch(new RegExp(`^ {2}${command}[\\s|]`, 'm'));
    expect(
      own.out
        .split('\n')
        .filter((l) => /^ {2}\S/.test(l))
        .every((l) => l.startsWith(`  ${command}`)),
    ).toBe(true);
  });
});
