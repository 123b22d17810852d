/**
 * `refuge completion bash|zsh|fish` prints a script written from the command table: every
 * command, a command's options and subcommands complete — in bash for real, by sourcing the
 * script and calling its function as bash's completion would.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { runCli } from '../../main/cli/index.ts';
import { COMMAND_NAMES } from '../../main/cli/table.ts';

async function script(shell: string): Promise<string> {
  let out = '';
  const code = await runCli(['completion', shell], {
    out: (t) => (out += t),
    err: () => undefined,
  });
  expect(code).toBe(0);
  return out;
}

const hasBash = spawnSync('bash', ['-c', 'true']).status === 0;

/**
 * What bash offers for each line typed so far (its last word being completed): the script as a
 * user installs it, `source <(refuge completion bash)`, from a process of its own.
 */
function complete(lines: string[][]): string[][] {
  const cases = lines.map(
    (words) =>
      `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; COMPREPLY=(); _refuge; echo "\${COMPREPLY[*]}"`,
  );
  const result = spawnSync(
    'bash',
    ['-c', [`source <(REFUGE_DEV=1 node bin/refuge.js completion bash)`, ...cases].join('\n')],
    { encoding: 'utf8' },
  );
  expect(result.stderr).toBe('');
  return result.stdout
    .split('\n')
    .slice(0, lines.length)
    .map((l) => l.split(' ').filter((w) => w !== ''));
}

describe('refuge completion', () => {
  it.each(['bash', 'zsh', 'fish'])(
    '%s: names every command and a command’s options',
    async (shell) => {
      const text = await script(shell);
      for (const command of COMMAND_NAMES) expect(text).toMatch(new RegExp(`\\b${command}\\b`));
      expect(text).toContain('pdfa');
      expect(text).toContain('save-mapping');
      expect(text).toContain('passphrase-stdin');
    },
  );

  it('fish: each option belongs to its command, with its words', async () => {
    const text = await script('fish');
    expect(text).toContain(
      "complete -c refuge -n '__fish_seen_subcommand_from render' -l output -s o -r -d 'the file to write; its extension picks PDF or DOCX'",
    );
    expect(text).toMatch(
      /__fish_seen_subcommand_from vault; and not __fish_seen_subcommand_from init list passwd export import wipe' -f -a export/,
    );
  });

  it.runIf(hasBash)(
    'bash really completes commands, subcommands, options and values',
    () => {
      const typed: [string[], string[]][] = [
        [['refuge', 're'], ['render']],
        [
          ['refuge', 'ba'],
          ['batch-template', 'batch'],
        ],
        [
          ['refuge', 'vault', ''],
          ['init', 'list', 'passwd', 'export', 'import', 'wipe'],
        ],
        [['refuge', 'render', 'x', '--p'], ['--pdfa']],
        [
          ['refuge', 'blank', 'x', '--lang', ''],
          ['ru', 'kk', 'en'],
        ],
        [['refuge', 'batch', 'x', '--format', 'pdf,'], ['pdf,docx']],
        // Anything else is a file name.
        [['refuge', 'render', 'README.m'], ['README.md']],
      ];
      expect(complete(typed.map(([words]) => words))).toEqual(typed.map(([, offered]) => offered));
      const [vaultList] = complete([['refuge', 'vault', 'list', '--']]);
      expect(vaultList).toEqual(
        expect.arrayContaining(['--passphrase-stdin', '--query', '--all', '--keep-key', '--help']),
      );
    },
    60_000,
  );
});
