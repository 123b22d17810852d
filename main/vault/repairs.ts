/**
 * What opening (or using) a vault repaired, and how to say it to the user. The records are the
 * truth; the index, temp files and locks are derived or disposable, so a repair never loses
 * a saved record — but the user is told, because a repair means something went wrong before.
 */
import type { Lang } from '../../common/lang.ts';

export type IndexRebuildReason = 'damaged' | 'missing' | 'mismatch' | 'interrupted' | 'migrated';

export type VaultRepair =
  /** A writer died holding the lock (pid 0: an unreadable lock file). */
  | { readonly kind: 'interruptedWrite'; readonly pid: number; readonly host: string }
  | { readonly kind: 'tempFilesRemoved'; readonly count: number }
  | { readonly kind: 'migrated'; readonly from: number; readonly to: number }
  | {
      readonly kind: 'indexRebuilt';
      readonly reason: IndexRebuildReason;
      /** Matters the old index did not list, and entries it listed with no record behind them. */
      readonly added: readonly string[];
      readonly removed: readonly string[];
    }
  | { readonly kind: 'damagedRecord'; readonly id: string };

const REASON: Readonly<Record<IndexRebuildReason, Readonly<Record<Lang, string>>>> = {
  damaged: { ru: 'он был повреждён', kk: 'ол бүлінген', en: 'it was damaged' },
  missing: { ru: 'его не было', kk: 'ол жоқ болды', en: 'it was missing' },
  mismatch: {
    ru: 'он расходился с записями',
    kk: 'ол жазбалармен сәйкес келмеді',
    en: 'it disagreed with the records',
  },
  interrupted: {
    ru: 'запись была прервана',
    kk: 'жазу үзілген',
    en: 'a write was interrupted',
  },
  migrated: {
    ru: 'формат хранилища обновлён',
    kk: 'қойма пішімі жаңартылды',
    en: 'the vault format was updated',
  },
};

/** One line for the CLI and the app, in the user's language. */
export function describeRepair(r: VaultRepair, lang: Lang): string {
  switch (r.kind) {
    case 'interruptedWrite': {
      const who = r.pid === 0 ? '' : ` (${r.pid}${r.host ? `, ${r.host}` : ''})`;
      return {
        ru: `Предыдущая запись была прервана${who}; хранилище проверено`,
        kk: `Алдыңғы жазу үзілген${who}; қойма тексерілді`,
        en: `An earlier write was interrupted${who}; the vault was checked`,
      }[lang];
    }
    case 'tempFilesRemoved':
      return {
        ru: `Удалены временные файлы прерванных записей: ${r.count}`,
        kk: `Үзілген жазулардың уақытша файлдары жойылды: ${r.count}`,
        en: `Temporary files of interrupted writes removed: ${r.count}`,
      }[lang];
    case 'migrated':
      return {
        ru: `Хранилище обновлено до формата ${r.to} (было ${r.from}); ничего не потеряно`,
        kk: `Қойма ${r.to} пішіміне жаңартылды (бұрын ${r.from}); ештеңе жоғалмады`,
        en: `The vault was updated to format ${r.to} (was ${r.from}); nothing was lost`,
      }[lang];
    case 'indexRebuilt': {
      const counts = `+${r.added.length} −${r.removed.length}`;
      return {
        ru: `Список дел восстановлен по записям (${REASON[r.reason].ru}): ${counts}`,
        kk: `Істер тізімі жазбалар бойынша қалпына келтірілді (${REASON[r.reason].kk}): ${counts}`,
        en: `The list of matters was rebuilt from the records (${REASON[r.reason].en}): ${counts}`,
      }[lang];
    }
    case 'damagedRecord':
      return {
        ru: `Запись «${r.id}» повреждена и не читается; остальные записи доступны`,
        kk: `«${r.id}» жазбасы бүлінген және оқылмайды; қалған жазбалар қолжетімді`,
        en: `Record "${r.id}" is damaged and cannot be read; the other records still open`,
      }[lang];
  }
}

/** The vault's lock is held by a live process (VaultBusyError): which one, in the user's words. */
export function describeBusy(pid: number, host: string, lang: Lang): string {
  const who = pid === 0 ? '' : host ? ` (${pid}, ${host})` : ` (${pid})`;
  return {
    ru: `Хранилище занято: в него сейчас пишет другая программа Refuge${who}. Ничего не изменено — повторите через минуту или закройте ту программу.`,
    kk: `Қойма бос емес: оған қазір басқа Refuge бағдарламасы жазып жатыр${who}. Ештеңе өзгертілмеді — бір минуттан кейін қайталаңыз немесе сол бағдарламаны жабыңыз.`,
    en: `The vault is busy: another Refuge program${who} is writing to it. Nothing was changed — try again in a moment, or close that program.`,
  }[lang];
}

/** `vault export` left damaged records out and saved the rest. */
export function describeSkipped(ids: readonly string[], lang: Lang): string {
  const list = ids.join(', ');
  return {
    ru: `Сохранено без повреждённых записей (${ids.length}): ${list}`,
    kk: `Бүлінген жазбаларсыз сақталды (${ids.length}): ${list}`,
    en: `Saved without the damaged records (${ids.length}): ${list}`,
  }[lang];
}
