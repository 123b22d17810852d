/**
 * A matter's deadlines: every draft's latest answers run through its manifest's deadline rules,
 * soonest first, each with its legal basis. The CLI (`refuge matter show`) and the matter page
 * both print this list.
 */
import { prepareAnswers } from '../../common/answers.ts';
import { filingDeadlines } from '../../common/filing-deadlines.ts';
import { compareDates } from '../../common/dates.ts';
import type { Lang } from '../../common/lang.ts';
import { formatMessage } from '../../common/messages.ts';
import type { MatterDeadlineView } from '../api.ts';
import {
  UnknownTemplate,
  type Engine,
  type FilingTemplate,
  type CiteTable,
} from '../engine/index.ts';
import type { Draft, Matter } from '../vault/index.ts';

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
  const citeText = (key: string): string => cites[key]?.[lang] ?? key;
  return matter.drafts
    .flatMap((draft) => draftDeadlines(draft, engine, citeText, lang, today))
    .sort((a, b) => compareDates(a.lastDay, b.lastDay));
}

/** One draft's deadlines: its latest answers under the rules of the version they were written on. */
function draftDeadlines(
  draft: Draft,
  engine: Engine,
  citeText: (key: string) => string,
  lang: Lang,
  today: string,
): MatterDeadlineView[] {
  const latest = draft.versions[draft.versions.length - 1];
  const template = latest && pinnedOrNewest(engine, draft.templateId, latest.templateVersion);
  if (!latest || !template) return [];
  const { manifest } = template;
  // Rendered in the draft's language, which decides the fields asked, as the pre-flight does.
  const { answers } = prepareAnswers(manifest, latest.answers, {
    lang,
    today,
    docLang: latest.lang,
  });
  return filingDeadlines(manifest, answers, today, lang, citeText).map((d) => ({
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
  }));
}
