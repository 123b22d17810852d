/**
 * A vault folder that cannot be written (a read-only mount, a USB stick with its lock switch on,
 * permissions): the vault still opens and reads, every write is refused with a clear error in the
 * user's language, and nothing already saved is lost. Through the real file system: as root the
 * permission bits would not stop us, so the check runs as the unprivileged `nobody` user.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Vault } from '../../main/vault/index.ts';
import { tempDir } from '../helpers/tmp.ts';

const PASS = 'correct horse battery';

function freeze(path: string): void {
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path)) freeze(join(path, entry));
    chmodSync(path, 0o555);
  } else chmodSync(path, 0o444);
}

describe('a read-only vault folder', () => {
  it('opens and reads; saving is refused with a clear error and nothing is lost', async () => {
    const parent = tempDir('refuge-ro-');
    const dir = join(parent, 'vault');
    const vault = await Vault.create(dir, PASS, { kdf: { N: 2 ** 10 } });
    const matter = vault.createMatter({
      title: 'Дело Орлова',
      client: { lastName: 'Орлов', firstName: 'Максим' },
    });
    vault.saveDraft(matter.id, {
      templateId: 'supreme-court-complaint',
      templateVersion: '1',
      lang: 'ru',
      answers: { facts: 'первая редакция' },
    });
    vault.lock();
    freeze(dir);
    chmodSync(parent, 0o755);

    const asRoot = process.getuid?.() === 0;
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'test/vault/readonly-child.ts', dir, PASS, matter.id],
      {
        encoding: 'utf8',
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
        env: { ...process.env, HOME: parent, TSX_TSCONFIG_PATH: 'tsconfig.json' },
        timeout: 60_000,
      },
    );
    expect(child.stderr).toBe('');
    const seen = JSON.parse(child.stdout) as Record<
      string,
      {
        ok: boolean;
        error?: { code: string; message: string };
        value?: { title: string; drafts: unknown[] };
      }
    >;
    expect(seen.unlock?.ok).toBe(true);
    expect(seen.save).toMatchObject({ ok: false, error: { code: 'readOnly' } });
    expect(seen.save?.error?.message).toMatch(/[а-я]/);
    expect(seen.rename).toMatchObject({ ok: false, error: { code: 'readOnly' } });
    expect(seen.rename?.error?.message).toMatch(/[әіңғүұқөһ]/i);
    expect(seen.matter).toMatchObject({ ok: true, value: { title: 'Дело Орлова' } });

    // Writable again: everything saved before is intact.
    chmodSync(parent, 0o700);
    for (const p of [dir, join(dir, 'records')]) chmodSync(p, 0o755);
    const reopened = await Vault.open(dir, PASS);
    expect(reopened.getMatter(matter.id).drafts[0]?.versions.at(-1)?.answers).toEqual({
      facts: 'первая редакция',
    });
  });
});
