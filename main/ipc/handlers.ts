/**
 * One handler per channel of main/api.ts, on the real services. Every payload is validated with
 * the contract's schema; every failure comes back as data in the user's language — never a
 * stack trace, never an exception across the IPC boundary.
 */
import { z } from '../../common/zod.ts';
import {
  contract,
  WIPE_CONFIRMATION,
  type ApiError,
  type ApiErrorCode,
  type ApiResult,
  type AttachmentView,
  type BatchProgress,
  type DraftView,
  type MatterSummaryView,
  type Channel,
  type Handlers,
  type Payload,
  type PreflightView,
  type PackStatusView,
  type Results,
} from '../api.ts';
import type { Services } from '../services.ts';
import type { Session } from '../session.ts';
import {
  assertStrongPassphrase,
  VaultError,
  type AttachmentMeta,
  type Matter,
  type MatterSummary,
  type VaultErrorCode,
} from '../vault/index.ts';
import { matterDeadlines } from '../vault/deadlines.ts';
import { VaultBusyError } from '../vault/errors.ts';
import { describeBusy, describeRepair, describeSkipped } from '../vault/repairs.ts';
import { clientOf, prefillAnswers } from '../../common/prefill.ts';
import { findRegion, regionOfAnswers, regionPrefill } from '../../common/courts.ts';
import { REGION_KEY } from '../../common/manifest.ts';
import { openDeadlines, triagePrefill, triageView } from '../triage.ts';
import { clientLabel, safeFileName } from '../../common/file-names.ts';
import { stripBidiFromName } from '../../common/text.ts';
import { parseTable, TableError, type Table } from '../batch/read.ts';
import type { TableLimit } from '../batch/errors.ts';
import { fillPlaceholders, formatMessage } from '../../common/messages.ts';
import { mapColumns, mapGroupSheets, type ColumnTarget } from '../batch/mapping.ts';
import { writeFileAtomic } from '../atomic.ts';
import { batchTemplate, sampleAnswers } from '../batch/template.ts';
import * as clock from '../../common/clock.ts';
import { laterReadingLines } from '../../common/deadline-text.ts';
import { holidayYears } from '../../common/holidays.ts';
import { familyMemberApplications } from '../../common/prefill.ts';

/** The filing whose adult family members file applications of their own. */
const FAMILY_TEMPLATE = 'refugee-application';
import type { CiteTable } from '../engine/handlebars.ts';
import {
  AnswersInvalid,
  UnknownTemplate,
  LanguageUnavailable,
  type Preflight,
  type RenderRequest,
} from '../engine/render.ts';
import type { Lang, Manifest } from '../../common/manifest.ts';
import { PackError } from '../packs/pack.ts';
import { BundleCrashed, bundleMatterFilingInWorker } from '../bundle/matter.ts';
import { AttachmentError, bundleWarningText } from '../bundle/messages.ts';
import { packLoadAlerts, packMessage } from '../packs/messages.ts';
import { checkPackForImport, installedVersion, installPack } from '../packs/store.ts';
import { packChanges } from '../packs/summary.ts';
import { raiseVaultPackFloor, vaultPackFloor } from '../packs/floor.ts';

/** The region answer of a draft, to carry into another one (common/courts.ts). */
function regionOf(answers: Readonly<Record<string, unknown>>): Record<string, string> {
  const region = regionOfAnswers([answers]);
  return region ? { [REGION_KEY]: region } : {};
}

const MESSAGES: Readonly<Record<ApiErrorCode, Readonly<Record<Lang, string>>>> = {
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

const VAULT_CODES: Readonly<Partial<Record<VaultErrorCode, ApiErrorCode>>> = {
  wrongPassphrase: 'wrongPassphrase',
  weakPassphrase: 'weakPassphrase',
  tampered: 'tampered',
  notAVault: 'noVault',
  alreadyExists: 'vaultExists',
  diskFull: 'diskFull',
  readOnly: 'readOnly',
  locked: 'locked',
  notFound: 'notFound',
  notAnExport: 'notABackup',
  busy: 'vaultBusy',
  badKdf: 'unsupportedKdf',
};

class ConfirmationMismatch extends Error {}
class BadSpreadsheet extends Error {
  constructor(
    readonly fileName: string,
    readonly limit?: TableLimit,
    readonly params: Readonly<Record<string, number>> = {},
  ) {
    super('bad spreadsheet');
  }
}

/** Why a spreadsheet was refused by the caps (batch/xlsx-guard.ts), naming the file. */
const SPREADSHEET_LIMIT: Readonly<Record<TableLimit, Readonly<Record<Lang, string>>>> = {
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

const PERSON_PARTS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  lastName: { ru: 'фамилия', kk: 'тегі', en: 'last name' },
  firstName: { ru: 'имя', kk: 'аты', en: 'first name' },
  middleName: { ru: 'отчество', kk: 'әкесінің аты', en: 'patronymic' },
  sex: { ru: 'пол', kk: 'жынысы', en: 'sex' },
  latinName: { ru: 'латиницей', kk: 'латынша', en: 'in Latin letters' },
};

const ROW_ID_LABEL: Readonly<Record<Lang, string>> = {
  ru: 'номер строки — связь с листом',
  kk: 'жол нөмірі — парақпен байланыс:',
  en: 'row id — ties the row to sheet',
};

/** What a spreadsheet column fills, as the user knows the field: its label in the UI language. */
function targetLabel(manifest: Manifest, target: ColumnTarget, lang: Lang): string {
  const field = manifest.fields.find((f) => f.key === target.key);
  if (!field) return target.key;
  if (target.kind === 'person')
    return `${field.label[lang]} › ${PERSON_PARTS[target.part]?.[lang] ?? target.part}`;
  if (target.kind === 'group' && field.type === 'group') {
    const sub = field.fields.find((f) => f.key === target.sub);
    return `${field.itemLabel[lang]} № ${target.index + 1} › ${sub?.label[lang] ?? target.sub}`;
  }
  return field.label[lang];
}

async function readSpreadsheet(fileName: string, base64: string): Promise<Table> {
  try {
    return await parseTable(Buffer.from(base64, 'base64'), fileName);
  } catch (err) {
    if (err instanceof TableError && err.limit)
      throw new BadSpreadsheet(fileName, err.limit, err.params);
    throw new BadSpreadsheet(fileName);
  }
}

/** Autosaves within this long of a version amend it: versions mark pauses, not keystrokes. */
const AUTOSAVE_VERSION_MS = 10 * 60_000;

function failure(
  code: ApiErrorCode,
  lang: Lang,
  extra: Partial<ApiError> = {},
): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message: MESSAGES[code][lang], ...extra } };
}

function uiLangOf(payload: unknown): Lang {
  const l = (payload as { uiLang?: unknown } | null)?.uiLang;
  return l === 'kk' || l === 'en' ? l : 'ru';
}

/** File names of blank forms, in the document's language. */
const BLANK_SUFFIX: Readonly<Record<Lang, string>> = { ru: 'бланк', kk: 'бланк', en: 'blank form' };
const BATCH_TEMPLATE_SUFFIX: Readonly<Record<Lang, string>> = {
  ru: 'шаблон таблицы',
  kk: 'кесте үлгісі',
  en: 'spreadsheet template',
};

export function preflightView(
  preflight: Preflight,
  manifest: Manifest,
  lang: Lang,
  cites: CiteTable,
): PreflightView {
  return {
    issues: preflight.issues,
    answerNotices: preflight.answerNotices,
    unverifiedCites: preflight.notices.flatMap((n) =>
      n.kind === 'unverifiedCite' ? [{ key: n.key, text: n.text, source: n.source }] : [],
    ),
    // An unfinished draft has people without names yet: nothing to check there.
    namesToCheck: preflight.notices
      .filter((n) => !('name' in n) || n.name.trim() !== '')
      .flatMap((n) =>
        n.kind === 'autoDeclined'
          ? [{ name: n.name, text: n.text }]
          : n.kind === 'undeclined'
            ? [{ name: n.name, text: n.name }]
            : [],
      ),
    unprintable: preflight.notices.map((n) => (n.kind === 'unprintable' ? n.chars : '')).join(''),
    deadlines: preflight.deadlines.map((d) => ({
      id: d.id,
      label: manifest.deadlines.find((s) => s.id === d.id)?.label[lang] ?? d.id,
      lastDay: d.lastDay,
      daysLeft: d.daysLeft,
      missed: d.missed,
      later: laterReadingLines(d.alternatives, lang, (key) => cites[key]?.[lang] ?? key),
    })),
    holidayWarnings: preflight.holidayWarnings,
  };
}

function handler<C extends Channel>(
  channel: C,
  run: (payload: Payload<C>) => Promise<Results[C]>,
  onCall?: () => void,
): (payload: unknown) => Promise<ApiResult<Results[C]>> {
  const schema = contract[channel] as unknown as z.ZodType<Payload<C>>;
  return async (raw) => {
    onCall?.();
    const lang = uiLangOf(raw);
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
      return failure('invalidPayload', lang, {
        message: `${MESSAGES.invalidPayload[lang]}: ${parsed.error.issues.map((i) => i.path.join('.') || '(payload)').join(', ')}`,
      });
    try {
      return { ok: true, value: await run(parsed.data) };
    } catch (err) {
      if (err instanceof AnswersInvalid)
        return failure('invalidAnswers', lang, { issues: err.issues });
      if (err instanceof UnknownTemplate || err instanceof LanguageUnavailable)
        return failure('unknownTemplate', lang);
      if (err instanceof VaultBusyError)
        return failure('vaultBusy', lang, { message: describeBusy(err.pid, err.host, lang) });
      if (err instanceof VaultError) return failure(VAULT_CODES[err.code] ?? 'internal', lang);
      if (err instanceof ConfirmationMismatch) return failure('confirmationMismatch', lang);
      if (err instanceof BadSpreadsheet)
        return failure('badSpreadsheet', lang, {
          message: err.limit
            ? fillPlaceholders(SPREADSHEET_LIMIT[err.limit][lang], {
                ...err.params,
                file: safeFileName(err.fileName),
              })
            : `«${safeFileName(err.fileName)}»: ${MESSAGES.badSpreadsheet[lang]}`,
        });
      if (err instanceof BundleCrashed)
        return failure('internal', lang, {
          message: formatMessage('renderCrashed', lang, { detail: '' }).trim(),
        });
      if (err instanceof AttachmentError)
        return failure('badAttachment', lang, { message: err.localized(lang) });
      if (err instanceof PackError)
        return failure('packRefused', lang, { message: packMessage(err.code, lang, err.params) });
      const errno = (err as NodeJS.ErrnoException | null)?.code;
      if (errno === 'ENOSPC') return failure('diskFull', lang);
      if (errno === 'EROFS' || errno === 'EACCES' || errno === 'EPERM')
        return failure('readOnly', lang);
      if (process.env.REFUGE_DEBUG === '1') console.error(err);
      return failure('internal', lang);
    }
  };
}

function summaryView(m: MatterSummary): MatterSummaryView {
  return {
    id: m.id,
    title: m.title,
    clientName: m.clientName,
    archived: m.archived,
    updatedAt: m.updatedAt,
  };
}

function matterSummary(m: Matter): MatterSummaryView {
  const c = m.client;
  return summaryView({
    id: m.id,
    title: m.title,
    clientName: [c.lastName, c.firstName, c.middleName ?? ''].filter(Boolean).join(' '),
    archived: m.archived,
    updatedAt: m.updatedAt,
  });
}

/**
 * What every render of a filing from the window starts from: the filing (at the draft's pinned
 * version when it has one), the answers, the languages and the day. Declared once, so no path
 * (print, blank form, bundle) can drop the version again.
 */
function filingRequest(filing: {
  templateId: string;
  templateVersion?: string | undefined;
  answers: unknown;
  lang: Lang;
  uiLang: Lang;
  today?: string | undefined;
}): Pick<
  RenderRequest,
  'templateId' | 'templateVersion' | 'answers' | 'lang' | 'messagesLang' | 'today'
> {
  return {
    templateId: filing.templateId,
    ...(filing.templateVersion ? { templateVersion: filing.templateVersion } : {}),
    answers: filing.answers,
    lang: filing.lang,
    messagesLang: filing.uiLang,
    today: filing.today ?? clock.today(),
  };
}

export function createHandlers(services: Services, session: Session): Handlers {
  const { engine } = services;
  const touch = (): void => session.touch();
  /** Client surnames in default file names: only when the lawyer asked for them (api.ts Prefs). */
  const namesIn = (): boolean => session.prefs.get().namesInFileNames === true;
  const manifestOf = (templateId: string, version?: string): Manifest =>
    engine.template(templateId, version).manifest;

  /** Where packs install; a services instance without one (a test's fixture folder) has none. */
  const packsConfig = (): {
    dir: string;
    trusted: NonNullable<Services['packs']>['trustedKeys'];
  } => {
    const packs = services.packs;
    if (!packs?.packsDir) throw new Error('template packs are not enabled for these services');
    return { dir: packs.packsDir, trusted: packs.trustedKeys };
  };

  /**
   * The vault's pack floor (packs/floor.ts), first raised to what the folder shows: a vault
   * opened on packs installed before the floor existed adopts them.
   */
  const packFloor = (dir: string): number => {
    const vault = session.open();
    const floor = vaultPackFloor(vault);
    const onDisk = installedVersion(dir);
    if (floor === 0 && onDisk > 0) {
      raiseVaultPackFloor(vault, onDisk);
      return onDisk;
    }
    return floor;
  };

  const packStatus = (uiLang: Lang): PackStatusView => {
    const dir = services.packs?.packsDir;
    const version = dir ? installedVersion(dir) : 0;
    // Tampering with the packs folder shows here as soon as the vault is open.
    const floor = dir && session.status().state === 'unlocked' ? packFloor(dir) : 0;
    return {
      installedVersion: version || null,
      warnings: [
        ...(floor > version
          ? [packMessage('stateLost', uiLang, { floor, installed: version || '—' })]
          : []),
        ...packLoadAlerts(engine.warnings, uiLang),
      ],
    };
  };

  async function renderInWorker(
    request: {
      templateId: string;
      templateVersion: string | undefined;
      answers: unknown;
      lang: Lang;
      uiLang: Lang;
      allowIncomplete: boolean;
      pdfa?: boolean;
      markUnverified?: boolean;
      /** The day to compute for; the clock's today when absent. */
      today?: string;
    },
    format: 'pdf' | 'docx',
    signal?: AbortSignal,
  ): Promise<
    | { kind: 'done'; bytes: Uint8Array; pages: number | null; preflight: PreflightView }
    | { kind: 'cancelled' }
  > {
    // Unknown ids and versions fail here, before a worker is busy.
    engine.template(request.templateId, request.templateVersion);
    const reply = await session.renderPool().render(
      {
        ...filingRequest(request),
        allowIncomplete: request.allowIncomplete,
        ...(request.pdfa ? { pdfa: true } : {}),
        ...(request.markUnverified ? { markUnverified: true } : {}),
      },
      format,
      signal,
    );
    if (reply.ok)
      return {
        kind: 'done',
        bytes: reply.bytes,
        pages: reply.pages,
        preflight: preflightView(
          reply.preflight,
          manifestOf(request.templateId, request.templateVersion),
          request.uiLang,
          services.engine.cites,
        ),
      };
    if (reply.kind === 'cancelled') return { kind: 'cancelled' };
    if (reply.kind === 'invalidAnswers') throw new AnswersInvalid(reply.issues);
    throw new Error(reply.message);
  }

  function batchProgress(runId: string): BatchProgress {
    const progress = session.batches.progress(runId);
    if (!progress) throw new VaultError('notFound', 'No such batch.');
    return progress;
  }

  return {
    'templates:list': handler('templates:list', async ({ uiLang }) =>
      engine.templates.map(({ manifest: m }) => ({
        id: m.id,
        version: m.version,
        title: m.title[uiLang],
        purpose: m.purpose[uiLang],
        deadlineHint: m.deadlineHint?.[uiLang] ?? '',
        languages: m.languages,
      })),
    ),
    'templates:get': handler(
      'templates:get',
      async ({ templateId, templateVersion }) =>
        engine.template(templateId, templateVersion).manifest,
    ),
    'filing:validate': handler(
      'filing:validate',
      async ({ templateId, templateVersion, answers, uiLang, today }) =>
        engine.validate(templateId, answers, uiLang, today ?? clock.today(), templateVersion),
    ),
    'filing:render': handler(
      'filing:render',
      async ({
        templateId,
        templateVersion,
        answers,
        lang,
        uiLang,
        format,
        today,
        allowIncomplete,
      }) => {
        // In a render worker like every other render: print included, the window's main
        // process never lays out a document.
        const result = await renderInWorker(
          {
            templateId,
            templateVersion,
            answers,
            lang,
            uiLang,
            allowIncomplete: allowIncomplete === true,
            ...(today ? { today } : {}),
          },
          format,
        );
        if (result.kind === 'cancelled') throw new Error('render cancelled');
        return {
          base64: Buffer.from(result.bytes).toString('base64'),
          bytes: result.bytes.length,
          preflight: result.preflight,
        };
      },
    ),
    'filing:preview': handler(
      'filing:preview',
      async ({ templateId, templateVersion, answers, lang, uiLang }) => {
        const result = await renderInWorker(
          {
            templateId,
            templateVersion,
            answers,
            lang,
            uiLang,
            allowIncomplete: true,
            markUnverified: true,
          },
          'pdf',
          session.nextPreview(),
        );
        if (result.kind === 'cancelled') return { superseded: true };
        return {
          superseded: false,
          base64: Buffer.from(result.bytes).toString('base64'),
          pages: result.pages,
          preflight: result.preflight,
        };
      },
      touch,
    ),
    'filing:export': handler(
      'filing:export',
      async ({ templateId, templateVersion, answers, lang, uiLang, format, pdfa }) => {
        const manifest = manifestOf(templateId, templateVersion);
        const result = await renderInWorker(
          {
            templateId,
            templateVersion,
            answers,
            lang,
            uiLang,
            allowIncomplete: false,
            pdfa: pdfa === true,
          },
          format,
        );
        if (result.kind === 'cancelled') return { savedTo: null };
        const client = clientOf(answers);
        const name = safeFileName(
          [manifest.title[lang], clientLabel(client, namesIn()), clock.today()]
            .filter(Boolean)
            .join(' — '),
        );
        const target = await session.options.saveTarget.choose(`${name}.${format}`, format);
        if (target === null) return { savedTo: null };
        writeFileAtomic(target, result.bytes);
        return { savedTo: target };
      },
      touch,
    ),
    'filing:blank': handler(
      'filing:blank',
      async ({ templateId, templateVersion, answers, lang, uiLang, format }) => {
        const manifest = manifestOf(templateId, templateVersion);
        // Rendered here, not in a worker: a blank form is rare and carries no client text.
        const rendered = await engine.render(
          { ...filingRequest({ templateId, templateVersion, answers, lang, uiLang }), blank: true },
          format,
        );
        const name = safeFileName(`${manifest.title[lang]} — ${BLANK_SUFFIX[lang]}`);
        const target = await session.options.saveTarget.choose(`${name}.${format}`, format);
        if (target === null) return { savedTo: null };
        writeFileAtomic(target, rendered.bytes);
        return { savedTo: target };
      },
    ),
    'calendar:get': handler('calendar:get', async () => ({
      nowMs: clock.nowMs(),
      pinnedDay: clock.getClock().pinnedDay,
      holidayYears: holidayYears(),
    })),
    'courts:list': handler('courts:list', async () => services.loaded.courts ?? null),
    'prefs:get': handler('prefs:get', async () => session.prefs.get()),
    'prefs:set': handler('prefs:set', async ({ uiLang, namesInFileNames }) =>
      session.prefs.set({
        ...(uiLang ? { uiLang } : {}),
        ...(namesInFileNames !== undefined ? { namesInFileNames } : {}),
      }),
    ),
    'vault:status': handler('vault:status', async () => session.status()),
    'vault:create': handler('vault:create', async ({ passphrase }) => session.create(passphrase)),
    'vault:unlock': handler('vault:unlock', async ({ passphrase, uiLang }) => {
      const status = await session.unlock(passphrase);
      const repairs = session.repairs().map((r) => describeRepair(r, uiLang));
      return repairs.length > 0 ? { ...status, repairs } : status;
    }),
    'vault:lock': handler('vault:lock', async () => session.lock()),
    'vault:settings': handler(
      'vault:settings',
      async ({ autoLockMinutes, region }) => {
        if (region !== undefined) {
          // Only a region of the court table: the list in Settings offers nothing else.
          if (region !== '' && !findRegion(services.loaded.courts, region))
            throw new VaultError('notFound', `No region "${region}".`);
          session.setRegion(region);
        }
        return autoLockMinutes === undefined
          ? session.status()
          : session.setAutoLock(autoLockMinutes);
      },
      touch,
    ),
    'vault:wipe': handler('vault:wipe', async ({ uiLang, confirm, passphrase }) => {
      if (confirm.trim() !== WIPE_CONFIRMATION[uiLang]) throw new ConfirmationMismatch();
      return session.wipe(passphrase);
    }),
    'vault:passphrase': handler(
      'vault:passphrase',
      async ({ current, next, rekey }) => {
        const { skipped } = await session.open().changePassphrase(current, next, { rekey });
        return { rekeyed: rekey, skipped: skipped.length };
      },
      touch,
    ),
    'vault:backup': handler(
      'vault:backup',
      async ({ passphrase, matterId, uiLang }) => {
        const vault = session.open();
        const subject = matterId ? clientLabel(vault.getMatter(matterId).client, namesIn()) : '';
        const name = safeFileName(['Refuge', subject, clock.today()].filter(Boolean).join(' — '));
        assertStrongPassphrase(passphrase); // before any dialog opens
        const target = await session.options.saveTarget.choose(`${name}.refuge`, 'refuge');
        if (target === null) return { savedTo: null };
        const { skipped } = await vault.exportTo(target, passphrase, matterId);
        if (skipped.length === 0) return { savedTo: target };
        return { savedTo: target, skipped, warning: describeSkipped(skipped, uiLang) };
      },
      touch,
    ),
    'vault:restore': handler(
      'vault:restore',
      async ({ passphrase, content }) => ({
        imported: (await session.open().importData(content, passphrase)).length,
      }),
      touch,
    ),
    'batch:inspect': handler(
      'batch:inspect',
      async ({ uiLang, templateId, fileName, content }) => {
        session.open(); // a locked app reads and renders nothing
        const manifest = manifestOf(templateId);
        const table = await readSpreadsheet(fileName, content);
        const mapping = mapColumns(manifest, table.headers);
        const sheets = table.sheets ? mapGroupSheets(manifest, table.headers, table.sheets) : {};
        return {
          rows: table.rows.length,
          columns: table.headers.map((header) => {
            const target = mapping.columns[header];
            const tied = (sheets.groupSheets ?? []).filter((g) => g.mainId === header);
            if (tied.length > 0)
              return {
                header,
                field: `${ROW_ID_LABEL[uiLang]} ${tied.map((g) => `«${g.sheet}»`).join(', ')}`,
              };
            return { header, field: target ? targetLabel(manifest, target, uiLang) : null };
          }),
          groupSheets: (sheets.groupSheets ?? []).map((g) => {
            const field = manifest.fields.find((f) => f.key === g.key);
            return {
              sheet: g.sheet,
              field: field?.label[uiLang] ?? g.key,
              lines: table.sheets?.[g.sheet]?.rows.length ?? 0,
              unmapped: g.unmapped,
            };
          }),
          ignoredSheets: sheets.unmappedSheets ?? [],
          canReveal: session.options.saveTarget.reveal !== undefined,
        };
      },
      touch,
    ),
    'batch:start': handler(
      'batch:start',
      async ({ uiLang, templateId, fileName, content, lang, formats, force }) => {
        session.open(); // a locked app reads and renders nothing
        const manifest = manifestOf(templateId);
        if (!manifest.languages.includes(lang)) throw new LanguageUnavailable(templateId, lang);
        const table = await readSpreadsheet(fileName, content);
        const today = clock.today();
        const folder = safeFileName(
          `${manifest.title[uiLang]} — ${fileName.replace(/\.[^.]+$/, '')} — ${today}`,
        );
        const outDir = await session.options.saveTarget.chooseFolder(folder);
        if (outDir === null) return { runId: null, outDir: null };
        const runId = session.batches.start({
          manifest,
          table,
          outDir,
          formats,
          lang,
          messagesLang: uiLang,
          force,
          today,
          namesInFileNames: namesIn(),
          ...(session.options.templatesDir ? { templatesDir: session.options.templatesDir } : {}),
        });
        return { runId, outDir };
      },
      touch,
    ),
    'batch:status': handler('batch:status', async ({ runId }) => batchProgress(runId)),
    'pack:status': handler('pack:status', async ({ uiLang }) => packStatus(uiLang)),
    'pack:inspect': handler(
      'pack:inspect',
      async ({ uiLang, content }) => {
        session.open(); // a locked app changes nothing, templates included
        const { dir, trusted } = packsConfig();
        const { pack, loaded, installed } = checkPackForImport(
          Buffer.from(content, 'base64'),
          dir,
          trusted,
          packFloor(dir),
        );
        const changes = packChanges(engine, loaded);
        return {
          packVersion: pack.manifest.packVersion,
          createdAt: pack.manifest.createdAt,
          signer: pack.signer.holder,
          installedVersion: installed || null,
          filingsAdded: changes.filingsAdded.map((f) => ({
            id: f.id,
            title: f.title[uiLang],
            version: f.version,
          })),
          filingsChanged: changes.filingsChanged.map((f) => ({ ...f, title: f.title[uiLang] })),
          citesChanged: changes.citesChanged.map((c) => ({ ...c })),
          partialsChanged: changes.partialsChanged.map((p) => ({ ...p })),
        };
      },
      touch,
    ),
    'pack:import': handler(
      'pack:import',
      async ({ uiLang, content }) => {
        const vault = session.open();
        const { dir, trusted } = packsConfig();
        const version = installPack(Buffer.from(content, 'base64'), dir, trusted, packFloor(dir));
        raiseVaultPackFloor(vault, version);
        engine.reload();
        session.templatesChanged();
        return packStatus(uiLang);
      },
      touch,
    ),
    'batch:cancel': handler(
      'batch:cancel',
      async ({ runId }) => {
        session.batches.cancel(runId);
        return batchProgress(runId);
      },
      touch,
    ),
    // No client data in it: asked for without the vault.
    'batch:template': handler('batch:template', async ({ templateId, uiLang, format }) => {
      const bundle = engine.template(templateId);
      const made = await batchTemplate(
        bundle.manifest,
        uiLang,
        format,
        sampleAnswers(bundle.origin),
      );
      const name = safeFileName(
        `${bundle.manifest.title[uiLang]} — ${BATCH_TEMPLATE_SUFFIX[uiLang]}`,
      );
      const target = await session.options.saveTarget.choose(`${name}.${format}`, format);
      if (target === null) return { savedTo: null };
      writeFileAtomic(target, made.bytes);
      return { savedTo: target };
    }),
    'batch:reveal': handler(
      'batch:reveal',
      async ({ runId }) => {
        const reveal = session.options.saveTarget.reveal;
        if (!reveal) return { revealed: false };
        await reveal(batchProgress(runId).outDir);
        return { revealed: true };
      },
      touch,
    ),
    'matters:list': handler(
      'matters:list',
      async ({ query, includeArchived }) =>
        session
          .open()
          .listMatters({
            ...(query !== undefined ? { query } : {}),
            ...(includeArchived !== undefined ? { includeArchived } : {}),
          })
          .map(summaryView),
      touch,
    ),
    'matters:get': handler(
      'matters:get',
      async ({ matterId, uiLang, today }) => {
        const matter = session.open().getMatter(matterId);
        return {
          ...matterSummary(matter),
          facts: matter.facts,
          hasTriage: matter.triage !== undefined,
          createdAt: matter.createdAt,
          drafts: matter.drafts.map((d) => ({
            templateId: d.templateId,
            templateTitle:
              engine.templates.find((t) => t.manifest.id === d.templateId)?.manifest.title[
                uiLang
              ] ?? d.templateId,
            versions: d.versions.map((v) => ({ savedAt: v.savedAt, lang: v.lang })),
          })),
          deadlines: matterDeadlines(
            matter,
            engine,
            services.loaded.cites,
            uiLang,
            today ?? clock.today(),
          ),
        };
      },
      touch,
    ),
    'matters:create': handler(
      'matters:create',
      async ({ title }) =>
        matterSummary(
          session.open().createMatter({ title, client: { lastName: '', firstName: '' } }),
        ),
      touch,
    ),
    'matters:update': handler(
      'matters:update',
      async ({ matterId, title, facts }) =>
        matterSummary(
          session.open().updateMatter(matterId, {
            ...(title !== undefined ? { title } : {}),
            ...(facts !== undefined ? { facts } : {}),
          }),
        ),
      touch,
    ),
    'matters:archive': handler(
      'matters:archive',
      async ({ matterId, archived }) =>
        matterSummary(session.open().archiveMatter(matterId, archived)),
      touch,
    ),
    'triage:show': handler('triage:show', async ({ uiLang, answers, today }) => {
      const { triage, templates, cites } = services.loaded;
      if (!triage) return [];
      return triageView(
        triage,
        answers,
        templates.map((t) => t.manifest),
        cites,
        uiLang,
        today ?? clock.today(),
      );
    }),
    'triage:start': handler(
      'triage:start',
      async ({ answers, templateId, title }) => {
        manifestOf(templateId); // an unknown filing is refused before a matter is made
        const vault = session.open();
        const now = new Date(session.now());
        const matter = vault.createMatter({ title, client: { lastName: '', firstName: '' } }, now);
        vault.updateMatter(matter.id, { triage: answers }, now);
        return { matterId: matter.id };
      },
      touch,
    ),
    'deadlines:list': handler(
      'deadlines:list',
      async ({ uiLang, today }) =>
        openDeadlines(
          session.open(),
          engine,
          services.loaded.triage,
          services.loaded.cites,
          uiLang,
          today ?? clock.today(),
        ),
      touch,
    ),
    'matters:delete': handler(
      'matters:delete',
      async ({ matterId }) => {
        session.open().deleteMatter(matterId);
        return { deleted: matterId };
      },
      touch,
    ),
    'drafts:open': handler(
      'drafts:open',
      async ({ matterId, templateId, version }): Promise<DraftView> => {
        const manifest = manifestOf(templateId);
        const matter = session.open().getMatter(matterId);
        const draft = matter.drafts.find((d) => d.templateId === templateId);
        if (draft && draft.versions.length > 0) {
          const chosen = draft.versions[version ?? draft.versions.length - 1];
          if (!chosen) throw new VaultError('notFound', 'No such version.');
          return {
            answers: chosen.answers,
            // A version no set holds any more (a pack removed by hand) falls back to the newest.
            templateVersion: engine.versions(templateId).includes(chosen.templateVersion)
              ? chosen.templateVersion
              : null,
            currentVersion: manifest.version,
            lang: chosen.lang,
            savedAt: chosen.savedAt,
            versions: draft.versions.map((v) => ({ savedAt: v.savedAt })),
            prefilledFrom: [],
          };
        }
        const prior = matter.drafts.flatMap((d) =>
          d.versions
            .slice(-1)
            .map((v) => ({ savedAt: v.savedAt, answers: v.answers, templateId: d.templateId })),
        );
        // The triage answers come last, so the situation as told today wins over older drafts.
        const prefilledFrom = [...new Set(prior.map((p) => p.templateId))];
        const fromTriage = matter.triage
          ? triagePrefill(
              services.loaded.triage,
              matter.triage,
              manifest.id,
              engine.templates.map((t) => t.manifest),
              clock.today(),
            )
          : undefined;
        if (fromTriage)
          prior.push({
            savedAt: new Date(session.now()).toISOString(),
            answers: fromTriage,
            templateId,
          });
        // The matter's region (its newest draft's), else the one chosen in Settings.
        const lang = manifest.languages[0] ?? 'ru';
        const prefilled = prefillAnswers(manifest, prior);
        const newestFirst = [...prior].sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
        const region = findRegion(
          services.loaded.courts,
          regionOfAnswers(newestFirst.map((p) => p.answers)) ?? session.status().region ?? '',
        );
        return {
          answers: region
            ? (regionPrefill(manifest, prefilled, region, lang) as typeof prefilled)
            : prefilled,
          templateVersion: null,
          currentVersion: manifest.version,
          lang,
          savedAt: null,
          versions: [],
          prefilledFrom,
        };
      },
      touch,
    ),
    'matters:family': handler(
      'matters:family',
      async ({ matterId }) => {
        const vault = session.open();
        const source = vault
          .getMatter(matterId)
          .drafts.find((d) => d.templateId === FAMILY_TEMPLATE);
        const latest = source?.versions[source.versions.length - 1];
        if (!source || !latest) return { started: [] };
        const manifest = manifestOf(FAMILY_TEMPLATE, latest.templateVersion);
        const now = new Date(session.now());
        const started = familyMemberApplications(manifest, latest.answers).map((answers) => {
          const client = clientOf(answers);
          const matter = vault.createMatter({ title: manifest.title[latest.lang], client }, now);
          vault.saveDraft(
            matter.id,
            {
              templateId: FAMILY_TEMPLATE,
              templateVersion: manifest.version,
              lang: latest.lang,
              // A family member's matter is in the same region as the first one.
              answers: { ...answers, ...regionOf(latest.answers) },
            },
            now,
          );
          const name = [client.lastName, client.firstName, client.middleName]
            .filter(Boolean)
            .join(' ');
          return { matterId: matter.id, name };
        });
        return { started };
      },
      touch,
    ),
    'drafts:save': handler(
      'drafts:save',
      async ({ matterId, templateId, templateVersion, lang, answers }) => {
        const manifest = manifestOf(templateId, templateVersion);
        const vault = session.open();
        const draft = vault.saveDraft(
          matterId,
          {
            templateId,
            templateVersion: manifest.version,
            lang,
            answers,
          },
          new Date(session.now()),
          { amendWithinMs: AUTOSAVE_VERSION_MS },
        );
        const client = clientOf(answers);
        const matter = vault.getMatter(matterId);
        if (
          client.lastName &&
          (client.lastName !== matter.client.lastName ||
            client.firstName !== matter.client.firstName ||
            client.middleName !== matter.client.middleName)
        )
          vault.updateMatter(matterId, { client });
        const latest = draft.versions[draft.versions.length - 1];
        return { savedAt: latest?.savedAt ?? '', versions: draft.versions.length };
      },
      touch,
    ),
    'attachments:list': handler(
      'attachments:list',
      async ({ matterId }) => session.open().listAttachments(matterId).map(attachmentView),
      touch,
    ),
    'attachments:add': handler(
      'attachments:add',
      async ({ matterId, name, content }) =>
        attachmentView(
          await session
            .open()
            .addAttachment(
              matterId,
              { name, bytes: Buffer.from(content, 'base64') },
              new Date(session.now()),
            ),
        ),
      touch,
    ),
    'attachments:remove': handler(
      'attachments:remove',
      async ({ matterId, fileId }) => {
        session.open().removeAttachment(matterId, fileId, new Date(session.now()));
        return { removed: fileId };
      },
      touch,
    ),
    'bundle:export': handler(
      'bundle:export',
      async ({
        uiLang,
        matterId,
        templateId,
        templateVersion,
        answers,
        lang,
        index,
        dpi,
        print,
      }) => {
        const manifest = manifestOf(templateId, templateVersion);
        // In a render worker under its memory limit: a hostile scan can kill that worker, never
        // Electron's main thread with the vault open. This thread only decrypts the files
        // (workers hold no vault key) and sends their bytes.
        const bundle = await bundleMatterFilingInWorker(
          session.renderPool(),
          session.open(),
          matterId,
          {
            ...filingRequest({ templateId, templateVersion, answers, lang, uiLang }),
            answers, // the bundle's own type: an object, checked by the contract
            now: new Date(session.now()).toISOString(),
          },
          { index, dpi },
        );
        const warnings = bundle.warnings.map((w) => bundleWarningText(w, uiLang));
        if (print) {
          // To the page's print flow, in memory: nothing is written for it.
          const base64 = Buffer.from(bundle.bytes).toString('base64');
          return {
            savedTo: null,
            base64,
            pages: bundle.pages,
            bytes: bundle.bytes.length,
            warnings,
          };
        }
        const client = clientOf(answers);
        const name = safeFileName(
          [manifest.title[lang], clientLabel(client, namesIn()), BUNDLE_SUFFIX[lang], clock.today()]
            .filter(Boolean)
            .join(' — '),
        );
        const target = await session.options.saveTarget.choose(`${name}.pdf`, 'pdf');
        const summary = { pages: bundle.pages, bytes: bundle.bytes.length, warnings };
        if (target === null) return { savedTo: null, ...summary };
        writeFileAtomic(target, bundle.bytes);
        return { savedTo: target, ...summary };
      },
      touch,
    ),
  };
}

function attachmentView(a: AttachmentMeta): AttachmentView {
  return {
    id: a.id,
    // Names stored before bidi controls were stripped on the way in.
    name: stripBidiFromName(a.name),
    mime: a.mime,
    size: a.size,
    pages: a.pages,
    addedAt: a.addedAt,
  };
}

const BUNDLE_SUFFIX: Readonly<Record<Lang, string>> = {
  ru: 'с приложениями',
  kk: 'қосымшалармен',
  en: 'with annexes',
};
