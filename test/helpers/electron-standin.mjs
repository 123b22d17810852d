// A recording stand-in for the `electron` module, for the built main process (dist/electron-main.js)
// run under plain Node, where the Electron binary cannot be installed. It is a test double of the
// platform only: every call main makes is appended to `log`, and the test drives what Electron
// would (ready, powerMonitor, window events) through `drive`. Plain JavaScript: the built file
// imports it by package name from a node_modules folder beside it. No logic of ours is here.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import vm from 'node:vm';

export const log = [];
const note = (what, detail) => log.push(detail === undefined ? { what } : { what, detail });

let readyResolve;
const ready = new Promise((resolve) => (readyResolve = resolve));
const paths = new Map();

class App extends EventEmitter {
  isPackaged = true;
  setPath(name, dir) {
    note('app.setPath', { name, dir, existed: existsSync(dir) });
    paths.set(name, dir);
  }
  getPath(name) {
    if (paths.has(name)) return paths.get(name);
    if (name === 'documents') return '/nonexistent/Documents';
    throw new Error(`getPath(${name}) before setPath: Electron's default would be used`);
  }
  getVersion() {
    return '0.0.0-standin';
  }
  requestSingleInstanceLock() {
    note('app.requestSingleInstanceLock');
    return true;
  }
  whenReady() {
    note('app.whenReady');
    return ready;
  }
  quit() {
    note('app.quit');
    const event = {
      defaultPrevented: false,
      preventDefault: () => (event.defaultPrevented = true),
    };
    this.emit('before-quit', event);
    if (!event.defaultPrevented) note('app.quit:proceeds');
  }
  on(name, listener) {
    note('app.on', name);
    return super.on(name, listener);
  }
}
export const app = new App();

export const protocol = {
  registerSchemesAsPrivileged: (schemes) =>
    note(
      'protocol.registerSchemesAsPrivileged',
      schemes.map((s) => s.scheme),
    ),
};

export const ipcMain = {
  handlers: new Map(),
  handle(channel, listener) {
    note('ipcMain.handle', channel);
    this.handlers.set(channel, listener);
  },
  on: (channel) => note('ipcMain.on', channel),
};

export const session = {
  fromPartition(partition) {
    note('session.fromPartition', partition);
    return {
      setPermissionRequestHandler: () => note('session.setPermissionRequestHandler'),
      setPermissionCheckHandler: () => note('session.setPermissionCheckHandler'),
      setSpellCheckerEnabled: (on) => note('session.setSpellCheckerEnabled', on),
      webRequest: { onBeforeRequest: () => note('session.webRequest.onBeforeRequest') },
      protocol: { handle: (scheme) => note('session.protocol.handle', scheme) },
    };
  },
};

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => {
    note(
      'Menu.setApplicationMenu',
      menu.template.map((m) => m.label),
    );
    drive.menu = menu.template;
  },
};

export const dialog = {};
export const shell = { openPath: async () => '' };

class Board {
  constructor(name) {
    this.name = name;
    this.text = '';
  }
  async readText() {
    return this.text;
  }
  clear() {
    note('clipboard.clear', this.name);
    this.text = '';
  }
}
export const clipboard = new Board('clipboard');
/** Linux's selection clipboard (electron 45: a Clipboard object on Linux, undefined elsewhere). */
clipboard.selection = new Board('selection');

export const powerMonitor = new EventEmitter();
export const screen = {
  displays: [{ workArea: { x: 0, y: 0, width: 1440, height: 875 } }],
  getAllDisplays() {
    note('screen.getAllDisplays');
    return this.displays;
  },
};

class WebContents extends EventEmitter {
  constructor() {
    super();
    /** What the page has exposed (renderer/src/shell.ts); null: a page without the hooks. */
    this.pageGlobals = {};
  }
  setWindowOpenHandler(handler) {
    note('webContents.setWindowOpenHandler');
    this.windowOpenHandler = handler;
  }
  async executeJavaScript(code) {
    note('webContents.executeJavaScript', code);
    return vm.runInNewContext(code, vm.createContext({ ...this.pageGlobals }));
  }
  reload() {
    note('webContents.reload');
  }
}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    note('new BrowserWindow', options);
    this.webContents = new WebContents();
    this.destroyed = false;
    this.focusedNow = false;
    drive.window = this;
    app.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url) {
    note('BrowserWindow.loadURL', url);
  }
  maximize() {}
  show() {}
  focus() {}
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  isFocused() {
    return this.focusedNow;
  }
  isDestroyed() {
    return this.destroyed;
  }
  getNormalBounds() {
    return { x: 10, y: 10, width: 1200, height: 800 };
  }
  close() {
    note('BrowserWindow.close');
    const event = {
      defaultPrevented: false,
      preventDefault: () => (event.defaultPrevented = true),
    };
    this.emit('close', event);
    note('close event', { defaultPrevented: event.defaultPrevented });
    if (!event.defaultPrevented) this.destroy();
  }
  destroy() {
    note('BrowserWindow.destroy');
    this.destroyed = true;
    this.emit('closed');
    app.emit('window-all-closed');
  }
}

/** What the test does in Electron's place. */
export const drive = {
  window: null,
  menu: null,
  ready: () => readyResolve(),
  ipcMain,
  clipboard,
};

const electron = {
  app,
  protocol,
  ipcMain,
  session,
  Menu,
  dialog,
  shell,
  clipboard,
  powerMonitor,
  screen,
  BrowserWindow,
};
export default electron;
