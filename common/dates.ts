/**
 * Plain civil dates ('YYYY-MM-DD'), computed on the Asia/Almaty calendar — never the machine's
 * zone (a laptop is often still set to Moscow time) and never the ICU zone database, which may be
 * older than Kazakhstan's switch to a single zone.
 */
import type { Lang } from './lang.ts';
import { kazakhAttributiveEnding, kazakhEnding } from './kazakh.ts';

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseIsoDate(d: IsoDate): { year: number; month: number; day: number } | null {
  const m = ISO.exec(d);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (
    year < 1800 ||
    year > 2200 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  )
    return null;
  return { year, month, day };
}

export function isValidIsoDate(d: string): boolean {
  return parseIsoDate(d) !== null;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function toUtcMs(d: IsoDate): number {
  const p = parseIsoDate(d);
  if (!p) throw new RangeError(`not a date: ${d}`);
  return Date.UTC(p.year, p.month - 1, p.day);
}

function fromUtcMs(ms: number): IsoDate {
  const date = new Date(ms);
  return toIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(d: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(d) + days * 86_400_000);
}

/** Same day N months later; the last day of that month when the day does not exist there. */
export function addMonths(d: IsoDate, months: number): IsoDate {
  const p = parseIsoDate(d);
  if (!p) throw new RangeError(`not a date: ${d}`);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return toIsoDate(year, month, Math.min(p.day, daysInMonth(year, month)));
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(d: IsoDate): number {
  return new Date(toUtcMs(d)).getUTCDay();
}

/** Accepts dd.mm.yyyy, d.m.yyyy and yyyy-mm-dd; null for anything else or an impossible date. */
export function parseUserDate(input: string): IsoDate | null {
  const s = input.trim();
  if (ISO.test(s)) return isValidIsoDate(s) ? s : null;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (!m) return null;
  const iso = toIsoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return isValidIsoDate(iso) ? iso : null;
}

/**
 * Whether the input is written in a date format we read (dd.mm.yyyy, d.m.yyyy, yyyy-mm-dd),
 * whatever the numbers: «31.02.2026» is well-formed and names a day that does not exist — the
 * person needs to hear that, not the format again.
 */
export function isDateShaped(input: string): boolean {
  const s = input.trim();
  return ISO.test(s) || /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(s);
}

/**
 * Kazakhstan's offset: UTC+6 in Almaty/Astana until 2024-03-01 00:00 local time, UTC+5 in the
 * whole country since (Government decree of 2024 on a single time zone).
 */
const SINGLE_ZONE_SINCE_UTC = Date.UTC(2024, 1, 29, 18, 0, 0); // 2024-03-01 00:00 at UTC+6

export function almatyOffsetHours(instant: Date): number {
  return instant.getTime() >= SINGLE_ZONE_SINCE_UTC ? 5 : 6;
}

export function todayInAlmaty(now: Date): IsoDate {
  return fromUtcMs(now.getTime() + almatyOffsetHours(now) * 3_600_000);
}

const MONTHS_RU_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
/** Kazakh month names, nominative: the form a date's month takes and a calendar's heading shows. */
export const MONTHS_KK: readonly string[] = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const NBSP = '\u00A0';

/**
 * The grammatical form of a date in a Kazakh sentence: plain «2026 жылғы 24 ақпан» (a date line,
 * a signature), locative «2026 жылғы 24 ақпанда» (on that day: «… өтінішхат берді»), attributive
 * «2026 жылғы 6 қарашадағы» (of that date: «… № 12 қаулы»). Russian and English print their one
 * form whatever is asked («от» is written in the Russian template).
 */
export type LegalDateForm = 'plain' | 'locative' | 'attributive';
export const LEGAL_DATE_FORMS: readonly LegalDateForm[] = ['plain', 'locative', 'attributive'];

/** «24 февраля 2026 года», «2026 жылғы 24 ақпан», «24 February 2026»; NBSPs keep it on one line. */
export function formatLegalDate(d: IsoDate, lang: Lang, form: LegalDateForm = 'plain'): string {
  const p = parseIsoDate(d);
  if (!p) throw new RangeError(`not a date: ${d}`);
  const monthIndex = p.month - 1;
  if (lang === 'ru') return `${p.day}${NBSP}${MONTHS_RU_GENITIVE[monthIndex]} ${p.year}${NBSP}года`;
  if (lang === 'kk') {
    const month = MONTHS_KK[monthIndex] ?? '';
    const ending =
      form === 'locative'
        ? kazakhEnding(month, 'locative')
        : form === 'attributive'
          ? kazakhAttributiveEnding(month)
          : '';
    return `${p.year}${NBSP}жылғы ${p.day}${NBSP}${month}${ending}`;
  }
  return `${p.day}${NBSP}${MONTHS_EN[monthIndex]} ${p.year}`;
}

export function formatShortDate(d: IsoDate): string {
  const p = parseIsoDate(d);
  if (!p) throw new RangeError(`not a date: ${d}`);
  return `${pad(p.day)}.${pad(p.month)}.${p.year}`;
}

const WEEKDAYS: Readonly<Record<Lang, readonly string[]>> = {
  ru: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
  kk: ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** «понедельник», «дүйсенбі», «Monday». */
export function formatWeekday(d: IsoDate, lang: Lang): string {
  return WEEKDAYS[lang][dayOfWeek(d)] ?? '';
}

/**
 * The last day of a term, inclusive and with its weekday — never «до», which a reader may take as
 * exclusive: «по 09.02.2026 (понедельник) включительно», «09.02.2026 (дүйсенбі) қоса алғанға
 * дейін», «up to and including 09.02.2026 (Monday)». NBSPs keep the date and weekday together.
 * Kazakh «қоса алғанда» alone means only «including»: the official texts give the end point with
 * «дейін» («1000-ды қоса алғанға дейін»), and «мерзім … созылады» needs one.
 */
export function formatInclusiveLastDay(d: IsoDate, lang: Lang): string {
  const day = `${formatShortDate(d)}${NBSP}(${formatWeekday(d, lang)})`;
  if (lang === 'ru') return `по${NBSP}${day} включительно`;
  if (lang === 'kk') return `${day} қоса алғанға дейін`;
  return `up to and including ${day}`;
}
