/**
 * Issue 21 item 8: the pack rollback floor was only state.json, an unsigned file. Deleting it
 * (and the newer pack) let an older signed pack in as on a fresh install; the vault now keeps
 * the floor too, and a folder showing less is refused as tampering.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHandlers } from '../../main/ipc/handlers.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';
import { folderSaveTarget } from '../../main/bridge/web.ts';
import { ipcCalls } from '../helpers/ipc.ts';
import { baseTemplates, pack, packOptions, v2Templates } from '../packs/helpers.ts';
import { tempDir } from '../helpers/temp.ts';

const base = baseTemplates();
const v2 = v2Templates(base);
afterAll(() => {
  rmSync(dirname(base), { recursive: true, force: true });
  rmSync(dirname(v2), { recursive: true, force: true });
});
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

describe('the pack rollback floor', () => {
  const root = tempDir();
  const packsDir = join(root, 'template-packs');
  const packs = packOptions(packsDir);
  const session = new Session({
    vaultDir: join(root, 'vault'),
    saveTarget: folderSaveTarget(join(root, 'exports')),
    kdf: { N: 2 ** 10 },
    templatesDir: base,
    packs,
  });
  afterAll(() => session.close());
  const handlers = createHandlers(getServices(base, packs), session);
  const { ok, fails } = ipcCalls(handlers);

  it('deleting state.json and the newer pack does not reopen the door to an older one', async () => {
    await ok('vault:create', { passphrase: 'correct horse battery', uiLang: 'ru' });
    expect(
      (await ok('pack:import', { uiLang: 'ru', content: b64(pack(v2, 3)) })).installedVersion,
    ).toBe(3);
    // The attacker (or an accident) removes what the folder knew.
    rmSync(join(packsDir, 'state.json'));
    rmSync(join(packsDir, 'pack-3.refugepack'));
    const status = await ok('pack:status', { uiLang: 'en' });
    expect(status.warnings.join('\n')).toMatch(/looks like tampering, not a fresh install/);
    const refused = await fails('pack:import', { uiLang: 'ru', content: b64(pack(v2, 2)) });
    expect(refused.code).toBe('packRefused');
    expect(refused.message).toMatch(/хранилище помнит пакет 3.*Это похоже на вмешательство/);
    expect(
      (await fails('pack:inspect', { uiLang: 'kk', content: b64(pack(v2, 2)) })).message,
    ).toMatch(/қойма 3 пакетін есте сақтаған/);
    // A newer pack is still welcome, and puts things right.
    expect((await ok('pack:import', { uiLang: 'ru', content: b64(pack(v2, 4)) })).warnings).toEqual(
      [],
    );
  });
});
