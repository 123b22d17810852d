/**
 * The later readings of a doubtful deadline as a person reads them beside it: «возможно, по
 * 11.02.2026 (среда) включительно: сутки считаются без нерабочих дней (ч. 3 ст. 739 КоАП РК)».
 * One formatter for the filing screen, the matter page, the CLI and the pre-flight list; the
 * deadline itself is always the earliest defensible day (docs/legal/deadlines.md). The words are
 * the `deadlineText` section of the one table per language (common/locales/).
 */
import { formatInclusiveLastDay } from './dates.ts';
import type { DeadlineReading } from './deadlines.ts';
import { localize } from './locales/index.ts';
import type { Lang } from './manifest.ts';

/** One line per later reading, earliest first. `citeText` turns a cite key into its text. */
export function laterReadingLines(
  alternatives: readonly DeadlineReading[],
  lang: Lang,
  citeText: (key: string) => string,
): string[] {
  return alternatives.map((a) => {
    const basis = a.basis.map(citeText).join(', ');
    const why = localize(lang, `deadlineText.${a.reading}`);
    const possibly = localize(lang, 'deadlineText.possibly');
    return `${possibly} ${formatInclusiveLastDay(a.lastDay, lang)}: ${why}${basis ? ` (${basis})` : ''}`;
  });
}
