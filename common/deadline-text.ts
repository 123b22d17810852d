/**
 * The later readings of a doubtful deadline as a person reads them beside it: «возможно, по
 * 11.02.2026 (среда) включительно: сутки считаются без нерабочих дней (ч. 3 ст. 739 КоАП РК)».
 * One formatter for the filing screen, the matter page, the CLI and the pre-flight list; the
 * deadline itself is always the earliest defensible day (docs/legal/deadlines.md).
 */
import { formatInclusiveLastDay } from './dates.ts';
import type { DeadlineReading, ReadingId } from './deadlines.ts';
import type { Lang } from './lang.ts';

const WHY: Readonly<Record<ReadingId, Readonly<Record<Lang, string>>>> = {
  calendarNoCarryOver: {
    ru: 'сутки подряд, без переноса с нерабочего дня',
    kk: 'тәуліктер қатарынан, жұмыс істемейтін күннен ауыстырусыз',
    en: 'consecutive days, no move off a day off',
  },
  koapCarryOver: {
    ru: 'последний день, выпавший на нерабочий, переносится на следующий рабочий',
    kk: 'жұмыс істемейтін күнге түскен соңғы күн келесі жұмыс күніне ауыстырылады',
    en: 'a last day on a day off moves to the next working day',
  },
  koapWorkingDays: {
    ru: 'нерабочие дни в срок в сутках не включаются',
    kk: 'тәуліктермен есептелетін мерзімге жұмыс істемейтін күндер қосылмайды',
    en: 'days off are left out of a term counted in days',
  },
  custodyNoRollOver: {
    ru: 'сроки содержания под стражей не переносятся',
    kk: 'күзетпен ұстау мерзімдері ауыстырылмайды',
    en: 'custody terms do not move',
  },
  upkRollOver: {
    ru: 'последний день, выпавший на нерабочий, переносится на следующий рабочий',
    kk: 'жұмыс істемейтін күнге түскен соңғы күн келесі жұмыс күніне ауыстырылады',
    en: 'a last day on a day off moves to the next working day',
  },
  custodyFirstDayCounted: {
    ru: 'день задержания — первый день срока',
    kk: 'ұсталған күн — мерзімнің бірінші күні',
    en: 'the day of detention is the first day',
  },
  custodyFromNextDay: {
    ru: 'срок течёт со дня, следующего за задержанием',
    kk: 'мерзім ұсталған күннің келесі күнінен басталады',
    en: 'the term runs from the day after detention',
  },
  appkNoAppealInfo: {
    ru: 'шесть месяцев, если отказ не разъяснил порядок обжалования',
    kk: 'бас тарту шағымдану тәртібін түсіндірмесе, алты ай',
    en: 'six months if the refusal did not say how to appeal it',
  },
};

const POSSIBLY: Readonly<Record<Lang, string>> = { ru: 'возможно,', kk: 'мүмкін,', en: 'possibly' };

/** One line per later reading, earliest first. `citeText` turns a cite key into its text. */
export function laterReadingLines(
  alternatives: readonly DeadlineReading[],
  lang: Lang,
  citeText: (key: string) => string,
): string[] {
  return alternatives.map((a) => {
    const basis = a.basis.map(citeText).join(', ');
    const why = WHY[a.reading][lang];
    return `${POSSIBLY[lang]} ${formatInclusiveLastDay(a.lastDay, lang)}: ${why}${basis ? ` (${basis})` : ''}`;
  });
}
