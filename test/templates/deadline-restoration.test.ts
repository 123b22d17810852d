/**
 * Golden checks for the request to restore a missed term: the rule of each procedure (УПК, КоАП,
 * АППК), the computed last day (rolled over only for УПК), the requests, the attachments, the
 * signature — in the PDF and the DOCX text.
 */
import { describe, expect, it } from 'vitest';
import { expectInOrder, renderBoth, sample, unverifiedCites } from '../helpers/golden.ts';

const ID = 'deadline-restoration';

describe(ID, () => {
  it('complex sample: extradition complaint (ст. 592) of a detained person, handed to the facility, suspension asked', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'complex'));
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Верховный Суд Республики Казахстан',
        'от защитника — адвоката Сейткали Айжан Маратовны',
        'в интересах Никитиной Веры Павловны, 30.06.1985 г.р., гражданки Российской Федерации',
        '(содержится под стражей; подаётся через администрацию учреждения ЛА-155/18',
        'ХОДАТАЙСТВО',
        'о восстановлении пропущенного процессуального срока',
        'Обжалуемое решение: постановление заместителя Генерального Прокурора Республики Казахстан о выдаче (экстрадиции) от 2 ноября 2026 года № 2-19-26/4102.',
        'в течение десяти суток с момента получения его копии (ч. 1 ст. 592 УПК РК)',
        // 4 Nov + 10 = Saturday 14 Nov: a custody matter is not rolled over as THE deadline
        // (УПК ст. 48 ч. 4); Monday 16 Nov is only the later reading, and 25 Nov is past both.
        'Срок исчислялся с 4 ноября 2026 года и истёк 14 ноября 2026 года.',
        'Жалоба подаётся вместе с настоящим ходатайством 25 ноября 2026 года.',
        '16 ноября 2026 года жалоба сдана администрации учреждения ЛА-155/18',
        'В силу ч. 1 ст. 49 УПК РК срок не считается пропущенным',
        'Причины пропуска срока',
        'защитнику отказывали в свиданиях',
        'Эти причины подтверждаются приложенными к ходатайству документами.',
        'Правовое обоснование',
        'Согласно ч. 2 ст. 50 УПК РК',
        'Согласно ч. 3 ст. 50 УПК РК',
        'ПРОШУ:',
        'признать причины пропуска срока уважительными и восстановить пропущенный срок обжалования;',
        'принять жалобу на постановление заместителя Генерального Прокурора Республики Казахстан о выдаче (экстрадиции) от 2 ноября 2026 года № 2-19-26/4102 к рассмотрению (прилагается);',
        'приостановить исполнение обжалуемого решения и не производить выдачу Никитиной Веры Павловны;',
        'истребовать из учреждения ЛА-155/18 журнал',
        'Приложение:',
        'Жалоба на постановление заместителя Генерального Прокурора Республики Казахстан о выдаче (экстрадиции) от 02.11.2026 № 2-19-26/4102.',
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
        'ПРОШУ:',
        'принять жалобу на постановление специализированного межрайонного административного суда г. Алматы о наложении административного взыскания в виде выдворения',
        'к рассмотрению и рассмотреть её по существу, поскольку пропуск срока не является основанием к отказу в её принятии (ч. 2 ст. 832 КоАП РК);',
        'признать причины пропуска срока уважительными.',
        'Приложение:',
        'Жалоба на постановление специализированного межрайонного административного суда г. Алматы',
        '24 ноября 2026 года',
        'Заявитель',
        'С. О. Григорьев',
      ]);
      expect(text).not.toContain('восстановить пропущенный срок');
      expect(text).not.toContain('ч. 4 ст. 48');
      expect(text).not.toContain('приостановить');
      expect(text).not.toContain('Ордер');
    }
    const koap = preflight.deadlines.find((d) => d.id === 'koap832');
    expect(koap).toMatchObject({ lastDay: '2026-11-15', missed: true });
    expect(koap?.rolledFrom).toBeFalsy();
    expect(preflight.deadlines.find((d) => d.id === 'complaint592')).toBeUndefined();
    expect(unverifiedCites(preflight)).toEqual([]);
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
        'Копия приговора (постановления) вручена осуждённому без перевода',
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
        'Согласно ч. 7 ст. 136 АППК РК срок, пропущенный по уважительной причине, может быть восстановлен судом.',
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
});
