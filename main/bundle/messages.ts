/**
 * Why a file cannot be attached or bundled, in the user's language. The CLI and the IPC handlers
 * both print these; `place` names the file (or the annex) so the lawyer knows which one. The texts
 * are the `attachments` section of the one table per language (common/locales/).
 */
import type { Lang } from '../../common/manifest.ts';
import { localize } from '../../common/locales/index.ts';

export type AttachmentErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'unsupportedType'
  | 'pdfEncrypted'
  | 'pdfBroken'
  | 'imageBroken'
  | 'imageTooLarge'
  | 'imageTruncated'
  | 'annexNotListed'
  | 'annexMissing';

/** The worker ran out of memory or died on the bundle: the app and the vault are untouched. */
export class BundleCrashed extends Error {}

export class AttachmentError extends Error {
  constructor(
    readonly code: AttachmentErrorCode,
    readonly place: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(attachmentMessage(code, 'en', place, params));
    this.name = 'AttachmentError';
  }

  localized(lang: Lang): string {
    return attachmentMessage(this.code, lang, this.place, this.params);
  }
}

export function attachmentMessage(
  code: AttachmentErrorCode,
  lang: Lang,
  place: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return localize(lang, `attachments.${code}`, { ...params, place });
}

/** Pre-flight warnings of a bundle (the lawyer decides; nothing is silently corrected). */
export type BundleWarning =
  | {
      readonly kind: 'pageMismatch';
      readonly number: number;
      readonly title: string;
      readonly stated: number | null;
      readonly actual: number;
    }
  | { readonly kind: 'notListed'; readonly title: string }
  | { readonly kind: 'missingFile'; readonly title: string };

export function bundleWarningText(w: BundleWarning, lang: Lang): string {
  switch (w.kind) {
    case 'pageMismatch':
      return w.stated === null
        ? localize(lang, 'attachments.pageMismatchNoCount', {
            number: w.number,
            title: w.title,
            actual: w.actual,
          })
        : localize(lang, 'attachments.pageMismatch', {
            number: w.number,
            title: w.title,
            stated: w.stated,
            actual: w.actual,
          });
    case 'notListed':
      return attachmentMessage('annexNotListed', lang, w.title);
    case 'missingFile':
      return attachmentMessage('annexMissing', lang, w.title);
  }
}
