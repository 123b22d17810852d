/** The application menu in the UI language (ru/kk/en). Pure data: tested without Electron. */
import type { MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../../common/lang.ts';

const LABELS = {
  file: { ru: 'Файл', kk: 'Файл', en: 'File' },
  lock: { ru: 'Заблокировать хранилище', kk: 'Қойманы құлыптау', en: 'Lock the vault' },
  quit: { ru: 'Выход', kk: 'Шығу', en: 'Quit' },
  edit: { ru: 'Правка', kk: 'Түзету', en: 'Edit' },
  undo: { ru: 'Отменить', kk: 'Болдырмау', en: 'Undo' },
  redo: { ru: 'Повторить', kk: 'Қайталау', en: 'Redo' },
  cut: { ru: 'Вырезать', kk: 'Қиып алу', en: 'Cut' },
  copy: { ru: 'Копировать', kk: 'Көшіру', en: 'Copy' },
  paste: { ru: 'Вставить', kk: 'Қою', en: 'Paste' },
  selectAll: { ru: 'Выделить всё', kk: 'Барлығын белгілеу', en: 'Select all' },
  view: { ru: 'Вид', kk: 'Көрініс', en: 'View' },
  zoomIn: { ru: 'Увеличить', kk: 'Үлкейту', en: 'Zoom in' },
  zoomOut: { ru: 'Уменьшить', kk: 'Кішірейту', en: 'Zoom out' },
  resetZoom: { ru: 'Обычный размер', kk: 'Қалыпты өлшем', en: 'Actual size' },
  fullScreen: { ru: 'Во весь экран', kk: 'Толық экран', en: 'Full screen' },
  about: { ru: 'О программе', kk: 'Бағдарлама туралы', en: 'About' },
  hide: { ru: 'Скрыть', kk: 'Жасыру', en: 'Hide' },
  hideOthers: { ru: 'Скрыть остальные', kk: 'Басқаларын жасыру', en: 'Hide others' },
  unhide: { ru: 'Показать все', kk: 'Барлығын көрсету', en: 'Show all' },
  window: { ru: 'Окно', kk: 'Терезе', en: 'Window' },
  minimize: { ru: 'Свернуть', kk: 'Жиыру', en: 'Minimize' },
  zoom: { ru: 'Изменить масштаб окна', kk: 'Терезені үлкейту', en: 'Zoom' },
  close: { ru: 'Закрыть окно', kk: 'Терезені жабу', en: 'Close window' },
  front: {
    ru: 'Все окна — на передний план',
    kk: 'Барлық терезелер алдыңғы қатарға',
    en: 'Bring all to front',
  },
} as const satisfies Record<string, Record<Lang, string>>;

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
  const l = (key: keyof typeof LABELS): string => LABELS[key][lang];
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
