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

  it('a newest pack removed while the record stays is said, and a newer import clears it', async () => {
    const home = tempDir('pack-missing');
    const dir = join(home, 'template-packs');
    const own = packOptions(dir);
    const services = getServices(base, own);
    const mine = new Session({
      vaultDir: join(home, 'vault'),
      saveTarget: folderSaveTarget(join(home, 'exports')),
      kdf: { N: 2 ** 10 },
      templatesDir: base,
      packs: own,
    });
    const calls = ipcCalls(createHandlers(services, mine));
    await calls.ok('vault:create', { passphrase: 'correct horse battery', uiLang: 'ru' });
    await calls.ok('pack:import', { uiLang: 'ru', content: b64(pack(base, 3)) });
    await calls.ok('pack:import', { uiLang: 'ru', content: b64(pack(v2, 4)) });
    rmSync(join(dir, 'pack-4.refugepack'));
    services.engine.reload();
    const status = await calls.ok('pack:status', { uiLang: 'en' });
    expect(status.warnings).toEqual([
      expect.stringMatching(/pack 4 was removed from the packs folder.*older templates: pack 3/),
    ]);
    // New drafts would print pack 3's text: the newest filing version is no longer 1.1.0.
    expect(services.engine.template('supreme-court-complaint').manifest.version).toBe('1.0.0');
    expect(
      (await calls.ok('pack:import', { uiLang: 'kk', content: b64(pack(v2, 5)) })).warnings,
    ).toEqual([]);
    mine.close();
    rmSync(home, { recursive: true, force: true });
  });
});
