/**
 * A filing marked as filed: the day it was handed in, how, and the office's reference. Once a
 * complaint is in, its own deadline is no longer something to do: it leaves the lists of open
 * deadlines, and the matter page says instead whether the day it was handed in was within the
 * term — judged by the same rules, on that day, with the same safe and later readings.
 */
import { compareDates, formatShortDate, isValidIsoDate, type IsoDate } from './dates.ts';
import type { Lang } from './lang.ts';
import { urgencyOf, type DaysLeft } from './days-left.ts';
import { localize, type TextKey } from './locales/index.ts';

/**
 * How it was handed in. The day of handing it to the post or to the detention administration
 * is the day of filing for a term of the УПК (ст. 49 ч. 1); for the КоАП and the АППК that is
 * not verified, which the form says beside the date.
 */
export const FILED_HOW = ['inPerson', 'post', 'detention', 'electronic'] as const;
export type FiledHow = (typeof FILED_HOW)[number];

export interface FiledMark {
  readonly on: IsoDate;
  readonly how: FiledHow;
  /** The incoming number, the postal tracking number, the administration's mark. */
  readonly reference?: string;
}

/** The longest reference kept: an incoming number or a tracking code, not a note. */
export const FILED_REFERENCE_MAX = 200;

/**
 * Whether the day a filing was handed in kept its own term: within the safe reading, only
 * within a later one (argued in time), or after every reading. `inTimeIfHandedIn`: in time only
 * if the day it went to the post or the detention administration counts as the day of filing,
 * which is verified for the УПК's terms alone (ст. 49 ч. 1).
 */
export type Timeliness = 'inTime' | 'inTimeIfHandedIn' | 'arguable' | 'late';

/** The verdict of a deadline computed as of the day of filing (`today` = that day). */
export function timelinessOf(onFilingDay: DaysLeft): Timeliness {
  const urgency = urgencyOf(onFilingDay);
  return urgency === 'passed' ? 'late' : urgency === 'arguable' ? 'arguable' : 'inTime';
}

/**
 * The mark a draft record holds, as the screens show it, or undefined: a backup from elsewhere may
 * hold anything under the key, and a damaged mark is no mark. When it was recorded stays in the
 * vault.
 */
export function filedMarkIn(value: unknown): FiledMark | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { on, how, reference } = value as Record<string, unknown>;
  const valid =
    typeof on === 'string' &&
    isValidIsoDate(on) &&
    (FILED_HOW as readonly unknown[]).includes(how) &&
    (reference === undefined ||
      (typeof reference === 'string' && reference.length <= FILED_REFERENCE_MAX));
  if (!valid) return undefined;
  return { on, how: how as FiledHow, ...(reference ? { reference: reference as string } : {}) };
}

/**
 * The day of handing to the post or the detention administration is the day of filing for a
 * term of the УПК (ст. 49 ч. 1, verified); for any other code it is not known to be, so a term
 * resting on no УПК article is kept in time only on that reading.
 */
export function handedInReadingOnly(how: FiledHow, basis: readonly string[]): boolean {
  return (how === 'post' || how === 'detention') && !basis.some((key) => key.startsWith('upk-'));
}

/** Why a mark cannot be kept, or null: a real day not after today, a reference of bounded length. */
export type FiledMarkProblem = 'invalid' | 'future' | 'referenceTooLong';

export function filedMarkProblem(mark: FiledMark, today: IsoDate): FiledMarkProblem | null {
  if (!isValidIsoDate(mark.on)) return 'invalid';
  if (compareDates(mark.on, today) > 0) return 'future';
  // The window's contract caps it too; the command line must not store what reads back as no mark.
  return (mark.reference ?? '').length > FILED_REFERENCE_MAX ? 'referenceTooLong' : null;
}

/** How a filing was handed in, in words: the `filedHow` section of the one table per language. */
export const filedHowKey = (how: FiledHow): TextKey => `filedHow.${how}`;

/** The key of a filed term's verdict: `filed.<timeliness>`, its {{date}} the day filed. */
const timelinessKey = (timeliness: Timeliness): TextKey => `filed.${timeliness}`;

/** A filed term's verdict in words: «подано 10.12.2026 — в срок». */
export function filedVerdictText(
  filed: { readonly on: IsoDate; readonly timeliness: Timeliness },
  lang: Lang,
): string {
  return localize(lang, timelinessKey(filed.timeliness), { date: formatShortDate(filed.on) });
}

/** The mark in words: «Подано 10.12.2026, по почте (RR123456789KZ)». */
export function filedMarkText(mark: FiledMark, lang: Lang): string {
  return localize(lang, mark.reference ? 'filed.markWithReference' : 'filed.mark', {
    date: formatShortDate(mark.on),
    how: localize(lang, filedHowKey(mark.how)),
    reference: mark.reference ?? '',
  });
}
