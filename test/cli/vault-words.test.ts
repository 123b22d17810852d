/**
 * `refuge vault` speaks the user's language (LANG / REFUGE_LANG) as the window does: what it
 * did, and a refusal — the confirmation word of a wipe stays WIPE in every language.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp.ts';

const home = tempDir('vault-words');

function vault(args: string[], input: string, lang: string) {
  return spawnSync(process.execPath, ['bin/refuge.js', 'vault', ...args, '--passphrase-stdin'], {
    encoding: 'utf8',
    input,
    env: { ...process.env, REFUGE_HOME: home, REFUGE_LANG: lang },
  });
}

describe('refuge vault in Russian and Kazakh', () => {
  it('says it created the vault, refuses a wipe not confirmed by WIPE, and wipes one that is', () => {
    const created = vault(['init'], 'a long vault passphrase\n', 'ru');
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain('Хранилище создано в ');
    expect(created.stdout).toContain('Шифруйте и весь диск');

    const refused = vault(['wipe'], 'a long vault passphrase\nУДАЛИТЬ\n', 'kk');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('жойылмады: растау WIPE емес');
    expect(existsSync(join(home, 'vault', 'vault.json'))).toBe(true);

    const wiped = vault(['wipe'], 'a long vault passphrase\nWIPE\n', 'ru');
    expect(wiped.status, wiped.stderr).toBe(0);
    expect(wiped.stdout).toContain('Хранилище уничтожено.');
  }, 120_000);

  it('says a missing passphrase line in the user’s language', () => {
    const short = vault(['list'], '', 'ru');
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('--passphrase-stdin: на стандартном вводе не хватает строк');
  }, 60_000);
});
