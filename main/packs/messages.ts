/** Why a template pack was refused, in the user's language (CLI and app alike). */
import type { Lang } from '../../common/lang.ts';
import { fillPlaceholders } from '../../common/messages.ts';
import type { PackError, PackErrorCode } from './pack.ts';

export const PACK_MESSAGES: Readonly<Record<PackErrorCode, Readonly<Record<Lang, string>>>> = {
  malformed: {
    ru: 'Файл не является пакетом шаблонов Refuge или повреждён. Ничего не изменено.',
    kk: 'Файл Refuge үлгілер пакеті емес немесе бүлінген. Ештеңе өзгертілмеді.',
    en: 'The file is not a Refuge template pack or is damaged. Nothing was changed.',
  },
  unsigned: {
    ru: 'Пакет шаблонов не подписан. Устанавливаются только пакеты, подписанные разработчиками Refuge. Ничего не изменено.',
    kk: 'Үлгілер пакетіне қол қойылмаған. Тек Refuge әзірлеушілері қол қойған пакеттер орнатылады. Ештеңе өзгертілмеді.',
    en: 'The template pack is not signed. Only packs signed by the Refuge maintainers are installed. Nothing was changed.',
  },
  tampered: {
    ru: 'Пакет шаблонов изменён после подписания (подпись или контрольная сумма не совпадает). Не устанавливайте его. Ничего не изменено.',
    kk: 'Үлгілер пакеті қол қойылғаннан кейін өзгертілген (қолтаңба немесе бақылау сомасы сәйкес емес). Оны орнатпаңыз. Ештеңе өзгертілмеді.',
    en: 'The template pack was altered after it was signed (a signature or checksum does not match). Do not install it. Nothing was changed.',
  },
  unknownKey: {
    ru: 'Пакет подписан неизвестным ключом, а не ключом разработчиков Refuge. Ничего не изменено.',
    kk: 'Пакетке Refuge әзірлеушілерінің емес, белгісіз кілтпен қол қойылған. Ештеңе өзгертілмеді.',
    en: 'The pack is signed with an unknown key, not the Refuge maintainers’ key. Nothing was changed.',
  },
  replayed: {
    ru: 'Этот пакет шаблонов не новее установленного (пакет {version}, установлен {installed}). Ничего не изменено.',
    kk: 'Бұл үлгілер пакеті орнатылғаннан жаңа емес (пакет {version}, орнатылғаны {installed}). Ештеңе өзгертілмеді.',
    en: 'This template pack is not newer than the installed one (pack {version}, installed {installed}). Nothing was changed.',
  },
  badTemplates: {
    ru: 'Шаблоны в пакете содержат ошибки и не могут быть использованы. Ничего не изменено.',
    kk: 'Пакеттегі үлгілерде қателер бар, оларды қолдануға болмайды. Ештеңе өзгертілмеді.',
    en: 'The templates in the pack have errors and cannot be used. Nothing was changed.',
  },
  stateLost: {
    ru: 'Сведения об установленных пакетах шаблонов удалены или подменены: хранилище помнит пакет {floor}, а в папке пакетов — {installed}. Это похоже на вмешательство, а не на новую установку; ничего не изменено. Установите пакет {floor} или новее.',
    kk: 'Орнатылған үлгілер пакеттері туралы мәліметтер жойылған немесе ауыстырылған: қойма {floor} пакетін есте сақтаған, ал пакеттер қалтасында — {installed}. Бұл жаңа орнату емес, араласуға ұқсайды; ештеңе өзгертілмеді. {floor} немесе жаңарақ пакетті орнатыңыз.',
    en: 'The record of installed template packs was deleted or replaced: the vault remembers pack {floor}, the packs folder shows {installed}. This looks like tampering, not a fresh install; nothing was changed. Install pack {floor} or newer.',
  },
  packMissing: {
    ru: 'Установленный пакет шаблонов {floor} удалён из папки пакетов: новые документы составлялись бы по более старым шаблонам: {older}. Это похоже на вмешательство. Установите пакет {floor} или новее и проверьте документы, составленные после его удаления.',
    kk: 'Орнатылған {floor} үлгілер пакеті пакеттер қалтасынан жойылған: жаңа құжаттар ескі үлгілермен жасалар еді: {older}. Бұл араласуға ұқсайды. {floor} немесе жаңарақ пакетті орнатып, ол жойылғаннан кейін жасалған құжаттарды тексеріңіз.',
    en: 'Installed template pack {floor} was removed from the packs folder: new documents would be drafted with older templates: {older}. This looks like tampering. Install pack {floor} or newer, and check the documents drafted since it was removed.',
  },
  tooLarge: {
    ru: 'Файл слишком велик для пакета шаблонов. Ничего не изменено.',
    kk: 'Файл үлгілер пакеті үшін тым үлкен. Ештеңе өзгертілмеді.',
    en: 'The file is too large for a template pack. Nothing was changed.',
  },
};

export function packMessage(
  code: PackErrorCode,
  lang: Lang,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return fillPlaceholders(PACK_MESSAGES[code][lang], params);
}

/** What new drafts would fall back to once the newest pack is gone. */
const OLDER_TEMPLATES = {
  builtIn: {
    ru: 'встроенные шаблоны программы',
    kk: 'бағдарламаның кірістірілген үлгілері',
    en: 'the built-in templates',
  },
  pack: { ru: 'пакет {installed}', kk: '{installed} пакеті', en: 'pack {installed}' },
} as const;

/**
 * What is wrong with the installed packs, in the user's language: one line per pack that failed
 * its check on load, and the rollback found from the folder's own record. The app shows these on
 * every screen and the CLI before it renders, so a rolled-back pack cannot go unnoticed.
 */
export function packLoadAlerts(
  warnings: readonly { readonly file: string; readonly error: PackError }[],
  lang: Lang,
): string[] {
  return warnings.map(({ file, error }) =>
    error.code === 'packMissing' || error.code === 'stateLost'
      ? packMessage(error.code, lang, {
          ...error.params,
          older: fillPlaceholders(
            OLDER_TEMPLATES[error.params.installed === '—' ? 'builtIn' : 'pack'][lang],
            error.params,
          ),
        })
      : fillPlaceholders(PACK_LOAD_WARNING[lang], {
          version: /pack-(\d+)\.refugepack$/.exec(file)?.[1] ?? file,
        }),
  );
}

/** Shown when an installed pack fails its check on load and the app falls back. */
export const PACK_LOAD_WARNING: Readonly<Record<Lang, string>> = {
  ru: 'Установленный пакет шаблонов {version} не прошёл проверку подписи и не используется: действуют встроенные шаблоны. Установите пакет заново.',
  kk: 'Орнатылған {version} үлгілер пакеті қолтаңба тексеруінен өтпеді және қолданылмайды: кірістірілген үлгілер қолданылады. Пакетті қайта орнатыңыз.',
  en: 'The installed template pack {version} failed its signature check and is not used: the built-in templates apply. Install the pack again.',
};
