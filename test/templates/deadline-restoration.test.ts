/**
 * Golden checks for the request to restore a missed term: the rule of each procedure (УПК, КоАП,
 * АППК), the computed last day (rolled over only for УПК), the requests, the attachments, the
 * signature — in the PDF and the DOCX text.
 */
import { describe, expect, it } from 'vitest';
import { expectInOrder, renderBoth, sample, unverifiedCites } from '../helpers/golden.ts';

const ID = 'deadline-restoration';

describe(ID, () => {
  it('complex sample: extradition complaint (ст. 592) of a detained person, handed to the facility on the rolled-over last day — argued in time first, suspension asked', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'complex'));
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Верховный Суд Республики Казахстан',
        'от защитника — адвоката Сейткали Айжан Маратовны',
        'в интересах Никитиной Веры Павловны, 30.06.1985 г.р., гражданки Российской Федерации',
        // The defender files this request: the person is in custody, the request does not go through
        // the facility (the complaint itself was handed there, as said below).
        '(содержится под стражей)',
        'ХОДАТАЙСТВО',
        'о восстановлении пропущенного процессуального срока',
        'Обжалуемое решение: постановление заместителя Генерального Прокурора Республики Казахстан о выдаче (экстрадиции) от 2 ноября 2026 года № 2-19-26/4102.',
        'в течение десяти суток с момента получения его копии (ч. 1 ст. 592 УПК РК)',
        // 4 Nov + 10 = Saturday 14 Nov: a custody matter is not rolled over as THE deadline
        // (УПК ст. 48 ч. 4); Monday 16 Nov is only the later reading, and 25 Nov is past both.
        'Срок исчислялся с 4 ноября 2026 года и истёк 14 ноября 2026 года при исчислении календарными сутками, а если последний день срока, пришедшийся на нерабочий день, переносится на следующий рабочий день (ч. 4 ст. 48 УПК РК), — 16 ноября 2026 года.',
        // The complaint was handed in on 16 Nov: only this request is filed on 25 Nov.
        'Настоящее ходатайство подаётся 25 ноября 2026 года.',
        // Handed in on the Monday that ч. 4 ст. 48 makes the last day: in time, argued first.
        'Вместе с тем последний день срока при исчислении календарными сутками, 14 ноября 2026 года, пришёлся на нерабочий день; в силу ч. 4 ст. 48 УПК РК днём окончания срока считается следующий за ним рабочий день, то есть срок длился по 16.11.2026 (понедельник) включительно.',
        '16 ноября 2026 года жалоба сдана администрации учреждения ЛА-155/18 (следственный изолятор) г. Алматы, то есть до истечения срока.',
        'В силу ч. 1 ст. 49 УПК РК срок не считается пропущенным',
        'Следовательно, срок обжалования не пропущен и жалоба подлежит рассмотрению по существу. Настоящее ходатайство заявляется лишь на случай, если суд придёт к иному выводу.',
        'Причины пропуска срока',
        'Если суд сочтёт срок пропущенным, он пропущен по уважительным причинам:',
        'защитнику отказывали в свиданиях',
        'в тот же день, 16 ноября 2026 года, сдана администрации изолятора, что подтверждается отметкой администрации.',
        'Эти причины подтверждаются приложенными к ходатайству документами.',
        'Правовое обоснование',
        'Согласно ч. 2 ст. 50 УПК РК',
        'Согласно ч. 3 ст. 50 УПК РК',
        'ПРОШУ:',
        'признать, что срок обжалования не пропущен;',
        'если суд придёт к иному выводу — признать причины пропуска срока уважительными и восстановить пропущенный срок обжалования;',
        'принять жалобу на постановление заместителя Генерального Прокурора Республики Казахстан о выдаче (экстрадиции) от 2 ноября 2026 года № 2-19-26/4102 к рассмотрению (копия прилагается);',
        'приостановить исполнение обжалуемого решения и не производить выдачу Никитиной Веры Павловны;',
        'истребовать из учреждения ЛА-155/18 журнал',
        'Приложение:',
        'Копия жалобы, сданной администрации 16.11.2026, на постановление заместителя Генерального Прокурора Республики Казахстан о выдаче (экстрадиции) от 02.11.2026 № 2-19-26/4102.',
        'Ответ администрации учреждения ЛА-155/18 об отказе в свидании от 09.11.2026 — на 1 л.',
        'Расписка Никитиной В. П. о получении копии постановления — на 1 л.',
        'Ордер адвоката.',
        'Копия постановления о выдаче — на 4 л.',
        '25 ноября 2026 года',
        'г. Алматы',
        'Защитник, адвокат',
        'А. М. Сейткали',
      ]);
      expect(text).not.toContain('КоАП');
      expect(text).not.toContain('АППК');
      // Audit: the sample no longer undermines the hand-in date or contradicts itself.
      expect(text).not.toContain('лишь 18 ноября');
      expect(text).not.toContain('Жалоба подаётся вместе с настоящим ходатайством');
      expect(text).not.toContain('Срок пропущен по уважительным причинам');
      // The warrant predates the refused visits it speaks of.
      expect(text).toContain('ордер № 41 от 05.11.2026');
    }
    expect(preflight.deadlines.find((d) => d.id === 'complaint592')).toMatchObject({
      lastDay: '2026-11-14',
      arguable: false,
      alternatives: [{ reading: 'upkRollOver', lastDay: '2026-11-16', basis: ['upk-48-4'] }],
      missed: true,
    });
    expect(unverifiedCites(preflight)).toEqual([]);
  });

  it('simple sample: КоАП expulsion appeal — no roll-over, the court is asked to accept the complaint (ч. 2 ст. 832)', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'simple'));
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Алматинский городской суд',
        'через специализированный межрайонный административный суд г. Алматы',
        'от Григорьева Степана Олеговича, 27.01.1998 г.р., гражданина Российской Федерации',
        'ХОДАТАЙСТВО',
        'о восстановлении пропущенного процессуального срока',
        'в течение десяти суток со дня вручения постановления (ч. 1 ст. 832 КоАП РК)',
        // 5 Nov + 10 = Sunday 15 Nov: КоАП terms are not rolled over.
        'Срок исчислялся с 5 ноября 2026 года и истёк 15 ноября 2026 года.',
        'Жалоба подаётся вместе с настоящим ходатайством 24 ноября 2026 года.',
        'находился на стационарном лечении',
        'Согласно ч. 2 ст. 832 КоАП РК пропуск срока на подачу жалобы не является основанием к отказу в её принятии к рассмотрению.',
        // A late appeal does not suspend the expulsion (ч. 1 ст. 834: in time only): asked for expressly.
        'Исполнение постановления о выдворении до рассмотрения жалобы лишит её смысла',
        'Случаи приостановления исполнения постановления о выдворении предусматривает ч. 1 ст. 916 КоАП РК.',
        'ПРОШУ:',
        'принять жалобу на постановление специализированного межрайонного административного суда г. Алматы о наложении',
        'к рассмотрению и рассмотреть её по существу, поскольку пропуск срока не является основанием к отказу в её принятии (ч. 2 ст. 832 КоАП РК);',
        'признать причины пропуска срока уважительными;',
        'незамедлительно, до рассмотрения жалобы, приостановить исполнение постановления (ч. 1 ст. 916 КоАП РК), не допускать выдворения Григорьева Степана Олеговича и уведомить об этом органы, исполняющие постановление.',
        'Приложение:',
        'Жалоба на постановление специализированного межрайонного административного суда г. Алматы',
        '24 ноября 2026 года',
        'Заявитель',
        'С. О. Григорьев',
      ]);
      expect(text).not.toContain('восстановить пропущенный срок');
      expect(text).not.toContain('ч. 4 ст. 48');
      // Late under every reading: ч. 1 ст. 834 (in time only) is not relied on; ч. 4 never cited.
      expect(text).not.toContain('ст. 834');
      expect(text).not.toContain('Ордер');
    }
    const koap = preflight.deadlines.find((d) => d.id === 'koap832');
    expect(koap).toMatchObject({ lastDay: '2026-11-15', missed: true });
    expect(koap?.rolledFrom).toBeFalsy();
    expect(preflight.deadlines.find((d) => d.id === 'complaint592')).toBeUndefined();
    expect(unverifiedCites(preflight)).toEqual([]);
  });

  it('КоАП filed within the later reading of ч. 3 ст. 739: the requests argue the term kept, like the body', async () => {
    // 10 суток ended Sunday 15.11 counted in calendar days; without the days off, on 19.11.
    const { pdf, docx } = await renderBoth(ID, {
      ...sample(ID, 'simple'),
      detained: true,
      detentionPlace: 'специального приёмника ДП г. Алматы',
      signingDate: '2026-11-18',
    });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'и не пропущен. Настоящее ходатайство заявляется на случай, если суд придёт к выводу, что срок пропущен.',
        // Expulsion is not custody: «под стражей» is the criminal-procedure word.
        'Григорьев С. О. содержится в специальном учреждении',
        'ПРОШУ:',
        'поскольку она подана в срок, а пропуск срока, если суд сочтёт его пропущенным, не является основанием к отказу в её принятии (ч. 2 ст. 832 КоАП РК);',
        'если суд сочтёт срок пропущенным — признать причины пропуска срока уважительными;',
        'приостановить исполнение постановления (ч. 1 ст. 834 КоАП РК, ч. 1 ст. 916 КоАП РК)',
      ]);
      expect(text).not.toContain('под стражей');
    }
  });

  it('КоАП without the suspension request: no suspension paragraph or request', async () => {
    const { pdf } = await renderBoth(ID, { ...sample(ID, 'simple'), suspendExecution: false });
    expect(pdf).not.toContain('приостановить');
    expect(pdf).not.toContain('ст. 916');
  });

  it('a complaint handed to the facility after the term on every reading: restoration only', async () => {
    // 10 суток from 04.11 end on Saturday 14.11, moved to Monday 16.11 (ч. 4 ст. 48): the 17th
    // is late on every reading, so the filing must not claim the term was kept.
    const { pdf } = await renderBoth(ID, {
      ...sample(ID, 'complex'),
      handedToAdministrationDate: '2026-11-17',
    });
    expectInOrder(pdf, [
      // Both readings of the last day stand beside each other, as everywhere.
      'истёк 14 ноября 2026 года при исчислении календарными сутками, а если последний день срока, пришедшийся на нерабочий день, переносится на следующий рабочий день (ч. 4 ст. 48 УПК РК), — 16 ноября 2026 года.',
      '17 ноября 2026 года жалоба сдана администрации учреждения ЛА-155/18 (следственный изолятор) г. Алматы.',
      'Срок пропущен по уважительным причинам:',
      'признать причины пропуска срока уважительными и восстановить пропущенный срок обжалования;',
    ]);
    // Late on every reading: neither ст. 49 ч. 1 nor a hedge that contradicts «срок пропущен».
    expect(pdf).not.toContain('то есть до истечения срока');
    expect(pdf).not.toContain('признать, что срок обжалования не пропущен');
    expect(pdf).not.toContain('ч. 1 ст. 49');
    expect(pdf).not.toContain('заявляется на случай');
    expect(pdf).not.toContain('срок длился');
  });

  it('a complaint handed to the facility by the calendar last day: in time, no roll-over argued', async () => {
    // 10 суток from 04.11 end on Saturday 14.11; a mark of Friday 13.11 is in time on every
    // reading, so the move to Monday (ч. 4 ст. 48) is beside the point and not argued.
    const { pdf, docx } = await renderBoth(ID, {
      ...sample(ID, 'complex'),
      handedToAdministrationDate: '2026-11-13',
    });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        '13 ноября 2026 года жалоба сдана администрации учреждения ЛА-155/18 (следственный изолятор) г. Алматы, то есть до истечения срока.',
        'Следовательно, срок обжалования не пропущен',
      ]);
      expect(text).not.toContain('срок длился');
      expect(text).not.toContain('Вместе с тем последний день срока');
    }
    const kk = await renderBoth(
      ID,
      { ...sample(ID, 'complex.kk'), handedToAdministrationDate: '2026-11-13' },
      { lang: 'kk' },
    );
    expect(kk.pdf).toContain('13 қарашада');
    expect(kk.pdf).not.toContain('Сонымен бірге күнтізбелік тәуліктермен есептегенде');
  });

  it('criminal appeal (ст. 418): the last day moves off Independence Day; ст. 419 and the untranslated copy', async () => {
    const answers = {
      ...sample(ID, 'simple'),
      procedure: 'criminal',
      criminalFiling: 'appeal418',
      addressee: 'Медеуский районный суд г. Алматы',
      filedThrough: '',
      decisionTitle: 'приговор Медеуского районного суда г. Алматы',
      decisionDate: '2026-12-01',
      decisionNumber: '7511-26-00-1/904',
      triggerDate: '2026-12-01',
      servedWithoutTranslation: true,
      complaintAttached: false,
      signingDate: '2026-12-21',
    };
    const { pdf, docx, preflight } = await renderBoth(ID, answers, { today: '2026-12-21' });
    // 1 Dec + 15 = Wednesday 16 Dec (Independence Day) → Thursday 17 Dec.
    expect(preflight.deadlines.find((d) => d.id === 'appeal418')).toMatchObject({
      lastDay: '2026-12-17',
      rolledFrom: '2026-12-16',
      missed: true,
    });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Медеуский районный суд г. Алматы',
        'Апелляционная (частная) жалоба подаётся в течение пятнадцати суток (ч. 1 ст. 418 УПК РК)',
        'истёк 17 декабря 2026 года (последний день перенесён с нерабочего дня в силу ч. 4 ст. 48 УПК РК)',
        'Настоящее ходатайство подаётся 21 декабря 2026 года.',
        // The person by name: in a частная жалоба they need not be a convict (ст. 419 ч. 3).
        'Копия приговора (постановления) вручена Григорьеву Степану Олеговичу без перевода',
        'ст. 419 УПК РК относит это',
        'Согласно ч. 2 ст. 50 УПК РК',
        'разрешается судом, постановившим приговор (постановление), в порядке ст. 419 УПК РК',
        'ПРОШУ:',
        'восстановить пропущенный срок апелляционного обжалования;',
        'принять жалобу на приговор Медеуского районного суда г. Алматы от 1 декабря 2026 года № 7511-26-00-1/904 к рассмотрению.',
        'Заявитель',
      ]);
      expect(text).not.toContain('(прилагается)');
      expect(text).not.toContain('КоАП');
    }
  });

  it('АППК: a claim (ст. 136) with the lawyer’s own last day, and a complaint (ст. 92) computed in months without roll-over', async () => {
    const base = {
      ...sample(ID, 'simple'),
      procedure: 'adminProcedure',
      complainantRole: 'defender',
      defender: sample(ID, 'complex').defender,
      addressee: 'специализированный межрайонный административный суд г. Алматы',
      filedThrough: '',
      decisionTitle:
        'решение Департамента полиции г. Алматы об отказе в продлении срока временного пребывания',
      decisionDate: '2026-08-10',
      decisionNumber: '',
      triggerDate: '2026-08-12',
    };
    const claim = await renderBoth(ID, {
      ...base,
      adminProcedureFiling: 'claim136',
      termLastDay: '2026-09-14',
    });
    for (const text of [claim.pdf, claim.docx]) {
      expectInOrder(text, [
        'от представителя — адвоката Сейткали Айжан Маратовны',
        'Иск подаётся в суд в течение одного месяца (ч. 1 ст. 136 АППК РК)',
        'истёк 14 сентября 2026 года.',
        'Иск подаётся вместе с настоящим ходатайством',
        'Согласно ч. 7 ст. 136 АППК РК пропущенный по уважительной причине срок на подачу иска может быть восстановлен судом по правилам Гражданского процессуального кодекса Республики Казахстан.',
        'восстановить пропущенный срок подачи иска;',
        'принять административный иск к производству (прилагается).',
        'Административное исковое заявление (обжалуемое решение: решение Департамента полиции г. Алматы',
        'Представитель, адвокат',
      ]);
    }
    expect(claim.preflight.deadlines.find((d) => d.id === 'appk136')).toMatchObject({
      lastDay: '2026-09-12',
    });

    // 12 Aug + 3 months = Thursday 12 Nov 2026.
    const complaint = await renderBoth(ID, { ...base, adminProcedureFiling: 'complaint92' });
    expect(complaint.preflight.deadlines.find((d) => d.id === 'appk92')).toMatchObject({
      lastDay: '2026-11-12',
      missed: true,
    });
    for (const text of [complaint.pdf, complaint.docx]) {
      expectInOrder(text, [
        'Жалоба подаётся не позднее трёх месяцев со дня, когда стало известно о принятии административного акта (ч. 1 ст. 92 АППК РК)',
        'истёк 12 ноября 2026 года.',
        'Согласно ч. 2 ст. 92 АППК РК',
        'восстановить пропущенный срок подачи жалобы;',
        'принять жалобу на решение Департамента полиции г. Алматы',
      ]);
    }
  });

  // Not detained, a copy received on 20 Nov: the ten days of ст. 592 end on Monday 30 Nov, a
  // working day, so no later reading exists.
  const outside = (signingDate: string, lang: 'ru' | 'kk' = 'ru') => {
    const answers: Record<string, unknown> = {
      ...sample(ID, lang === 'kk' ? 'complex.kk' : 'complex'),
      decisionDate: '2026-11-19',
      triggerDate: '2026-11-20',
      detained: false,
      signingDate,
    };
    for (const key of ['handedToAdministration', 'handedToAdministrationDate', 'detentionPlace'])
      delete answers[key];
    return renderBoth(ID, answers, { lang, today: signingDate });
  };

  it('a last day on a working day: no later reading is offered, and no date is left blank', async () => {
    const { pdf, docx } = await outside('2026-12-02');
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Срок исчислялся с 20 ноября 2026 года и истёк 30 ноября 2026 года. Жалоба подаётся вместе с настоящим ходатайством 2 декабря 2026 года.',
        'Срок пропущен по уважительным причинам:',
        'признать причины пропуска срока уважительными и восстановить пропущенный срок обжалования;',
      ]);
      // Once printed «…переносится на следующий рабочий день (ч. 4 ст. 48 УПК РК), — .»
      expect(text).not.toContain('при исчислении календарными сутками');
      expect(text).not.toMatch(/— ?\./);
    }
    const kk = await outside('2026-12-02', 'kk');
    expect(kk.pdf).toContain('30 қарашада аяқталды.');
    expect(kk.pdf).not.toContain('күнтізбелік тәуліктермен есептегенде');
  });

  it('a term still running on the signing day: never said to have expired; restoration only in the alternative', async () => {
    const { pdf, docx, preflight } = await outside('2026-11-25');
    expect(preflight.deadlines.find((d) => d.id === 'complaint592')).toMatchObject({
      lastDay: '2026-11-30',
      missed: false,
    });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Срок исчисляется с 20 ноября 2026 года и истекает 30 ноября 2026 года. Жалоба подаётся вместе с настоящим ходатайством 25 ноября 2026 года.',
        'На день подачи срок не истёк; настоящее ходатайство заявляется на случай, если суд исчислит срок иначе и придёт к выводу, что он пропущен.',
        'Если суд сочтёт срок пропущенным, он пропущен по уважительным причинам:',
        'признать, что срок обжалования не пропущен;',
        'если суд придёт к иному выводу — признать причины пропуска срока уважительными и восстановить пропущенный срок обжалования;',
      ]);
      expect(text).not.toContain('истёк 30 ноября');
      expect(text).not.toContain('Срок пропущен по уважительным причинам');
    }
    const kk = await outside('2026-11-25', 'kk');
    for (const text of [kk.pdf, kk.docx]) {
      expectInOrder(text, [
        'күнінен бастап есептеледі және 2026 жылғы 30 қарашада аяқталады.',
        'Беру күніне мерзім өткен жоқ; осы өтінішхат сот мерзімді басқаша есептеп, оны өткізіп алынған деп тапқан жағдайға арналып мәлімделеді.',
        'Егер сот мерзімді өткізіп алынған деп есептесе, ол дәлелді себептермен өткізіп алынды:',
        'шағымдану мерзімі өткізіп алынбаған деп тануды;',
      ]);
      expect(text).not.toContain('аяқталды');
    }
  });

  it('КоАП and АППК terms still running: the appeal is in time, restoration asked only if the court finds otherwise', async () => {
    // КоАП: served 5 Nov, ten days to Sunday 15 Nov; signed on the 12th.
    const koap = await renderBoth(
      ID,
      { ...sample(ID, 'simple'), signingDate: '2026-11-12' },
      { today: '2026-11-12' },
    );
    for (const text of [koap.pdf, koap.docx]) {
      expectInOrder(text, [
        'Срок исчисляется с 5 ноября 2026 года и истекает 15 ноября 2026 года.',
        'На день подачи срок не истёк;',
        'Если суд сочтёт срок пропущенным, он пропущен по уважительным причинам:',
        'к рассмотрению и рассмотреть её по существу, поскольку она подана в срок, а пропуск срока, если суд сочтёт его пропущенным, не является основанием к отказу в её принятии (ч. 2 ст. 832 КоАП РК);',
        'если суд сочтёт срок пропущенным — признать причины пропуска срока уважительными;',
      ]);
    }
    // АППК claim with the lawyer's own last day, 14 Dec, after the computed one and the signing day.
    const claim = await renderBoth(
      ID,
      {
        ...sample(ID, 'simple'),
        procedure: 'adminProcedure',
        adminProcedureFiling: 'claim136',
        decisionDate: '2026-10-10',
        triggerDate: '2026-10-12',
        termLastDay: '2026-12-14',
        signingDate: '2026-11-20',
      },
      { today: '2026-11-20' },
    );
    expect(claim.preflight.deadlines.find((d) => d.id === 'appk136')).toMatchObject({
      missed: true,
    });
    expectInOrder(claim.pdf, [
      'Срок исчисляется с 12 октября 2026 года и истекает 14 декабря 2026 года.',
      'На день подачи срок не истёк;',
      'признать, что срок подачи иска не пропущен;',
      'если суд придёт к иному выводу — признать причины пропуска срока уважительными и восстановить пропущенный срок подачи иска;',
    ]);
  });
});
