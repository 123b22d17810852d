/**
 * Why a template pack was refused, in the user's language (CLI and app alike): the `packErrors`
 * section of the one table per language (common/locales/).
 */
import type { Lang } from '../../common/manifest.ts';
import { localize, textsOf } from '../../common/locales/index.ts';
import type { PackError, PackErrorCode } from './pack.ts';

// Every code once: a new PackErrorCode without a text is a type error here and in the tables.
const CODES = Object.keys({
  malformed: true,
  unsigned: true,
  tampered: true,
  unknownKey: true,
  replayed: true,
  badTemplates: true,
  newerApp: true,
  stateLost: true,
  packMissing: true,
  tooLarge: true,
} satisfies Record<PackErrorCode, true>) as PackErrorCode[];

/** The texts as written ({{name}} placeholders), for code that wants them per language. */
export const PACK_MESSAGES: Readonly<Record<PackErrorCode, Readonly<Record<Lang, string>>>> =
  Object.fromEntries(CODES.map((code) => [code, textsOf(`packErrors.${code}`)])) as Record<
    PackErrorCode,
    Readonly<Record<Lang, string>>
  >;

export function packMessage(
  code: PackErrorCode,
  lang: Lang,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return localize(lang, `packErrors.${code}`, params);
}

/**
 * What is wrong with the installed packs, in the user's language: one line per pack that failed
 * its check on load, and the rollback found from the folder's own record. The app shows these on
 * every screen and the CLI before it renders, so a rolled-back pack cannot go unnoticed.
 */
export function packLoadAlerts(
  warnings: readonly { readonly file: string; readonly error: PackError }[],
  lang: Lang,
): string[] {
  return warnings.map(({ file, error }) => {
    // A pack for a newer Refuge is not broken: say to update, not to reinstall.
    if (error.code === 'newerApp') return packMessage(error.code, lang, error.params);
    if (error.code === 'packMissing' || error.code === 'stateLost')
      return packMessage(error.code, lang, {
        ...error.params,
        // What new drafts would fall back to once the newest pack is gone.
        older: localize(
          lang,
          error.params.installed === '—' ? 'packErrors.olderBuiltIn' : 'packErrors.olderPack',
          error.params,
        ),
      });
    return localize(lang, 'packErrors.loadWarning', {
      version: /pack-(\d+)\.refugepack$/.exec(file)?.[1] ?? file,
    });
  });
}

/** Shown when an installed pack fails its check on load and the app falls back ({{version}}). */
export const PACK_LOAD_WARNING: Readonly<Record<Lang, string>> = textsOf('packErrors.loadWarning');
