/**
 * Days left to a last day, in words: «осталось 5 дней», «5 күн қалды», «5 days left»; today and
 * tomorrow said as such, since those are the matters that must stand out. The texts are plural keys
 * of the `deadlineText` section of the one table per language (common/locales/); i18next picks the
 * form by Intl.PluralRules.
 */
import type { Lang } from './manifest.ts';
import { localize } from './locales/index.ts';

export type Urgency = 'today' | 'tomorrow' | 'later' | 'passed';

export function urgencyOf(daysLeft: number): Urgency {
  return daysLeft < 0 ? 'passed' : daysLeft === 0 ? 'today' : daysLeft === 1 ? 'tomorrow' : 'later';
}

export function daysLeftText(daysLeft: number, lang: Lang): string {
  const count = Math.abs(daysLeft);
  switch (urgencyOf(daysLeft)) {
    case 'today':
      return localize(lang, 'deadlineText.lastDayToday');
    case 'tomorrow':
      return localize(lang, 'deadlineText.lastDayTomorrow');
    case 'passed':
      return localize(lang, 'deadlineText.passed', { count });
    case 'later':
      return localize(lang, 'deadlineText.left', { count });
  }
}
