/**
 * What the window is told when a request fails, per error code and in its language. (The message
 * tables of the front doors are being gathered into one per language; this one moved here as is.)
 */
import type { ApiErrorCode } from '../api.ts';
import type { Lang } from '../../common/manifest.ts';
import type { TableLimit } from '../app/errors.ts';

export const MESSAGES: Readonly<Record<ApiErrorCode, Readonly<Record<Lang, string>>>> = {
  invalidPayload: { ru: 'Неверный запрос', kk: 'Сұрау қате', en: 'Invalid request' },
  unknownTemplate: { ru: 'Нет такого документа', kk: 'Мұндай құжат жоқ', en: 'No such filing' },
  invalidAnswers: {
    ru: 'В ответах есть ошибки',
    kk: 'Жауаптарда қателер бар',
    en: 'The answers have errors',
  },
  internal: {
    ru: 'Не удалось выполнить действие',
    kk: 'Әрекетті орындау мүмкін болмады',
    en: 'The action could not be completed',
  },
  locked: {
    ru: 'Хранилище заблокировано — введите пароль',
    kk: 'Қойма құлыпталған — құпия сөзді енгізіңіз',
    en: 'The vault is locked — enter the passphrase',
  },
  badSpreadsheet: {
    ru: 'Не удалось прочитать таблицу: нужен файл CSV или XLSX с названиями столбцов в первой строке',
    kk: 'Кестені оқу мүмкін болмады: бірінші жолында баған атаулары бар CSV немесе XLSX файлы қажет',
    en: 'The spreadsheet could not be read: a CSV or XLSX file with column names in the first row is needed',
  },
  notABackup: {
    ru: 'Это не файл резервной копии Refuge',
    kk: 'Бұл Refuge сақтық көшірмесінің файлы емес',
    en: 'This is not a Refuge backup file',
  },
  unsupportedKdf: {
    ru: 'Файл требует параметров ключа, которые Refuge никогда не записывает (файл подделан или повреждён). Отклонён до любых вычислений; ничего не изменено.',
    kk: 'Файл Refuge ешқашан жазбайтын кілт параметрлерін талап етеді (файл жасанды немесе бүлінген). Ешбір есептеусіз қабылданбады; ештеңе өзгертілмеді.',
    en: 'The file asks for key settings Refuge never writes (it was crafted or damaged). Refused before any work; nothing was changed.',
  },
  noVault: {
    ru: 'Хранилище ещё не создано',
    kk: 'Қойма әлі құрылмаған',
    en: 'No vault has been created yet',
  },
  vaultExists: {
    ru: 'Хранилище уже существует',
    kk: 'Қойма бұрыннан бар',
    en: 'A vault already exists',
  },
  wrongPassphrase: {
    ru: 'Неверный пароль. Ничего не изменено.',
    kk: 'Құпия сөз қате. Ештеңе өзгертілмеді.',
    en: 'Wrong passphrase. Nothing was changed.',
  },
  weakPassphrase: {
    ru: 'Пароль должен быть не короче 8 символов',
    kk: 'Құпия сөз кемінде 8 таңбадан тұруы керек',
    en: 'The passphrase needs at least 8 characters',
  },
  tampered: {
    ru: 'Запись хранилища повреждена или изменена; остальные записи доступны',
    kk: 'Қойма жазбасы бүлінген немесе өзгертілген; қалған жазбалар қолжетімді',
    en: 'A vault record is damaged or was altered; the other records still open',
  },
  diskFull: {
    ru: 'Диск заполнен: ничего не сохранено, прежняя версия цела',
    kk: 'Диск толы: ештеңе сақталмады, алдыңғы нұсқа бүтін',
    en: 'The disk is full: nothing was saved, the previous version is intact',
  },
  readOnly: {
    ru: 'Папка доступна только для чтения: ничего не сохранено, прежняя версия цела',
    kk: 'Қалта тек оқуға арналған: ештеңе сақталмады, алдыңғы нұсқа бүтін',
    en: 'The folder is read-only: nothing was saved, the previous version is intact',
  },
  notFound: { ru: 'Не найдено', kk: 'Табылмады', en: 'Not found' },
  badAttachment: {
    ru: 'Файл не принят',
    kk: 'Файл қабылданбады',
    en: 'The file was not accepted',
  },
  packRefused: {
    ru: 'Пакет шаблонов отклонён. Ничего не изменено.',
    kk: 'Үлгілер пакеті қабылданбады. Ештеңе өзгертілмеді.',
    en: 'The template pack was refused. Nothing was changed.',
  },
  vaultBusy: {
    ru: 'Хранилище занято другой программой Refuge. Ничего не изменено — повторите через минуту',
    kk: 'Қойма басқа Refuge бағдарламасымен бос емес. Ештеңе өзгертілмеді — бір минуттан кейін қайталаңыз',
    en: 'Another Refuge program is writing to the vault. Nothing was changed — try again in a moment',
  },
  confirmationMismatch: {
    ru: 'Подтверждение не совпадает — хранилище не удалено',
    kk: 'Растау сәйкес келмейді — қойма жойылмады',
    en: 'The confirmation does not match — the vault was not wiped',
  },
};

/** Why a spreadsheet was refused by the caps (batch/xlsx-guard.ts), naming the file. */
export const SPREADSHEET_LIMIT: Readonly<Record<TableLimit, Readonly<Record<Lang, string>>>> = {
  fileTooLarge: {
    ru: '«{file}»: файл больше {limit} МБ — разделите таблицу на части',
    kk: '«{file}»: файл {limit} МБ-тан үлкен — кестені бөліктерге бөліңіз',
    en: '“{file}”: the file is larger than {limit} MB — split the table',
  },
  unpackedTooLarge: {
    ru: '«{file}»: после распаковки таблица больше {limit} МБ — файл повреждён или подделан, либо разделите таблицу',
    kk: '«{file}»: ашылғаннан кейін кесте {limit} МБ-тан үлкен — файл бүлінген не жасанды, немесе кестені бөліңіз',
    en: '“{file}”: unpacked, the workbook is over {limit} MB — it is damaged or crafted, or split the table',
  },
  tooManyRows: {
    ru: '«{file}»: больше {limit} строк на листе — разделите таблицу на части',
    kk: '«{file}»: парақта {limit} жолдан көп — кестені бөліктерге бөліңіз',
    en: '“{file}”: a sheet has more than {limit} rows — split the table',
  },
  tooManyCells: {
    ru: '«{file}»: больше {limit} ячеек — разделите таблицу на части',
    kk: '«{file}»: {limit} ұяшықтан көп — кестені бөліктерге бөліңіз',
    en: '“{file}”: more than {limit} cells — split the table',
  },
};
