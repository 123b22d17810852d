/**
 * Inputs that used to pass silently (issue 17, items 15–19): look-alike letters in names, soft
 * hyphens, bidi controls, an IIN of somebody else, and an impossible date reported as a format
 * error.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { manifestSchema, type ManifestInput } from '../../common/manifest.ts';
import { prepareAnswers } from '../../common/answers.ts';
import { iinCheckDigit } from '../../common/iin.ts';
import { fixNameLookalikes, normaliseAnswerText } from '../../common/text.ts';
import type { Lang } from '../../common/lang.ts';

const label = (ru: string): { ru: string; kk: string; en: string } => ({ ru, kk: ru, en: ru });

const input: ManifestInput = {
  $schemaVersion: 1,
  id: 'probe',
  version: '1.0.0',
  title: label('Проба'),
  purpose: label('Проба'),
  languages: ['ru'],
  legalBasis: ['x'],
  sections: [{ id: 's', title: label('Раздел') }],
  fields: [
    { key: 'applicant', type: 'person', label: label('Заявитель') },
    { key: 'birthDate', type: 'date', label: label('Дата рождения') },
    {
      key: 'iin',
      type: 'iin',
      label: label('ИИН'),
      birthDateField: 'birthDate',
      personField: 'applicant',
    },
    { key: 'facts', type: 'multiline', label: label('Обстоятельства') },
    {
      key: 'family',
      type: 'group',
      label: label('Семья'),
      itemLabel: label('Член семьи'),
      fields: [
        { key: 'who', type: 'person', label: label('ФИО') },
        { key: 'birthDate', type: 'date', label: label('Родился') },
        {
          key: 'iin',
          type: 'iin',
          label: label('ИИН'),
          birthDateField: 'birthDate',
          personField: 'who',
        },
      ],
    },
  ],
};
const manifest = manifestSchema.parse(input);
const withCheck = (first11: string): string => `${first11}${iinCheckDigit(first11)}`;
// 14.03.1996, seventh digit 3: a man born in the 1900s.
const MAN_1996 = withCheck('96031430012');
// 09.12.2005, seventh digit 6: a woman born in the 2000s.
const WOMAN_2005 = withCheck('05120960034');

const person = (lastName: string, firstName: string, sex: 'male' | 'female') => ({
  lastName,
  firstName,
  middleName: '',
  sex,
  latinName: '',
  forms: { genitive: '', dative: '', instrumental: '' },
});

const prepare = (answers: object, lang: Lang = 'ru') =>
  prepareAnswers(manifest, answers, { lang, today: '2026-11-25' });

describe('names typed without a Kazakh layout (item 15)', () => {
  it('replaces the schwa, Latin i and h and Latin look-alikes inside Cyrillic words', () => {
    expect(fixNameLookalikes('Əлия')).toBe('Әлия');
    expect(fixNameLookalikes('Нұрəлі')).toBe('Нұрәлі');
    expect(fixNameLookalikes('Сейiтқали')).toBe('Сейітқали');
    expect(fixNameLookalikes('Шаhар')).toBe('Шаһар');
    expect(fixNameLookalikes('Kузнецов')).toBe('Кузнецов');
    expect(fixNameLookalikes('Жүсiп-Əли')).toBe('Жүсіп-Әли');
  });

  it('leaves Latin words and mixed words with non-look-alike letters alone', () => {
    expect(fixNameLookalikes('Smith')).toBe('Smith');
    expect(fixNameLookalikes('Jean-Пьер')).toBe('Jean-Пьер');
    expect(fixNameLookalikes('Wанг')).toBe('Wанг');
  });

  it('never changes a name already in one script (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[А-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі -]{0,30}$/), (name) => {
        expect(fixNameLookalikes(name)).toBe(name.normalize('NFC'));
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z -]{0,30}$/), (name) => {
        expect(fixNameLookalikes(name)).toBe(name);
      }),
    );
  });

  it('fixes the person and tells the lawyer which part changed, without blocking', () => {
    const prepared = prepare({ applicant: person('Сейiтова', 'Əлия', 'female') });
    expect(prepared.answers.applicant).toMatchObject({ lastName: 'Сейітова', firstName: 'Әлия' });
    expect(prepared.issues).toEqual([]);
    expect(prepared.notices.map((n) => [n.path, n.code])).toEqual([
      ['applicant.lastName', 'lookalikeFixed'],
      ['applicant.firstName', 'lookalikeFixed'],
    ]);
    expect(prepared.notices[1]?.message).toBe(
      'Латинские буквы внутри слова на кириллице заменены: «Əлия» → «Әлия». Проверьте написание',
    );
  });

  it('keeps the Latin passport spelling as typed', () => {
    const prepared = prepare({
      applicant: { ...person('Сейітова', 'Әлия', 'female'), latinName: 'SEITOVA Aliya' },
    });
    expect(prepared.answers.applicant).toMatchObject({ latinName: 'SEITOVA Aliya' });
    expect(prepared.notices).toEqual([]);
  });
});

describe('invisible characters from pasted text (items 16, 17)', () => {
  it('drops soft hyphens, which the PDF would print as «-»', () => {
    expect(normaliseAnswerText('Алма\u00ADты, ул.\u00ADАбая')).toBe('Алматы, ул.Абая');
  });

  it('strips bidi embeddings, overrides and isolates, keeping the letters in order', () => {
    expect(normaliseAnswerText('\u202EвонецузК\u202C')).toBe('вонецузК');
    expect(normaliseAnswerText('№\u2066 123\u2069 \u202Aот\u202B \u202D1\u2067')).toBe(
      '№ 123 от 1',
    );
    const prepared = prepare({ applicant: person('\u202EКузнецов\u202C', 'Дмитрий', 'male') });
    expect(prepared.answers.applicant).toMatchObject({ lastName: 'Кузнецов' });
  });

  it('leaves no bidi control or soft hyphen in any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(normaliseAnswerText(s)).not.toMatch(/[\u00AD\u202A-\u202E\u2066-\u2069]/);
      }),
    );
  });
});

describe('an IIN checked against its holder (item 18)', () => {
  it('accepts the IIN of the person described', () => {
    const prepared = prepare({
      applicant: person('Кузнецов', 'Дмитрий', 'male'),
      birthDate: '14.03.1996',
      iin: MAN_1996,
    });
    expect(prepared.issues).toEqual([]);
  });

  it('names the birth-date field when the IIN encodes another day', () => {
    const prepared = prepare({
      applicant: person('Кузнецов', 'Дмитрий', 'male'),
      birthDate: '15.03.1996',
      iin: MAN_1996,
    });
    expect(prepared.issues.map((i) => [i.path, i.code, i.message])).toEqual([
      [
        'iin',
        'iinBirthDateMismatch',
        'ИИН принадлежит человеку, родившемуся 14.03.1996, а в поле «Дата рождения» указано 15.03.1996: проверьте ИИН и дату рождения',
      ],
    ]);
  });

  it('names the person field when the IIN encodes the other sex, in kk and en too', () => {
    const answers = {
      applicant: person('Кузнецова', 'Анна', 'female'),
      birthDate: '14.03.1996',
      iin: MAN_1996,
    };
    expect(prepare(answers).issues.map((i) => i.message)).toEqual([
      'ИИН выдан мужчине, а в поле «Заявитель» указан женский пол: проверьте ИИН и пол',
    ]);
    expect(prepare(answers, 'kk').issues.map((i) => i.message)).toEqual([
      'ЖСН ер адамға берілген, ал «Заявитель» өрісінде әйел жынысы көрсетілген: ЖСН мен жынысты тексеріңіз',
    ]);
    expect(prepare(answers, 'en').issues.map((i) => i.message)).toEqual([
      'This IIN was issued to a man, but “Заявитель” gives the other sex: check the IIN and the sex',
    ]);
  });

  it('checks a group item against the same item', () => {
    const prepared = prepare({
      family: [
        { who: person('Кузнецова', 'Анна', 'female'), birthDate: '09.12.2005', iin: WOMAN_2005 },
        { who: person('Кузнецов', 'Иван', 'male'), birthDate: '09.12.2005', iin: WOMAN_2005 },
      ],
    });
    expect(prepared.issues.map((i) => [i.path, i.code, i.place])).toEqual([
      ['family[1].iin', 'iinSexMismatch', 'Член семьи › ИИН'],
    ]);
  });
});

describe('an impossible date in the right format (item 19)', () => {
  it('says the day does not exist instead of repeating the format', () => {
    const messages = (lang: Lang) =>
      prepare({ birthDate: '31.02.2026' }, lang).issues.map((i) => [i.code, i.message]);
    expect(messages('ru')).toEqual([['noSuchDay', 'Такого дня нет в календаре: 31.02.2026']]);
    expect(messages('kk')).toEqual([['noSuchDay', 'Күнтізбеде мұндай күн жоқ: 31.02.2026']]);
    expect(messages('en')).toEqual([
      ['noSuchDay', 'There is no such day in the calendar: 31.02.2026'],
    ]);
    expect(prepare({ birthDate: '2026-02-29' }).issues[0]?.code).toBe('noSuchDay');
    expect(prepare({ birthDate: '32.01.2026' }).issues[0]?.code).toBe('noSuchDay');
  });

  it('says it once for a group item, without «required» on top', () => {
    const manifestWithRequired = manifestSchema.parse({
      ...input,
      fields: [
        {
          key: 'family',
          type: 'group',
          label: label('Семья'),
          itemLabel: label('Член семьи'),
          fields: [{ key: 'birthDate', type: 'date', label: label('Родился'), required: true }],
        },
      ],
    });
    const prepared = prepareAnswers(
      manifestWithRequired,
      { family: [{ birthDate: '31.02.2020' }] },
      { lang: 'ru', today: '2026-11-25' },
    );
    expect(prepared.issues.map((i) => [i.path, i.code])).toEqual([
      ['family[0].birthDate', 'noSuchDay'],
    ]);
  });

  it('still asks for the format when the format is wrong', () => {
    expect(prepare({ birthDate: '31/02/2026' }).issues[0]?.code).toBe('invalidDate');
    expect(prepare({ birthDate: 'вчера' }).issues[0]?.code).toBe('invalidDate');
  });
});

describe('a date past its bound names the bound as the lawyer types dates', () => {
  const bounded = manifestSchema.parse({
    ...input,
    fields: [
      { key: 'decisionDate', type: 'date', label: label('Дата решения'), max: 'today' },
      { key: 'arrivalDate', type: 'date', label: label('Дата прибытия'), min: '2022-09-21' },
    ],
  });

  it.each([
    ['ru', 'Дата не может быть позже 06.12.2026', 'Дата не может быть раньше 21.09.2022'],
    ['kk', 'Күн 06.12.2026 күнінен кеш болмауы керек', 'Күн 21.09.2022 күнінен ерте болмауы керек'],
    ['en', 'The date cannot be after 06.12.2026', 'The date cannot be before 21.09.2022'],
  ] as const)('in %s', (lang, after, before) => {
    const { issues } = prepareAnswers(
      bounded,
      { decisionDate: '07.12.2026', arrivalDate: '20.09.2022' },
      { lang, today: '2026-12-06' },
    );
    expect(issues.map((i) => i.message)).toEqual([after, before]);
  });
});
