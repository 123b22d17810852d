/**
 * What the main process answers on the IPC channels (main/api.ts `Results`): views of templates,
 * matters, drafts, deadlines, packs, attachments, already in the UI language. Plain data, shared
 * by the renderer, the handlers and the bridge.
 */
import type { Lang } from '../../common/manifest.ts';
import type { ValidationIssue } from '../../common/answers.ts';
import type { HolidayYear } from '../../common/holidays-data.ts';
import type { DeadlineView } from '../../common/filing-deadlines.ts';
import type { FiledMark, Timeliness } from '../../common/filed.ts';

export interface TemplateSummary {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly purpose: string;
  readonly deadlineHint: string;
  readonly languages: readonly Lang[];
}

export interface PreflightView {
  readonly issues: readonly ValidationIssue[];
  /** Answers to look at again: letters replaced, text in another language than the document's. */
  readonly answerNotices: readonly ValidationIssue[];
  readonly unverifiedCites: readonly {
    readonly key: string;
    readonly text: string;
    readonly source: string;
  }[];
  readonly namesToCheck: readonly { readonly name: string; readonly text: string }[];
  /** Characters the PDF's fonts cannot draw: they print as empty boxes. */
  readonly unprintable: string;
  /** Each with its later readings, «возможно, по …: why (basis)», in the UI language. */
  readonly deadlines: readonly DeadlineLine[];
  readonly holidayWarnings: readonly {
    readonly year: number;
    readonly code: 'holidaysUnknown' | 'holidaysUnverified';
  }[];
}

export interface Prefs {
  readonly uiLang: Lang;
  /**
   * Client surnames in the default names of saved files (backups, exports). Off by default:
   * initials only, since file names outlive the vault (USB sticks, recent-file lists).
   */
  readonly namesInFileNames?: boolean;
}

export interface CalendarView {
  readonly nowMs: number;
  /** Set when the date is pinned (`REFUGE_TODAY`, tests): the UI says so. */
  readonly pinnedDay: string | null;
  readonly holidayYears: readonly HolidayYear[];
}

export interface VaultStatus {
  readonly state: 'none' | 'locked' | 'unlocked';
  readonly autoLockMinutes: number;
  /** The region new matters start in (unlocked only; absent: none chosen). */
  readonly region?: string;
  /** Where the vault lives: shown so the lawyer knows what to back up. */
  readonly folder: string;
  /**
   * After an unlock: what opening the vault repaired (an index rebuilt from the records, debris
   * of an interrupted write removed, a format update), in the user's language. Absent if nothing.
   */
  readonly repairs?: readonly string[];
}

export interface MatterSummaryView {
  readonly id: string;
  readonly title: string;
  readonly clientName: string;
  readonly archived: boolean;
  readonly updatedAt: string;
}

/**
 * One deadline as a screen lists it: the view every front door shares (common/filing-deadlines.ts),
 * its holiday-table warnings already worded in the UI language.
 */
export interface DeadlineLine extends Omit<DeadlineView, 'status' | 'warnings'> {
  readonly warnings: readonly string[];
}

/** A matter's deadline: a filing's deadline, and which of the matter's filings it belongs to. */
export interface MatterDeadlineView extends DeadlineLine {
  readonly templateId: string;
  /** The filing's title; numbered («(черновик 2)») when the matter holds several of it. */
  readonly templateTitle: string;
  /** The draft it is a term of (absent: from the triage answers, nothing drafted yet). */
  readonly draftId?: string;
  /** A saved draft's, or the triage answers' for a filing not started yet. */
  readonly source: 'draft' | 'triage';
  /**
   * The filing's own term, once the filing is marked as handed in: the day, and whether that day
   * kept the term. Such a deadline is done: it leaves the lists of open deadlines.
   */
  readonly filed?: { readonly on: string; readonly timeliness: Timeliness };
  /**
   * The filing's own term missed or only arguable — on the day it was handed in, or today while
   * it is not — or another step's term passed: the filings the triage table names as the way out
   * (a request to restore the term, a complaint against the authorities' inaction).
   */
  readonly wayOut?: readonly {
    readonly templateId: string;
    readonly templateTitle: string;
    /** Already started from this term: that draft, to open rather than start again. */
    readonly draftId?: string;
  }[];
}

export interface MatterView extends MatterSummaryView {
  readonly facts: string;
  /** The matter holds «Что случилось?» answers: it is not empty even with nothing else. */
  readonly hasTriage: boolean;
  readonly createdAt: string;
  readonly drafts: readonly {
    readonly id: string;
    readonly templateId: string;
    /** Numbered («(черновик 2)») when the matter holds several drafts of the filing. */
    readonly templateTitle: string;
    readonly versions: readonly { readonly savedAt: string; readonly lang: Lang }[];
    readonly filed?: FiledMark;
    /** Started as the way out of a term: that term and its draft («… — Апелляционная жалоба»). */
    readonly startedFor?: string;
  }[];
  /** Soonest first. */
  readonly deadlines: readonly MatterDeadlineView[];
}

export interface DraftView {
  /** The draft to save into: the one opened, or the id a new one is created under. */
  readonly draftId: string;
  readonly answers: Record<string, unknown>;
  /** The filing version this draft was written with (null: a new draft, the newest applies). */
  readonly templateVersion: string | null;
  /** The newest version installed: when it differs, the screen offers to move the draft on. */
  readonly currentVersion: string;
  readonly lang: Lang;
  /** null: nothing saved yet (the answers are prefilled from the matter's other filings). */
  readonly savedAt: string | null;
  readonly versions: readonly { readonly savedAt: string }[];
  /** The filings the answers were prefilled from, and `triage` when «Что случилось?» gave some. */
  readonly prefilledFrom: readonly string[];
  /** Marked as handed in (common/filed.ts): the banner then says so instead of the days left. */
  readonly filed?: FiledMark;
}

/** How a spreadsheet will be read: each column's field (label in the UI language) or none. */
export interface BatchPlanView {
  readonly rows: number;
  readonly columns: readonly { readonly header: string; readonly field: string | null }[];
  readonly groupSheets: readonly {
    readonly sheet: string;
    readonly field: string;
    readonly lines: number;
    readonly unmapped: readonly string[];
  }[];
  readonly ignoredSheets: readonly string[];
  /** Whether the desktop app can open the output folder for the user. */
  readonly canReveal: boolean;
}

/** What importing a template pack would change, in the UI language. */
export interface PackSummaryView {
  readonly packVersion: number;
  readonly createdAt: string;
  readonly signer: string;
  /** The installed pack's version; null: only the built-in templates. */
  readonly installedVersion: number | null;
  readonly filingsAdded: readonly {
    readonly id: string;
    readonly title: string;
    readonly version: string;
  }[];
  readonly filingsChanged: readonly {
    readonly id: string;
    readonly title: string;
    readonly from: string;
    readonly to: string;
    /** The pack's version is older than the one in use and will not replace it. */
    readonly older: boolean;
  }[];
  readonly citesChanged: readonly {
    readonly key: string;
    readonly text: string;
    readonly added: boolean;
    readonly textChanged: boolean;
    readonly verified: { readonly from: boolean; readonly to: boolean } | null;
  }[];
  readonly partialsChanged: readonly {
    readonly name: string;
    readonly title: Readonly<Record<Lang, string>>;
    readonly change: 'added' | 'changed' | 'removed';
  }[];
}

export interface PackStatusView {
  /** This Refuge's version: what a pack for a newer app is measured against. */
  readonly appVersion: string;
  readonly installedVersion: number | null;
  /** Installed packs that failed their check on load (the app fell back), localized. */
  readonly warnings: readonly string[];
}

export interface AttachmentView {
  readonly id: string;
  readonly name: string;
  readonly mime: 'application/pdf' | 'image/jpeg' | 'image/png';
  readonly size: number;
  readonly pages: number;
  readonly addedAt: string;
}
