/**
 * The shell's pure parts (issue 23): the clipboard is cleared on lock and quit only while it holds
 * our text; a saved window position off every display is dropped; macOS gets an app menu and a
 * Window menu, in the UI language.
 */
import { describe, expect, it } from 'vitest';
import { ClipboardGuard, type ClipboardLike } from '../../main/electron/clipboard-guard.ts';
import { boundsOnDisplays } from '../../main/electron/window-bounds.ts';
import { buildMenuTemplate } from '../../main/electron/menu.ts';
import { outsideAsar } from '../../main/workers/pool.ts';

class Board implements ClipboardLike {
  cleared = 0;
  constructor(public text = '') {}
  readText(): Promise<string> {
    return Promise.resolve(this.text);
  }
  clear(): void {
    this.text = '';
    this.cleared++;
  }
}

describe('the clipboard on lock and quit', () => {
  it('clears what was copied in our window and left there', async () => {
    const board = new Board('the user’s own text');
    const guard = new ClipboardGuard([board]);
    await guard.focused();
    board.text = 'Иванов Иван Иванович'; // copied from a filing
    await guard.blurred();
    expect(await guard.clearIfOurs(false)).toBe(1);
    expect(board.text).toBe('');
  });

  it('leaves the user’s own text alone, even after a lock with the vault closed', async () => {
    const board = new Board('an address from the e-mail');
    const guard = new ClipboardGuard([board]);
    await guard.focused();
    await guard.blurred();
    expect(await guard.clearIfOurs(false)).toBe(0);
    expect(board.text).toBe('an address from the e-mail');
  });

  it('leaves text copied elsewhere after ours was left there', async () => {
    const board = new Board();
    const guard = new ClipboardGuard([board]);
    await guard.focused();
    board.text = 'Иванов';
    await guard.blurred();
    board.text = 'copied in the browser later';
    expect(await guard.clearIfOurs(false)).toBe(0);
    expect(board.text).toBe('copied in the browser later');
  });

  it('clears text copied while the window is still focused, on both boards (Linux selection)', async () => {
    const clipboard = new Board('before');
    const selection = new Board('before, selected');
    const guard = new ClipboardGuard([clipboard, selection, undefined]);
    await guard.focused();
    clipboard.text = 'номер дела';
    selection.text = 'номер дела, выделен';
    expect(await guard.clearIfOurs(true)).toBe(2);
    expect([clipboard.cleared, selection.cleared]).toEqual([1, 1]);
  });

  it('never clears a board it cannot read', async () => {
    const broken: ClipboardLike & { cleared: number } = {
      cleared: 0,
      readText: () => Promise.reject(new Error('no display')),
      clear() {
        this.cleared++;
      },
    };
    const guard = new ClipboardGuard([broken]);
    await guard.focused();
    await guard.blurred();
    expect(await guard.clearIfOurs(true)).toBe(0);
    expect(broken.cleared).toBe(0);
  });
});

describe('the window’s saved bounds', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 875 };
  const monitor = { x: 1440, y: 0, width: 2560, height: 1415 };

  it('keeps a position that is on a display', () => {
    expect(
      boundsOnDisplays({ x: 1600, y: 100, width: 1280, height: 800 }, [laptop, monitor]),
    ).toEqual({ x: 1600, y: 100, width: 1280, height: 800 });
  });

  it('drops a position on a monitor that is gone, and fits the size to what is left', () => {
    expect(boundsOnDisplays({ x: 1600, y: 100, width: 2400, height: 1300 }, [laptop])).toEqual({
      width: 1440,
      height: 875,
    });
  });

  it('drops a position whose title bar is out of reach', () => {
    expect(boundsOnDisplays({ x: 100, y: -500, width: 1000, height: 700 }, [laptop])).toEqual({
      width: 1000,
      height: 700,
    });
    expect(boundsOnDisplays({ x: 1400, y: 10, width: 1000, height: 700 }, [laptop])).toEqual({
      width: 1000,
      height: 700,
    });
  });
});

describe('the macOS menu', () => {
  const roles = (platform: NodeJS.Platform) =>
    buildMenuTemplate('ru', { lock: () => undefined }, platform).map((top) => ({
      label: top.label,
      role: top.role,
      items: (Array.isArray(top.submenu) ? top.submenu : []).map((i) => i.role ?? i.label),
    }));

  it('starts with the app menu and has a Window menu with minimise and close (Cmd+M, Cmd+W)', () => {
    const menu = roles('darwin');
    expect(menu[0]).toMatchObject({ label: 'Refuge' });
    expect(menu[0]?.items).toContain('quit');
    const window = menu.find((m) => m.role === 'windowMenu');
    expect(window?.label).toBe('Окно');
    expect(window?.items).toEqual(expect.arrayContaining(['minimize', 'close']));
    // Quit only once, in the app menu; the File menu keeps Lock.
    expect(menu.flatMap((m) => m.items).filter((r) => r === 'quit')).toHaveLength(1);
    expect(menu[1]?.items).toEqual(['Заблокировать хранилище']);
  });

  it('is unchanged elsewhere: no app menu, Quit in the File menu', () => {
    const menu = roles('win32');
    expect(menu[0]?.label).toBe('Файл');
    expect(menu[0]?.items).toContain('quit');
    expect(menu.some((m) => m.role === 'windowMenu')).toBe(false);
  });

  it.each(['ru', 'kk'] as const)('is in Cyrillic in %s but for the app’s name', (lang) => {
    const labels = buildMenuTemplate(lang, { lock: () => undefined }, 'darwin').flatMap((top) => [
      String(top.label),
      ...(Array.isArray(top.submenu) ? top.submenu : [])
        .filter((item) => item.type !== 'separator')
        .map((item) => String(item.label)),
    ]);
    expect(labels.filter((l) => /[A-Za-z]/.test(l))).toEqual(['Refuge']);
  });

  it.each(['kk', 'en'] as const)('speaks %s in the Window menu', (lang) => {
    const menu = buildMenuTemplate(lang, { lock: () => undefined }, 'darwin');
    const window = menu.find((m) => m.role === 'windowMenu');
    expect(window?.label).toBe(lang === 'kk' ? 'Терезе' : 'Window');
  });
});

describe('the packaged render worker', () => {
  it('is started from app.asar.unpacked, never from inside the asar', () => {
    expect(outsideAsar('/opt/Refuge/resources/app.asar/dist/render-worker.js')).toBe(
      '/opt/Refuge/resources/app.asar.unpacked/dist/render-worker.js',
    );
    expect(outsideAsar('C:\\Refuge\\resources\\app.asar\\dist\\render-worker.js')).toBe(
      'C:\\Refuge\\resources\\app.asar.unpacked\\dist\\render-worker.js',
    );
    expect(outsideAsar('/home/a/refuge/dist/render-worker.js')).toBe(
      '/home/a/refuge/dist/render-worker.js',
    );
    expect(outsideAsar('/srv/app.asarx/dist/w.js')).toBe('/srv/app.asarx/dist/w.js');
  });
});
