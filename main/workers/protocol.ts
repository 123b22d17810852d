/** Messages between the pool and its rendering workers (structured-clone safe). */
import type { ValidationIssue } from '../../common/answers.ts';
import type { Preflight } from '../engine/index.ts';
import type { AttachmentErrorCode, BundleWarning } from '../bundle/messages.ts';
import type { AttachmentMime } from '../bundle/inspect.ts';
import type { Lang } from '../../common/lang.ts';

/**
 * A court bundle, built in the worker under its memory limit (images decoded, PDFs copied):
 * the main thread only decrypts the files the filing names and sends their bytes.
 */
export interface BundleJob {
  readonly files: readonly {
    readonly id: string;
    readonly mime: AttachmentMime;
    readonly pages: number;
  }[];
  readonly bytes: Readonly<Record<string, Uint8Array>>;
  readonly index: boolean;
  readonly dpi: number;
}

export interface WorkerRequest {
  readonly templateId: string;
  /** A draft's recorded filing version; absent: the newest. */
  readonly templateVersion?: string;
  readonly answers: unknown;
  readonly lang: Lang;
  readonly messagesLang?: Lang;
  readonly today: string;
  /** ISO timestamp for document properties. */
  readonly now?: string;
  readonly allowIncomplete?: boolean;
  /** The live preview marks unverified cites in the text (RenderRequest.markUnverified). */
  readonly markUnverified?: boolean;
  /** PDF files as PDF/A-2b. */
  readonly pdfa?: boolean;
}

export interface WorkerJob {
  readonly id: number;
  /** Stamped by the pool with its process's clock: workers have none of their own. */
  readonly request: WorkerRequest & { readonly now: string };
  readonly format: 'pdf' | 'docx';
  /** Batch: the worker builds once, writes every file itself (atomically), returns no bytes. */
  readonly outFiles?: readonly { readonly format: 'pdf' | 'docx'; readonly file: string }[];
  /**
   * Holds the job in its worker until the first Int32 of the buffer is set non-zero: lets a test
   * cancel a job that is certainly still running, instead of racing a timer against the render.
   */
  readonly hold?: SharedArrayBuffer;
  readonly bundle?: BundleJob;
}

export type WorkerReply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly bytes: Uint8Array;
      readonly preflight: Preflight;
      readonly pages: number | null;
      readonly written?: readonly string[];
      readonly bundle?: { readonly pages: number; readonly warnings: readonly BundleWarning[] };
    }
  | {
      readonly id: number;
      readonly ok: false;
      readonly kind: 'attachment';
      readonly message: string;
      readonly code: AttachmentErrorCode;
      readonly place: string;
      readonly params: Readonly<Record<string, string | number>>;
    }
  | {
      readonly id: number;
      readonly ok: false;
      readonly kind: 'invalidAnswers';
      readonly message: string;
      readonly issues: readonly ValidationIssue[];
    }
  | {
      readonly id: number;
      readonly ok: false;
      readonly kind: 'failed' | 'crashed' | 'cancelled';
      readonly message: string;
    };
