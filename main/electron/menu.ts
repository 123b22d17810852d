/**
 * The application menu in the UI language (ru/kk/en): the `menu` section of the one table per
 * language (common/locales/). Pure data: tested without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { localize, type SectionKey } from '../../common/locales/index.ts';
import type { Lang } from '../../common/manifest.ts';

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
  const mac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions = {
    label: 'Refuge',
    submenu: [
      { label: l('about'), role: 'about' },
      { type: 'separator' },
      { label: l('hide'), role: 'hide' },
      { label: l('hideOthers'), role: 'hideOthers' },
      { label: l('unhide'), role: 'unhide' },
      { type: 'separator' },
      { label: l('quit'), role: 'quit' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: l('window'),
    role: 'windowMenu',
    submenu: [
      { label: l('minimize'), role: 'minimize' },
      { label: l('zoom'), role: 'zoom' },
      { label: l('close'), role: 'close' },
      { type: 'separator' },
      { label: l('front'), role: 'front' },
    ],
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
        ...(mac
          ? []
          : [{ type: 'separator' } as const, { label: l('quit'), role: 'quit' } as const]),
      ],
    },
    {
      label: l('edit'),
      submenu: [
        { label: l('undo'), role: 'undo' },
        { label: l('redo'), role: 'redo' },
        { type: 'separator' },
        { label: l('cut'), role: 'cut' },
        { label: l('copy'), role: 'copy' },
        { label: l('paste'), role: 'paste' },
        { label: l('selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: l('view'),
      submenu: [
        { label: l('zoomIn'), role: 'zoomIn' },
        { label: l('zoomOut'), role: 'zoomOut' },
        { label: l('resetZoom'), role: 'resetZoom' },
        { type: 'separator' },
        { label: l('fullScreen'), role: 'togglefullscreen' },
      ],
    },
    ...(mac ? [windowMenu] : []),
  ];
}
