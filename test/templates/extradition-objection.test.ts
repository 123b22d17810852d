/**
 * Golden checks for the objection to extradition during the extradition check (УПК РК ст. 590):
 * what the filing asserts only from the answers (where the check runs, the UN committee's
 * interim measures, the family), and the release request with the article that says what it says.
 */
import { describe, expect, it } from 'vitest';
import { expectInOrder, renderBoth, sample } from '../helpers/golden.ts';
import { loadTemplates } from '../../main/templates.ts';

const ID = 'extradition-objection';

const family = [{ name: 'Белов Марк Андреевич', relation: 'сын', birthDate: '2016-05-04' }];

describe(ID, () => {
  it('complex sample: neutral about who runs the check, interim measures granted, release through ч. 10 ст. 589', async () => {
    const { pdf, docx } = await renderBoth(ID, sample(ID, 'complex'));
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Генеральному Прокурору Республики Казахстан',
        'Проводится экстрадиционная проверка по запросу Генеральной прокуратуры Российской Федерации',
        'Временные меры Комитета ООН',
        'Комитет эту просьбу удовлетворил.',
        'ПРОШУ:',
        // ч. 10 ст. 589 only says the prosecutor's ruling releases; the reason is ст. 590.
        'поскольку выдача не допускается по изложенным основаниям (ч. 1 ст. 590 УПК РК), вынести в порядке ч. 10 ст. 589 УПК РК постановление об освобождении Беловой Натальи Викторовны из-под экстрадиционного ареста',
      ]);
      expect(text).not.toContain('В Генеральной прокуратуре Республики Казахстан проводится');
      expect(text).not.toContain('(ч. 10 ст. 589 УПК РК), поскольку установлены обстоятельства');
    }
  });

  it('family in Kazakhstan: its own heading and the argument it serves, no «living together» assumed', async () => {
    const { pdf, docx } = await renderBoth(ID, {
      ...sample(ID, 'complex'),
      familyInKazakhstan: family,
    });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Семья в Республике Казахстан',
        'В Республике Казахстан проживают члены семьи Беловой Натальи Викторовны:',
        'Белов Марк Андреевич',
        'Выдача разлучит Белову Наталью Викторовну с семьёй.',
        'ст. 17 Международного пакта о гражданских и политических правах',
        'ст. 23 Международного пакта о гражданских и политических правах',
      ]);
      expect(text).not.toContain('вместе с Беловой');
    }
  });

  it('Kazakh complex sample: the same facts and the same attribution', async () => {
    const { pdf } = await renderBoth(ID, sample(ID, 'complex.kk'), { lang: 'kk' });
    expectInOrder(pdf, [
      'Сұрау салушы органның (Ресей Федерациясының Бас прокуратурасы)',
      'экстрадициялық тексеру жүргізілуде',
      'Комитет',
      'СҰРАЙМЫН:',
      'баяндалған негіздер бойынша ұстап беруге жол берілмейтіндіктен (ҚР ҚПК 590-бабының 1-бөлігі), ҚР ҚПК 589-бабының 10-бөлігі бойынша',
    ]);
    expect(pdf).not.toContain('Бас прокуратурасында');
    expect(pdf).not.toContain('өйткені ұстап беру жүргізілмейтін мән-жайлар анықталды');
  });

  it('citizenship and a prior judgment: each bar stated with its condition, not as a conclusion', async () => {
    const answers = {
      ...sample(ID, 'simple'),
      grounds: ['citizenKz', 'finalJudgment'],
      kzCitizenship: 'удостоверение личности № 045112233 от 14.02.2020',
      finalJudgmentDetails:
        'вынесен вступивший в законную силу приговор Медеуского районного суда г. Алматы от 12.03.2025',
    };
    const { pdf, docx } = await renderBoth(ID, answers);
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Республики Казахстан (удостоверение личности № 045112233 от 14.02.2020).',
        // п. 1 needs both: citizenship and no treaty providing for the extradition of nationals.
        'международным договором Республики Казахстан с запрашивающей стороной не предусмотрена выдача собственных граждан.',
        'За то же деяние уже вынесен вступивший в законную силу приговор Медеуского районного суда г. Алматы от 12.03.2025.',
        // п. 5: a verdict in force or terminated proceedings, not any decision.
        'вступивший в законную силу приговор или прекращено производство по делу.',
      ]);
      expect(text).not.toContain('что исключает выдачу согласно');
    }
    const kk = await renderBoth(
      ID,
      { ...sample(ID, 'complex.kk'), ...answers, grounds: ['citizenKz', 'finalJudgment'] },
      { lang: 'kk' },
    );
    expectInOrder(kk.pdf, [
      'халықаралық шартында өз азаматтарын ұстап беру (экстрадициялау) көзделмесе, ұстап беруге жол берілмейді.',
      'заңды күшіне енген үкім шығарылса немесе іс бойынша іс жүргізу тоқтатылса, ұстап беруге жол берілмейді.',
    ]);
  });
});

describe(`${ID}: release asked within 72 hours of arrest`, () => {
  it('«освободить» takes the accusative of a woman’s name', async () => {
    const { pdf, docx } = await renderBoth(ID, { ...sample(ID, 'complex'), custody: 'detention' });
    for (const text of [pdf, docx]) {
      expect(text).toContain('немедленно освободить Белову Наталью Викторовну, поскольку');
      expect(text).not.toContain('освободить Беловой');
    }
  });
});

describe(`${ID}: before the extradition request arrives (ст. 587, ст. 588 ч. 1)`, () => {
  it.each(['temporary', 'detention'])(
    '%s, no request known: a wanted person detained, extradition refused if a request arrives',
    async (custody) => {
      const { pdf, docx } = await renderBoth(ID, {
        ...sample(ID, 'complex'),
        custody,
        requestReceived: false,
      });
      for (const text of [pdf, docx]) {
        expectInOrder(text, [
          'По инициативе Генеральной прокуратуры Российской Федерации в отношении Беловой Натальи Викторовны объявлен розыск для привлечения к уголовной ответственности по',
          'Сведений о поступлении запроса о её выдаче (экстрадиции) у защиты нет.',
          'Белова Н. В. задержана 1 октября 2026 года',
          'ПРОШУ:',
          'в случае поступления запроса Генеральной прокуратуры Российской Федерации о выдаче (экстрадиции) Беловой Натальи Викторовны отказать в его удовлетворении;',
          'ознакомить защиту с материалами экстрадиционной проверки, а в случае поступления запроса о выдаче — и с ним;',
        ]);
        expect(text).not.toContain('Проводится экстрадиционная проверка по запросу');
        expect(text).not.toContain('отказать в удовлетворении запроса');
        expect(text).not.toContain('с материалами запроса о выдаче');
        // The request's date is not asked, and not printed, while no request is known.
        expect(text).not.toContain('от 20 октября 2026 года');
      }
    },
  );

  it('temporary detention, the request has arrived: the check on the request, as before', async () => {
    const { pdf, docx } = await renderBoth(ID, {
      ...sample(ID, 'complex'),
      custody: 'temporary',
      requestReceived: true,
    });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Проводится экстрадиционная проверка по запросу Генеральной прокуратуры Российской Федерации от 20 октября 2026 года о выдаче Беловой Натальи Викторовны',
        'ПРОШУ:',
        'отказать в удовлетворении запроса Генеральной прокуратуры Российской Федерации о выдаче (экстрадиции) Беловой Натальи Викторовны;',
      ]);
      expect(text).not.toContain('объявлен розыск');
    }
  });

  it('Kazakh, temporary detention, no request known: the same', async () => {
    const { pdf, docx } = await renderBoth(
      ID,
      { ...sample(ID, 'complex.kk'), custody: 'temporary', requestReceived: false },
      { lang: 'kk' },
    );
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Сұрау салушы органның (Ресей Федерациясының Бас прокуратурасы) бастамасымен Белова Наталья Викторовнаға қатысты',
        'қылмыстық жауаптылыққа тарту үшін іздестіру жарияланды',
        'Оны ұстап беру (экстрадициялау) туралы сұрау салудың келіп түскені туралы қорғау тарапында мәлімет жоқ.',
        'СҰРАЙМЫН:',
        'сұрау салуы келіп түскен жағдайда, оны қанағаттандырудан бас тартуды;',
        'экстрадициялық тексерудің материалдарымен, ал ұстап беру туралы сұрау салу келіп түссе — онымен де таныстыруды;',
      ]);
      expect(text).not.toContain('экстрадициялық тексеру жүргізілуде');
      expect(text).not.toContain('сұрау салуын қанағаттандырудан бас тартуды');
    }
  });
});

describe(`${ID}: a custody term already over when the filing is signed`, () => {
  // Detained 01.10.2026: forty суток with the day of detention counted (ст. 48 ч. 2) end 09.11.2026.
  const temporary = { ...sample(ID, 'complex'), custody: 'temporary', requestReceived: false };

  it('temporary detention: the day it ended and п. 2 ч. 8 ст. 588 come first, п. 3 after', async () => {
    const { pdf, docx } = await renderBoth(ID, { ...temporary, signingDate: '2026-11-10' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'ПРОШУ:',
        'прекратить временное содержание Беловой Натальи Викторовны под стражей и освободить её: временное содержание под стражей применяется на сорок суток с момента задержания (ч. 1 ст. 588 УПК РК), и день задержания входит в этот срок (ч. 2 ст. 48 УПК РК); срок истёк 9 ноября 2026 года, а экстрадиционный арест в течение сорока суток не применён (п. 2) ч. 8 ст. 588 УПК РК); кроме того, стали известны обстоятельства, исключающие возможность выдачи (п. 3) ч. 8 ст. 588 УПК РК);',
      ]);
      // «No request known» is not «no request received»: п. 1 is not asserted.
      expect(text).not.toContain('п. 1) ч. 8 ст. 588');
    }
  });

  it('signed on the last day of the term: nothing is said to have expired', async () => {
    const { pdf, docx } = await renderBoth(ID, { ...temporary, signingDate: '2026-11-09' });
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'освободить её, поскольку стали известны обстоятельства, исключающие возможность выдачи (п. 3) ч. 8 ст. 588 УПК РК);',
      );
      expect(text).not.toContain('срок истёк');
    }
  });

  it('no day of detention: no term to speak of', async () => {
    const { pdf } = await renderBoth(ID, { ...temporary, detentionDate: '' });
    expect(pdf).not.toContain('срок истёк');
    expect(pdf).toContain('освободить её, поскольку стали известны обстоятельства');
  });

  // Detained 01.10.2025: twelve months with the day of detention counted end 30.09.2026.
  const arrest = { ...sample(ID, 'complex'), custody: 'arrest', detentionDate: '2025-10-01' };

  it('extradition arrest for prosecution: released under ч. 10 ст. 589 because twelve months have run', async () => {
    const { pdf, docx } = await renderBoth(ID, { ...arrest, extraditionPurpose: 'prosecution' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'ПРОШУ:',
        'вынести в порядке ч. 10 ст. 589 УПК РК постановление об освобождении Беловой Натальи Викторовны из-под экстрадиционного ареста: экстрадиционный арест применяется на двенадцать месяцев с момента задержания (ч. 7 ст. 589 УПК РК), и день задержания входит в этот срок (ч. 2 ст. 48 УПК РК); срок истёк 30 сентября 2026 года, а выдача в этот срок не состоялась; кроме того, выдача не допускается по изложенным основаниям (ч. 1 ст. 590 УПК РК);',
      ]);
    }
  });

  it('extradition arrest signed on the last day of the twelve months: nothing has expired', async () => {
    const { pdf } = await renderBoth(ID, {
      ...arrest,
      extraditionPurpose: 'prosecution',
      signingDate: '2026-09-30',
    });
    expect(pdf).not.toContain('срок истёк');
    expect(pdf).toContain(
      'поскольку выдача не допускается по изложенным основаниям (ч. 1 ст. 590 УПК РК), вынести в порядке ч. 10 ст. 589 УПК РК',
    );
  });

  it('an arrest the lawyer says was extended: no expiry asserted', async () => {
    const { pdf } = await renderBoth(ID, {
      ...arrest,
      extraditionPurpose: 'prosecution',
      arrestExtended: true,
    });
    expect(pdf).not.toContain('срок истёк');
  });

  it('extradition arrest to enforce a sentence: no expiry argued (ч. 7 ст. 589 may set the sentence as the limit)', async () => {
    const { pdf, docx } = await renderBoth(ID, { ...arrest, extraditionPurpose: 'sentence' });
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'поскольку выдача не допускается по изложенным основаниям (ч. 1 ст. 590 УПК РК), вынести в порядке ч. 10 ст. 589 УПК РК постановление об освобождении',
      );
      expect(text).not.toContain('срок истёк');
    }
  });

  it('Kazakh: the same two releases, with the day in the locative', async () => {
    const kk = sample(ID, 'complex.kk');
    const temp = await renderBoth(
      ID,
      { ...kk, custody: 'temporary', requestReceived: false, signingDate: '2026-11-10' },
      { lang: 'kk' },
    );
    expect(temp.pdf).toContain(
      'мерзім 2026 жылғы 9 қарашада өтті, ал қырық тәулік ішінде экстрадициялық қамаққа алу қолданылған жоқ (ҚР ҚПК 588-бабы 8-бөлігінің 2) тармағы); бұдан басқа, ұстап беру (экстрадициялау) мүмкіндігін болдырмайтын мән-жайлар белгілі болды',
    );
    const arr = await renderBoth(
      ID,
      { ...kk, custody: 'arrest', detentionDate: '2025-10-01', extraditionPurpose: 'prosecution' },
      { lang: 'kk' },
    );
    expectInOrder(arr.pdf, [
      'ҚР ҚПК 589-бабының 10-бөлігі бойынша Белова Наталья Викторовнаның экстрадициялық қамаққа алудан босатылуы туралы қаулы шығаруды: экстрадициялық қамаққа алу ұсталған кезден бастап он екі айға қолданылады (ҚР ҚПК 589-бабының 7-бөлігі)',
      'мерзім 2026 жылғы 30 қыркүйекте өтті, ал осы мерзімде ұстап беру жүзеге асырылған жоқ; бұдан басқа, баяндалған негіздер бойынша ұстап беруге жол берілмейді (ҚР ҚПК 590-бабының 1-бөлігі);',
    ]);
  });
});

describe(`${ID}: the arrest limit of ч. 7 ст. 589 follows the purpose of the extradition`, () => {
  const arrest = { ...sample(ID, 'complex'), custody: 'arrest', detentionDate: '2025-10-01' };
  const limits = async (purpose: string) =>
    (await renderBoth(ID, { ...arrest, extraditionPurpose: purpose })).preflight.deadlines.filter(
      (d) => d.id.startsWith('extraditionArrest'),
    );

  it('prosecution: twelve months from the detention, the day of detention counted', async () => {
    const [limit, ...more] = await limits('prosecution');
    expect(more).toEqual([]);
    expect(limit).toMatchObject({ id: 'extraditionArrest', lastDay: '2026-09-30' });
  });

  it('a sentence to enforce: the label says the sentence is the limit, the twelve months only shown', async () => {
    const [limit, ...more] = await limits('sentence');
    expect(more).toEqual([]);
    expect(limit).toMatchObject({ id: 'extraditionArrestSentence', lastDay: '2026-09-30' });
    const spec = loadTemplates()
      .templates.find((t) => t.manifest.id === ID)
      ?.manifest.deadlines.find((d) => d.id === limit?.id);
    expect(spec?.label.ru).toContain(
      'не более срока наказания (ч. 7 ст. 589) — показаны 12 месяцев',
    );
  });
});

describe(`${ID}: not brought before the judge within 72 hours (п. 1 ч. 4 ст. 587)`, () => {
  const detention = { ...sample(ID, 'complex'), custody: 'detention', requestReceived: false };

  it('ticked: the 72 hours come first, the bars of extradition after', async () => {
    const { pdf, docx } = await renderBoth(ID, { ...detention, notBroughtToJudge: true });
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'немедленно освободить Белову Наталью Викторовну: в течение семидесяти двух часов с момента задержания она не доставлена к следственному судье для рассмотрения ходатайства о временном содержании под стражей или применении экстрадиционного ареста (п. 1) ч. 4 ст. 587 УПК РК); кроме того, установлены обстоятельства, при наличии которых выдача не производится (п. 2) ч. 4 ст. 587 УПК РК);',
      );
    }
    const kk = await renderBoth(
      ID,
      { ...sample(ID, 'complex.kk'), custody: 'detention', notBroughtToJudge: true },
      { lang: 'kk' },
    );
    expect(kk.pdf).toContain(
      'дереу босатылуын қамтамасыз етуді: ол ұсталған сәттен бастап жетпіс екі сағат ішінде уақытша күзетпен ұстау немесе экстрадициялық қамаққа алу туралы өтінішхатты қарау үшін тергеу судьясына жеткізілмеді (ҚР ҚПК 587-бабы 4-бөлігінің 1) тармағы); бұдан басқа,',
    );
  });

  it('not ticked, or ticked while the dates rule it out: never asserted', async () => {
    // Detained 01.10.2026: the 72 hours end on the 3rd at the earliest, the 4th at the latest.
    for (const answers of [
      detention,
      { ...detention, notBroughtToJudge: true, signingDate: '2026-10-03' },
    ]) {
      const { pdf } = await renderBoth(ID, answers);
      expect(pdf).not.toContain('семидесяти двух часов');
    }
    // On the 4th they may have run (detained before the hour of signing): the lawyer's word.
    const { pdf } = await renderBoth(ID, {
      ...detention,
      notBroughtToJudge: true,
      signingDate: '2026-10-04',
    });
    expect(pdf).toContain('в течение семидесяти двух часов с момента задержания она не доставлена');
  });

  it('the 72 hours are a term of their own beside the form: the 3rd, or the 4th on the later reading', async () => {
    const { preflight } = await renderBoth(ID, { ...detention, signingDate: '2026-10-02' });
    const term = preflight.deadlines.find((d) => d.id === 'detention72h');
    expect(term?.lastDay).toBe('2026-10-03');
    expect(term?.alternatives.map((a) => a.lastDay)).toEqual(['2026-10-04']);
  });
});
