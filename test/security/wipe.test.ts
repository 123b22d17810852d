/**
 * Issue 21 item 6: the app wiped a locked vault on the confirmation word alone, the CLI asked for
 * the passphrase. Decision (docs/SECURITY.md, «Wipe»): the passphrase everywhere, locked or not.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../main/ipc/handlers.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';
import { VaultBusyError, wipeVault } from '../../main/vault/index.ts';
import { folderSaveTarget } from '../../main/bridge/web.ts';
import { tempDir } from '../helpers/temp.ts';

const PASS = 'correct horse battery';
const dir = tempDir();
const vaultDir = join(dir, 'vault');
const session = new Session({
  vaultDir,
  saveTarget: folderSaveTarget(join(dir, 'out')),
  kdf: { N: 2 ** 10 },
});
afterAll(() => session.close());
const handlers = createHandlers(getServices(), session);

describe('wiping the vault', () => {
  it('a locked vault is not wiped on the word alone, nor with a wrong passphrase', async () => {
    await session.create(PASS);
    session.lock();
    expect(await handlers['vault:wipe']({ uiLang: 'en', confirm: 'WIPE' })).toMatchObject({
      ok: false,
      error: { code: 'invalidPayload' },
    });
    expect(
      await handlers['vault:wipe']({ uiLang: 'en', confirm: 'WIPE', passphrase: 'not the one!' }),
    ).toMatchObject({ ok: false, error: { code: 'wrongPassphrase' } });
    expect(existsSync(join(vaultDir, 'vault.json'))).toBe(true);
    expect(session.status().state).toBe('locked');
  });

  it('an unlocked vault needs the passphrase too', async () => {
    await session.unlock(PASS);
    expect(
      await handlers['vault:wipe']({ uiLang: 'ru', confirm: 'УДАЛИТЬ', passphrase: 'wrong one!' }),
    ).toMatchObject({ ok: false, error: { code: 'wrongPassphrase' } });
    expect(session.status().state).toBe('unlocked');
  });

  it('waits for the vault lock: another process halfway through a write is not wiped under', async () => {
    const lockFile = join(vaultDir, '.refuge-lock');
    writeFileSync(
      lockFile,
      JSON.stringify({
        pid: process.pid,
        host: hostname(),
        started: '',
        token: 'feedfacefeedface',
      }),
    );
    try {
      await expect(
        wipeVault(vaultDir, PASS, { lockWait: { attempts: 1, intervalMs: 1 } }),
      ).rejects.toBeInstanceOf(VaultBusyError);
      expect(existsSync(join(vaultDir, 'vault.json'))).toBe(true);
    } finally {
      unlinkSync(lockFile);
    }
  });

  it('the word and the passphrase wipe it, locked', async () => {
    session.lock();
    const r = await handlers['vault:wipe']({ uiLang: 'en', confirm: 'WIPE', passphrase: PASS });
    expect(r).toMatchObject({ ok: true, value: { state: 'none' } });
    expect(existsSync(vaultDir)).toBe(false);
  });
});
