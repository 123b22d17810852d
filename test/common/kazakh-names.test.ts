import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kazakhCaseEnding, kazakhNameCase, type Person } from '../../common/names.ts';

const person = (lastName: string, firstName: string, middleName = ''): Person => ({
  lastName,
  firstName,
  middleName,
  sex: 'male',
});

describe('kazakhCaseEnding: ілік септік (genitive)', () => {
  it.each([
    ['Сергеевна', 'ның'], // vowel, back
    ['Әліпке', 'нің'], // vowel, front
    ['Ерлан', 'ның'], // н
    ['Адам', 'ның'], // м
    ['Қоңың', 'ның'], // ң
    ['Самал', 'дың'], // л
    ['Игорь', 'дің'], // р, soft sign: front
    ['Сергей', 'дің'], // й, front
    ['Нұрбай', 'дың'], // й, back
    ['Бектау', 'дың'], // у after a vowel
    ['Шойгу', 'дың'], // у after a consonant is [uw]: су → судың
    ['Тимур', 'дың'], // an inner у is a back vowel
    ['Мәскеу', 'дің'],
    ['Ғалиаскар', 'дың'],
    ['Айбаз', 'дың'], // з
    ['Тоғжан', 'ның'],
    ['Сергеевич', 'тің'], // voiceless, front
    ['Волков', 'тың'], // в sounds voiceless at the end
    ['Глеб', 'тің'],
    ['Серікқызы', 'ның'],
    ['Кемелұлы', 'ның'],
  ])('%s → -%s', (word, ending) => {
    expect(kazakhCaseEnding(word, 'genitive')).toBe(ending);
  });
});

describe('kazakhCaseEnding: табыс септік (accusative)', () => {
  it.each([
    ['Сергеевна', 'ны'], // vowel, back
    ['Әліпке', 'ні'], // vowel, front
    ['Ерлан', 'ды'], // н: -ды, unlike ілік's -ның
    ['Адам', 'ды'], // м
    ['Самал', 'ды'], // л
    ['Игорь', 'ді'], // soft sign: front
    ['Сергей', 'ді'], // й
    ['Шойгу', 'ды'], // final у is [w]
    ['Мәскеу', 'ді'],
    ['Айбаз', 'ды'], // з
    ['Сергеевич', 'ті'], // voiceless, front
    ['Андреевич', 'ті'],
    ['Волков', 'ты'], // в sounds voiceless at the end
    ['Кемелұлы', 'н'], // possessive patronymic: Кемелұлын
    ['Серікқызы', 'н'],
  ])('%s → -%s', (word, ending) => {
    expect(kazakhCaseEnding(word, 'accusative')).toBe(ending);
  });
});

describe('kazakhCaseEnding: барыс септік (dative)', () => {
  it.each([
    ['Сергеевна', 'ға'],
    ['Әліпке', 'ге'],
    ['Ерлан', 'ға'],
    ['Сергей', 'ге'],
    ['Игорь', 'ге'],
    ['Айбаз', 'ға'],
    ['Сергеевич', 'ке'],
    ['Волков', 'қа'],
    ['Бек', 'ке'],
    ['Шойгу', 'ға'],
    // -ұлы/-қызы carry the 3rd-person possessive -ы: барыс is -на/-не (Кемелұлына), not -ға
    ['Кемелұлы', 'на'],
    ['Серікқызы', 'на'],
  ])('%s → -%s', (word, ending) => {
    expect(kazakhCaseEnding(word, 'dative')).toBe(ending);
  });

  it('writes the ending in capitals after a name in capitals', () => {
    expect(kazakhCaseEnding('ВОЛКОВ', 'genitive')).toBe('ТЫҢ');
    expect(kazakhCaseEnding('ВОЛКОВ', 'dative')).toBe('ҚА');
  });
});

const backVowels = 'аоұыя';
const frontVowels = 'әеөүі';
const cyr = (alphabet: string) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));

describe('kazakhCaseEnding: properties', () => {
  it('the ending vowel follows the last vowel of the word', () => {
    fc.assert(
      fc.property(
        cyr('бдклмнпрстш'),
        fc.constantFrom(...backVowels, ...frontVowels),
        cyr('клмнпрст'),
        (a, v, b) => {
          const word = `${a}${v}${b}`;
          const front = frontVowels.includes(v);
          expect(kazakhCaseEnding(word, 'genitive')).toBe(
            kazakhCaseEnding(word, 'genitive').slice(0, 1) + (front ? 'ің' : 'ың'),
          );
          expect(['ге', 'ке'].includes(kazakhCaseEnding(word, 'dative'))).toBe(front);
        },
      ),
    );
  });

  it('the first sound of the ending follows the last sound of the word', () => {
    fc.assert(
      fc.property(
        cyr('бдклмнпрст'),
        fc.constantFrom(...backVowels),
        fc.constantFrom(...'мнңлрйзжптқкссшч'),
        (a, v, last) => {
          const word = `${a}${v}${last}`;
          const g = kazakhCaseEnding(word, 'genitive')[0];
          const d = kazakhCaseEnding(word, 'dative')[0];
          if ('мнң'.includes(last)) expect(g).toBe('н');
          else if ('лрйзж'.includes(last)) expect(g).toBe('д');
          else expect(g).toBe('т');
          expect(d).toBe('мнңлрйзж'.includes(last) ? 'ғ' : 'қ');
        },
      ),
    );
  });

  it('a word ending in a vowel takes -ның/-нің and -ға/-ге', () => {
    fc.assert(
      fc.property(cyr('бклмнпрст'), fc.constantFrom(...'аоыәеөүі'), (a, v) => {
        const word = `${a}${v}`;
        expect(kazakhCaseEnding(word, 'genitive')[0]).toBe('н');
        expect('ғг'.includes(kazakhCaseEnding(word, 'dative')[0] ?? '')).toBe(true);
      }),
    );
  });

  it('a final soft or hard sign is skipped for the last sound', () => {
    fc.assert(
      fc.property(cyr('бклмнпрст'), fc.constantFrom(...'лрнт'), (a, c) => {
        const base = kazakhCaseEnding(`${a}а${c}`, 'genitive')[0];
        expect(kazakhCaseEnding(`${a}а${c}ъ`, 'genitive')[0]).toBe(base);
        expect(kazakhCaseEnding(`${a}а${c}ь`, 'genitive')[0]).toBe(base);
      }),
    );
  });
});

describe('kazakhNameCase', () => {
  it('puts the ending on the last word of the full name', () => {
    expect(kazakhNameCase(person('Волков', 'Андрей', 'Павлович'), 'genitive').text).toBe(
      'Волков Андрей Павловичтің',
    );
    expect(kazakhNameCase(person('Волков', 'Андрей', 'Павлович'), 'dative').text).toBe(
      'Волков Андрей Павловичке',
    );
    expect(kazakhNameCase(person('Кузнецова', 'Анна', 'Сергеевна'), 'genitive').text).toBe(
      'Кузнецова Анна Сергеевнаның',
    );
    expect(kazakhNameCase(person('Романенко', 'Артём'), 'dative').text).toBe('Романенко Артёмға');
  });

  it('declines Kazakh patronymics in -ұлы/-қызы as possessive forms', () => {
    expect(kazakhNameCase(person('Ахметов', 'Ерлан', 'Болатұлы'), 'genitive').text).toBe(
      'Ахметов Ерлан Болатұлының',
    );
    expect(kazakhNameCase(person('Ахметов', 'Ерлан', 'Болатұлы'), 'dative').text).toBe(
      'Ахметов Ерлан Болатұлына',
    );
    expect(kazakhNameCase(person('Сейітова', 'Айгүл', 'Серікқызы'), 'dative').text).toBe(
      'Сейітова Айгүл Серікқызына',
    );
  });

  it('is always flagged as automatic', () => {
    expect(kazakhNameCase(person('Волков', 'Андрей'), 'genitive').source).toBe('auto');
  });

  it('leaves Latin-script names alone', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z][a-z]{1,10}$/),
        fc.stringMatching(/^[A-Z][a-z]{1,10}$/),
        (l, f) => {
          const r = kazakhNameCase(person(l, f), 'genitive');
          expect(r.text).toBe(`${l} ${f}`);
          expect(r.source).toBe('undeclined');
          expect(r.warning).toBe('latinScript');
        },
      ),
    );
  });

  it('the accusative goes on the last word: «Гусев Павел Андреевичті … қайтармауды»', () => {
    expect(kazakhNameCase(person('Гусев', 'Павел', 'Андреевич'), 'accusative').text).toBe(
      'Гусев Павел Андреевичті',
    );
  });

  it('refuses the instrumental: a Kazakh sentence is phrased without it', () => {
    expect(() => kazakhNameCase(person('Волков', 'Андрей'), 'instrumental')).toThrow(
      /instrumental/,
    );
  });

  it('always appends exactly one ending to the nominative', () => {
    fc.assert(
      fc.property(cyr('бдклмнпрстаеиоуыәіөүұ'), cyr('бдклмнпрстаеиоуыәіөүұ'), (l, f) => {
        const p = person(l[0]?.toUpperCase() + l.slice(1), f[0]?.toUpperCase() + f.slice(1));
        for (const c of ['genitive', 'dative'] as const) {
          const text = kazakhNameCase(p, c).text;
          const nominative = `${p.lastName} ${p.firstName}`;
          expect(text.startsWith(nominative)).toBe(true);
          expect([
            'ның',
            'нің',
            'дың',
            'дің',
            'тың',
            'тің',
            'ға',
            'ге',
            'қа',
            'ке',
            'на',
            'не',
          ]).toContain(text.slice(nominative.length));
        }
      }),
    );
  });
});
