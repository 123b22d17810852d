/**
 * The application menu in the UI language (ru/kk/en): the `menu` section of the one table per
 * language (common/locales/). Pure data: tested without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { localize, type SectionKey } from '../../common/locales/index.ts';
import type { Lang } from '../../common/manifest.ts';

type Role = NonNullable<MenuItemConstructorOptions['role']>;
/** A menu entry: a label key and the Electron role that does the work, or '-' for a separator. */
type Entry = readonly [SectionKey<'menu'>, Role] | '-';

/**
 * On macOS the menu starts with the app menu (About, Hide, Quit — Cmd+Q) and has a Window menu
 * (Cmd+M minimises, Cmd+W closes through the same flush-then-close as the window's button);
 * elsewhere Quit is in the File menu.
 */
export function buildMenuTemplate(
  lang: Lang,
  actions: { lock: () => void },
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const l = (key: SectionKey<'menu'>): string => localize(lang, `menu.${key}`);
  const items = (...entries: Entry[]): MenuItemConstructorOptions[] =>
    entries.map((e) => (e === '-' ? { type: 'separator' } : { label: l(e[0]), role: e[1] }));
  const mac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions = {
    label: 'Refuge',
    submenu: items(
      ['about', 'about'],
      '-',
      ['hide', 'hide'],
      ['hideOthers', 'hideOthers'],
      ['unhide', 'unhide'],
      '-',
      ['quit', 'quit'],
    ),
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: l('window'),
    role: 'windowMenu',
    submenu: items(['minimize', 'minimize'], ['zoom', 'zoom'], ['close', 'close'], '-', [
      'front',
      'front',
    ]),
  };
  return [
    ...(mac ? [appMenu] : []),
    {
      label: l('file'),
      submenu: [
        // The page handles Ctrl+Shift+L itself (it saves what is pending first); the menu shows
        // the shortcut, and its click asks the page to run that same flow (main.ts lockApp).
        {
          label: l('lock'),
          accelerator: 'CmdOrCtrl+Shift+L',
          registerAccelerator: false,
          click: actions.lock,
        },
        // On macOS Quit is in the app menu.
        ...(mac ? [] : items('-', ['quit', 'quit'])),
      ],
    },
    {
      label: l('edit'),
      submenu: items(
        ['undo', 'undo'],
        ['redo', 'redo'],
        '-',
        ['cut', 'cut'],
        ['copy', 'copy'],
        ['paste', 'paste'],
        ['selectAll', 'selectAll'],
      ),
    },
    {
      label: l('view'),
      submenu: items(
        ['zoomIn', 'zoomIn'],
        ['zoomOut', 'zoomOut'],
        ['resetZoom', 'resetZoom'],
        '-',
        ['fullScreen', 'togglefullscreen'],
      ),
    },
    ...(mac ? [windowMenu] : []),
  ];
}
