/**
 * Every IPC call that reads or changes client data keeps the vault from locking as idle; the
 * calls that read none (status, templates, the calendar) do not, so a window left open on a
 * template list still locks. Each domain says which are quiet (main/ipc/result.ts domainHandlers).
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { createHandlers } from '../../main/ipc/handlers.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';
import { folderSaveTarget } from '../../main/bridge/web.ts';
import { tempDir } from '../helpers/temp.ts';

describe('the idle timer', () => {
  const dir = tempDir('idle-touch');
  const session = new Session({
    vaultDir: join(dir, 'vault'),
    saveTarget: folderSaveTarget(join(dir, 'out')),
    kdf: { N: 2 ** 10 },
  });
  afterAll(() => session.close());
  const handlers = createHandlers(getServices(), session);
  const touch = vi.spyOn(session, 'touch');

  it('is not moved by calls that read no client data, and is by those that do', async () => {
    await session.create('correct horse battery');
    touch.mockClear();
    expect((await handlers['vault:status']({})).ok).toBe(true);
    expect((await handlers['templates:list']({ uiLang: 'ru' })).ok).toBe(true);
    expect((await handlers['calendar:get']({})).ok).toBe(true);
    expect((await handlers['pack:status']({ uiLang: 'ru' })).ok).toBe(true);
    expect(touch).not.toHaveBeenCalled();
    expect((await handlers['matters:list']({ uiLang: 'ru', query: '' })).ok).toBe(true);
    expect(touch).toHaveBeenCalledTimes(1);
    expect((await handlers['matters:create']({ uiLang: 'ru', title: 'Дело' })).ok).toBe(true);
    expect(touch).toHaveBeenCalledTimes(2);
  });
});
