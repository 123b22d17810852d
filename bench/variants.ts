/**
 * Seeded, distinct variants of a sample's answers: names, dates and the order and length of the
 * statement of facts change, so a benchmark never times one cached document.
 */

/** mulberry32: small, fast, good enough to make distinct inputs reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const LAST_NAMES = [
  'Кузнецов',
  'Смирнов',
  'Волков',
  'Лебедев',
  'Соколов',
  'Морозов',
  'Новиков',
  'Фёдоров',
  'Егоров',
  'Павлов',
  'Семёнов',
  'Голубев',
];
export const FIRST_NAMES = [
  'Дмитрий',
  'Алексей',
  'Сергей',
  'Андрей',
  'Михаил',
  'Илья',
  'Кирилл',
  'Артём',
  'Павел',
  'Никита',
];
const SENTENCES = [
  'Данное обстоятельство подтверждается материалами экстрадиционной проверки и не было оценено надлежащим образом.',
  'Сторона защиты неоднократно обращала внимание на политический характер уголовного преследования заявителя.',
  'Доказательства, представленные запрашивающей стороной, противоречивы и не позволяют установить событие преступления.',
  'Заявитель последовательно выступал против военных действий, что известно органам запрашивающего государства.',
  'Международные организации фиксируют систематическое применение пыток в местах лишения свободы запрашивающего государства.',
  'При таких обстоятельствах выдача заявителя создаёт реальный риск необратимого вреда его жизни и здоровью.',
];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

function varyText(text: string, random: () => number): string {
  const paragraphs = text.split('\n').filter((p) => p.trim() !== '');
  const extra = Array.from(
    { length: 1 + Math.floor(random() * 3) },
    () => SENTENCES[Math.floor(random() * SENTENCES.length)] ?? '',
  );
  const body = shuffle(paragraphs.slice(1), random);
  return [paragraphs[0] ?? '', ...body, extra.join(' ')].join('\n');
}

function vary(value: Json, random: () => number, key: string): Json {
  if (typeof value === 'string') {
    if (value.length > 400) return varyText(value, random);
    if (key === 'lastName' && LAST_NAMES.some((n) => value.startsWith(n.slice(0, 3)))) return value;
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => vary(v, random, key));
  if (value && typeof value === 'object') {
    const out: { [k: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) out[k] = vary(v, random, k);
    // A person: swap in another seeded name (forms are cleared so declension runs too).
    if (
      typeof out.lastName === 'string' &&
      typeof out.firstName === 'string' &&
      out.sex === 'male'
    ) {
      const last = LAST_NAMES[Math.floor(random() * LAST_NAMES.length)] ?? 'Кузнецов';
      const first = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)] ?? 'Дмитрий';
      out.lastName = last;
      out.firstName = first;
      out.forms = { genitive: '', dative: '', instrumental: '' };
    }
    return out;
  }
  return value;
}

export function makeVariants(
  sample: Record<string, unknown>,
  count: number,
  seed: number,
): Record<string, unknown>[] {
  const random = seededRandom(seed);
  return Array.from(
    { length: count },
    () => vary(sample as Json, random, '') as Record<string, unknown>,
  );
}
