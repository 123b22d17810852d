/**
 * A matter's deadlines: every draft's latest answers run through its manifest's deadline rules,
 * and the triage answers through the rules of the filings not started yet, soonest first, each
 * with its legal basis; a filed draft's own terms say whether the day it was handed in kept them.
 * The matter page, `refuge matter show`, Home's list of open deadlines and `refuge deadlines` all
 * print this list.
 */
import { prepareAnswers, type Answers } from '../../common/answers.ts';
import {
  deadlineView,
  filingDeadlines,
  timelinessOnFilingDay,
  type DeadlineView,
} from '../../common/filing-deadlines.ts';
import {
  triageFilings,
  wayOutOf,
  wayOutPrefillFrom,
  type TriageAnswers,
  type TriageTable,
} from '../../common/triage.ts';
import { compareDates } from '../../common/dates.ts';
import type { Lang } from '../../common/lang.ts';
import { formatMessage } from '../../common/messages.ts';
import type { DeadlineLine, MatterDeadlineView } from '../api.ts';
import {
  UnknownTemplate,
  type Engine,
  type FilingTemplate,
  type CiteTable,
} from '../engine/index.ts';
import type { Draft, Matter } from '../vault/index.ts';

/** A deadline as the screens list it: its holiday-table warnings worded in `lang`. */
export function deadlineLine(
  { status: _status, warnings, ...shown }: DeadlineView,
  lang: Lang,
): DeadlineLine {
  return {
    ...shown,
    warnings: warnings.map((w) => formatMessage(w.code, lang, { year: w.year })),
  };
}

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

/**
 * A matter's deadlines, soonest first: each draft's, and — for a filing «Что случилось?» calls for
 * that has no draft yet — the one its answers give, so that a matter Home lists a deadline for
 * never opens on «no deadlines».
 */
export function matterDeadlines(
  matter: Matter,
  engine: Engine,
  cites: CiteTable,
  lang: Lang,
  today: string,
  triage?: TriageTable,
): MatterDeadlineView[] {
  const citeText = (key: string): string => cites[key]?.[lang] ?? key;
  const drafted = new Set(matter.drafts.map((d) => d.templateId));
  const fromTriage =
    triage && matter.triage
      ? triageDeadlines(triage, matter.triage, engine, citeText, lang, today).filter(
          (d) => !drafted.has(d.templateId),
        )
      : [];
  return matter.drafts
    .flatMap((draft) => draftDeadlines(draft, engine, citeText, lang, today, triage))
    .concat(fromTriage)
    .sort((a, b) => compareDates(a.lastDay, b.lastDay));
}

/** The deadlines of the filings the triage answers call for, on the newest versions installed. */
function triageDeadlines(
  table: TriageTable,
  answers: TriageAnswers,
  engine: Engine,
  citeText: (key: string) => string,
  lang: Lang,
  today: string,
): MatterDeadlineView[] {
  const byId = new Map(engine.templates.map((t) => [t.manifest.id, t.manifest]));
  return triageFilings(table, answers, (id) => byId.get(id), today).flatMap((item) => {
    const manifest = byId.get(item.templateId);
    if (!manifest || !item.deadline || item.status === 'wrongStage') return [];
    const view = deadlineView(item.deadline, manifest, lang, citeText);
    return [
      {
        ...deadlineLine(view, lang),
        templateId: manifest.id,
        templateTitle: manifest.title[lang],
        source: 'triage' as const,
      },
    ];
  });
}

/** One draft's deadlines: its latest answers under the rules of the version they were written on. */
function draftDeadlines(
  draft: Draft,
  engine: Engine,
  citeText: (key: string) => string,
  lang: Lang,
  today: string,
  triage: TriageTable | undefined,
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
  // Handed in: each own term judged as of that day, by the same rules and readings.
  const filed = draft.filed;
  const verdicts = filed ? timelinessOnFilingDay(manifest, answers, filed.on) : undefined;
  return filingDeadlines(manifest, answers, today, lang, citeText).map((d) => {
    const timeliness = verdicts?.get(d.id);
    return {
      ...deadlineLine(d, lang),
      templateId: manifest.id,
      templateTitle: manifest.title[lang],
      source: 'draft' as const,
      ...(filed && timeliness
        ? {
            filed: {
              on: filed.on,
              timeliness,
              ...(timeliness === 'late'
                ? { wayOut: wayOutViews(engine, triage, manifest.id, d.id, lang) }
                : {}),
            },
          }
        : {}),
    };
  });
}

/** The installed filings the triage table names as the way out of a term handed in too late. */
function wayOutViews(
  engine: Engine,
  triage: TriageTable | undefined,
  templateId: string,
  deadlineId: string,
  lang: Lang,
): { templateId: string; templateTitle: string }[] {
  return wayOutOf(triage, templateId, deadlineId).flatMap((id) => {
    const way = engine.templates.find((t) => t.manifest.id === id);
    return way ? [{ templateId: id, templateTitle: way.manifest.title[lang] }] : [];
  });
}

/**
 * A new draft of `wayTemplate` (a request to restore a term) in a matter where a filing's own term
 * was missed — handed in after it, or not handed in and past every reading today — starts from
 * that filing's dates, as the triage table's way out maps them (`wayOutPrefillFrom`). The filing
 * saved last wins; empty when no term of the matter was missed or the table names no such way.
 */
export function missedTermPrefill(
  matter: Matter,
  engine: Engine,
  triage: TriageTable | undefined,
  wayTemplate: string,
  today: string,
): Answers {
  const newestFirst = [...matter.drafts].reverse(); // the matter keeps them oldest save first
  for (const draft of newestFirst) {
    const latest = draft.versions[draft.versions.length - 1];
    const template = latest && pinnedOrNewest(engine, draft.templateId, latest.templateVersion);
    if (!latest || !template) continue;
    const { manifest } = template;
    const { answers } = prepareAnswers(manifest, latest.answers, {
      lang: latest.lang,
      today,
      docLang: latest.lang,
    });
    // Judged on the day it was handed in, or — not handed in yet — today.
    const verdicts = timelinessOnFilingDay(manifest, answers, draft.filed?.on ?? today);
    const late = [...verdicts].filter(([, t]) => t === 'late').map(([id]) => id);
    for (const deadlineId of late) {
      const prefill = wayOutPrefillFrom(
        triage,
        { templateId: manifest.id, deadlineId },
        wayTemplate,
        answers,
      );
      if (Object.keys(prefill).length > 0) return prefill;
    }
  }
  return {};
}
