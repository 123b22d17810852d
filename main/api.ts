/**
 * The IPC contract between the renderer and the main process: each channel with the zod schema of
 * its payload and the type of its result. The Electron preload exposes one function per channel,
 * main registers one handler per channel, and the loopback test bridge serves the same channels —
 * all from this one table. The renderer imports only types from here.
 */
import { z } from '../common/zod.ts';
import type { Lang, Manifest } from '../common/manifest.ts';
import { textsOf } from '../common/locales/index.ts';
import type { ValidationIssue } from '../common/answers.ts';
import type { BatchProgress } from './batch/jobs.ts';
import { triageAnswersSchema } from '../common/triage.ts';
import type { OpenDeadlineView, TriageItemView } from './app/triage.ts';
import { LANGS } from '../common/lang.ts';
import { FILED_HOW, FILED_REFERENCE_MAX } from '../common/filed.ts';
import { DRAFT_ID_PATTERN } from '../common/drafts.ts';
import type { CourtTable } from '../common/courts.ts';

export type { BatchProgress, OpenDeadlineView, TriageItemView };
// The result views and the error shape live beside the contract; importers keep using this file.
export type * from './api/views.ts';
export type * from './api/result.ts';
import type {
  AttachmentView,
  BatchPlanView,
  CalendarView,
  DraftView,
  MatterSummaryView,
  MatterView,
  PackStatusView,
  PackSummaryView,
  PreflightView,
  Prefs,
  TemplateSummary,
  VaultStatus,
} from './api/views.ts';
import type { ApiResult } from './api/result.ts';

const lang = z.enum(LANGS);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const templateId = z.string().regex(/^[a-z][a-z0-9-]{0,99}$/);
const answers = z.record(z.string(), z.unknown());

const matterId = z.string().regex(/^[a-f0-9]{16}$/);
const passphrase = z.string().min(1).max(1024);
const exportFormat = z.enum(['pdf', 'docx']);
const spreadsheetName = z
  .string()
  .regex(/\.(csv|tsv|txt|xlsx)$/i)
  .max(255);
const spreadsheet = z
  .string()
  .max(90 * 1024 * 1024)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);
const runId = z.string().regex(/^[a-f0-9]{16}$/);
const fileId = z.string().regex(/^[a-f0-9]{16}$/);
/** A matter may hold several drafts of one filing: the window names each by its id. */
const draftId = z.string().regex(DRAFT_ID_PATTERN);
const deadlineId = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,63}$/);
/**
 * The term of a draft a new draft answers (a request to restore it); the window also checks a
 * `from` it kept for a reload with it.
 */
export const draftOrigin = z.object({ draftId, templateId, deadlineId }).strict();
/** A filing version a draft recorded (x.y.z); absent: the newest installed. */
const templateVersion = z
  .string()
  .regex(/^\d{1,6}\.\d{1,6}\.\d{1,6}$/)
  .optional();
/** A template pack the user picked, its bytes as base64 (packs are capped at 16 MiB). */
const packContent = z
  .string()
  .max(22 * 1024 * 1024)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

/**
 * What names one filing as the user sees it: the template and its pinned version, the answers,
 * the document's language and the UI's (for messages). Declared once so no request drops one.
 */
const filingFields = { templateId, templateVersion, answers, lang, uiLang: lang };

export const contract = {
  'templates:list': z.object({ uiLang: lang }).strict(),
  'templates:get': z.object({ templateId, templateVersion }).strict(),
  'filing:validate': z
    .object({
      templateId,
      templateVersion,
      answers,
      uiLang: lang,
      // The document's language, when known: an English filing needs each Latin name.
      lang: lang.optional(),
      today: isoDate.optional(),
    })
    .strict(),
  'filing:render': z
    .object({
      ...filingFields,
      format: exportFormat,
      today: isoDate.optional(),
      allowIncomplete: z.boolean().optional(),
    })
    .strict(),
  /** The live preview: rendered off the main thread; a newer request cancels an older one. */
  'filing:preview': z.object(filingFields).strict(),
  /** Renders and writes where the user chooses in the native save dialog. */
  'filing:export': z
    .object({
      ...filingFields,
      format: exportFormat,
      matterId: matterId.optional(),
      /** PDF/A-2b instead of plain PDF, for archives and e-filing; ignored for DOCX. */
      pdfa: z.boolean().optional(),
    })
    .strict(),
  /**
   * A blank form to fill in by hand, written where the user chooses: `answers` only pick the
   * branches (booleans, selects); nothing typed is printed.
   */
  'filing:blank': z.object({ ...filingFields, format: exportFormat }).strict(),
  /** Preferences (not client data): the UI language, kept by electron-store in the app. */
  /**
   * The main process's calendar — its clock and the days off in force (built in, and from the
   * installed template packs) — so the window computes the same deadlines as the filing.
   */
  'calendar:get': z.object({}).strict(),
  /** The regions and their courts (templates/courts.json or a pack's). */
  'courts:list': z.object({}).strict(),
  'prefs:get': z.object({}).strict(),
  'prefs:set': z
    .object({ uiLang: lang.optional(), namesInFileNames: z.boolean().optional() })
    .strict(),
  'vault:status': z.object({}).strict(),
  'vault:create': z.object({ passphrase, uiLang: lang }).strict(),
  'vault:unlock': z.object({ passphrase, uiLang: lang }).strict(),
  'vault:lock': z.object({}).strict(),
  'vault:settings': z
    .object({
      uiLang: lang,
      autoLockMinutes: z.number().int().min(1).max(240).optional(),
      /** The region new matters start in (a courts.json id); '' clears it. */
      region: z.string().max(64).optional(),
    })
    .strict(),
  /** Destroys the vault; the phrase must be typed back as confirmation. */
  /**
   * Destroys the vault: the confirmation word and the vault passphrase, locked or not
   * (docs/SECURITY.md, «Wipe»: no wipe on the word alone).
   */
  'vault:wipe': z.object({ uiLang: lang, confirm: z.string(), passphrase }).strict(),
  /**
   * A new passphrase. `rekey`: a new data key too, every record re-encrypted — the default in the
   * UI whenever the old passphrase may be known to others (an old vault.json plus the old
   * passphrase then opens nothing).
   */
  'vault:passphrase': z
    .object({ uiLang: lang, current: passphrase, next: passphrase, rekey: z.boolean() })
    .strict(),
  /** One encrypted backup file of the vault (or one matter), under its own passphrase. */
  'vault:backup': z
    .object({ uiLang: lang, passphrase: z.string().max(1024), matterId: matterId.optional() })
    .strict(),
  /** Adds the matters of a backup file the user picked (its content, read by the page). */
  'vault:restore': z
    .object({ uiLang: lang, passphrase, content: z.string().max(64 * 1024 * 1024) })
    .strict(),
  'matters:list': z
    .object({
      uiLang: lang,
      query: z.string().max(200).optional(),
      includeArchived: z.boolean().optional(),
    })
    .strict(),
  'matters:get': z.object({ uiLang: lang, matterId, today: isoDate.optional() }).strict(),
  'matters:create': z.object({ uiLang: lang, title: z.string().max(300) }).strict(),
  'matters:update': z
    .object({
      uiLang: lang,
      matterId,
      title: z.string().max(300).optional(),
      facts: z.string().max(200_000).optional(),
    })
    .strict(),
  'matters:archive': z.object({ uiLang: lang, matterId, archived: z.boolean() }).strict(),
  /**
   * Each adult family member named in the matter's refugee application is recognised
   * individually (Закон «О беженцах» ст. 11 ч. 2): a matter of their own with an application
   * prefilled from the first.
   */
  'matters:family': z.object({ uiLang: lang, matterId }).strict(),
  'matters:delete': z.object({ uiLang: lang, matterId }).strict(),
  /** «Что случилось?»: every filing the answers call for, soonest deadline first (no vault needed). */
  'triage:show': z
    .object({ uiLang: lang, answers: triageAnswersSchema, today: isoDate.optional() })
    .strict(),
  /** A new matter holding the triage answers, to start `templateId` in (prefilled from them). */
  'triage:start': z
    .object({ uiLang: lang, answers: triageAnswersSchema, templateId, title: z.string().max(300) })
    .strict(),
  /** Every open deadline of every matter, soonest first. */
  'deadlines:list': z.object({ uiLang: lang, today: isoDate.optional() }).strict(),
  /**
   * The latest (or a chosen) version of a draft, or a prefilled new one under `draftId`
   * (app/drafts.ts `openDraft`: which draft is meant).
   */
  'drafts:open': z
    .object({
      uiLang: lang,
      matterId,
      templateId,
      draftId: draftId.optional(),
      version: z.number().int().nonnegative().optional(),
      /**
       * Started as the way out of another draft's term (a request to restore it): the draft
       * already started from that term, or a new one taking that filing's dates
       * (app/deadlines.ts `missedTermPrefill`).
       */
      from: draftOrigin.optional(),
    })
    .strict(),
  /** A version of a draft's answers; a draft not saved before is created under `draftId`. */
  'drafts:save': z
    .object({
      ...filingFields,
      matterId,
      draftId: draftId.optional(),
      startedFrom: draftOrigin.optional(),
    })
    .strict(),
  /** A draft marked as handed in (common/filed.ts), or the mark taken off (null). */
  'drafts:filed': z
    .object({
      uiLang: lang,
      matterId,
      templateId,
      draftId: draftId.optional(),
      filed: z
        .object({
          on: isoDate,
          how: z.enum(FILED_HOW),
          reference: z.string().max(FILED_REFERENCE_MAX).optional(),
        })
        .strict()
        .nullable(),
    })
    .strict(),
  /** One draft and all its versions deleted (a filing started by mistake); the matter page again. */
  'drafts:delete': z.object({ uiLang: lang, matterId, draftId }).strict(),
  /** The installed template pack and any pack that failed its check on load. */
  'pack:status': z.object({ uiLang: lang }).strict(),
  /** Verifies a pack the user picked and says what importing it would change; writes nothing. */
  'pack:inspect': z.object({ uiLang: lang, content: packContent }).strict(),
  /** Verifies again and installs it; new drafts use it, existing drafts keep their version. */
  'pack:import': z.object({ uiLang: lang, content: packContent }).strict(),
  /** Files attached to a matter (scans, evidence), encrypted in the vault. */
  'attachments:list': z.object({ uiLang: lang, matterId }).strict(),
  /** A file the user picked (its bytes, base64); its type and sheets come from the bytes. */
  'attachments:add': z
    .object({
      uiLang: lang,
      matterId,
      name: z.string().min(1).max(255),
      content: z
        .string()
        .max(56 * 1024 * 1024) // 40 MiB as base64
        .regex(/^[A-Za-z0-9+/]*={0,2}$/),
    })
    .strict(),
  'attachments:remove': z.object({ uiLang: lang, matterId, fileId }).strict(),
  /** The filing (as in the form) and the files its «Приложение:» names, in one PDF. */
  'bundle:export': z
    .object({
      ...filingFields,
      matterId,
      index: z.boolean(),
      dpi: z.number().int().min(72).max(600),
      /** Return the bundle to print instead of saving it. */
      print: z.boolean().optional(),
    })
    .strict(),
  /** A spreadsheet the user picked (its bytes, base64) read and matched to the filing's fields. */
  'batch:inspect': z
    .object({ uiLang: lang, templateId, fileName: spreadsheetName, content: spreadsheet })
    .strict(),
  /** Asks where to write, then renders every row in the background. */
  'batch:start': z
    .object({
      uiLang: lang,
      templateId,
      fileName: spreadsheetName,
      content: spreadsheet,
      lang,
      formats: z.array(exportFormat).min(1).max(2),
      force: z.boolean(),
    })
    .strict(),
  'batch:status': z.object({ uiLang: lang, runId }).strict(),
  'batch:cancel': z.object({ uiLang: lang, runId }).strict(),
  /** Opens the output folder in the system's file manager (the desktop app only). */
  'batch:reveal': z.object({ uiLang: lang, runId }).strict(),
  /** The spreadsheet to fill for a batch of this filing, notes in the UI language (issue 22). */
  'batch:template': z
    .object({ uiLang: lang, templateId, format: z.enum(['xlsx', 'csv']) })
    .strict(),
} as const;

/**
 * The functions the preload exposes on `window.refuge`, one per channel. The renderer's bridge
 * client derives its HTTP calls from the same table.
 */
export const methods = {
  listTemplates: 'templates:list',
  getTemplate: 'templates:get',
  validateFiling: 'filing:validate',
  renderFiling: 'filing:render',
  previewFiling: 'filing:preview',
  exportFiling: 'filing:export',
  exportBlankForm: 'filing:blank',
  getCalendar: 'calendar:get',
  listCourts: 'courts:list',
  getPrefs: 'prefs:get',
  setPrefs: 'prefs:set',
  vaultStatus: 'vault:status',
  createVault: 'vault:create',
  unlockVault: 'vault:unlock',
  lockVault: 'vault:lock',
  vaultSettings: 'vault:settings',
  wipeVault: 'vault:wipe',
  changePassphrase: 'vault:passphrase',
  backupVault: 'vault:backup',
  restoreVault: 'vault:restore',
  listMatters: 'matters:list',
  getMatter: 'matters:get',
  createMatter: 'matters:create',
  updateMatter: 'matters:update',
  archiveMatter: 'matters:archive',
  startFamilyApplications: 'matters:family',
  deleteMatter: 'matters:delete',
  showTriage: 'triage:show',
  startTriage: 'triage:start',
  listDeadlines: 'deadlines:list',
  openDraft: 'drafts:open',
  saveDraft: 'drafts:save',
  markFiled: 'drafts:filed',
  deleteDraft: 'drafts:delete',
  inspectBatch: 'batch:inspect',
  startBatch: 'batch:start',
  batchStatus: 'batch:status',
  cancelBatch: 'batch:cancel',
  revealBatch: 'batch:reveal',
  batchTemplate: 'batch:template',
  packStatus: 'pack:status',
  inspectPack: 'pack:inspect',
  importPack: 'pack:import',
  listAttachments: 'attachments:list',
  addAttachment: 'attachments:add',
  removeAttachment: 'attachments:remove',
  exportBundle: 'bundle:export',
} as const satisfies Record<string, keyof typeof contract>;

export type Method = keyof typeof methods;

/** What the user types to confirm wiping the vault, per UI language (from the one table). */
export const WIPE_CONFIRMATION: Readonly<Record<Lang, string>> = textsOf('vaultWipe.confirmation');

export type Channel = keyof typeof contract;
export type Payload<C extends Channel> = z.infer<(typeof contract)[C]>;

/**
 * A filing's manifest with the texts of the cites its deadlines rest on, in every language: the
 * deadline banner words the later readings («возможно, по …») at once, before any render (a line
 * that arrived with the preview pushed the form down under the user's click).
 */
export interface TemplateView {
  readonly manifest: Manifest;
  readonly deadlineCites: Readonly<Record<string, Readonly<Record<Lang, string>>>>;
}

export interface Results {
  'templates:list': readonly TemplateSummary[];
  'templates:get': TemplateView;
  'filing:validate': readonly ValidationIssue[];
  'filing:render': {
    readonly base64: string;
    readonly bytes: number;
    readonly preflight: PreflightView;
  };
  'filing:preview':
    | { readonly superseded: true }
    | {
        readonly superseded: false;
        readonly base64: string;
        readonly pages: number | null;
        readonly preflight: PreflightView;
      };
  'filing:export': { readonly savedTo: string | null };
  'filing:blank': { readonly savedTo: string | null };
  'calendar:get': CalendarView;
  'courts:list': CourtTable | null;
  'prefs:get': Prefs;
  'prefs:set': Prefs;
  'vault:status': VaultStatus;
  'vault:create': VaultStatus;
  'vault:unlock': VaultStatus;
  'vault:lock': VaultStatus;
  'vault:settings': VaultStatus;
  'vault:wipe': VaultStatus;
  /** `skipped`: records already damaged, left as they were (named in the vault's verify). */
  'vault:passphrase': { readonly rekeyed: boolean; readonly skipped: number };
  'vault:backup': {
    readonly savedTo: string | null;
    /** Damaged records left out of the backup (the rest is saved), and a sentence saying so. */
    readonly skipped?: readonly string[];
    readonly warning?: string;
  };
  'vault:restore': { readonly imported: number };
  'matters:list': readonly MatterSummaryView[];
  'matters:get': MatterView;
  'matters:create': MatterSummaryView;
  'matters:update': MatterSummaryView;
  'matters:archive': MatterSummaryView;
  'matters:family': {
    readonly started: readonly { readonly matterId: string; readonly name: string }[];
  };
  'matters:delete': { readonly deleted: string };
  'triage:show': readonly TriageItemView[];
  'triage:start': { readonly matterId: string };
  'deadlines:list': readonly OpenDeadlineView[];
  'drafts:open': DraftView;
  'drafts:save': { readonly savedAt: string; readonly versions: number };
  'drafts:filed': MatterView;
  'drafts:delete': MatterView;
  'batch:inspect': BatchPlanView;
  'batch:start': { readonly runId: string | null; readonly outDir: string | null };
  'batch:status': BatchProgress;
  'batch:cancel': BatchProgress;
  'batch:reveal': { readonly revealed: boolean };
  'batch:template': { readonly savedTo: string | null };
  'pack:status': PackStatusView;
  'pack:inspect': PackSummaryView;
  'pack:import': PackStatusView;
  'attachments:list': readonly AttachmentView[];
  'attachments:add': AttachmentView;
  'attachments:remove': { readonly removed: string };
  'bundle:export': {
    readonly savedTo: string | null;
    /** The bundle itself, only when asked to print it. */
    readonly base64?: string;
    readonly pages: number;
    readonly bytes: number;
    /** Pre-flight of the bundle (sheet counts that differ, files not found), localized. */
    readonly warnings: readonly string[];
  };
}

/** What the preload puts on `window.refuge` and the renderer calls. */
export type RefugeApi = {
  readonly [M in Method]: (
    payload: Payload<(typeof methods)[M]>,
  ) => Promise<ApiResult<Results[(typeof methods)[M]]>>;
};

export type Handlers = {
  readonly [C in Channel]: (payload: unknown) => Promise<ApiResult<Results[C]>>;
};
