/**
 * Answers in another language than the document's (issue 17, item 13): what pre-flight names,
 * and — as much — what it must not name, or the warning stops being read.
 */
import { describe, expect, it } from 'vitest';
import { foreignFragment } from '../../common/language.ts';
import { prepareAnswers } from '../../common/answers.ts';
import { getServices } from '../../main/services.ts';
import { sample } from '../helpers/golden.ts';

describe('foreignFragment', () => {
  it.each([
    // The cases of the issue.
    ['kk', 'Российской Федерации', 'Российской Федерации'],
    ['kk', 'Алматинский городской суд', 'Алматинский городской'],
    // Numbers are never evidence: they are left out of the fragment shown.
    [
      'ru',
      'On 10 November 2026 she challenged the refusal',
      'On November she challenged the refusal',
    ],
    ['ru', 'через администрацию special detention centre', 'special detention centre'],
    ['ru', 'Almaty', 'Almaty'],
    ['en', 'special detention centre, г. Алматы', 'Алматы'],
    // Russian function words in a Kazakh answer.
    ['kk', 'Қорғаушы 21 қарашада білді и шағым берді', 'білді и шағым'],
  ] as const)('%s document: «%s» → «%s»', (lang, text, fragment) => {
    expect(foreignFragment(text, lang)?.replace(/\s+/g, ' ')).toBe(fragment);
  });

  it.each([
    ['ru', 'паспорт AB 1234567, выдан МВД 12.03.2020'],
    ['ru', 'сообщение № CCPR/C/3/Rev.12 направлено в УВКБ ООН (UNHCR)'],
    ['ru', 'эл. почта: lawyer@example.kz, сайт https://example.kz/path'],
    ['ru', 'учреждение ЛА-155/18 (СИЗО) г. Алматы'],
    ['ru', 'проживает в Қонаеве, работает в ТОО «Дала Софт»'],
    ['kk', 'Алматы қалалық соты'],
    ['kk', 'Ресей Федерациясының азаматы'],
    ['kk', 'Соколов А. В. 2022 жылдан бері Алматыда тұрады.'],
    ['kk', 'Жумабаев К. Т.'],
    ['kk', '050060, Алматы қ., Розыбакиев к-сі, 247, 18-пәтер'],
    ['en', 'pre-trial detention facility LA-155/18, Almaty'],
  ] as const)('%s document: «%s» is fine', (lang, text) => {
    expect(foreignFragment(text, lang)).toBeNull();
  });
});

describe('pre-flight names the answers in another language', () => {
  const { engine } = getServices();
  const manifest = engine.template('expulsion-appeal').manifest;
  // The court is asked per language now; a bar association's name is not.
  const answers = {
    higherCourt: 'Алматинский городской суд',
    defenderBar: 'Алматинская городская коллегия адвокатов',
    facts: 'Алматыда тұрады.',
  };

  it('for a Kazakh document, in the UI language, without blocking', () => {
    const prepared = prepareAnswers(manifest, answers, {
      lang: 'ru',
      today: '2026-11-25',
      docLang: 'kk',
    });
    const notices = prepared.notices.filter((n) => n.code === 'foreignLanguage');
    expect(notices.map((n) => [n.path, n.message])).toEqual([
      [
        'defenderBar',
        'Ответ не на языке документа (документ на казахском языке): «Алматинская городская»',
      ],
    ]);
    expect(prepared.issues.some((i) => i.code === 'foreignLanguage')).toBe(false);
  });

  it('not for a Russian document, and not when the document language is unknown', () => {
    for (const docLang of ['ru', undefined] as const) {
      const prepared = prepareAnswers(manifest, answers, {
        lang: 'ru',
        today: '2026-11-25',
        ...(docLang ? { docLang } : {}),
      });
      expect(prepared.notices.filter((n) => n.code === 'foreignLanguage')).toEqual([]);
    }
  });
});

describe('language-bound answers are asked per document language', () => {
  const { engine } = getServices();
  const manifest = engine.template('supreme-court-complaint').manifest;
  const kkFields = manifest.fields.filter((f) => f.languages?.includes('kk')).map((f) => f.key);

  it('has a Kazakh citizenship and requesting authority for the Kazakh text', () => {
    expect(kkFields).toEqual(['citizenshipKk', 'requestingBodyKk']);
  });

  it('asks the Russian form only for a Russian document, the Kazakh one only for a Kazakh one', () => {
    // Typed over the defaults with nothing: each asked field is then empty.
    const base = {
      citizenship: ' ',
      citizenshipKk: ' ',
      requestingBody: ' ',
      requestingBodyKk: ' ',
    };
    const required = (docLang?: 'ru' | 'kk') =>
      prepareAnswers(manifest, base, {
        lang: 'ru',
        today: '2026-11-25',
        ...(docLang ? { docLang } : {}),
      })
        .issues.filter((i) => i.code === 'required' && /citizenship|requestingBody/.test(i.path))
        .map((i) => i.path);
    expect(required('ru')).toEqual(['citizenship', 'requestingBody']);
    expect(required('kk')).toEqual(['citizenshipKk', 'requestingBodyKk']);
    // A draft checked without a document language is not held to either.
    expect(required()).toEqual([]);
  });

  it('prints the Kazakh default, never the Russian one, in a Kazakh filing', () => {
    const { markup } = engine.build({
      templateId: 'supreme-court-complaint',
      answers: sample('supreme-court-complaint', 'simple'),
      lang: 'kk',
      today: '2026-11-25',
    });
    expect(markup).toContain('азаматтығы: Ресей Федерациясы');
    expect(markup).toContain('сұрау салушы органның (Ресей Федерациясының Бас прокуратурасы)');
    expect(markup).not.toContain('азаматтығы: Российской Федерации');
    expect(markup).not.toContain('Генеральной прокуратуры');
  });

  it('the Kazakh blank forms never ask for an answer «орысша»', async () => {
    for (const id of ['supreme-court-complaint', 'refugee-application', 'expulsion-appeal']) {
      const built = engine.build({
        templateId: id,
        // The choices a blank needs (their branches), from the filing's simple sample.
        answers: sample(id, 'simple'),
        lang: 'kk',
        today: '2026-11-25',
        blank: true,
      });
      const text = JSON.stringify(built.document.blocks);
      expect(text, id).toContain('(азаматтығы (атау септігінде))');
      expect(text, id).not.toContain('орысша');
    }
  });
});

describe('the shipped Kazakh expulsion samples are written in Kazakh', () => {
  const { engine } = getServices();
  for (const name of ['simple', 'complex']) {
    it(`${name}.kk.json`, () => {
      const built = engine.build({
        templateId: 'expulsion-appeal',
        answers: sample('expulsion-appeal', `${name}.kk`),
        lang: 'kk',
        today: '2026-11-25',
      });
      expect(built.preflight.answerNotices.filter((n) => n.code === 'foreignLanguage')).toEqual([]);
      expect(built.markup).toContain('<line>Кімге: Алматы қалалық соты</line>');
      expect(built.markup).not.toContain('Алматинский городской суд');
      expect(built.markup).not.toContain('г. Алматы');
    });
  }
});

describe('the Russian UNHCR letter of the complex case is written in Russian', () => {
  it('complex.ru.json', () => {
    const { engine } = getServices();
    const built = engine.build({
      templateId: 'unhcr-intervention',
      answers: sample('unhcr-intervention', 'complex.ru'),
      lang: 'ru',
      today: '2026-11-25',
    });
    expect(built.preflight.answerNotices.filter((n) => n.code === 'foreignLanguage')).toEqual([]);
    const text = built.markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain(
      '10 ноября 2026 года она обжаловала отказ в специализированный межрайонный административный суд г. Алматы',
    );
    expect(text).toContain(
      'да; корреспонденция — через администрацию специального приёмника Департамента полиции',
    );
    expect(text).not.toContain('she challenged');
    expect(text).not.toContain('special detention centre');
    expect(text).not.toMatch(/года Almaty/);
  });
});
