/**
 * The passphrase never comes from an argument (shell history, process list): a prompt without
 * echo, or `--passphrase-stdin` (one passphrase per line).
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Lang } from '../../common/manifest.ts';
import { localize, type SectionKey } from '../../common/locales/index.ts';
import { openVaultAt, type Vault } from '../app/vault.ts';
import { vaultDir } from '../paths.ts';
import { UsageError } from './errors.ts';
import type { Io } from './io.ts';

/** What is asked for: the cliVault section's prompts. */
export type Prompt = Extract<SectionKey<'cliVault'>, `prompt${string}`>;

export class Passphrases {
  private lines: string[] | undefined;
  constructor(
    private readonly fromStdin: boolean,
    private readonly ui: Lang,
  ) {}

  /** The next passphrase (or `params.word`, typed to confirm), asked in the user's language. */
  async next(prompt: Prompt, params: Record<string, string> = {}): Promise<string> {
    if (this.fromStdin) {
      this.lines ??= readFileSync(0, 'utf8').split(/\r?\n/);
      const line = this.lines.shift();
      if (line === undefined || line === '')
        throw new UsageError(localize(this.ui, 'cliVault.stdinShort'));
      return line;
    }
    if (!process.stdin.isTTY) throw new UsageError(localize(this.ui, 'cliVault.noTerminal'));
    return promptHidden(localize(this.ui, `cliVault.${prompt}`, params));
  }
}

function promptHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    process.stderr.write(prompt);
    output._writeToOutput = () => undefined; // no echo
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

/** Opens the data folder's vault for one command; what opening repaired goes to stderr. */
export async function openVault(pass: Passphrases, ui: Lang, io: Io): Promise<Vault> {
  const { vault, repairs } = await openVaultAt(vaultDir(), await pass.next('promptVault'), ui);
  // Said on stderr: stdout stays what the command prints.
  for (const r of repairs) io.err(`! ${r}`);
  return vault;
}

/** Opens the vault for `use` and locks it again however `use` ends: no key outlives a failed step. */
export async function withVault<T>(
  pass: Passphrases,
  ui: Lang,
  io: Io,
  use: (vault: Vault) => T | Promise<T>,
): Promise<T> {
  const vault = await openVault(pass, ui, io);
  try {
    return await use(vault);
  } finally {
    vault.lock();
  }
}
