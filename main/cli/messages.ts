/**
 * The CLI's own words, in the user's language (LANG / REFUGE_LANG): the `cli` section of the one
 * table per language (common/locales/).
 */
import type { Lang } from '../../common/manifest.ts';
import { localize, type SectionKey } from '../../common/locales/index.ts';

export type CliKey = SectionKey<'cli'>;

export function cliText(
  key: CliKey,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  return localize(lang, `cli.${key}`, params);
}

/** REFUGE_LANG, else the locale of LANG/LC_ALL; English when neither is ru or kk. */
export function detectUiLang(env: NodeJS.ProcessEnv): Lang {
  const raw = (env.REFUGE_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '').toLowerCase();
  if (raw.startsWith('ru')) return 'ru';
  if (raw.startsWith('kk')) return 'kk';
  return 'en';
}
