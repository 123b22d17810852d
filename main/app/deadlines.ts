/**
 * A matter's deadlines: every draft's latest answers run through its manifest's deadline rules,
 * soonest first, each with its legal basis. The CLI (`refuge matter show`) and the matter page
 * both print this list.
 */
import { prepareAnswers } from '../../common/answers.ts';
import { filingDeadlines } from '../../common/filing-deadlines.ts';
import type { Lang } from '../../common/lang.ts';
import { formatMessage } from '../../common/messages.ts';
import type { MatterDeadlineView } from '../api.ts';
import {
  UnknownTemplate,
  type Engine,
  type FilingTemplate,
  type CiteTable,
} from '../engine/index.ts';
import type { Matter } from '../vault/index.ts';

/**
 * The filing version the draft was written on: its deadline rules are the ones its text states.
 * The newest when that version is no longer installed (a pack removed), as the filing screen does.
 */
function pinnedOrNewest(
  engine: Engine,
  templateId: string,
  version: string,
): FilingTemplate | undefined {
  try {
    return engine.template(templateId, version);
  } catch (err) {
    if (!(err instanceof UnknownTemplate)) throw err;
    return engine.templates.find((t) => t.manifest.id === templateId);
  }
}

export function matterDeadlines(
  matter: Matter,
  engine: Engine,
  cites: CiteTable,
  lang: Lang,
  today: string,
): MatterDeadlineView[] {
  const out: MatterDeadlineView[] = [];
  for (const draft of matter.drafts) {
    const latest = draft.versions[draft.versions.length - 1];
    if (!latest) continue;
    const template = pinnedOrNewest(engine, draft.templateId, latest.templateVersion);
    if (!template) continue;
    const manifest = template.manifest;
    // Rendered in the draft's language, which decides the fields asked, as the pre-flight does.
    const { answers } = prepareAnswers(manifest, latest.answers, {
      lang,
      today,
      docLang: latest.lang,
    });
    const citeText = (key: string): string => cites[key]?.[lang] ?? key;
    for (const d of filingDeadlines(manifest, answers, today, lang, citeText))
      out.push({
        templateId: manifest.id,
        templateTitle: manifest.title[lang],
        id: d.id,
        label: d.label,
        lastDay: d.lastDay,
        daysLeft: d.daysLeft,
        missed: d.missed,
        basis: d.basis,
        later: d.later,
        warnings: d.warnings.map((w) => formatMessage(w.code, lang, { year: w.year })),
      });
  }
  return out.sort((a, b) => (a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : 0));
}
