/**
 * Every filing, in each of its languages, rendered for a woman and for a man whose forms the
 * lawyer has not typed (the library declines them): every printed form of the client's name must
 * be one of the hand-written forms below, each case the template uses must print, and where the
 * verb takes the accusative («уведомить», «выдав», «не высылать») it is the accusative — «Белову
 * Наталью Викторовну», never the genitive «Беловой Натальи Викторовны» (issue 17, item 12).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { Lang } from '../../common/lang.ts';
import { getServices } from '../../main/services.ts';
import { GOLDEN_TODAY, sample } from '../helpers/golden.ts';

type Case = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental';
type Sex = 'female' | 'male';

const CLIENTS: Readonly<Record<Sex, object>> = {
  female: {
    lastName: 'Белова',
    firstName: 'Наталья',
    middleName: 'Викторовна',
    sex: 'female',
    latinName: 'BELOVA Natalia',
  },
  male: {
    lastName: 'Кузнецов',
    firstName: 'Дмитрий',
    middleName: 'Сергеевич',
    sex: 'male',
    latinName: 'KUZNETSOV Dmitrii',
  },
};

/** Written out by hand from Russian grammar and the Kazakh септік tables, not by the library. */
const FORMS: Readonly<Record<Lang, Readonly<Record<Sex, Partial<Record<Case, string>>>>>> = {
  ru: {
    female: {
      nominative: 'Белова Наталья Викторовна',
      genitive: 'Беловой Натальи Викторовны',
      dative: 'Беловой Наталье Викторовне',
      accusative: 'Белову Наталью Викторовну',
      instrumental: 'Беловой Натальей Викторовной',
    },
    male: {
      nominative: 'Кузнецов Дмитрий Сергеевич',
      genitive: 'Кузнецова Дмитрия Сергеевича',
      dative: 'Кузнецову Дмитрию Сергеевичу',
      accusative: 'Кузнецова Дмитрия Сергеевича',
      instrumental: 'Кузнецовым Дмитрием Сергеевичем',
    },
  },
  kk: {
    female: {
      nominative: 'Белова Наталья Викторовна',
      genitive: 'Белова Наталья Викторовнаның',
      dative: 'Белова Наталья Викторовнаға',
      accusative: 'Белова Наталья Викторовнаны',
    },
    male: {
      nominative: 'Кузнецов Дмитрий Сергеевич',
      genitive: 'Кузнецов Дмитрий Сергеевичтің',
      dative: 'Кузнецов Дмитрий Сергеевичке',
      accusative: 'Кузнецов Дмитрий Сергеевичті',
    },
  },
  // An English filing names the client as the passport spells it, and gives the Cyrillic
  // nominative once, in the table of the author's details.
  en: {
    female: { nominative: 'Белова Наталья Викторовна' },
    male: { nominative: 'Кузнецов Дмитрий Сергеевич' },
  },
};

const LATIN: Readonly<Record<Sex, string>> = {
  female: 'BELOVA Natalia',
  male: 'KUZNETSOV Dmitrii',
};

/** Russian words after which the client is a direct object in the accusative. */
const ACCUSATIVE_BEFORE =
  /(уведомить|выдав|выдворив|депортировав|не высылать|освободить|признать)(\s+защитника\s+и)?\s+$/u;

/** Kazakh puts the verb after its object: «…Сергеевичті қайтармауды», «…Сергеевичті беру». */
const KAZAKH_ACCUSATIVE_AFTER =
  /^\s+(қудалау қаупі бар мемлекетке қайтармауды|ұстап беру \(экстрадициялау\) туралы (шешім|қаулы)|беру жөніндегі)/u;
/** …and the owner of a possessive before it: «…Руслановичтің (…) мүддесінде». */
const KAZAKH_GENITIVE_AFTER =
  /^\s+(\([^)]*\)\s+)?(мүддесінде|Қазақстан Республикасында тұрақты тұратын жері|дәл осындай шетелдік екенін)/u;

const NAME: Readonly<Record<Sex, RegExp>> = {
  female: /Белов\p{L}*\s+Натал\p{L}*(\s+Викторовн\p{L}*)?/gu,
  male: /Кузнецов\p{L}*\s+Дмитри\p{L}*(\s+Сергеевич\p{L}*)?/gu,
};

/** Answers that reach the branches the samples leave out, on top of the complex sample. */
const VARIANTS: Readonly<Record<string, readonly Record<string, unknown>[]>> = {
  'cassation-petition': [{ requestedOutcome: 'mitigate' }],
  // An appeal whose copy was served untranslated names the person in the dative (ст. 419).
  'deadline-restoration': [
    { procedure: 'criminal', criminalFiling: 'appeal418', servedWithoutTranslation: true },
  ],
  // The Kazakh text names the client in the nominative only when the client files.
  'extradition-arrest-complaint': [{ complainantRole: 'person' }],
  'extradition-objection': [{ familyInKazakhstan: [{ name: 'Белов Иван', relation: 'сын' }] }],
  'supreme-court-complaint': [{ grounds: ['dualCriminality'], complainantRole: 'person' }],
  'extradition-suspension-request': [{ complainantRole: 'person' }],
  // A representative files for an unaccompanied minor: the child in the dative and accusative.
  'border-asylum-application': [
    {
      filedBy: 'representative',
      representative: { lastName: 'Нурланова', firstName: 'Динара', sex: 'female' },
      representativeRole: 'authorised',
      representativeAuthority: 'доверенность',
      representativeContacts: 'г. Актобе',
    },
  ],
  'refugee-application': [
    {
      filedBy: 'representative',
      representative: { lastName: 'Нурланова', firstName: 'Динара', sex: 'female' },
      representativeRole: 'authorised',
      representativeAuthority: 'доверенность',
      representativeContacts: 'г. Актобе',
    },
  ],
};

const { engine } = getServices();
const filings = readdirSync('templates', { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'partials')
  .map((d) => d.name)
  .sort();

/** The cases a template asks of the client, in its own source and in the partials it calls. */
function casesUsed(id: string, lang: Lang, client: string): Set<Case> {
  const source = readFileSync(`templates/${id}/template.${lang}.hbs`, 'utf8');
  const cases = new Set<Case>();
  const collect = (text: string, name: string): void => {
    for (const m of text.matchAll(new RegExp(`{{fullName ${name}(?: "(\\w+)")?}}`, 'g')))
      cases.add((m[1] as Case | undefined) ?? 'nominative');
  };
  collect(source, client);
  for (const m of source.matchAll(new RegExp(`{{> ([a-z-]+) [^}]*person=${client}\\b`, 'g')))
    collect(readFileSync(`templates/partials/${m[1]}.${lang}.hbs`, 'utf8'), 'person');
  return cases;
}

/** The text a person reads, from the expanded markup. */
function readable(markup: string): string {
  return markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00A0]+/g, ' ');
}

describe('the client declined in every filing, language and case', () => {
  for (const id of filings) {
    const manifest = engine.template(id).manifest;
    const client = ['person', 'applicant'].find((k) => manifest.fields.some((f) => f.key === k));
    for (const lang of manifest.languages) {
      it(`${id} (${lang})`, () => {
        expect(client).toBeDefined();
        for (const sex of ['female', 'male'] as const) {
          const expected = FORMS[lang][sex];
          const printed = new Set<Case>();
          const runs: [string, Record<string, unknown>][] = [
            ['simple', sample(id, 'simple')],
            ['complex', sample(id, 'complex')],
            ...(VARIANTS[id] ?? []).map((v, i): [string, Record<string, unknown>] => [
              `variant ${i + 1}`,
              { ...sample(id, 'complex'), ...v },
            ]),
          ];
          for (const [name, base] of runs) {
            const answers: Record<string, unknown> = { ...base };
            delete answers.$sample;
            // The samples' IIN belongs to the sample's client, not to this one.
            delete answers.iin;
            answers[client as string] = CLIENTS[sex];
            const { markup } = engine.build({
              templateId: id,
              answers,
              lang,
              today: GOLDEN_TODAY,
              allowIncomplete: true,
            });
            const text = readable(markup);
            if (lang === 'en') expect(text).toContain(LATIN[sex]);
            for (const m of text.matchAll(NAME[sex])) {
              const form = m[0];
              const found = (Object.entries(expected) as [Case, string][]).filter(
                ([, f]) => f === form,
              );
              expect(
                found.length,
                `${name}/${sex}: «${form}» is no form of the name`,
              ).toBeGreaterThan(0);
              for (const [c] of found) printed.add(c);
              const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
              if (ACCUSATIVE_BEFORE.test(before))
                expect(form, `${name}/${sex}: «…${before}» takes the accusative`).toBe(
                  expected.accusative,
                );
              const after = text.slice(
                (m.index ?? 0) + form.length,
                (m.index ?? 0) + form.length + 60,
              );
              if (lang === 'kk' && KAZAKH_ACCUSATIVE_AFTER.test(after))
                expect(form, `${name}/${sex}: «${after}…» takes the accusative`).toBe(
                  expected.accusative,
                );
              if (lang === 'kk' && KAZAKH_GENITIVE_AFTER.test(after))
                expect(form, `${name}/${sex}: «${after}…» takes the genitive`).toBe(
                  expected.genitive,
                );
            }
          }
          for (const c of casesUsed(id, lang, client as string)) {
            expect(expected[c], `${id} uses the ${c}: add it to the table`).toBeDefined();
            expect([...printed], `${id} (${lang}, ${sex}): the ${c} never printed`).toContain(c);
          }
        }
      });
    }
  }
});
