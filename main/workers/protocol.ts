/** Messages between the pool and its rendering workers (structured-clone safe). */
import type { ValidationIssue } from '../../common/answers.ts';
import type { Preflight } from '../engine/render.ts';

export interface WorkerRequest {
  readonly templateId: string;
  /** A draft's recorded filing version; absent: the newest. */
  readonly templateVersion?: string;
  readonly answers: unknown;
  readonly lang: 'ru' | 'kk' | 'en';
  readonly messagesLang?: 'ru' | 'kk' | 'en';
  readonly today: string;
  /** ISO timestamp for document properties. */
  readonly now?: string;
  readonly allowIncomplete?: boolean;
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
}

export type WorkerReply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly bytes: Uint8Array;
      readonly preflight: Preflight;
      readonly pages: number | null;
      readonly written?: readonly string[];
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
