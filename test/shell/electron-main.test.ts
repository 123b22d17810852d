/**
 * Smoke test of the BUILT desktop main process (issue 23). Electron cannot run here, so
 * `electron-main.js`, built as `npm run build` builds it, is run under plain Node with a recording
 * stand-in for the `electron` module (test/helpers/electron-standin.mjs), driven by
 * test/helpers/electron-main-driver.mjs. It checks the start-up order, the IPC handlers against the
 * contract, the data folder (shared with the CLI), a corrupt preferences.json, the lock on the
 * OS's screen lock and sleep, the clipboards, the menu's Lock, and flush-then-close on quit.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contract } from '../../main/api.ts';
import { resolveDataHome } from '../../main/paths.ts';
import { tempDir } from '../helpers/temp.ts';

interface Entry {
  readonly what: string;
  readonly detail?: unknown;
}

const root = tempDir('shell-smoke');
// Laid out as in the package: dist/ beside templates/.
const app = join(root, 'dist');
const home = join(root, 'home');
const appData = join(home, 'AppData', 'Roaming');
// The folder the CLI would use on this OS, for this home (test/shell/data-home.test.ts: on each OS).
const dataHome = resolveDataHome({ platform: process.platform, env: { APPDATA: appData }, home });
let log: Entry[] = [];

beforeAll(() => {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--main', '--outdir', app], {
    encoding: 'utf8',
  });
  expect(built.stderr).toBe('');
  expect(built.status).toBe(0);
  cpSync('templates', join(root, 'templates'), { recursive: true });
  const standIn = join(app, 'node_modules', 'electron');
  mkdirSync(standIn, { recursive: true });
  copyFileSync('test/helpers/electron-standin.mjs', join(standIn, 'index.mjs'));
  writeFileSync(
    join(standIn, 'package.json'),
    JSON.stringify({ name: 'electron', type: 'module', exports: './index.mjs' }),
  );
  // A preferences file cut short by a crash: the app must start anyway.
  mkdirSync(dataHome, { recursive: true });
  writeFileSync(join(dataHome, 'preferences.json'), '{"window": {"width": 12');

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    USERPROFILE: home,
    APPDATA: appData,
  };
  delete env.REFUGE_HOME;
  delete env.XDG_DATA_HOME;
  delete env.PORTABLE_EXECUTABLE_DIR;
  const run = spawnSync(process.execPath, ['test/helpers/electron-main-driver.mjs', app], {
    encoding: 'utf8',
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  log = (JSON.parse(run.stdout) as { log: Entry[] }).log;
}, 180_000);

const at = (what: string, detail?: unknown): number =>
  log.findIndex((e) => e.what === what && (detail === undefined || e.detail === detail));
const between = (from: string, to: string): Entry[] => log.slice(at(from), at(to) + 1);
const whats = (entries: Entry[]): string[] => entries.map((e) => e.what);

describe('the built main process starts', () => {
  it('points Electron at the data folder the CLI uses, each folder made first, before anything else', () => {
    const setPaths = log.filter((e) => e.what === 'app.setPath').map((e) => e.detail);
    expect(setPaths).toEqual([
      { name: 'userData', dir: dataHome, existed: true },
      { name: 'sessionData', dir: join(dataHome, 'session'), existed: true },
      { name: 'crashDumps', dir: join(dataHome, 'crash-dumps'), existed: true },
    ]);
    expect(at('app.setPath')).toBe(0);
    expect(existsSync(join(dataHome, 'vault', 'vault.json'))).toBe(true);
  });

  it('registers the app:// scheme and takes the single-instance lock before ready, then builds the window last', () => {
    const order = [
      'protocol.registerSchemesAsPrivileged',
      'app.requestSingleInstanceLock',
      'app.whenReady',
      'driver:imported',
      'session.fromPartition',
      'session.protocol.handle',
      'ipcMain.handle',
      'Menu.setApplicationMenu',
      'screen.getAllDisplays',
      'new BrowserWindow',
      'BrowserWindow.loadURL',
    ].map((what) => at(what));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(log[at('session.fromPartition')]?.detail).toBe('refuge');
    expect(log[at('BrowserWindow.loadURL')]?.detail).toBe('app://refuge/index.html');
  });

  it('registers one handler per channel of the contract, and no other', () => {
    const channels = log.filter((e) => e.what === 'ipcMain.handle').map((e) => e.detail);
    expect([...channels].sort()).toEqual(Object.keys(contract).sort());
  });

  it('starts over a corrupt preferences.json, which it resets', () => {
    expect(at('driver:started')).toBeGreaterThan(0);
    expect(() =>
      JSON.parse(readFileSync(join(dataHome, 'preferences.json'), 'utf8')),
    ).not.toThrow();
  });

  it('opens no window: every window.open is denied', () => {
    expect(log[at('driver:window open')]?.detail).toEqual({ action: 'deny' });
    expect(log.filter((e) => e.what === 'webContents.setWindowOpenHandler').length).toBeGreaterThan(
      0,
    );
  });
});

describe('locking with the laptop', () => {
  it('on the OS screen lock: the page locks (its own flow), and the clipboards holding our text are cleared', () => {
    expect(log[at('driver:lock-screen')]?.detail).toBe('unlocked');
    const span = whats(between('driver:lock-screen', 'driver:after lock-screen'));
    expect(span).toContain('page:lock');
    // The selection clipboard exists on Linux only.
    expect(span.filter((w) => w === 'clipboard.clear')).toHaveLength(
      process.platform === 'linux' ? 2 : 1,
    );
    expect(log[at('driver:after lock-screen')]?.detail).toBe('locked');
  });

  it('on sleep with a page that cannot answer: locks anyway, reloads, and leaves the user’s own clipboard', () => {
    expect(log[at('driver:suspend')]?.detail).toBe('unlocked');
    const span = whats(between('driver:suspend', 'driver:after suspend'));
    expect(span).not.toContain('page:lock');
    expect(span).toContain('webContents.reload');
    expect(span).not.toContain('clipboard.clear');
    expect(log[at('driver:after suspend')]?.detail).toEqual({
      state: 'locked',
      clipboard: 'the user’s own text',
    });
  });

  it('the menu’s Lock runs the page’s flow, as Ctrl+Shift+L does', () => {
    expect(log[at('driver:menu lock')]?.detail).toBe('unlocked');
    const span = whats(between('driver:menu lock', 'driver:after menu lock'));
    expect(span).toContain('page:lock');
    expect(span).not.toContain('webContents.reload');
    expect(log[at('driver:after menu lock')]?.detail).toBe('locked');
  });
});

describe('closing', () => {
  it('keeps the window until the page has saved, then destroys it, locks and quits', () => {
    expect(log[at('driver:close')]?.detail).toBe('unlocked');
    const span = between('driver:close', 'driver:after quit');
    const seq = whats(span).filter((w) =>
      [
        'BrowserWindow.close',
        'page:flush',
        'BrowserWindow.destroy',
        'app.quit',
        'app.quit:proceeds',
      ].includes(w),
    );
    expect(seq).toEqual([
      'BrowserWindow.close',
      'page:flush',
      'BrowserWindow.destroy',
      'app.quit',
      'app.quit',
      'app.quit:proceeds',
    ]);
    expect(span.find((e) => e.what === 'close event')?.detail).toEqual({ defaultPrevented: true });
    expect(log[at('driver:after quit')]?.detail).toBe('locked');
  });
});
