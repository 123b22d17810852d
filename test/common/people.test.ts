import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { iinCheckDigit, validateIin } from '../../common/iin.ts';
import {
  declineFullName,
  eitherSexForm,
  initialsAfter,
  initialsBefore,
  prefillForms,
  type Person,
} from '../../common/names.ts';
import { plural, pluralRu } from '../../common/plural.ts';
import {
  foldForSearch,
  matchesSearch,
  normaliseAnswerText,
  compareNames,
} from '../../common/text.ts';
import { formatMessage, MESSAGE_KEYS } from '../../common/messages.ts';

const withCheck = (first11: string): string => `${first11}${iinCheckDigit(first11)}`;

describe('IIN', () => {
  it('accepts a valid IIN and reads birth date and sex from it', () => {
    const iin = withCheck('96031430012'); // 14.03.1996, digit 7 = 3: born in the 1900s, male
    expect(validateIin(iin)).toEqual({ ok: true, birthDate: '1996-03-14', sex: 'male' });
    expect(validateIin(withCheck('05120960034'))).toMatchObject({
      ok: true,
      birthDate: '2005-12-09',
      sex: 'female',
    });
  });

  it('rejects typos, wrong lengths and impossible dates', () => {
    const iin = withCheck('96031430012');
    const typo = `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
    expect(validateIin(typo)).toEqual({ ok: false, reason: 'checksum' });
    expect(validateIin('12345')).toEqual({ ok: false, reason: 'format' });
    expect(validateIin(withCheck('96023130012'))).toEqual({ ok: false, reason: 'date' });
  });

  it('validates any 11 digits with their computed check digit (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (first11) => {
        const check = iinCheckDigit(first11);
        if (check === null) return; // both weightings gave 10: such numbers are never issued
        const result = validateIin(`${first11}${check}`);
        expect(result.ok || (!result.ok && result.reason === 'date')).toBe(true);
      }),
    );
  });
});

describe('names', () => {
  const kuznetsov: Person = {
    lastName: 'Кузнецов',
    firstName: 'Дмитрий',
    middleName: 'Сергеевич',
    sex: 'male',
  };
  it('writes initials with no-break spaces, hyphenated names too', () => {
    expect(initialsAfter(kuznetsov)).toBe('Кузнецов\u00A0Д.\u00A0С.');
    expect(initialsBefore({ lastName: 'Петрова', firstName: 'Анна-Мария', sex: 'female' })).toBe(
      'А.-М.\u00A0Петрова',
    );
  });

  it.each([
    [kuznetsov, 'genitive', 'Кузнецова Дмитрия Сергеевича'],
    [kuznetsov, 'dative', 'Кузнецову Дмитрию Сергеевичу'],
    [kuznetsov, 'instrumental', 'Кузнецовым Дмитрием Сергеевичем'],
    [
      { lastName: 'Смирнова', firstName: 'Анна', middleName: 'Петровна', sex: 'female' },
      'dative',
      'Смирновой Анне Петровне',
    ],
    [
      { lastName: 'Шевченко', firstName: 'Илья', middleName: 'Ильич', sex: 'male' },
      'instrumental',
      'Шевченко Ильёй Ильичом',
    ],
    [
      { lastName: 'Чернышевская', firstName: 'Любовь', sex: 'female' },
      'genitive',
      'Чернышевской Любови',
    ],
    [{ lastName: 'Белых', firstName: 'Никита', sex: 'male' }, 'dative', 'Белых Никите'],
    // The accusative: a woman's differs from her genitive, and so does a man's name in -а/-я.
    [kuznetsov, 'accusative', 'Кузнецова Дмитрия Сергеевича'],
    [
      { lastName: 'Белова', firstName: 'Наталья', middleName: 'Викторовна', sex: 'female' },
      'accusative',
      'Белову Наталью Викторовну',
    ],
    [
      { lastName: 'Чернышевская', firstName: 'Любовь', sex: 'female' },
      'accusative',
      'Чернышевскую Любовь',
    ],
    [{ lastName: 'Белых', firstName: 'Никита', sex: 'male' }, 'accusative', 'Белых Никиту'],
    [
      { lastName: 'Шевченко', firstName: 'Илья', middleName: 'Ильич', sex: 'male' },
      'accusative',
      'Шевченко Илью Ильича',
    ],
  ] as const)('declines %o in the %s', (person, grammaticalCase, expected) => {
    expect(declineFullName(person, grammaticalCase).text).toBe(expected);
  });

  it('prefers the confirmed form the lawyer entered', () => {
    expect(
      declineFullName({ ...kuznetsov, forms: { genitive: 'Кузнецова Д. С.' } }, 'genitive'),
    ).toEqual({ text: 'Кузнецова Д. С.', source: 'confirmed' });
  });

  it('never declines a Kazakh patronymic or a Latin name, and says so', () => {
    const abilov: Person = {
      lastName: 'Әбілов',
      firstName: 'Нұрлан',
      middleName: 'Серікұлы',
      sex: 'male',
    };
    const r = declineFullName(abilov, 'genitive');
    expect(r.text.endsWith('Серікұлы')).toBe(true);
    expect(r.warning).toBe('kazakhPatronymic');
    expect(
      declineFullName({ lastName: 'Smith', firstName: 'John', sex: 'male' }, 'dative'),
    ).toMatchObject({ text: 'Smith John', source: 'undeclined', warning: 'latinScript' });
    expect(prefillForms(kuznetsov).dative).toBe('Кузнецову Дмитрию Сергеевичу');
  });
});

describe('both forms for a person of unknown sex (a blank form)', () => {
  it.each([
    ['ru', 'прибыл', 'прибыла', 'прибыл(а)'],
    ['ru', 'он находится', 'она находится', 'он(а) находится'],
    ['ru', 'был вынужден', 'была вынуждена', 'был(а) вынужден(а)'],
    ['ru', 'его', 'её', 'его/её'],
    ['ru', 'гражданина', 'гражданки', 'гражданина/гражданки'],
    ['ru', 'признан виновным', 'признана виновной', 'признан(а) виновным/виновной'],
    ['ru', '', 'а', '(а)'],
    ['ru', 'отцом', 'матерью', 'отцом/матерью'],
    ['en', 'he is', 'she is', 'he/she is'],
    ['en', 'his', 'her', 'his/her'],
    ['en', 'Mr', 'Mrs', 'Mr/Mrs'],
  ] as const)('%s: «%s» and «%s» → «%s»', (lang, male, female, both) => {
    expect(eitherSexForm(male, female, lang)).toBe(both);
  });

  it('keeps every word of each form, in order (property)', () => {
    const word = fc.stringMatching(/^[а-яё]{1,8}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 4 }), (pairs) => {
        const male = pairs.map(([m]) => m).join(' ');
        const female = pairs.map(([, f]) => f).join(' ');
        const both = eitherSexForm(male, female, 'ru').split(' ');
        expect(both).toHaveLength(pairs.length);
        pairs.forEach(([m, f], i) => {
          // Each word reads as the male form, and the female one from it: «прибыл(а)» → прибыла.
          const printed = both[i] ?? '';
          const asFemale = printed.includes('/')
            ? printed.slice(printed.indexOf('/') + 1)
            : printed.replace(/\((.*)\)$/, '$1');
          const asMale = printed.includes('/')
            ? printed.slice(0, printed.indexOf('/'))
            : printed.replace(/\(.*\)$/, '');
          expect(asMale).toBe(m);
          expect(asFemale).toBe(f);
        });
      }),
    );
  });
});

describe('plurals and text', () => {
  it.each([
    [1, 'день'],
    [2, 'дня'],
    [5, 'дней'],
    [11, 'дней'],
    [12, 'дней'],
    [21, 'день'],
    [22, 'дня'],
    [25, 'дней'],
    [101, 'день'],
    [111, 'дней'],
  ])('%i %s', (n, form) => {
    expect(pluralRu(n, 'день', 'дня', 'дней')).toBe(form);
  });
  it('uses English and Kazakh rules too', () => {
    expect(plural(1, { one: 'day', other: 'days' }, 'en')).toBe('day');
    expect(plural(3, { one: 'day', other: 'days' }, 'en')).toBe('days');
    expect(plural(3, { one: 'күн', other: 'күн' }, 'kk')).toBe('күн');
  });

  it('cleans pasted text so no character can break the XML (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(normaliseAnswerText(s)).toMatch(
          // eslint-disable-next-line no-control-regex -- the XML 1.0 Char production
          /^[\u0009\u000A\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u,
        );
      }),
    );
    expect(normaliseAnswerText('a\u000bb\r\nc\u0000d')).toBe('a\nb\ncd');
  });

  it('finds Kazakh names typed without a Kazakh layout', () => {
    expect(matchesSearch('Әліев Нұрлан', 'əлiев')).toBe(true);
    expect(matchesSearch('Фёдоров', 'федоров')).toBe(true);
    expect(foldForSearch('ӘЛІ')).toBe(foldForSearch('əлi'));
    expect(['Әбілов', 'Аманов', 'Бекова'].sort((a, b) => compareNames(a, b, 'kk'))).toEqual([
      'Аманов',
      'Әбілов',
      'Бекова',
    ]);
  });

  it('has every validation message in all three languages', () => {
    for (const key of MESSAGE_KEYS) {
      for (const lang of ['ru', 'kk', 'en'] as const)
        expect(
          formatMessage(key, lang, { min: 2, max: 5, field: 'x', hint: 'h', date: 'd' }),
        ).not.toBe(key);
    }
    expect(formatMessage('tooFewItems', 'ru', { min: 2 })).toBe('Минимум записей: 2');
    expect(formatMessage('tooFewItems', 'en', { min: 1 })).toBe('At least 1 entry needed');
  });
});
