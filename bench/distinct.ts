/**
 * Distinct documents for the bench: every document's facts, names and dates are generated from a
 * seed, and no two documents share a fact paragraph, so no cache of laid-out paragraphs, font
 * subsets or ToUnicode maps can serve one document from another's work. (The "batch of one
 * filing" series, variants.ts, is the opposite: shared boilerplate, as in a real batch.)
 */
import { addDays, formatLegalDate } from '../common/dates.ts';
import { FIRST_NAMES, LAST_NAMES, seededRandom } from './variants.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const MIDDLE_NAMES = [
  'Павлович',
  'Сергеевич',
  'Игоревич',
  'Олегович',
  'Викторович',
  'Николаевич',
  'Юрьевич',
  'Романович',
];
const CITIES = [
  'Екатеринбурге',
  'Челябинске',
  'Новосибирске',
  'Омске',
  'Самаре',
  'Казани',
  'Перми',
  'Тюмени',
  'Кургане',
  'Оренбурге',
  'Уфе',
  'Барнауле',
];
const JOBS = [
  'инженером-наладчиком',
  'учителем физики',
  'программистом',
  'фельдшером скорой помощи',
  'водителем автобуса',
  'электромонтёром',
  'бухгалтером',
  'механиком депо',
  'журналистом районной газеты',
  'сварщиком',
];
const BODIES = [
  'военный комиссариат',
  'отдел полиции',
  'следственный отдел',
  'районный суд',
  'прокурор района',
  'отдел ФСБ',
  'центр «Э»',
];
const ACTS = [
  'вручил повестку о явке',
  'направил запрос о местонахождении',
  'возбудил уголовное дело',
  'объявил в розыск',
  'допросил родственников',
  'провёл обыск по месту регистрации',
  'изъял документы',
  'вызвал на беседу',
];
const REASONS = [
  'по политическим убеждениям',
  'из-за публичных высказываний против войны',
  'после участия в одиночном пикете',
  'в связи с публикациями в социальных сетях',
  'после отказа подписать контракт',
  'из-за подписи под открытым письмом',
];
const CONSEQUENCES = [
  'что подтверждается копиями процессуальных документов',
  'о чём свидетельствуют показания очевидцев',
  'что отражено в ответе органа на адвокатский запрос',
  'что зафиксировано правозащитной организацией',
  'о чём сообщили независимые средства массовой информации',
  'что видно из переписки, приобщённой к жалобе',
];
const CLOSINGS = [
  'Эти обстоятельства не получили оценки в обжалуемом постановлении.',
  'Запрашивающая сторона об этих обстоятельствах умолчала.',
  'Орган, принявший решение, на эти доводы не ответил.',
  'Заявитель сообщил об этом при первом же опросе.',
  'Доказательств обратного материалы проверки не содержат.',
];

/** Pick one of `items` with the seeded generator. */
function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** One fact paragraph: its date, numbers and names make it unlike any other the bench makes. */
function factParagraph(random: () => number, person: string, day: string, serial: number): string {
  const sentences: string[] = [];
  const count = 3 + Math.floor(random() * 3);
  let d = day;
  for (let s = 0; s < count; s++) {
    d = addDays(d, 3 + Math.floor(random() * 40));
    const when = formatLegalDate(d, 'ru');
    const number = `${serial}-${Math.floor(random() * 90000 + 10000)}`;
    switch (Math.floor(random() * 4)) {
      case 0:
        sentences.push(
          `${when[0]?.toUpperCase()}${when.slice(1)} ${pick(BODIES, random)} г. ${pick(CITIES, random).replace(/е$/u, 'а')} ${pick(ACTS, random)} в отношении заявителя (исх. № ${number}), ${pick(CONSEQUENCES, random)}.`,
        );
        break;
      case 1:
        sentences.push(
          `До ${when} ${person} проживал в г. ${pick(CITIES, random)} и работал ${pick(JOBS, random)}; преследование началось ${pick(REASONS, random)}.`,
        );
        break;
      case 2:
        sentences.push(
          `Согласно справке № ${number} от ${when}, ${pick(BODIES, random)} ${pick(ACTS, random)}, ${pick(CONSEQUENCES, random)}.`,
        );
        break;
      default:
        sentences.push(pick(CLOSINGS, random));
    }
  }
  return sentences.join(' ');
}

function shiftDates(value: Json, days: number): Json {
  if (typeof value === 'string') {
    return /^\d{4}-\d{2}-\d{2}$/u.test(value) ? addDays(value, days) : value;
  }
  if (Array.isArray(value)) return value.map((v) => shiftDates(v, days));
  if (value && typeof value === 'object') {
    const out: { [k: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) out[k] = shiftDates(v, days);
    return out;
  }
  return value;
}

/** The sample's client surname, replaced in every text that still names him or his family. */
const SAMPLE_SURNAME = 'Волков';

export interface DistinctDocument {
  readonly answers: Record<string, unknown>;
  /** The day the document is rendered as of: the sample's day shifted with all its dates. */
  readonly today: string;
}

/**
 * `count` documents from `sample` (its `$sample` stripped): every person renamed, every date
 * shifted by the same seeded number of days (the day of rendering too, so deadlines keep their
 * meaning), and every long text replaced by generated paragraphs none of which repeats.
 */
export function makeDistinct(
  sample: Record<string, unknown>,
  asOf: string,
  count: number,
  seed: number,
): DistinctDocument[] {
  const random = seededRandom(seed);
  const { $sample: _meta, ...base } = sample;
  const seen = new Set<string>();
  const out: DistinctDocument[] = [];
  let serial = seed % 1000;
  for (let n = 0; n < count; n++) {
    const shift = Math.floor(random() * 700) - 350;
    const today = addDays(asOf, shift);
    const answers = shiftDates(base as Json, shift) as { [k: string]: Json };
    const last = pick(LAST_NAMES, random);
    const first = pick(FIRST_NAMES, random);
    const middle = pick(MIDDLE_NAMES, random);
    const initials = `${last} ${first[0]}. ${middle[0]}.`;
    const rename = (p: Json): Json =>
      p && typeof p === 'object' && !Array.isArray(p)
        ? {
            ...p,
            lastName: last,
            firstName: first,
            middleName: middle,
            forms: { genitive: '', dative: '', instrumental: '' },
          }
        : p;
    answers.person = rename(answers.person ?? null);
    const paragraphs = (words: number): string => {
      const paras: string[] = [];
      for (let i = 0; i < words; i++) {
        let text: string;
        do {
          text = factParagraph(random, initials, addDays(today, -900), serial++);
        } while (seen.has(text));
        seen.add(text);
        paras.push(text);
      }
      return paras.join('\n');
    };
    // Each long text gets as many generated paragraphs as the sample has.
    for (const [key, value] of Object.entries(answers)) {
      if (typeof value === 'string' && value.length > 200)
        answers[key] = paragraphs(Math.max(1, value.split('\n').length));
    }
    // The family and any other mention take the new surname (Волкова → Лебедева).
    const renamed = JSON.parse(JSON.stringify(answers).replaceAll(SAMPLE_SURNAME, last)) as Record<
      string,
      unknown
    >;
    out.push({ answers: renamed, today });
  }
  return out;
}
