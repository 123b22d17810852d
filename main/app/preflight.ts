/**
 * The pre-flight as the lawyer reads it, built once for every front door: the window shows this
 * view, the CLI prints its lines (cli/commands/preflight.ts), so a deadline's label, its later
 * readings and which names to check can never differ between them.
 */
import type { PreflightView } from '../api.ts';
import type { Lang, Manifest } from '../../common/manifest.ts';
import { deadlineView } from '../../common/filing-deadlines.ts';
import type { CiteTable } from '../engine/index.ts';
import type { Preflight } from '../engine/index.ts';
import { deadlineLine } from './deadlines.ts';

export function preflightView(
  preflight: Preflight,
  manifest: Manifest,
  lang: Lang,
  cites: CiteTable,
): PreflightView {
  return {
    issues: preflight.issues,
    answerNotices: preflight.answerNotices,
    unverifiedCites: preflight.notices.flatMap((n) =>
      n.kind === 'unverifiedCite' ? [{ key: n.key, text: n.text, source: n.source }] : [],
    ),
    // An unfinished draft has people without names yet: nothing to check there.
    namesToCheck: preflight.notices
      .filter((n) => !('name' in n) || n.name.trim() !== '')
      .flatMap((n) =>
        n.kind === 'autoDeclined'
          ? [{ name: n.name, text: n.text }]
          : n.kind === 'undeclined'
            ? [{ name: n.name, text: n.name }]
            : [],
      ),
    unprintable: preflight.notices.map((n) => (n.kind === 'unprintable' ? n.chars : '')).join(''),
    deadlines: preflight.deadlines.map((d) =>
      deadlineLine(
        deadlineView(d, manifest, lang, (key) => cites[key]?.[lang] ?? key),
        lang,
      ),
    ),
    holidayWarnings: preflight.holidayWarnings,
  };
}
