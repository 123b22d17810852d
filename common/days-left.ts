/**
 * Days left to a last day, in words: «осталось 5 дней», «5 күн қалды», «5 days left»; today and
 * tomorrow said as such, since those are the matters that must stand out. Plural forms come from
 * Intl.PluralRules (common/plural.ts).
 */
import type { Lang } from './lang.ts';
import { plural } from './plural.ts';

export type Urgency = 'today' | 'tomorrow' | 'later' | 'passed';

export function urgencyOf(daysLeft: number): Urgency {
  return daysLeft < 0 ? 'passed' : daysLeft === 0 ? 'today' : daysLeft === 1 ? 'tomorrow' : 'later';
}

export function daysLeftText(daysLeft: number, lang: Lang): string {
  const n = Math.abs(daysLeft);
  switch (urgencyOf(daysLeft)) {
    case 'today':
      return { ru: 'последний день — сегодня', kk: 'соңғы күн — бүгін', en: 'last day today' }[
        lang
      ];
    case 'tomorrow':
      return { ru: 'последний день — завтра', kk: 'соңғы күн — ертең', en: 'last day tomorrow' }[
        lang
      ];
    case 'passed':
      if (lang === 'ru')
        return `срок истёк ${n} ${plural(n, { one: 'день', few: 'дня', many: 'дней', other: 'дня' }, lang)} назад`;
      if (lang === 'kk') return `мерзім ${n} күн бұрын өтті`;
      return `passed ${n} ${plural(n, { one: 'day', other: 'days' }, lang)} ago`;
    case 'later':
      if (lang === 'ru')
        return `${plural(n, { one: 'остался', other: 'осталось' }, lang)} ${n} ${plural(n, { one: 'день', few: 'дня', many: 'дней', other: 'дня' }, lang)}`;
      if (lang === 'kk') return `${n} күн қалды`;
      return `${n} ${plural(n, { one: 'day', other: 'days' }, lang)} left`;
  }
}
