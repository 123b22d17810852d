/**
 * The Electron main process: one window, locked down, talking to the same services as the CLI
 * and the bridge. Kept small on purpose — every piece of logic lives in modules that run and are
 * tested under plain Node (session, handlers, guard, menu, static files).
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  protocol,
  screen,
  session as electronSession,
  clipboard,
  shell,
} from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Store from 'electron-store';
import type { Lang } from '../../common/lang.ts';
import { getServices } from '../services.ts';
import { createHandlers } from '../ipc/index.ts';
import { Session, type PrefsStore } from '../session.ts';
import { CONTENT_SECURITY_POLICY, contentTypeOf } from '../csp.ts';
import { resolveStaticPath } from '../static-files.ts';
import { adoptLegacyVault, portableDir, resolveDataHome, vaultDir } from '../paths.ts';
import { APP_ORIGIN, refuseWindowOpen, registerHandlers } from './guard.ts';
import { buildMenuTemplate } from './menu.ts';
import { ClipboardGuard } from './clipboard-guard.ts';
import { boundsOnDisplays } from './window-bounds.ts';

const here = dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = join(here, 'renderer');
const PRELOAD = join(here, 'preload.cjs');

// One data folder for the app, the CLI and the web bridge (main/paths.ts); in portable mode (a
// USB stick) it is beside the app. It is pinned into REFUGE_HOME so that everything in this
// process — template packs, render workers (worker_threads copy the env) — resolves the same one.
const PORTABLE_DIR = portableDir(process.execPath);
// Before the folder is pinned: a vault an older build kept under ~/.config/refuge moves here.
adoptLegacyVault({ portableDir: PORTABLE_DIR });
const DATA_HOME = resolveDataHome({ portableDir: PORTABLE_DIR });
process.env.REFUGE_HOME = DATA_HOME;
// Each folder exists before Electron is pointed at it: app.setPath on a missing folder can fail.
for (const [name, dir] of [
  ['userData', DATA_HOME],
  ['sessionData', join(DATA_HOME, 'session')],
  // No crash reporter is started; should Chromium write a dump, it stays in our data folder.
  ['crashDumps', join(DATA_HOME, 'crash-dumps')],
] as const) {
  mkdirSync(dir, { recursive: true });
  app.setPath(name, dir);
}

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

interface WindowState {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

const store = new Store<{ window: WindowState; uiLang: Lang; namesInFileNames: boolean }>({
  name: 'preferences',
  // The file holds only the window's size and the UI language: a corrupt one is reset to the
  // defaults rather than stopping the app from starting.
  clearInvalidConfig: true,
  defaults: {
    window: { width: 1280, height: 800, maximized: false },
    uiLang: 'ru',
    namesInFileNames: false,
  },
});

const prefs: PrefsStore = {
  get: () => ({ uiLang: store.get('uiLang'), namesInFileNames: store.get('namesInFileNames') }),
  set: (patch) => {
    if (patch.uiLang) {
      store.set('uiLang', patch.uiLang);
      setMenu(patch.uiLang);
    }
    if (patch.namesInFileNames !== undefined) store.set('namesInFileNames', patch.namesInFileNames);
    return prefs.get();
  },
};

let win: BrowserWindow | null = null;
let appSession: Session | null = null;

function setMenu(lang: Lang): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(lang, {
        lock: () => void lockApp(),
      }),
    ),
  );
}

/** How long the page gets to save pending edits before a close or lock goes ahead anyway. */
const PAGE_ANSWER_MS = 2_000;

/**
 * Runs one of the page's own flows (renderer/src/shell.ts): `flush` saves pending edits (the
 * form autosaves 500 ms after typing stops), `lock` is exactly what Ctrl+Shift+L does. True if
 * the page answered in time; a hung or still-loading page must not keep the vault open.
 */
async function askPage(what: 'flush' | 'lock'): Promise<boolean> {
  const contents = win && !win.isDestroyed() ? win.webContents : null;
  if (!contents) return false;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PAGE_ANSWER_MS);
  });
  // A page that fails late (after the timeout) must not become an unhandled rejection.
  const answered = contents
    .executeJavaScript(
      `globalThis.refugeShell ? globalThis.refugeShell.${what}().then(() => true) : false`,
    )
    .then(
      (value: unknown) => value === true,
      () => false,
    );
  try {
    return await Promise.race([answered, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The menu's Lock, the OS locking the screen, sleep: the page's lock flow, then the backstop. */
async function lockApp(): Promise<void> {
  const pageLocked = await askPage('lock');
  appSession?.lock(); // whatever the page did: the vault is locked when this returns
  if (!pageLocked && win && !win.isDestroyed()) win.webContents.reload(); // back at the unlock screen
}

let windowClosing: Promise<void> | null = null;
/** Closing the window: the page saves what is pending, then the vault locks and the window goes. */
function closeWindow(): Promise<void> {
  windowClosing ??= (async () => {
    await askPage('flush');
    appSession?.lock();
    if (win && !win.isDestroyed()) {
      try {
        saveWindowState(win);
      } catch {
        // Preferences unwritable (disk full, read-only): the window still closes.
      }
      win.destroy(); // no second 'close': the flush is done
    }
  })();
  return windowClosing;
}

function saveWindowState(window: BrowserWindow): void {
  store.set('window', { ...window.getNormalBounds(), maximized: window.isMaximized() });
}

const clipboardGuard = new ClipboardGuard([
  clipboard,
  // The selection clipboard (Linux): what was merely highlighted in a filing.
  process.platform === 'linux' ? clipboard.selection : undefined,
]);

let quitting: 'no' | 'closing' | 'ready' = 'no';

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // Quit (Cmd+Q, the menu, the OS logging out) waits for the window's flush-then-close, the
  // vault's lock and the clipboard, then quits for real.
  app.on('before-quit', (event) => {
    if (quitting === 'ready') return;
    event.preventDefault();
    if (quitting === 'closing') return;
    quitting = 'closing';
    void (async () => {
      await closeWindow();
      await appSession?.close();
      await clipboardGuard.clearIfOurs(false);
    })().finally(() => {
      quitting = 'ready';
      app.quit();
    });
  });
  // Nothing may open another window or leave the app, from any web contents.
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(refuseWindowOpen);
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  // In-memory partition: no cache, cookies or storage of ours is written to disk.
  const ses = electronSession.fromPartition('refuge');
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setSpellCheckerEnabled(false);
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !details.url.startsWith(`${APP_ORIGIN}/`) }),
  );
  ses.protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'refuge' ? resolveStaticPath(RENDERER_DIR, url.pathname) : null;
    if (!file) return new Response('not found', { status: 404 });
    try {
      return new Response(await readFile(file), {
        headers: {
          'content-type': contentTypeOf(file),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });

  appSession = new Session({
    vaultDir: vaultDir(),
    prefs,
    saveTarget: {
      async choose(suggestedName, format) {
        const options: Electron.SaveDialogOptions = {
          defaultPath: join(app.getPath('documents'), suggestedName),
          filters: [{ name: format.toUpperCase(), extensions: [format] }],
          properties: ['showOverwriteConfirmation', 'createDirectory', 'dontAddToRecent'],
        };
        const result = win
          ? await dialog.showSaveDialog(win, options)
          : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      async chooseFolder(suggestedName) {
        const options: Electron.OpenDialogOptions = {
          defaultPath: app.getPath('documents'),
          properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
        };
        const result = win
          ? await dialog.showOpenDialog(win, options)
          : await dialog.showOpenDialog(options);
        const parent = result.canceled ? undefined : result.filePaths[0];
        if (!parent) return null;
        // The batch gets a folder of its own inside the chosen one, never overwriting another.
        let folder = join(parent, suggestedName);
        for (let n = 2; existsSync(folder); n++) folder = join(parent, `${suggestedName} (${n})`);
        return folder;
      },
      async reveal(folder) {
        const error = await shell.openPath(folder);
        if (error) throw new Error(error);
      },
    },
    onLock: () => {
      // Whatever was copied from a filing must not outlive the lock; what the user copied
      // elsewhere is theirs and stays.
      void clipboardGuard.clearIfOurs(win?.isFocused() ?? false);
    },
  });
  // The laptop locks, so does the vault: lid closed, OS screen lock, sleep. (lock-screen is
  // emitted on macOS and Windows; on Linux sleep is caught, a screen lock alone is not.)
  powerMonitor.on('lock-screen', () => void lockApp());
  powerMonitor.on('suspend', () => void lockApp());
  registerHandlers(ipcMain, createHandlers(getServices(), appSession));
  setMenu(prefs.get().uiLang);

  const state = store.get('window');
  const bounds = boundsOnDisplays(
    state,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  win = new BrowserWindow({
    ...bounds,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Refuge',
    webPreferences: {
      partition: 'refuge',
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      navigateOnDragDrop: false,
      devTools: !app.isPackaged,
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win?.show());
  win.on('focus', () => void clipboardGuard.focused());
  win.on('blur', () => void clipboardGuard.blurred());
  // Closing lets the page save its last keystrokes first (closeWindow), then destroys the window.
  win.on('close', (event) => {
    event.preventDefault();
    void closeWindow();
  });
  win.on('closed', () => {
    win = null;
  });
  // No link leaves the app, not even to the system browser (guard.ts).
  win.webContents.setWindowOpenHandler(refuseWindowOpen);
  await win.loadURL(`${APP_ORIGIN}/index.html`);
}
