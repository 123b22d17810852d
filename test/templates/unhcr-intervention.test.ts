/**
 * Golden checks for the letter asking the UNHCR office to intervene for an asylum seeker facing
 * removal: the office the lawyer typed, the person, the asylum procedure by its status, the
 * imminent removal, the risk blocks, UNHCR's mandate, the requests, the consent to share data, the
 * annexes and the signature — in the PDF and the DOCX text, in English and in Russian.
 */
import { describe, expect, it } from 'vitest';
import { getServices } from '../../main/services.ts';
import {
  expectInOrder,
  GOLDEN_TODAY,
  renderBoth,
  sample,
  unverifiedCites,
} from '../helpers/golden.ts';

const ID = 'unhcr-intervention';
// Of the mandate cites only the UNHCR Statute is still unverified (Convention arts. 33, 35: VERIFIED.md row 10l file).
const MANDATE_UNVERIFIED = ['unhcr-statute-8'];
const COMPLEX_UNVERIFIED = ['refugees-law-1-1', 'unhcr-statute-8'];

describe(`${ID} (en)`, () => {
  it('complex sample: counsel writes, refusal under appeal, detained, every request', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'complex'), { lang: 'en' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Office of the United Nations High Commissioner for Refugees, Almaty',
        'by e-mail: office@example.org',
        'from AKHMETOVA Saule, advocate, Almaty City Bar Association, counsel for GROMOVA Vera',
        'URGENT',
        'REQUEST FOR INTERVENTION',
        'on behalf of GROMOVA Vera, an asylum seeker facing expulsion to the Russian Federation',
        'Dear Sir or Madam,',
        'As counsel for GROMOVA Vera, I ask the Office of the United Nations High Commissioner for Refugees to intervene',
        'to prevent her removal to the Russian Federation, where she fears persecution.',
        'The person concerned',
        'The asylum procedure has not been completed',
        'On 15 June 2026, GROMOVA Vera applied for refugee status with the Employment and Social Programmes Department of Almaty and received an asylum seeker’s certificate, No. 000552 of 15.06.2026.',
        'On 30 October 2026, refugee status was refused; the refusal has been challenged, and the challenge has not been finally decided. The procedure on the application, including the appeal, has not been completed.',
        'Article 8(1)(5) of the Law “On Refugees”',
        'Where the challenge stands:',
        'administrative court of Almaty; no hearing has been scheduled.',
        'The threat of removal',
        'GROMOVA Vera is at risk of expulsion to the Russian Federation. She is in detention (special detention centre of the Almaty Police Department).',
        'The expulsion of GROMOVA Vera has been scheduled for 28 November 2026 (ruling of the specialised inter-district administrative court of Almaty of 9 November 2026).',
        'Real risk of torture and ill-treatment',
        'Persecution on political grounds',
        'The principle of non-refoulement',
        'The mandate of UNHCR',
        'Under paragraph 8 of the Statute of the Office of the UNHCR',
        'by Article 35 of the 1951 Refugee Convention, to co-operate with the Office',
        'laid down in Article 33 of the 1951 Refugee Convention',
        'I therefore respectfully ask UNHCR:',
        // Refused and under appeal: the need was assessed once; the request says what is still open.
        'to contact the competent authorities of the Republic of Kazakhstan without delay and ask them not to remove GROMOVA Vera while the challenge to the refusal of refugee status has not been finally decided;',
        'to attend, as an observer, the hearings in her case (next hearing: Almaty City Court, 27 November 2026, 10:00);',
        'to issue a letter or an assessment of her need for international protection',
        'to consider her for resettlement to a third country;',
        'to inform counsel of the steps taken',
        'GROMOVA Vera has consented in writing to the sharing of her personal data with UNHCR for the purposes of this request (annex 1).',
        'I can be reached at 050000 Almaty, Abai avenue 52, office 310, by telephone at +7 727 333 44 55, or by e-mail at akhmetova.law@example.kz.',
        'Yours faithfully,',
        'Annexes:',
        'Written consent of GROMOVA Vera to the sharing of personal data with UNHCR.',
        'Power of attorney of counsel.',
        'Copy of the asylum seeker’s certificate, No. 000552 of 15.06.2026.',
        'Refusal decision of 30 October 2026 with an English summary (3 pages)',
        'Expulsion ruling of 9 November 2026 with an English summary (4 pages)',
        '25 November 2026',
        'Almaty',
        'Counsel',
        'AKHMETOVA Saule',
      ]);
      // The refusal and the removal decision are listed once, as the lawyer described them.
      expect(text).not.toContain('Copy of the refusal');
      expect(text).not.toContain('Copy of the removal decision');
      expect(text).not.toContain('detained at special');
      // Refused and under appeal: the block says so, and never that the application is pending.
      expect(text).not.toContain('The refugee application is pending');
    }
    expectInOrder(pdf, [
      '1) to contact',
      '4) to consider',
      '5) to inform counsel',
      '1. Written consent',
      '4. Refusal decision',
      '5. Expulsion ruling',
    ]);
    expect(pdf).not.toContain('6. Refusal decision');
    expect(pdf).not.toContain('7. Expulsion ruling');
    expect(preflight.deadlines).toEqual([]);
    expect(unverifiedCites(preflight)).toEqual(COMPLEX_UNVERIFIED);
  });

  it('simple sample: the person writes, application pending, not detained', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'simple'), { lang: 'en' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'UNHCR office in Almaty',
        'from ZAITSEV Oleg',
        'REQUEST FOR INTERVENTION',
        'on behalf of ZAITSEV Oleg, an asylum seeker facing deportation to the Russian Federation',
        'I ask the Office of the United Nations High Commissioner for Refugees to intervene with the authorities of the Republic of Kazakhstan to prevent my removal to the Russian Federation, where I fear persecution.',
        'The refugee application is pending',
        'On 2 October 2026, ZAITSEV Oleg applied for refugee status. The procedure on the application has not been completed.',
        'ZAITSEV Oleg is at risk of deportation to the Russian Federation.',
        // The stage as answered: no decision yet, so none is described as taken or enforceable.
        'No decision on the deportation of ZAITSEV Oleg has been taken yet: the proceedings are pending. A decision may be taken at any time, and the time between a decision and its execution may be too short to seek protection.',
        'The mandate of UNHCR',
        'I therefore respectfully ask UNHCR:',
        'to contact the competent authorities of the Republic of Kazakhstan without delay and ask them not to remove ZAITSEV Oleg while his need for international protection has not been assessed;',
        'to issue a letter or an assessment of his need for international protection',
        // He writes and signs himself: he gives the consent in the letter, nothing to annex.
        'I consent to the sharing of my personal data with UNHCR for the purposes of this request.',
        '25 November 2026',
        'Applicant',
        'ZAITSEV Oleg',
      ]);
      expect(text).not.toContain('URGENT');
      expect(text).not.toContain('resettlement');
      expect(text).not.toContain('Power of attorney');
      expect(text).not.toContain('has consented in writing');
      expect(text).not.toContain('Annexes');
    }
    expect(unverifiedCites(preflight)).toEqual(MANDATE_UNVERIFIED);
  });

  it('a final refusal and no application: the procedure is described, no pending-asylum block', async () => {
    const final = {
      ...sample(ID, 'simple'),
      asylumStatus: 'refusedFinal',
      refusalDate: '2026-11-10',
    };
    const a = await renderBoth(ID, final, { lang: 'en' });
    for (const text of [a.pdf, a.docx]) {
      expectInOrder(text, [
        'The asylum procedure',
        'On 2 October 2026, ZAITSEV Oleg applied for refugee status. The application was refused on 10 November 2026, and the refusal has become final.',
      ]);
      expect(text).not.toContain('The refugee application is pending');
      // The refusal is the lawyer's own annex (with its pages and translation), never added twice.
      expect(text).not.toContain('Copy of the refusal');
    }
    const none = { ...sample(ID, 'simple'), asylumStatus: 'none' };
    const b = await renderBoth(ID, none, { lang: 'en' });
    for (const text of [b.pdf, b.docx]) {
      expectInOrder(text, [
        'a person in need of international protection facing deportation',
        'ZAITSEV Oleg has not applied for refugee status in Kazakhstan.',
      ]);
      expect(text).not.toContain('2 October 2026');
    }
  });
});

describe(`${ID} (ru)`, () => {
  it('complex sample in Russian', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'complex'), { lang: 'ru' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Office of the United Nations High Commissioner for Refugees, Almaty',
        'от адвоката Ахметовой Сауле Бериковны, Almaty City Bar Association, в интересах Громовой Веры Павловны',
        'СРОЧНО',
        'ОБРАЩЕНИЕ',
        'с просьбой о вмешательстве в защиту Громовой Веры Павловны (ищущей убежища), которой грозит выдворение в Российскую Федерацию',
        'Уважаемые дамы и господа!',
        'Как защитник Громовой Веры Павловны прошу Управление Верховного комиссара ООН по делам беженцев обратиться к властям Республики Казахстан',
        'не допустить её высылки в Российскую Федерацию, где она опасается преследования.',
        'Сведения о лице',
        'Процедура по ходатайству о присвоении статуса беженца не завершена',
        '30 октября 2026 года в присвоении статуса беженца отказано; отказ обжалован, жалоба окончательно не разрешена. Процедура по ходатайству, включая обжалование, не завершена.',
        'Сведения об обжаловании:',
        'Угроза высылки',
        'Громовой Вере Павловне грозит выдворение в Российскую Федерацию',
        'Она содержится под стражей; корреспонденция для неё передаётся через администрацию',
        'Выдворение Громовой Веры Павловны назначено на 28 ноября 2026 года (ruling of the specialised',
        'Реальный риск пыток',
        'Преследование по политическим мотивам',
        'Принцип невысылки',
        'Мандат УВКБ ООН',
        'Согласно п. 8 Устава Управления Верховного комиссара ООН по делам беженцев',
        '(ст. 35 Конвенции о статусе беженцев 1951 года)',
        'установленным ст. 33 Конвенции о статусе беженцев 1951 года',
        'На основании изложенного прошу УВКБ ООН:',
        'безотлагательно связаться с компетентными органами Республики Казахстан и просить их не высылать Громову Веру Павловну, пока жалоба на отказ в присвоении статуса беженца окончательно не разрешена;',
        'присутствовать в качестве наблюдателя на заседаниях по её делу',
        'рассмотреть возможность её переселения в третью страну;',
        'Громова В. П. письменно согласилась на передачу её персональных данных УВКБ ООН для целей настоящего обращения (прил. 1).',
        'С уважением,',
        'Приложение:',
        'Письменное согласие Громовой Веры Павловны на передачу персональных данных УВКБ ООН.',
        'Доверенность (ордер) адвоката.',
        '— на 3 л.',
        '25 ноября 2026 года',
        'Адвокат',
        'С. Б. Ахметова',
      ]);
      // The row says the person is held, the cell how to write to them: no place label over «через».
      expect(text).not.toMatch(/Место содержания под стражей\s+через администрацию/);
      expect(text).not.toContain('Копия решения об отказе');
      expect(text).not.toContain('Копия решения о высылке');
    }
    expect(unverifiedCites(preflight)).toEqual(COMPLEX_UNVERIFIED);
  });

  it('the Russian sample: each decision annexed once, the detention place read naturally', async () => {
    const { pdf, docx } = await renderBoth(ID, sample(ID, 'complex.ru'), { lang: 'ru' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Она содержится под стражей; корреспонденция для неё передаётся через администрацию специального приёмника Департамента полиции г. Алматы.',
        'Приложение:',
        'Решение об отказе от 30 октября 2026 года — на 3 л.',
        'Постановление о выдворении от 9 ноября 2026 года — на 4 л.',
      ]);
      expect(text.split('Решение об отказе от 30').length - 1).toBe(1);
      expect(text).not.toContain('Копия решения');
      // The row says the person is held, the cell how to write to them: no place label over «через».
      expect(text).not.toMatch(/Место содержания под стражей\s+через администрацию/);
    }
  });

  it('simple sample in Russian', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'simple'), { lang: 'ru' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'от Зайцева Олега Витальевича',
        'ОБРАЩЕНИЕ',
        'в защиту Зайцева Олега Витальевича (ищущего убежища), которому грозит депортация в Российскую Федерацию',
        'не допустить моей высылки в Российскую Федерацию, где я опасаюсь преследования.',
        '2 октября 2026 года Зайцев О. В. подал ходатайство о присвоении статуса беженца.',
        'Зайцеву Олегу Витальевичу грозит депортация в Российскую Федерацию.',
        'Я согласен на передачу моих персональных данных УВКБ ООН для целей настоящего обращения.',
        'Заявитель',
        'О. В. Зайцев',
      ]);
      expect(text).not.toContain('СРОЧНО');
      expect(text).not.toContain('письменно согласился');
      expect(text).not.toContain('Приложение:');
    }
    expect(unverifiedCites(preflight)).toEqual(MANDATE_UNVERIFIED);
  });
});

// Second legal audit, 2026-12-07 (2.0.0): a refusal is «challenged» only when it was, and after a
// final refusal the person is no longer an asylum seeker (Law «О беженцах» ст. 1 пп. 6)).
describe(`${ID}: the refusal as it stands`, () => {
  it('refused, the time to appeal running: nothing is said to have been challenged', async () => {
    const en = await renderBoth(
      ID,
      { ...sample(ID, 'complex'), asylumStatus: 'refusedAppealable' },
      { lang: 'en' },
    );
    for (const text of [en.pdf, en.docx]) {
      expectInOrder(text, [
        'an asylum seeker facing expulsion to the Russian Federation',
        'The asylum procedure has not been completed',
        'On 30 October 2026, refugee status was refused; the time limit for challenging the refusal has not expired. The procedure on the application, including the appeal, has not been completed.',
        'ask them not to remove GROMOVA Vera while the time to challenge the refusal of refugee status is running and until any challenge has been decided;',
      ]);
      expect(text).not.toContain('the refusal has been challenged');
      // The appeals typed earlier are not asked at this status, so not printed.
      expect(text).not.toContain('Where the challenge stands');
      expect(text).not.toContain('On 10 November 2026 she challenged the refusal');
    }
    const ru = await renderBoth(
      ID,
      { ...sample(ID, 'complex.ru'), asylumStatus: 'refusedAppealable' },
      { lang: 'ru' },
    );
    for (const text of [ru.pdf, ru.docx]) {
      expectInOrder(text, [
        '(ищущей убежища)',
        '30 октября 2026 года в присвоении статуса беженца отказано; срок обжалования отказа не истёк. Процедура по ходатайству, включая обжалование, не завершена.',
        'просить их не высылать Громову Веру Павловну, пока не истёк срок обжалования отказа в присвоении статуса беженца и не разрешена жалоба, если она будет подана;',
      ]);
      expect(text).not.toContain('отказ обжалован');
      expect(text).not.toContain('Сведения об обжаловании');
    }
  });

  it('refused, the refusal under appeal: the block says so and prints where the appeal stands', async () => {
    const ru = await renderBoth(ID, sample(ID, 'complex.ru'), { lang: 'ru' });
    for (const text of [ru.pdf, ru.docx])
      expectInOrder(text, [
        '30 октября 2026 года в присвоении статуса беженца отказано; отказ обжалован, жалоба окончательно не разрешена.',
        'Сведения об обжаловании:',
        '10 ноября 2026 года она обжаловала отказ',
      ]);
  });

  it('a draft with the former «Refused, appeal not yet concluded» is asked to choose again', () => {
    const { engine } = getServices();
    const issues = engine.validate(
      ID,
      { ...sample(ID, 'complex'), asylumStatus: 'refusedAppeal' },
      'en',
      GOLDEN_TODAY,
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ path: 'asylumStatus', code: 'invalidOption' }),
    );
    const field = getServices()
      .loaded.templates.find((t) => t.manifest.id === ID)
      ?.manifest.fields.find((f) => f.key === 'asylumStatus');
    expect(field?.help?.en).toContain(
      'The former option «Refused, appeal not yet concluded» is split in two',
    );
    expect(field?.help?.ru).toContain(
      'Прежний вариант «Отказано, обжалование не завершено» разделён на два',
    );
  });

  it('refused with final effect: a person in need of international protection, not an asylum seeker', async () => {
    const final = { ...sample(ID, 'complex'), asylumStatus: 'refusedFinal' };
    const en = await renderBoth(ID, final, { lang: 'en' });
    for (const text of [en.pdf, en.docx]) {
      expectInOrder(text, [
        'on behalf of GROMOVA Vera, a person in need of international protection facing expulsion to the Russian Federation',
        'The application was refused on 30 October 2026, and the refusal has become final.',
        'to contact the competent authorities of the Republic of Kazakhstan without delay and ask them not to remove GROMOVA Vera to the Russian Federation: the final refusal of refugee status does not lift the prohibition of refoulement;',
      ]);
      expect(text).not.toContain('an asylum seeker facing');
      expect(text).not.toContain('has not been assessed');
    }
    const ru = await renderBoth(
      ID,
      { ...sample(ID, 'complex.ru'), asylumStatus: 'refusedFinal' },
      { lang: 'ru' },
    );
    for (const text of [ru.pdf, ru.docx]) {
      expectInOrder(text, [
        'в защиту Громовой Веры Павловны (нуждающейся в международной защите), которой грозит выдворение',
        'просить их не высылать Громову Веру Павловну в Российскую Федерацию: окончательный отказ в присвоении статуса беженца не снимает запрета высылки;',
      ]);
      expect(text).not.toContain('ищущей убежища)');
      expect(text).not.toContain('не оценена');
    }
    const male = await renderBoth(
      ID,
      { ...sample(ID, 'simple.ru'), asylumStatus: 'refusedFinal', refusalDate: '2026-11-10' },
      { lang: 'ru' },
    );
    for (const text of [male.pdf, male.docx])
      expect(text).toContain(
        'в защиту Зайцева Олега Витальевича (нуждающегося в международной защите)',
      );
  });
});
