/**
 * Issue 21 item 3: the app built bundles on Electron's main thread (handlers.ts), so a hostile
 * scan would take the app down with the vault open. Bundles are now built in a render worker:
 * its death is an error message, and the app (and the vault) carry on.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { createHandlers } from '../../main/ipc/handlers.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';
import { folderSaveTarget } from '../../main/bridge/web.ts';
import { RenderPool } from '../../main/workers/pool.ts';
import { ipcCalls } from '../helpers/ipc.ts';
import { tempDir } from '../helpers/temp.ts';
import { sampleFile } from '../helpers/golden.ts';

const root = tempDir();
const session = new Session({
  vaultDir: join(root, 'vault'),
  saveTarget: folderSaveTarget(join(root, 'exports')),
  kdf: { N: 2 ** 10 },
});
afterAll(() => session.close());
const { ok } = ipcCalls(createHandlers(getServices(), session));

describe('bundles in the render worker', () => {
  it('are built there, not on the main thread; a dead worker is a message, not a dead app', async () => {
    await ok('vault:create', { uiLang: 'ru', passphrase: 'тихий вечер над Алматы' });
    const matter = await ok('matters:create', { uiLang: 'ru', title: 'Выдача' });
    const png = PNG.sync.write(new PNG({ width: 60, height: 80 }));
    const added = await ok('attachments:add', {
      uiLang: 'ru',
      matterId: matter.id,
      name: 'скан.png',
      content: png.toString('base64'),
    });
    const sample = sampleFile('templates/supreme-court-complaint/samples/complex.json');
    const payload = {
      uiLang: 'ru',
      matterId: matter.id,
      templateId: 'supreme-court-complaint',
      answers: { ...sample, attachments: [{ title: 'Скан', fileId: added.id, pages: 1 }] },
      lang: 'ru',
      index: false,
      dpi: 150,
      print: true,
    };
    const render = vi.spyOn(RenderPool.prototype, 'render');
    const done = await ok('bundle:export', payload);
    expect(done.pages).toBeGreaterThan(1);
    const bundleJob = render.mock.calls.find((c) => c[4] !== undefined)?.[4];
    expect(Object.keys(bundleJob?.bytes ?? {})).toEqual([added.id]);

    // The worker dies mid-bundle (as an out-of-memory worker would): an error, and the app goes on.
    render.mockImplementationOnce(async () => ({
      id: 0,
      ok: false,
      kind: 'crashed',
      message: 'heap',
    }));
    const r = await createHandlers(getServices(), session)['bundle:export'](payload);
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!r.ok && r.error.message).toMatch(/Документ не подготовлен: сбой обработки/);
    expect(session.status().state).toBe('unlocked');
    render.mockRestore();
    expect((await ok('bundle:export', payload)).pages).toBe(done.pages);
  });
});
