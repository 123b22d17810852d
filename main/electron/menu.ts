/** The application menu in the UI language (ru/kk/en). Pure data: tested without Electron. */
import type { MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../../common/manifest.ts';

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
} as const satisfies Record<string, Record<Lang, string>>;

export function buildMenuTemplate(
  lang: Lang,
  actions: { lock: () => void },
): MenuItemConstructorOptions[] {
  const l = (key: keyof typeof LABELS): string => LABELS[key][lang];
  return [
    {
      label: l('file'),
      submenu: [
        // The page handles Ctrl+Shift+L itself (it saves what is pending first); the menu only
        // shows the shortcut and locks on click.
        {
          label: l('lock'),
          accelerator: 'CmdOrCtrl+Shift+L',
          registerAccelerator: false,
          click: actions.lock,
        },
        { type: 'separator' },
        { label: l('quit'), role: 'quit' },
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
  ];
}
