/**
 * A filing's deadlines as every screen shows them — the form's banner, the pre-flight list, the
 * matter page, the CLI — computed once from the manifest the draft was written on and its answers
 * (common/answers.ts `computeDeadlines`, rules in common/deadlines.ts). Each place used to turn the
 * computed deadline into its own view, and they drifted: the pre-flight warned that a year's
 * holidays were unknown even for terms no holiday can move.
 */
import type { Answers } from './answers.ts';
import { evaluateCondition, resolvePath } from './answer-values.ts';
import { isValidIsoDate, type IsoDate } from './dates.ts';
import { laterReadingLines } from './deadline-text.ts';
import {
  computeDeadlineWithReadings,
  type DeadlineWarning,
  type DeadlineWithReadings,
} from './deadlines.ts';
import type { Lang, Manifest } from './manifest.ts';
import { handedInReadingOnly, timelinessOf, type FiledHow, type Timeliness } from './filed.ts';

/** One deadline, labelled and worded in one language, ready for any screen. */
export interface DeadlineView {
  readonly id: string;
  readonly label: string;
  /** The earliest defensible last day. */
  readonly lastDay: IsoDate;
  readonly daysLeft: number;
  readonly status: ComputedDeadline['status'];
  readonly missed: boolean;
  /** Past the safe day but within a later reading: argued in time, never shown as simply late. */
  readonly arguable: boolean;
  /** The legal basis of the term, as cite texts. */
  readonly basis: readonly string[];
  /** Later readings, «возможно, по …: why (basis)». */
  readonly later: readonly string[];
  /** The last day of the latest reading: `lastDay` when no later reading exists. */
  readonly latestLastDay: IsoDate;
  /** Years whose holidays the table lacks or has not verified — only for terms holidays move. */
  readonly warnings: readonly DeadlineWarning[];
  /** Another step's term, not the filing's own (`role: "related"`): never «the filing is late». */
  readonly related: boolean;
}

/** A cite key's text in the view's language; the key itself when the table lacks it. */
export type CiteText = (key: string) => string;

/** The view of one computed deadline of `manifest`. */
export function deadlineView(
  d: ComputedDeadline,
  manifest: Manifest,
  lang: Lang,
  citeText: CiteText,
): DeadlineView {
  const spec = manifest.deadlines.find((s) => s.id === d.id);
  return {
    id: d.id,
    label: spec?.label[lang] ?? d.id,
    lastDay: d.lastDay,
    daysLeft: d.daysLeft,
    status: d.status,
    missed: d.missed,
    arguable: d.arguable,
    basis: (spec?.basis ?? []).map(citeText),
    later: laterReadingLines(d.alternatives, lang, citeText),
    latestLastDay: d.latestLastDay,
    warnings: d.warnings,
    related: spec?.role === 'related',
  };
}

/**
 * The deadlines of a filing as of `today`, in the manifest's order. `answers` are the prepared
 * answers (common/answers.ts `prepareAnswers`): what the filing itself is rendered from.
 */
export function filingDeadlines(
  manifest: Manifest,
  answers: Answers,
  today: IsoDate,
  lang: Lang,
  citeText: CiteText,
): DeadlineView[] {
  return computeDeadlines(manifest, answers, today).map((d) =>
    deadlineView(d, manifest, lang, citeText),
  );
}

/**
 * Whether the day a filing was handed in kept each of its own terms (not another step's): the
 * rules computed as of that day, so the same safe and later readings decide; handed to the post
 * or the detention administration (`how`), a term of another code than the УПК is in time only
 * on the reading that this counts as filing.
 */
export function timelinessOnFilingDay(
  manifest: Manifest,
  answers: Answers,
  filedOn: IsoDate,
  how?: FiledHow,
): ReadonlyMap<string, Timeliness> {
  const own = new Map(
    manifest.deadlines.filter((s) => s.role !== 'related').map((s) => [s.id, s.basis]),
  );
  return new Map(
    computeDeadlines(manifest, answers, filedOn).flatMap((d) => {
      const basis = own.get(d.id);
      if (!basis) return [];
      const t = timelinessOf(d);
      return [
        [d.id, t === 'inTime' && how && handedInReadingOnly(how, basis) ? 'inTimeIfHandedIn' : t],
      ] as const;
    }),
  );
}

/**
 * The holiday-table warnings of a filing: each year once, from the terms that skip or roll over
 * non-working days. A term no holiday can move (calendar days without roll-over, a month) warns of
 * nothing, whatever year it ends in.
 */
export function holidayWarnings(
  deadlines: readonly { readonly warnings: readonly DeadlineWarning[] }[],
): DeadlineWarning[] {
  const out: DeadlineWarning[] = [];
  for (const d of deadlines)
    for (const w of d.warnings)
      if (!out.some((x) => x.year === w.year && x.code === w.code))
        out.push({ year: w.year, code: w.code });
  return out;
}

// --- Computing: the manifest's rules on the answers (moved from common/answers.ts) ---------

export interface ComputedDeadline extends DeadlineWithReadings {
  readonly id: string;
  /**
   * The deadline (the earliest defensible last day) has passed. When `arguable`, a later reading
   * still runs: the filing argues it is in time, and asks for restoration only in the alternative.
   */
  readonly missed: boolean;
}

/** The answer naming the day the filing is signed (every filing asks for it). */
export const FILING_DATE_KEY = 'signingDate';

/**
 * The day a filing's statements about timeliness are judged on: its signing date when given, else
 * today. «подаётся в пределах срока» is true or false of that day, not of the day it is printed.
 */
export function filingDay(answers: Answers, today: IsoDate): IsoDate {
  const d = answers[FILING_DATE_KEY];
  return typeof d === 'string' && isValidIsoDate(d) ? d : today;
}

/**
 * Sets each computed late flag (`lateOf`) from the dates, whatever was typed or saved: true when
 * one of its deadlines has passed every reading on the filing day, or on the day its `asOf` date
 * field names (the `late` that templates see in `computed.deadlines`). A deadline past its safe
 * day but within a later reading is arguable, not late: the filing argues it is in time. A flag
 * whose `asOf` date is not given is not late: it claims nothing. Mutates and returns `answers`.
 */
export function applyLateFlags(manifest: Manifest, answers: Answers, today: IsoDate): Answers {
  const flags = manifest.fields.filter((f) => f.type === 'boolean' && f.lateOf);
  if (flags.length === 0) return answers;
  const lateOn = (day: IsoDate): Set<string> =>
    new Set(
      computeDeadlines(manifest, answers, day)
        .filter((d) => d.missed && !d.arguable)
        .map((d) => d.id),
    );
  const onFilingDay = lateOn(filingDay(answers, today));
  for (const f of flags) {
    if (f.type !== 'boolean') continue;
    const asOf = f.asOf === undefined ? undefined : answers[f.asOf];
    const late =
      f.asOf === undefined
        ? onFilingDay
        : typeof asOf === 'string' && isValidIsoDate(asOf)
          ? lateOn(asOf)
          : new Set<string>();
    answers[f.key] = (f.lateOf ?? []).some((id) => late.has(id));
  }
  return answers;
}

/**
 * Ids of the deadlines already passed on the filing day (`signingDate`, else today), for
 * `{ "deadlinePassed": id }` conditions: the one day the form and the validator both judge on.
 */
export function passedDeadlines(manifest: Manifest, answers: Answers, today: IsoDate): Set<string> {
  return new Set(
    computeDeadlines(manifest, answers, filingDay(answers, today))
      .filter((d) => d.missed)
      .map((d) => d.id),
  );
}

export function computeDeadlines(
  manifest: Manifest,
  answers: Answers,
  today: IsoDate,
): ComputedDeadline[] {
  const out: ComputedDeadline[] = [];
  for (const spec of manifest.deadlines) {
    if (spec.when && !evaluateCondition(spec.when, answers)) continue;
    const trigger = resolvePath(spec.from, answers);
    if (typeof trigger !== 'string' || !isValidIsoDate(trigger)) continue;
    const result = computeDeadlineWithReadings(
      spec.rule,
      spec.alternatives.filter((a) => !a.when || evaluateCondition(a.when, answers)),
      trigger,
      today,
      spec.reading,
    );
    out.push({ ...result, id: spec.id, missed: result.status === 'passed' });
  }
  return out;
}
