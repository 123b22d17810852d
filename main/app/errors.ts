/**
 * The failures a front door tells apart, re-exported from the services that raise them: the IPC
 * and the CLI map them to their own words (an ApiError code, an exit status) without importing
 * any service directly (eslint.config.js, the one-way rule).
 */
export {
  AnswersInvalid,
  BlankNeedsChoices,
  LanguageUnavailable,
  UnknownTemplate,
} from '../engine/index.ts';
export { MarkupError } from '../engine/index.ts';
export { TemplateError } from '../engine/index.ts';
export { TemplateLoadError } from '../templates.ts';
export { AmbiguousDraft, VaultBusyError, VaultError } from '../vault/errors.ts';
export type { VaultErrorCode } from '../vault/index.ts';
import type { VaultErrorCode } from '../vault/index.ts';
import type { ApiErrorCode } from '../api.ts';
import type { Lang } from '../../common/lang.ts';
import { localize } from '../../common/locales/index.ts';
export { describeBusy } from '../vault/repairs.ts';
// From the light modules that define them: the CLI imports this file whatever the command, and
// bundle/matter.ts would load the image decoders, app/packs.ts the vault (docs/DESIGN-NOTES.md).
export { AttachmentError, BundleCrashed } from '../bundle/messages.ts';
export { PackError } from '../packs/pack.ts';
export { packLoadAlerts, packMessage } from '../packs/messages.ts';
import type { TableLimit } from '../batch/errors.ts';
export { TableError, type TableLimit } from '../batch/errors.ts';
export { MappingError } from '../batch/mapping.ts';

export { FiledMarkRejected } from './filed.ts';

/** The confirmation typed to wipe the vault did not match: nothing was wiped. */
export class ConfirmationMismatch extends Error {}

/** A spreadsheet the batch could not read, or one over a cap (batch/xlsx-guard.ts). */
export class BadSpreadsheet extends Error {
  constructor(
    readonly fileName: string,
    readonly limit?: TableLimit,
    readonly params: Readonly<Record<string, number>> = {},
  ) {
    super('bad spreadsheet');
  }
}

/** What each vault error is called in the window's and the CLI's words (`apiErrors` section). */
export const VAULT_API_CODES: Readonly<Record<VaultErrorCode, ApiErrorCode>> = {
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
  newerFormat: 'vaultNewer',
};

/** A vault error as the person reads it, in `lang`. */
export function vaultErrorText(code: VaultErrorCode, lang: Lang): string {
  return localize(lang, `apiErrors.${VAULT_API_CODES[code]}`);
}
