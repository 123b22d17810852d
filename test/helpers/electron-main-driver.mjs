// Runs the BUILT main process (argv[2]/electron-main.js) under plain Node against the recording
// stand-in in argv[2]/node_modules/electron, and plays what Electron and the OS would do: ready,
// the page's hooks, the screen locking, sleep, the menu's Lock, closing the window, quitting.
// Prints one JSON object: the stand-in's log with the vault's state at each step marked in it.
// test/shell/electron-main.test.ts asserts on it. A child process: main pins process.env and
// registers process-wide handlers, and the vitest worker aliases `electron` to another stub.
import { join } from 'node:path';
import { setImmediate } from 'node:timers';
import { pathToFileURL } from 'node:url';

const dir = process.argv[2];
const E = await import(pathToFileURL(join(dir, 'node_modules', 'electron', 'index.mjs')).href);
const mark = (what, detail) => E.log.push({ what: `driver:${what}`, detail });

// Waits for main's promise chains without a clock: yields to the event loop until `done`.
async function until(done, what) {
  for (let i = 0; i < 20000; i++) {
    if (await done()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`never happened: ${what}`);
}
const logged = (what, from = 0) => E.log.slice(from).some((entry) => entry.what === what);

await import(pathToFileURL(join(dir, 'electron-main.js')).href);
mark('imported');
E.drive.ready();
await until(() => logged('BrowserWindow.loadURL'), 'the window loads');
mark('started');

const trusted = { senderFrame: { url: 'app://refuge/index.html', parent: null } };
const call = (channel, payload) => E.drive.ipcMain.handlers.get(channel)(trusted, payload);
const state = async () => {
  const r = await call('vault:status', {});
  return r.ok ? r.value.state : `error:${r.error.code}`;
};
const passphrase = 'a long vault passphrase';
const win = E.drive.window;
const contents = win.webContents;
// The page's hooks note when they have FINISHED (a turn of the event loop later), so a main that
// did not wait for them would be seen destroying the window or locking first.
const later = () => new Promise((resolve) => setImmediate(resolve));
const page = {
  flush: async () => {
    await later();
    E.log.push({ what: 'page:flush' });
  },
  lock: async () => {
    await later();
    await call('vault:lock', {});
    E.log.push({ what: 'page:lock' });
  },
};

const created = await call('vault:create', { passphrase, uiLang: 'ru' });
mark('vault:create', created.ok ? created.value.state : created.error);

// 1. The OS locks the screen while a filing's text is on both clipboards.
contents.pageGlobals = { refugeShell: page };
win.focusedNow = true;
win.emit('focus');
await until(() => true, 'focus');
await new Promise((resolve) => setImmediate(resolve));
E.drive.clipboard.text = 'Волков Андрей Павлович';
E.drive.clipboard.selection.text = 'Волков А. П.';
win.focusedNow = false;
win.emit('blur');
for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve));
let from = E.log.length;
mark('lock-screen', await state());
E.powerMonitor.emit('lock-screen');
await until(async () => (await state()) === 'locked' && logged('clipboard.clear', from), 'lock');
for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve));
mark('after lock-screen', await state());

// 2. Sleep, with a page that has no hooks (still loading): the backstop locks and reloads; the
// user's own text, copied elsewhere, stays on the clipboard.
await call('vault:unlock', { passphrase, uiLang: 'ru' });
contents.pageGlobals = {};
E.drive.clipboard.text = 'the user’s own text';
from = E.log.length;
mark('suspend', await state());
E.powerMonitor.emit('suspend');
await until(
  async () => (await state()) === 'locked' && logged('webContents.reload', from),
  'sleep',
);
for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve));
mark('after suspend', { state: await state(), clipboard: E.drive.clipboard.text });

// 3. The menu's Lock runs the page's flow.
await call('vault:unlock', { passphrase, uiLang: 'ru' });
contents.pageGlobals = { refugeShell: page };
mark('menu lock', await state());
const lockItem = E.drive.menu
  .flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []))
  .find((item) => item.accelerator === 'CmdOrCtrl+Shift+L');
lockItem.click();
await until(async () => (await state()) === 'locked', 'menu lock');
mark('after menu lock', await state());

// 4. A link that tries to open a window.
mark('window open', contents.windowOpenHandler({ url: 'https://example.org/' }));

// 5. Closing the window: the page saves its last keystrokes, then the window goes; then quit.
await call('vault:unlock', { passphrase, uiLang: 'ru' });
mark('close', await state());
win.close();
await until(() => logged('app.quit:proceeds'), 'quit');
mark('after quit', await state());

process.stdout.write(JSON.stringify({ log: E.log }));
process.exit(0);
