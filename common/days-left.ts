/**
 * Days left to a last day, in words: «осталось 5 дней», «5 күн қалды», «5 days left»; today and
 * tomorrow said as such, since those are the matters that must stand out; a safe day passed while a
 * later reading still runs said as that, never as simply passed. The texts are plural keys of the
 * `deadlineText` section of the one table per language (common/locales/); i18next picks the form by
 * Intl.PluralRules.
 */
import type { Lang } from './manifest.ts';
import { localize } from './locales/index.ts';

/** A last day this near is said before filing: in the pre-flight, batch checks, matter page. */
export const SOON_DAYS = 2;

export type Urgency = 'today' | 'tomorrow' | 'later' | 'arguable' | 'passed';

/** What decides a deadline's urgency: a computed deadline or any view of one. */
export interface DaysLeft {
  readonly daysLeft: number;
  /** The safe day has passed but a later reading still runs (common/deadlines.ts). */
  readonly arguable: boolean;
}

export function urgencyOf({ daysLeft, arguable }: DaysLeft): Urgency {
  if (daysLeft < 0) return arguable ? 'arguable' : 'passed';
  return daysLeft === 0 ? 'today' : daysLeft === 1 ? 'tomorrow' : 'later';
}

/** Whether a deadline belongs in the lists of what is still to be filed. */
export function stillOpen(d: DaysLeft): boolean {
  return urgencyOf(d) !== 'passed';
}

/**
 * A term of another step (`related`) that has passed is said as that: it never means the filing
 * is late (the authorities' days to register an application, a custody limit).
 */
export function daysLeftText(d: DaysLeft & { readonly related?: boolean }, lang: Lang): string {
  const count = Math.abs(d.daysLeft);
  switch (urgencyOf(d)) {
    case 'today':
      return localize(lang, 'deadlineText.lastDayToday');
    case 'tomorrow':
      return localize(lang, 'deadlineText.lastDayTomorrow');
    case 'arguable':
      return localize(lang, 'deadlineText.arguable', { count });
    case 'passed':
      return localize(lang, d.related ? 'deadlineText.relatedPassed' : 'deadlineText.passed', {
        count,
      });
    case 'later':
      return localize(lang, 'deadlineText.left', { count });
  }
}

/** What the pre-flight calls a deadline whose safe day has passed (the window's and the CLI's). */
export type PassedNotice =
  'deadlineMissed' | 'deadlineArguable' | 'relatedEnded' | 'relatedArguable';

/**
 * Which notice a deadline past its safe day gets: missed, or still running on a later reading;
 * the filing's own term, or another step's (`related`). Null while the safe day has not passed.
 * One decision, so that the window and the CLI never call an arguable deadline simply missed.
 */
export function passedNotice(d: DaysLeft & { readonly related?: boolean }): PassedNotice | null {
  const urgency = urgencyOf(d);
  if (urgency !== 'passed' && urgency !== 'arguable') return null;
  if (d.related) return urgency === 'passed' ? 'relatedEnded' : 'relatedArguable';
  return urgency === 'passed' ? 'deadlineMissed' : 'deadlineArguable';
}
