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
import { filedMarkIn, timelinessOf } from '../../common/filed.ts';
import type { Lang } from '../../common/lang.ts';
import type { Manifest } from '../../common/manifest.ts';
import { formatMessage } from '../../common/messages.ts';
import type { DeadlineLine, MatterDeadlineView } from '../api.ts';
import {
  UnknownTemplate,
  type Engine,
  type FilingTemplate,
  type CiteTable,
} from '../engine/index.ts';
import type { Draft, Matter } from '../vault/index.ts';
import { draftNumbers, sameOrigin, type DraftOrigin } from '../../common/drafts.ts';
import { localize } from '../../common/locales/index.ts';

/**
 * Each draft's title as the matter page, Home and the calendar name it: the filing's, numbered
 * («(черновик 2)») when the matter holds several drafts of it.
 */
export function draftTitles(matter: Matter, engine: Engine, lang: Lang): Map<string, string> {
  const numbers = draftNumbers(matter.drafts);
  return new Map(
    matter.drafts.map((d) => {
      const title =
        engine.templates.find((t) => t.manifest.id === d.templateId)?.manifest.title[lang] ??
        d.templateId;
      const n = numbers.get(d.id);
      return [d.id, n === undefined ? title : localize(lang, 'draftTitles.numbered', { title, n })];
    }),
  );
}

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
export function pinnedOrNewest(
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
  const titles = draftTitles(matter, engine, lang);
  return matter.drafts
    .flatMap((draft) =>
      draftDeadlines(matter, draft, titles, engine, citeText, lang, today, triage),
    )
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

/**
 * A draft's latest answers, prepared under the filing version they were written on and in the
 * draft's language, which decides the fields asked, as the pre-flight does (`lang` words only
 * the messages: the draft's own when not given). Undefined for a draft with no version or no installed filing.
 */
function preparedLatest(
  draft: Draft,
  engine: Engine,
  lang: Lang | undefined,
  today: string,
): { manifest: Manifest; answers: Answers } | undefined {
  const latest = draft.versions[draft.versions.length - 1];
  const template = latest && pinnedOrNewest(engine, draft.templateId, latest.templateVersion);
  if (!latest || !template) return undefined;
  const { manifest } = template;
  const { answers } = prepareAnswers(manifest, latest.answers, {
    lang: lang ?? latest.lang,
    today,
    docLang: latest.lang,
  });
  return { manifest, answers };
}

/** One draft's deadlines: its latest answers under the rules of the version they were written on. */
function draftDeadlines(
  matter: Matter,
  draft: Draft,
  titles: ReadonlyMap<string, string>,
  engine: Engine,
  citeText: (key: string) => string,
  lang: Lang,
  today: string,
  triage: TriageTable | undefined,
): MatterDeadlineView[] {
  const latest = preparedLatest(draft, engine, lang, today);
  if (!latest) return [];
  const { manifest, answers } = latest;
  // Each own term judged as of the day it was handed in — or today, while it is not — by the
  // same rules and readings; a mark damaged in a backup is no mark.
  const filed = filedMarkIn(draft.filed);
  const onFilingDay = filed && timelinessOnFilingDay(manifest, answers, filed.on, filed.how);
  const unlisted = new Set(manifest.deadlines.filter((s) => s.listed === false).map((s) => s.id));
  const listed = filingDeadlines(manifest, answers, today, lang, citeText).filter(
    (d) => !unlisted.has(d.id),
  );
  return listed.map((d) => {
    // Not handed in: today's computation already says it, with no second pass over the rules.
    const timeliness = onFilingDay
      ? onFilingDay.get(d.id)
      : d.related
        ? undefined
        : timelinessOf(d);
    // Its own term missed or doubtful, or another step's passed (the authorities' days to
    // register): what the triage table names as the way out.
    const needsWayOut =
      (timeliness !== undefined && timeliness !== 'inTime') ||
      (d.related && d.missed && !d.arguable);
    const wayOut = needsWayOut
      ? wayOutViews(engine, triage, manifest.id, d.id, lang).map((w) => {
          // A way out already started from this very term is opened, not started again.
          const origin = { draftId: draft.id, templateId: draft.templateId, deadlineId: d.id };
          const started = wayOutDraft(matter, engine, triage, w.templateId, origin, today);
          return started ? { ...w, draftId: started.id } : w;
        })
      : [];
    return {
      ...deadlineLine(d, lang),
      templateId: manifest.id,
      templateTitle: titles.get(draft.id) ?? manifest.title[lang],
      draftId: draft.id,
      source: 'draft' as const,
      ...(filed && timeliness ? { filed: { on: filed.on, timeliness } } : {}),
      ...(wayOut.length > 0 ? { wayOut } : {}),
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
 * A new draft of `wayTemplate` started as the way out of `from` (a draft's own term, missed or
 * only arguable) takes that draft's dates, as the triage table's way out maps them
 * (`wayOutPrefillFrom`): the restoration knows the code and the day the term ran from. Empty when
 * the matter has no such draft of that filing or the table names no such way.
 */
export function missedTermPrefill(
  matter: Matter,
  engine: Engine,
  triage: TriageTable | undefined,
  wayTemplate: string,
  from: DraftOrigin,
  today: string,
): Answers {
  const draft = matter.drafts.find(
    (d) => d.id === from.draftId && d.templateId === from.templateId,
  );
  const latest = draft && preparedLatest(draft, engine, undefined, today);
  return latest ? wayOutPrefillFrom(triage, from, wayTemplate, latest.answers) : {};
}

/**
 * The draft of `wayTemplate` started as the way out of `origin`: the one that recorded it, else
 * one that recorded no origin (saved before drafts did, or started from «Новый документ») whose
 * answers are that term's — the code and the day the way out fills in. Another term's request
 * is never it.
 */
export function wayOutDraft(
  matter: Matter,
  engine: Engine,
  triage: TriageTable | undefined,
  wayTemplate: string,
  origin: DraftOrigin,
  today: string,
): Draft | undefined {
  const ofWay = matter.drafts.filter((d) => d.templateId === wayTemplate);
  const recorded = ofWay.find((d) => sameOrigin(d.startedFrom, origin));
  const unrecorded = ofWay.filter((d) => d.startedFrom === undefined);
  if (recorded || unrecorded.length === 0) return recorded;
  const expected = Object.entries(
    missedTermPrefill(matter, engine, triage, wayTemplate, origin, today),
  );
  if (expected.length === 0) return undefined;
  return unrecorded.find((d) => {
    const answers = d.versions[d.versions.length - 1]?.answers ?? {};
    return expected.every(([key, value]) => JSON.stringify(answers[key]) === JSON.stringify(value));
  });
}
