/**
 * Golden checks for the urgent appeal to the UN Special Rapporteur on torture and, when chosen,
 * on human rights defenders (issue 18 item 2): the mandates addressed, the submission address
 * printed only when the lawyer typed one (no OHCHR address is confirmed, VERIFIED.md row 10m, so
 * none is hard-coded), the consent as answered, the removal stage as answered, the treaty
 * cites of row 10l, the requests — in the PDF and the DOCX text, in English and in Russian.
 */
import { describe, expect, it } from 'vitest';
import { getServices } from '../../main/services.ts';
import { pdfText } from '../helpers/extract.ts';
import {
  expectInOrder,
  flat,
  GOLDEN_TODAY,
  renderBoth,
  sample,
  unverifiedCites,
} from '../helpers/golden.ts';

const ID = 'un-special-rapporteur-appeal';

describe(`${ID} (en)`, () => {
  it('complex sample: both mandates, counsel, expulsion scheduled, every argument', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'complex'), { lang: 'en' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment',
        'Special Rapporteur on the situation of human rights defenders',
        'Office of the United Nations High Commissioner for Human Rights, Geneva',
        'by e-mail: urgent-appeals@example.org',
        'URGENT APPEAL',
        'Expulsion to the Russian Federation is expected on 28 November 2026',
        'REQUEST FOR URGENT ACTION',
        'concerning GROMOVA Vera (Kazakhstan)',
        'I. The person concerned',
        'II. Sender and consent',
        'This appeal is sent by counsel for GROMOVA Vera, AKHMETOVA Saule, advocate, Almaty City Bar Association (licence No. 0007781).',
        'GROMOVA Vera consents to this appeal and to her name being communicated to the Government of Kazakhstan.',
        'Contact: 52 Abay Avenue',
        'III. Facts',
        'IV. The imminent expulsion',
        'The expulsion of GROMOVA Vera has been scheduled for 28 November 2026',
        'V. Concerns',
        'Real risk of torture and ill-treatment',
        'Human rights work',
        'Since 2019 she has documented arrests',
        'protected by Article 19 of the International Covenant on Civil and Political Rights.',
        'Persecution on political grounds',
        'The refugee application is pending',
        'The principle of non-refoulement',
        'VI. Action already taken',
        'request for interim measures to the Human Rights Committee',
        'The sender respectfully asks the Special Rapporteurs:',
        'to send an urgent appeal to the Government of Kazakhstan asking it to refrain from expelling GROMOVA Vera to the Russian Federation and from handing her over to its authorities in any other way;',
        'to ask the Government to guarantee her physical and mental integrity while she is in detention;',
        'to ask the Government to ensure that she is not penalised for her human rights work;',
        'to ask the Government to inform the Special Rapporteurs of the measures taken;',
        'to transmit this appeal to the Special Rapporteur on the situation of human rights in the Russian Federation.',
        'Annexes',
        'Expulsion ruling of 9 November 2026 with an English summary (4 pages)',
        '25 November 2026',
        'Counsel',
        'AKHMETOVA Saule',
      ]);
      // The evidence block states the treaties; the mandate's own paragraph is not repeated.
      expect(text).not.toContain('Neither provision contains an exception.');
      // Held for expulsion over a registration offence: the link to her work is not asserted.
      expect(text).not.toContain('arbitrary detention');
      expect(text).not.toContain('urgent-action@ohchr.org');
    }
    expect(preflight.deadlines).toEqual([]);
    // The address is the lawyer's own: nothing from the cite table, nothing to flag.
    expect(unverifiedCites(preflight)).toEqual(['refugees-law-1-1']);
  });

  it('simple sample: torture only, a relative sends, the family consents, the decision final', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'simple'), { lang: 'en' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment',
        'Office of the United Nations High Commissioner for Human Rights, Geneva',
        'URGENT APPEAL',
        'Extradition to the Russian Federation may take place at any moment',
        'This appeal is sent by BELOVA Olga (his mother).',
        'BELOV Kirill cannot be reached; his family consents to this appeal',
        'IV. The imminent extradition',
        'is final and enforceable',
        'Real risk of torture and ill-treatment',
        'The sender respectfully asks the Special Rapporteur:',
        'refrain from extraditing BELOV Kirill to the Russian Federation',
        'to ask the Government to guarantee his physical and mental integrity while he is in detention;',
        'to ask the Government to inform the Special Rapporteur of the measures taken.',
        'Sender',
        'BELOVA Olga',
      ]);
      expect(text).not.toContain('human rights defenders');
      expect(text).not.toContain('Annexes');
      expect(text).not.toContain('Action already taken');
      // No address typed: no e-mail line and no hard-coded OHCHR address (VERIFIED.md row 10m).
      expect(text).not.toContain('by e-mail');
      expect(text).not.toContain('ohchr.org');
    }
    expect(unverifiedCites(preflight)).toEqual([]);
  });

  it('torture mandate without the evidence block: the treaty paragraph states the prohibition', async () => {
    const answers = { ...sample(ID, 'simple'), grounds: [], consent: 'none' };
    const { pdf, docx } = await renderBoth(ID, answers, { lang: 'en' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'It has not been possible to obtain the consent of BELOV Kirill. The sender asks that his name not be communicated to the Government of Kazakhstan until consent has been given, and that the sender be contacted before any communication to the Government concerning him.',
        'Under Article 3 of the Convention against Torture, no State Party shall expel, return or extradite a person',
        'Article 7 of the International Covenant on Civil and Political Rights provides that no one shall be subjected to torture',
        'Neither provision contains an exception.',
      ]);
      expect(text).not.toContain('consents to this appeal');
    }
  });

  it('an address the lawyer confirmed is printed, and nothing is flagged', async () => {
    const answers = { ...sample(ID, 'simple'), submissionEmail: 'confirmed@example.org' };
    const { pdf, docx, preflight } = await renderBoth(ID, answers, { lang: 'en' });
    for (const text of [pdf, docx]) {
      expect(text).toContain('by e-mail: confirmed@example.org');
      expect(text).not.toContain('urgent-action@ohchr.org');
    }
    expect(unverifiedCites(preflight)).toEqual([]);
  });

  it('no address typed: neither the preview nor the export prints an OHCHR address', async () => {
    const { engine } = getServices();
    const request = {
      templateId: ID,
      answers: sample(ID, 'simple.ru'),
      lang: 'ru' as const,
      today: GOLDEN_TODAY,
    };
    const preview = flat(
      pdfText((await engine.render({ ...request, markUnverified: true }, 'pdf')).bytes, true),
    );
    const exported = flat(pdfText((await engine.render(request, 'pdf')).bytes, true));
    for (const text of [preview, exported]) {
      expect(text).not.toContain('ohchr.org');
      expect(text).not.toContain('по электронной почте');
    }
    expect(exported).not.toContain('[не проверено]');
  });

  it('detention for the human rights work is asserted (ICCPR art. 9) only when the lawyer ticks it', async () => {
    const en = await renderBoth(
      ID,
      { ...sample(ID, 'complex'), detainedForHrWork: true },
      { lang: 'en' },
    );
    const ru = await renderBoth(
      ID,
      { ...sample(ID, 'complex.ru'), detainedForHrWork: true },
      { lang: 'ru' },
    );
    for (const text of [en.pdf, en.docx])
      expect(text).toContain(
        'and that her detention with a view to removal for it is arbitrary detention prohibited by Article 9 of the International Covenant',
      );
    for (const text of [ru.pdf, ru.docx])
      expect(text).toContain(
        'а её содержание под стражей с целью высылки за неё является произвольным задержанием, запрещённым ст. 9 Международного пакта',
      );
  });
});

describe(`${ID} (ru)`, () => {
  it('complex sample in Russian', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'complex.ru'), {
      lang: 'ru',
    });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Специальному докладчику по вопросу о пытках и других жестоких, бесчеловечных или унижающих достоинство видах обращения и наказания',
        'Специальному докладчику по вопросу о положении правозащитников',
        'Управление Верховного комиссара ООН по правам человека, Женева',
        'по электронной почте: urgent-appeals@example.org',
        'СРОЧНОЕ ОБРАЩЕНИЕ',
        'Выдворение в Российскую Федерацию ожидается 28 ноября 2026 года',
        'ПРОСЬБА О СРОЧНЫХ ДЕЙСТВИЯХ',
        'в отношении Громовой Веры Павловны (GROMOVA Vera), Казахстан',
        'I. Сведения о лице',
        'да; корреспонденция — через администрацию специального приёмника Департамента полиции г. Алматы',
        'II. Отправитель и согласие',
        'Обращение направляет защитник Громовой Веры Павловны — адвокат Ахметова Сауле Бериковна (AKHMETOVA Saule)',
        'Громова Вера Павловна согласна с настоящим обращением и с тем, чтобы её имя было сообщено Правительству Казахстана.',
        'III. Факты',
        'IV. Предстоящее выдворение',
        'V. Основания для беспокойства',
        'Реальный риск пыток',
        'Правозащитная деятельность',
        'защищаемую ст. 19 Международного пакта о гражданских и политических правах.',
        'Преследование по политическим мотивам',
        'Ходатайство о присвоении статуса беженца не рассмотрено',
        'Принцип невысылки',
        'VI. Что уже сделано',
        'Отправитель просит Специальных докладчиков:',
        'срочно обратиться к Правительству Казахстана с просьбой воздержаться от выдворения Громовой Веры Павловны в Российскую Федерацию и от передачи её властям этого государства в любой иной форме;',
        'просить Правительство гарантировать её физическую и психическую неприкосновенность во время содержания под стражей;',
        'просить Правительство обеспечить, чтобы она не подвергалась преследованию за правозащитную деятельность;',
        'Приложения:',
        '— на 4 л.',
        '25 ноября 2026 года',
        'Защитник, адвокат',
        'С. Б. Ахметова',
      ]);
      // The row says the person is held, the cell how to write to them: no place label over «через».
      expect(text).not.toMatch(/Место содержания под стражей\s+через администрацию/);
      expect(text).not.toContain('произвольным задержанием');
      expect(text).not.toContain('Предстоящая высылка');
    }
    expect(unverifiedCites(preflight)).toEqual(['refugees-law-1-1']);
  });

  it('simple sample in Russian', async () => {
    const { pdf, docx } = await renderBoth(ID, sample(ID, 'simple.ru'), { lang: 'ru' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Специальному докладчику по вопросу о пытках',
        'Обращение направляет Белова Ольга Николаевна (его мать).',
        'Связаться с Беловым Кириллом Андреевичем невозможно; его семья согласна с настоящим обращением',
        'IV. Предстоящая выдача',
        'Отправитель просит Специального докладчика:',
        'воздержаться от выдачи Белова Кирилла Андреевича в Российскую Федерацию',
        'Отправитель',
        'Белова Ольга Николаевна',
      ]);
      expect(text).not.toContain('правозащитник');
      expect(text).not.toContain('Предстоящая высылка');
      // The row says the person is held, the cell how to write to them: no place label over «через».
      expect(text).not.toMatch(/Место содержания под стражей\s+через администрацию/);
      expect(text).not.toContain('по электронной почте');
    }
  });
});

// Second legal audit, 2026-12-07 (1.1.1): no consent, so nothing goes to the Government first.
describe(`${ID}: without consent the Rapporteur contacts the sender before the Government`, () => {
  it('English: the name is withheld, and the appeal to the Government waits for the consent', async () => {
    const answers = { ...sample(ID, 'complex'), consent: 'none' };
    const { pdf, docx } = await renderBoth(ID, answers, { lang: 'en' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'It has not been possible to obtain the consent of GROMOVA Vera. The sender asks that her name not be communicated to the Government of Kazakhstan until consent has been given, and that the sender be contacted before any communication to the Government concerning her.',
        'The sender respectfully asks the Special Rapporteurs:',
        'to contact the sender before any communication to the Government of Kazakhstan concerning GROMOVA Vera, whose consent has not yet been obtained (section II);',
        'once GROMOVA Vera has consented to her name being communicated to the Government, to send it an urgent appeal asking it to refrain from expelling her to the Russian Federation and from handing her over to its authorities in any other way, to guarantee her physical and mental integrity while she is in detention, to ensure that she is not penalised for her human rights work and to inform the Special Rapporteurs of the measures taken;',
        'to transmit this appeal to the Special Rapporteur on the situation of human rights in the Russian Federation.',
      ]);
      // No request asks the Government anything unconditionally, naming her.
      expect(text).not.toContain(
        'to send an urgent appeal to the Government of Kazakhstan asking it',
      );
      expect(text).not.toContain('to ask the Government to');
    }
  });

  it('Russian: the same, in one request after the consent', async () => {
    const answers = { ...sample(ID, 'simple.ru'), consent: 'none' };
    const { pdf, docx } = await renderBoth(ID, answers, { lang: 'ru' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Получить согласие Белова Кирилла Андреевича не удалось. Отправитель просит не сообщать его имя Правительству Казахстана до получения согласия и связаться с отправителем до любого обращения к Правительству в отношении него.',
        'Отправитель просит Специального докладчика:',
        'связаться с отправителем до любого обращения к Правительству Казахстана в отношении Белова Кирилла Андреевича, согласие которого ещё не получено (раздел II);',
        'после того как Белов Кирилл Андреевич согласится на сообщение его имени Правительству, срочно обратиться к Правительству Казахстана с просьбой воздержаться от его выдачи в Российскую Федерацию и от передачи его властям этого государства в любой иной форме, гарантировать его физическую и психическую неприкосновенность во время содержания под стражей и сообщить о принятых мерах.',
      ]);
      expect(text).not.toContain('просить Правительство');
    }
  });

  it('with consent the requests to the Government stand as before', async () => {
    const { pdf, docx } = await renderBoth(ID, sample(ID, 'simple.ru'), { lang: 'ru' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'срочно обратиться к Правительству Казахстана с просьбой воздержаться от выдачи Белова Кирилла Андреевича в Российскую Федерацию',
        'просить Правительство гарантировать его физическую и психическую неприкосновенность во время содержания под стражей;',
        'просить Правительство сообщить о принятых мерах.',
      ]);
      expect(text).not.toContain('связаться с отправителем');
    }
  });

  it('an extradition decision not yet challenged is described by ст. 591 ч. 4, not «unless suspended»', async () => {
    const answers = { ...sample(ID, 'simple'), removalStage: 'decisionTaken' };
    const { pdf, docx } = await renderBoth(ID, answers, { lang: 'en' });
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'Under Article 591(4) CPC RK, an extradition decision is executed once the time to challenge it has expired; if it is challenged, the extradition is not carried out until the ruling of the judge of the Supreme Court of the Republic of Kazakhstan enters into force. That ruling enters into force when pronounced (Article 592(8) CPC RK), and the extradition may follow at once.',
      );
      expect(text).not.toContain('Unless its execution is suspended');
    }
  });
});

describe(`${ID}: a prosecution is said only of an extradition`, () => {
  it('an expulsion serves no prosecution: the person would be persecuted on return', async () => {
    const expulsion = await renderBoth(ID, sample(ID, 'complex'), { lang: 'en' });
    for (const text of [expulsion.pdf, expulsion.docx]) {
      expect(text).toContain('on return');
      expect(text).toContain('would be persecuted for this work');
      expect(text).not.toContain('the prosecution the removal would serve');
    }
    const extradition = await renderBoth(
      ID,
      { ...sample(ID, 'complex'), removalType: 'extradition' },
      { lang: 'en' },
    );
    expect(extradition.pdf).toContain('the prosecution the extradition would serve punishes');
  });
});
