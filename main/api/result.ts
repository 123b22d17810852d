/**
 * How every IPC call answers: its data, or an error with a code and a message in the UI language
 * (never a thrown error across the boundary).
 */
import type { ValidationIssue } from '../../common/answers.ts';

export type ApiErrorCode =
  | 'invalidPayload'
  | 'unknownTemplate'
  | 'invalidAnswers'
  | 'internal'
  | 'locked'
  | 'noVault'
  | 'vaultExists'
  | 'wrongPassphrase'
  | 'weakPassphrase'
  | 'tampered'
  | 'diskFull'
  | 'readOnly'
  | 'notFound'
  | 'confirmationMismatch'
  | 'notABackup'
  /** A backup or vault header asks for key-derivation settings Refuge never writes. */
  | 'unsupportedKdf'
  | 'badSpreadsheet'
  /** A template pack was refused; the message says why (unsigned, altered, unknown key …). */
  | 'packRefused'
  /** A file cannot be attached or bundled; the message names it and says why. */
  | 'badAttachment'
  /** Another process (the CLI, the browser version) is writing to the vault; the message names it. */
  | 'vaultBusy'
  /** The vault was written by a newer Refuge: update the app; nothing was changed. */
  | 'vaultNewer'
  /** The day given as the day a filing was handed in is no date, or still to come. */
  | 'badFiledDate';

export interface ApiError {
  readonly code: ApiErrorCode;
  readonly message: string;
  readonly issues?: readonly ValidationIssue[];
}

export type ApiResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };
