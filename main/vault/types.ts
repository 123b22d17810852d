/**
 * What the vault holds, as its callers see it: matters, their drafts and versions, attachments,
 * summaries and settings. Split from main/vault/index.ts, which re-exports these names.
 */
import type { AttachmentMime } from '../bundle/inspect.ts';
import type { TriageAnswers } from '../../common/triage.ts';
import type { FiledMark } from '../../common/filed.ts';
import type { DraftOrigin } from '../../common/drafts.ts';

export interface MatterClient {
  readonly lastName: string;
  readonly firstName: string;
  readonly middleName?: string;
}

export interface DraftVersion {
  readonly savedAt: string;
  readonly templateVersion: string;
  readonly lang: 'ru' | 'kk' | 'en';
  readonly answers: Record<string, unknown>;
}

export interface Draft {
  /** A matter may hold several drafts of one filing: this, not the filing, names the draft. */
  readonly id: string;
  readonly templateId: string;
  readonly versions: readonly DraftVersion[];
  /** When it was started; absent in drafts saved before there could be several of a filing. */
  readonly createdAt?: string;
  /** Started to answer another draft's term (a request to restore it): that term. */
  readonly startedFrom?: DraftOrigin;
  /**
   * Marked as handed in (common/filed.ts): kept across later versions, absent until marked. A
   * vault written before the mark existed simply has none.
   */
  readonly filed?: FiledMark & { readonly markedAt: string };
}

/**
 * A file attached to a matter (a scanned decision, evidence). What it is lives here, inside the
 * encrypted matter record; its bytes are a binary record of their own (`file-<matter>-<id>`),
 * sealed like every other record, so listing attachments never decrypts a scan.
 */
export interface AttachmentMeta {
  readonly id: string;
  readonly name: string;
  /** Decided by the bytes, not the name. */
  readonly mime: AttachmentMime;
  readonly size: number;
  /** Sheets it adds to a bundle: a PDF's pages, 1 for an image. */
  readonly pages: number;
  readonly sha256: string;
  readonly addedAt: string;
}

export interface Matter {
  readonly id: string;
  readonly title: string;
  readonly client: MatterClient;
  readonly facts: string;
  readonly archived: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly drafts: readonly Draft[];
  /** Absent in matters saved before attachments existed. */
  readonly attachments?: readonly AttachmentMeta[];
  /** The triage answers («Что случилось?»), sealed with the rest of the matter; absent until given. */
  readonly triage?: TriageAnswers;
}

export interface MatterSummary {
  readonly id: string;
  readonly title: string;
  readonly clientName: string;
  readonly archived: boolean;
  readonly updatedAt: string;
}

export interface VaultSettings {
  readonly autoLockMinutes: number;
  /** The region new matters start in (templates/courts.json id); absent or '': none chosen. */
  readonly region?: string;
}

/** Record ids of what the vault holds. */
export const fileRecordId = (matterId: string, fileId: string): string =>
  `file-${matterId}-${fileId}`;
export const isFileRecord = (id: string): boolean => id.startsWith('file-');
/** A draft (all its versions) is a record of its own: `draft-<matter>-<draft>`. */
export const draftRecordId = (matterId: string, draftId: string): string =>
  `draft-${matterId}-${draftId}`;
export const isDraftRecord = (id: string): boolean => id.startsWith('draft-');
export const isMatterRecord = (id: string): boolean => id.startsWith('matter-');

/** A matter as stored: its drafts live in draft records (layout 2 on), so this holds none. */
export type StoredMatter = Omit<Matter, 'drafts'> & { readonly drafts?: readonly Draft[] };
