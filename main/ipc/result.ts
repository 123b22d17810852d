/**
 * The IPC adapter's one job: validate a payload with the contract's schema, call the use case,
 * and turn every failure into data in the user's language — never a stack trace, never an
 * exception across the IPC boundary.
 */
import { z } from '../../common/zod.ts';
import {
  contract,
  type ApiError,
  type ApiErrorCode,
  type ApiResult,
  type Channel,
  type Handlers,
  type Payload,
  type Results,
} from '../api.ts';
import type { Lang } from '../../common/manifest.ts';
import { formatMessage } from '../../common/messages.ts';
import { safeFileName } from '../../common/file-names.ts';
import {
  AmbiguousDraft,
  AnswersInvalid,
  AttachmentError,
  BadSpreadsheet,
  BundleCrashed,
  ConfirmationMismatch,
  describeBusy,
  FiledMarkRejected,
  LanguageUnavailable,
  PackError,
  packMessage,
  UnknownTemplate,
  VaultBusyError,
  VaultError,
  VAULT_API_CODES,
} from '../app/errors.ts';
import { localize } from '../../common/locales/index.ts';

function failure(
  code: ApiErrorCode,
  lang: Lang,
  extra: Partial<ApiError> = {},
): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message: localize(lang, `apiErrors.${code}`), ...extra } };
}

function uiLangOf(payload: unknown): Lang {
  const l = (payload as { uiLang?: unknown } | null)?.uiLang;
  return l === 'kk' || l === 'en' ? l : 'ru';
}

function failureOf(err: unknown, lang: Lang): { ok: false; error: ApiError } {
  if (err instanceof AnswersInvalid) return failure('invalidAnswers', lang, { issues: err.issues });
  if (err instanceof UnknownTemplate || err instanceof LanguageUnavailable)
    return failure('unknownTemplate', lang);
  if (err instanceof VaultBusyError)
    return failure('vaultBusy', lang, { message: describeBusy(err.pid, err.host, lang) });
  if (err instanceof VaultError) return failure(VAULT_API_CODES[err.code], lang);
  if (err instanceof ConfirmationMismatch) return failure('confirmationMismatch', lang);
  // The window names every draft it writes; a request naming only the filing is not its own.
  if (err instanceof AmbiguousDraft) return failure('invalidPayload', lang);
  if (err instanceof BadSpreadsheet)
    return failure('badSpreadsheet', lang, {
      message: err.limit
        ? localize(lang, `spreadsheetLimits.${err.limit}`, {
            ...err.params,
            file: safeFileName(err.fileName),
          })
        : `«${safeFileName(err.fileName)}»: ${localize(lang, 'apiErrors.badSpreadsheet')}`,
    });
  if (err instanceof BundleCrashed)
    return failure('internal', lang, {
      message: formatMessage('renderCrashed', lang, { detail: '' }).trim(),
    });
  if (err instanceof AttachmentError)
    return failure('badAttachment', lang, { message: err.localized(lang) });
  if (err instanceof FiledMarkRejected)
    return failure('badFiledDate', lang, { message: err.localized(lang) });
  if (err instanceof PackError)
    return failure('packRefused', lang, { message: packMessage(err.code, lang, err.params) });
  const errno = (err as NodeJS.ErrnoException | null)?.code;
  if (errno === 'ENOSPC') return failure('diskFull', lang);
  if (errno === 'EROFS' || errno === 'EACCES' || errno === 'EPERM')
    return failure('readOnly', lang);
  if (process.env.REFUGE_DEBUG === '1') console.error(err);
  return failure('internal', lang);
}

/** One channel's handler: `run` gets the validated payload; `onCall` (the idle timer) first. */
export function handler<C extends Channel>(
  channel: C,
  run: (payload: Payload<C>) => Results[C] | Promise<Results[C]>,
  onCall?: () => void,
): (payload: unknown) => Promise<ApiResult<Results[C]>> {
  const schema = contract[channel] as unknown as z.ZodType<Payload<C>>;
  return async (raw) => {
    onCall?.();
    const lang = uiLangOf(raw);
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
      return failure('invalidPayload', lang, {
        message: `${localize(lang, 'apiErrors.invalidPayload')}: ${parsed.error.issues.map((i) => i.path.join('.') || '(payload)').join(', ')}`,
      });
    try {
      return { ok: true, value: await run(parsed.data) };
    } catch (err) {
      return failureOf(err, lang);
    }
  };
}

/** What a channel runs: its validated payload in, its result out. */
export type Use<C extends Channel> = (payload: Payload<C>) => Results[C] | Promise<Results[C]>;

/**
 * A domain's handlers from its channels' uses, each channel named once. With `touch`, every call
 * keeps the vault from locking as idle except the `quiet` ones (they read no client data).
 */
export function domainHandlers<C extends Channel>(
  uses: { readonly [K in C]: Use<K> },
  idle: { readonly touch?: () => void; readonly quiet?: readonly NoInfer<C>[] } = {},
): Pick<Handlers, C> {
  const entries = (Object.keys(uses) as C[]).map((channel) => [
    channel,
    handler(channel, uses[channel], idle.quiet?.includes(channel) ? undefined : idle.touch),
  ]);
  return Object.fromEntries(entries) as Pick<Handlers, C>;
}
