/**
 * Triage and the deadlines of every matter, as the CLI and the app show them: one place turns the
 * computed items (common/triage.ts, main/app/deadlines.ts) into localized lines, so `refuge
 * triage`, `refuge deadlines` and Home say the same thing.
 */
import { formatInclusiveLastDay } from '../../common/dates.ts';
import { deadlineView } from '../../common/filing-deadlines.ts';
import { daysLeftText, stillOpen, urgencyOf, type Urgency } from '../../common/days-left.ts';
import type { Manifest } from '../../common/manifest.ts';
import type { Lang } from '../../common/lang.ts';
import type { Answers } from '../../common/answers.ts';
import { draftNumbers } from '../../common/drafts.ts';
import {
  triageFilings,
  type TriageAnswers,
  type TriageStatus,
  type TriageTable,
} from '../../common/triage.ts';
import type { CiteTable, Engine } from '../engine/index.ts';
import type { Vault } from '../vault/index.ts';
import { deadlineLine, matterDeadlines } from './deadlines.ts';

export interface TriageWayOutView {
  readonly templateId: string;
  readonly templateTitle: string;
  readonly why: string;
  readonly prefill: Answers;
}

export interface TriageItemView {
  readonly rowId: string;
  readonly templateId: string;
  readonly templateTitle: string;
  readonly status: TriageStatus;
  readonly why: string;
  /** The deadline's own label (from the filing's manifest). */
  readonly deadlineLabel?: string;
  readonly lastDay?: string;
  /** «по 07.02.2026 (суббота) включительно». */
  readonly lastDayText?: string;
  readonly daysLeft?: number;
  readonly daysLeftText?: string;
  /** The later readings beside the safe date («возможно, по …»). */
  readonly later: readonly string[];
  readonly basis: readonly string[];
  readonly warnings: readonly string[];
  readonly prefill: Answers;
  readonly wayOut: readonly TriageWayOutView[];
}

export function triageView(
  table: TriageTable,
  answers: TriageAnswers,
  manifests: readonly Manifest[],
  cites: CiteTable,
  lang: Lang,
  today: string,
): TriageItemView[] {
  const byId = new Map(manifests.map((m) => [m.id, m]));
  const cite = (key: string): string => cites[key]?.[lang] ?? key;
  return triageFilings(table, answers, (id) => byId.get(id), today).map((item) => {
    const manifest = byId.get(item.templateId);
    // The same view of the deadline as the matter page's (app/deadlines.ts), worded once.
    const d =
      item.deadline && manifest
        ? deadlineLine(deadlineView(item.deadline, manifest, lang, cite), lang)
        : undefined;
    return {
      rowId: item.rowId,
      templateId: item.templateId,
      templateTitle: manifest?.title[lang] ?? item.templateId,
      status: item.status,
      why: item.why[lang],
      ...(d
        ? {
            deadlineLabel: d.label,
            lastDay: d.lastDay,
            lastDayText: formatInclusiveLastDay(d.lastDay, lang),
            daysLeft: d.daysLeft,
            daysLeftText: daysLeftText(d, lang),
          }
        : {}),
      later: d?.later ?? [],
      basis: d?.basis ?? [],
      warnings: d?.warnings ?? [],
      prefill: item.prefill,
      wayOut: item.wayOut.map((w) => ({
        templateId: w.templateId,
        templateTitle: byId.get(w.templateId)?.title[lang] ?? w.templateId,
        why: w.why[lang],
        prefill: w.prefill,
      })),
    };
  });
}

/**
 * The answers a new draft of `templateId` starts with in a matter that has triage answers: those
 * of the row offering it, else of the way out naming it; undefined when triage does not offer it.
 */
export function triagePrefill(
  table: TriageTable | undefined,
  answers: TriageAnswers,
  templateId: string,
  manifests: readonly Manifest[],
  today: string,
): Answers | undefined {
  if (!table) return undefined;
  const byId = new Map(manifests.map((m) => [m.id, m]));
  const items = triageFilings(table, answers, (id) => byId.get(id), today);
  const own =
    items.find((i) => i.templateId === templateId && i.status !== 'wrongStage') ??
    items.find((i) => i.templateId === templateId);
  if (own) return own.prefill;
  for (const i of items)
    for (const w of i.wayOut) if (w.templateId === templateId) return w.prefill;
  return undefined;
}

export interface OpenDeadlineView {
  readonly matterId: string;
  readonly matterTitle: string;
  readonly clientName: string;
  readonly templateId: string;
  /** Numbered when the matter holds several drafts of the filing. */
  readonly templateTitle: string;
  /**
   * Names the term for a calendar, whatever its day: the filing's term, and the draft's id for a
   * second draft of the filing — the same key before and after the first draft is started.
   */
  readonly termKey: string;
  readonly label: string;
  readonly lastDay: string;
  readonly lastDayText: string;
  readonly daysLeft: number;
  readonly daysLeftText: string;
  /** Today, tomorrow, or a safe day passed while a later reading runs: shown to stand out. */
  readonly urgency: Urgency;
  /** The last day of the latest reading: where a calendar puts an arguable deadline. */
  readonly latestLastDay: string;
  readonly later: readonly string[];
  /** From a saved draft, or from the triage answers for a filing not started yet. */
  readonly source: 'draft' | 'triage';
}

/**
 * Every deadline still to be met of every matter not archived, soonest first: a matter's own list
 * (app/deadlines.ts) without what has passed every reading.
 */
export function openDeadlines(
  vault: Vault,
  engine: Engine,
  table: TriageTable | undefined,
  cites: CiteTable,
  lang: Lang,
  today: string,
): OpenDeadlineView[] {
  const out: OpenDeadlineView[] = [];
  const summaries = vault.listMatters();
  const matters = vault.getMatters(summaries.map((m) => m.id));
  for (const [i, matter] of matters.entries()) {
    const summary = summaries[i];
    if (!summary) continue;
    const numbers = draftNumbers(matter.drafts);
    for (const d of matterDeadlines(matter, engine, cites, lang, today, table)) {
      // A safe day passed while a later reading runs stays: the filing still argues it is in time.
      // A filing handed in has nothing left to do on its own term, however near or past it is.
      if (!stillOpen(d) || d.filed) continue;
      out.push({
        matterId: matter.id,
        matterTitle: matter.title,
        clientName: summary.clientName,
        templateId: d.templateId,
        templateTitle: d.templateTitle,
        termKey: [d.templateId, (numbers.get(d.draftId ?? '') ?? 1) > 1 ? d.draftId : '', d.id]
          .filter(Boolean)
          .join('-'),
        label: d.label,
        lastDay: d.lastDay,
        lastDayText: formatInclusiveLastDay(d.lastDay, lang),
        daysLeft: d.daysLeft,
        daysLeftText: daysLeftText(d, lang),
        urgency: urgencyOf(d),
        latestLastDay: d.latestLastDay,
        later: d.later,
        source: d.source,
      });
    }
  }
  return out.sort((a, b) =>
    a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : a.matterId < b.matterId ? -1 : 1,
  );
}
