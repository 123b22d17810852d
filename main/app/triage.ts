/**
 * Triage and the deadlines of every matter, as the CLI and the app show them: one place turns the
 * computed items (common/triage.ts, main/vault/deadlines.ts) into localized lines, so `refuge
 * triage`, `refuge deadlines` and Home say the same thing.
 */
import { formatInclusiveLastDay } from '../../common/dates.ts';
import { laterReadingLines } from '../../common/deadline-text.ts';
import { daysLeftText, urgencyOf, type Urgency } from '../../common/days-left.ts';
import type { Manifest } from '../../common/manifest.ts';
import type { Lang } from '../../common/lang.ts';
import { formatMessage } from '../../common/messages.ts';
import type { Answers } from '../../common/answers.ts';
import {
  triageFilings,
  type TriageAnswers,
  type TriageStatus,
  type TriageTable,
} from '../../common/triage.ts';
import type { CiteTable, Engine } from '../engine/index.ts';
import type { Vault } from '../vault/index.ts';
import { matterDeadlines } from './deadlines.ts';

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
    const d = item.deadline;
    const spec = d ? manifest?.deadlines.find((s) => s.id === d.id) : undefined;
    return {
      rowId: item.rowId,
      templateId: item.templateId,
      templateTitle: manifest?.title[lang] ?? item.templateId,
      status: item.status,
      why: item.why[lang],
      ...(d
        ? {
            deadlineLabel: spec?.label[lang] ?? d.id,
            lastDay: d.lastDay,
            lastDayText: formatInclusiveLastDay(d.lastDay, lang),
            daysLeft: d.daysLeft,
            daysLeftText: daysLeftText(d.daysLeft, lang),
          }
        : {}),
      later: d ? laterReadingLines(d.alternatives, lang, cite) : [],
      basis: (spec?.basis ?? []).map(cite),
      warnings: (d?.warnings ?? []).map((w) => formatMessage(w.code, lang, { year: w.year })),
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
  readonly templateTitle: string;
  readonly label: string;
  readonly lastDay: string;
  readonly lastDayText: string;
  readonly daysLeft: number;
  readonly daysLeftText: string;
  /** Today or tomorrow: shown so that it stands out. */
  readonly urgency: Urgency;
  readonly later: readonly string[];
  /** From a saved draft, or from the triage answers for a filing not started yet. */
  readonly source: 'draft' | 'triage';
}

/**
 * Every open deadline of every matter that is not archived, soonest first: the drafts' deadlines
 * (main/app/deadlines.ts) and, for filings triage offers but no draft exists of yet, theirs.
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
  const manifests = engine.templates.map((t) => t.manifest);
  for (const summary of vault.listMatters()) {
    const matter = vault.getMatter(summary.id);
    const base = {
      matterId: matter.id,
      matterTitle: matter.title,
      clientName: summary.clientName,
    };
    const drafted = new Set(matter.drafts.map((d) => d.templateId));
    for (const d of matterDeadlines(matter, engine, cites, lang, today)) {
      if (d.daysLeft < 0) continue;
      out.push({
        ...base,
        templateId: d.templateId,
        templateTitle: d.templateTitle,
        label: d.label,
        lastDay: d.lastDay,
        lastDayText: formatInclusiveLastDay(d.lastDay, lang),
        daysLeft: d.daysLeft,
        daysLeftText: daysLeftText(d.daysLeft, lang),
        urgency: urgencyOf(d.daysLeft),
        later: d.later,
        source: 'draft',
      });
    }
    if (!table || !matter.triage) continue;
    for (const item of triageView(table, matter.triage, manifests, cites, lang, today)) {
      if (drafted.has(item.templateId) || item.status !== 'open') continue;
      if (item.lastDay === undefined || item.daysLeft === undefined) continue;
      out.push({
        ...base,
        templateId: item.templateId,
        templateTitle: item.templateTitle,
        label: item.deadlineLabel ?? item.templateTitle,
        lastDay: item.lastDay,
        lastDayText: item.lastDayText ?? '',
        daysLeft: item.daysLeft,
        daysLeftText: item.daysLeftText ?? '',
        urgency: urgencyOf(item.daysLeft),
        later: item.later,
        source: 'triage',
      });
    }
  }
  return out.sort((a, b) =>
    a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : a.matterId < b.matterId ? -1 : 1,
  );
}
