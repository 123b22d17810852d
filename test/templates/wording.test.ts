/**
 * Words a reviewer found wrong in the printed filings (2026-12-07), each as the reader sees it in
 * the PDF and the DOCX: the torture risk names cruel treatment in every language, as ICCPR art. 7
 * does; a Kazakh applicant says where he is now, not where he will be; the Russian UNHCR letter
 * asks the Office to approach the authorities («вмешаться перед» is not Russian); the
 * participial phrase before a certificate number closes with a comma.
 */
import { describe, expect, it } from 'vitest';
import { expectInOrder, renderBoth, sample, sampleFile } from '../helpers/golden.ts';
import { getServices } from '../../main/services.ts';

describe('wording', () => {
  it.each([
    [
      'ru',
      'complex',
      'реальному риску пыток либо жестокого, бесчеловечного или унижающего достоинство обращения',
    ],
    [
      'kk',
      'complex.kk',
      'азаптаудың немесе қатыгез, адамгершілікке жатпайтын не ар-намысты қорлайтын қарым-қатынастың нақты қаупіне',
    ],
  ] as const)('the torture risk includes cruel treatment (%s)', async (lang, name, words) => {
    const { pdf, docx } = await renderBoth(
      'extradition-objection',
      sample('extradition-objection', name),
      {
        lang,
      },
    );
    for (const text of [pdf, docx]) expect(text).toContain(words);
  });

  it.each([
    ['simple.kk', 'Қазір Алматы халықаралық әуежайының транзиттік аймағында тұрмын.'],
    [
      'complex.kk',
      'қазір Қостанай облысы Полиция департаментінің арнаулы қабылдау орнында ұсталып отырмын.',
    ],
  ])('a Kazakh border applicant says where he is now (%s)', async (name, words) => {
    const { pdf, docx } = await renderBoth(
      'border-asylum-application',
      sample('border-asylum-application', name),
      // The detention sample is written for the 27th (its own «today»).
      { lang: 'kk', today: '2026-11-27' },
    );
    for (const text of [pdf, docx]) {
      expect(text).toContain(words);
      expect(text).not.toContain('боламын');
    }
  });

  it('the Russian UNHCR letter asks the Office to approach the authorities', async () => {
    const { pdf, docx } = await renderBoth(
      'unhcr-intervention',
      sample('unhcr-intervention', 'simple.ru'),
      {
        lang: 'ru',
      },
    );
    for (const text of [pdf, docx]) {
      expect(text).toContain('обратиться к властям Республики Казахстан, чтобы');
      expect(text).not.toContain('вмешаться перед');
    }
  });

  it('«свидетельство лица, ищущего убежище, №…»: the phrase closes with a comma', async () => {
    const { pdf, docx } = await renderBoth(
      'refugee-refusal-complaint',
      sample('refugee-refusal-complaint', 'simple'),
    );
    for (const text of [pdf, docx]) expect(text).toMatch(/свидетельство лица, ищущего убежище, №/);
  });

  // A complaint the person signs as «Заявитель» speaks in the first person, as the objection and
  // the cassation petition already did; «Защита считает» is counsel's voice.
  it.each([
    ['supreme-court-complaint', 'ru', 'complex', ['Считаю постановление о выдаче', 'Полагаю, что']],
    ['supreme-court-complaint', 'kk', 'complex.kk', ['деп санаймын', 'Менің пікірімше']],
    ['extradition-arrest-complaint', 'ru', 'complex', ['Считаю постановление следственного судьи']],
    ['extradition-arrest-complaint', 'kk', 'complex.kk', ['деп санаймын']],
  ] as const)('%s (%s) filed by the person: first person', async (id, lang, name, words) => {
    const { pdf, docx } = await renderBoth(
      id,
      { ...sample(id, name), complainantRole: 'person' },
      { lang },
    );
    for (const text of [pdf, docx]) {
      for (const w of words) expect(text).toContain(w);
      expect(text).not.toMatch(/Защита (считает|полагает|просит)|защита (просит|заявляла)/);
      expect(text).not.toMatch(/Қорғау тарапы (ұстап|тергеу|Комитет)|қорғау тарапы соттан/);
    }
  });

  // An informal hand-over is no extradition: the UN request speaks of removal, and the Russian
  // verb agrees with «передача» whatever the removal type answered.
  it('an informal hand-over is called removal in the UN request (en, ru)', async () => {
    const id = 'un-interim-measures';
    const en = await renderBoth(
      id,
      { ...sample(id, 'complex'), removalStage: 'informalHandover' },
      { lang: 'en' },
    );
    expect(en.pdf).toContain(
      'to find that the removal of GROMOVA Vera to the Russian Federation would constitute',
    );
    expect(en.pdf).toContain(
      'to refrain from handing over GROMOVA Vera, or otherwise removing her',
    );
    expect(en.pdf).not.toContain('the extradition of GROMOVA');
    const ru = await renderBoth(
      id,
      { ...sample(id, 'complex.ru'), removalStage: 'informalHandover', removalType: 'expulsion' },
      { lang: 'ru' },
    );
    expect(ru.pdf).toContain(
      'признать, что передача Громовой Веры Павловны в Российскую Федерацию явилась бы нарушением',
    );
  });

  it('the Russian UN request names an author who is not the victim without an undeclinable apposition', async () => {
    const id = 'un-interim-measures';
    const { pdf } = await renderBoth(
      id,
      {
        ...sample(id, 'complex.ru'),
        authorIsVictim: false,
        authorName: 'GROMOV Pavel',
        authorRelation: 'брат',
        authorAddress: 'г. Алматы, ул. Абая, 1',
      },
      { lang: 'ru' },
    );
    expect(pdf).toContain(
      'от имени предполагаемой жертвы автором сообщения (автор: GROMOV Pavel, брат; адрес:',
    );
    expect(pdf).not.toContain('автором — GROMOV');
  });

  describe('the UN request, as a second reviewer read it', () => {
    const id = 'un-interim-measures';
    const en = (extra: Record<string, unknown>) =>
      renderBoth(id, { ...sample(id, 'complex'), ...extra }, { lang: 'en' });

    it('an asylum procedure still open is said not to be a remedy against the final decision', async () => {
      // Section IV said «no remedy … remains» while section VI relied on the open procedure.
      const { pdf } = await en({ removalStage: 'final' });
      expectInOrder(pdf, [
        'The author submits that no remedy with that effect remains available',
        'The asylum procedure set out in section VI does not change this: it is not a procedure in which the expulsion decision can be set aside, and that decision is in force.',
        'VI. Violations alleged',
      ]);
    });

    it('an expulsion is a return, not a hand-over; an informal hand-over is one, and no extradition', async () => {
      const expulsion = await en({});
      expect(expulsion.pdf).toContain('Once she is returned to the Russian Federation, the harm');
      const informal = await renderBoth(
        id,
        {
          ...sample(id, 'complex.ru'),
          removalStage: 'informalHandover',
          removalType: 'extradition',
        },
        { lang: 'ru' },
      );
      expect(informal.pdf).toContain('Передача ожидается 28 ноября 2026 года.');
      expect(informal.pdf).not.toContain('Выдача ожидается');
      expect(informal.pdf).not.toContain('ради которого производится выдача');
      expect(informal.pdf).toContain('После передачи её властям Российской Федерации');
    });

    it('asks for no ban on removal where only arts 9 and 13 are invoked', async () => {
      const { pdf } = await en({ iccprArticles: ['9', '13'] });
      expect(pdf).toContain(
        'to find that Kazakhstan is under an obligation to provide her with an effective remedy',
      );
      expect(pdf).not.toContain('obligation to refrain from removing');
    });

    it('a removal date already past is refused: «expected» on a day gone is untrue', async () => {
      const { engine } = getServices();
      const answers = { ...sample(id, 'complex'), removalDate: '2026-11-20' };
      const issues = engine.validate(id, answers, 'en', '2026-11-25');
      expect(issues.map((i) => i.path)).toContain('removalDate');
    });

    it('the UNHCR letter names a feared informal hand-over as such', async () => {
      const { pdf } = await renderBoth(
        'unhcr-intervention',
        { ...sample('unhcr-intervention', 'complex'), removalStage: 'informalHandover' },
        { lang: 'en' },
      );
      expect(pdf).toContain('facing an informal hand-over to the Russian Federation');
    });
  });

  // A second Kazakh reading: the owner of a possessive takes the genitive.
  it.each([
    ['border-asylum-application', 'Исмаилов Тимур Руслановичтің (ISMAILOV Timur; туған күні:'],
    ['refugee-application', 'Котова Вероника Игоревнаның (KOTOVA Veronika; туған күні:'],
  ])('%s (kk, a child): the genitive before «мүддесінде»', async (id, words) => {
    const { pdf, docx } = await renderBoth(
      id,
      sampleFile(`templates/${id}/samples/minor.kk.json`),
      {
        lang: 'kk',
      },
    );
    for (const text of [pdf, docx]) expect(text).toContain(`кәмелетке толмаған ${words}`);
  });

  it('the arrest complaint (kk): «…Андреевнаның Қазақстан Республикасында тұрақты тұратын жері … бар»', async () => {
    const id = 'extradition-arrest-complaint';
    const s = sample(id, 'complex.kk');
    const { pdf } = await renderBoth(
      id,
      { ...s, custodyGrounds: [...new Set([...(s.custodyGrounds as string[]), 'residence'])] },
      { lang: 'kk' },
    );
    expect(pdf).toMatch(/(ның|нің|дың|дің|тың|тің) Қазақстан Республикасында тұрақты тұратын жері/);
  });

  it('the cassation petition (kk) says the letters go through the administration, with a verb', async () => {
    const id = 'cassation-petition';
    const { pdf } = await renderBoth(
      id,
      { ...sample(id, 'complex.kk'), detained: true },
      { lang: 'kk' },
    );
    expect(pdf).toContain('хат-хабар ұстау орнының әкімшілігі арқылы жіберіледі:');
  });

  it('the expulsion appeal (kk) says whom the risk threatens after the expulsion', async () => {
    const id = 'expulsion-appeal';
    const s = sample(id, 'complex.kk');
    const { pdf } = await renderBoth(
      id,
      {
        ...s,
        firstInstanceArguments: 'notAddressed',
        grounds: [...new Set([...(s.grounds as string[]), 'tortureRisk'])],
      },
      { lang: 'kk' },
    );
    expect(pdf).toMatch(
      /тағайындағанда \S+ \S+ \S+(ке|қа|ге|ға) шығарып жіберілгеннен кейін төнетін қауіпті/,
    );
  });
});
