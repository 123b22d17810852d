/**
 * Golden checks for the appeal against a court ruling on administrative expulsion (КоАП РК,
 * глава 45): addressee through the first-instance court, the 10 суток from service with no
 * roll-over, the suspensive effect of an appeal in time, a late appeal still filed, the requests,
 * the attachments, the signature — in the PDF and the DOCX text, in Russian and in Kazakh.
 */
import { describe, expect, it } from 'vitest';
import { expectInOrder, renderBoth, sample, unverifiedCites } from '../helpers/golden.ts';

const ID = 'expulsion-appeal';

describe(`${ID} (ru)`, () => {
  it('complex sample: late, in a special facility, every argument, cancel entirely', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'complex'));
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Алматинский городской суд',
        'через специализированный межрайонный административный суд г. Алматы',
        'от защитника — адвоката Нурлановой Даны Ержановны',
        'в интересах Соколова Артёма Викторовича (SOKOLOV Artem), 30.09.1994 г.р., гражданина Российской Федерации',
        'АПЕЛЛЯЦИОННАЯ ЖАЛОБА',
        'на постановление суда от 9 ноября 2026 года по делу № 7594-26-00-3/1187 о наложении административного взыскания в виде выдворения',
        '(в порядке ч. 1 ст. 830 КоАП РК, ч. 1 ст. 832 КоАП РК)',
        'судья Жумабаев К. Т.) Соколов Артём Викторович признан виновным',
        'предусмотренного ч. 3 ст. 517 КоАП РК (непостановка на учёт по месту пребывания)',
        'назначено: штраф в размере 10 МРП, административное выдворение за пределы Республики Казахстан, запрет въезда в Республику Казахстан сроком на 5 лет (прил. 1)',
        'протокола об административном правонарушении № AA 0412377 от 8 ноября 2026 года',
        'помещён в специальное учреждение',
        'Копия постановления вручена 10 ноября 2026 года. Согласно ч. 1 ст. 832 КоАП РК',
        'в течение десяти суток со дня вручения постановления',
        'через суд, вынесший постановление',
        'ч. 1 ст. 831 КоАП РК',
        'Обстоятельства дела',
        'Доводы жалобы',
        'нормативное постановление Верховного Суда РК от 13 декабря 2013 года № 4',
        'Ходатайство о присвоении статуса беженца не рассмотрено',
        'действительно до 15 декабря 2026 года',
        'Принцип невысылки',
        'Реальный риск пыток',
        'Право на уважение семейной жизни',
        'Соколов Лев Артёмович',
        'ст. 17 Международного пакта о гражданских и политических правах',
        'ст. 23 Международного пакта',
        'ст. 3 Конвенции о правах ребёнка',
        'Нарушение права на защиту',
        'не был предоставлен переводчик (английский язык)',
        'ст. 13 Международного пакта',
        'ст. 14 Международного пакта',
        'Выдворение несоразмерно',
        'проживает в Республике Казахстан с 28 сентября 2022 года',
        'О сроке подачи жалобы',
        'истёк 20 ноября 2026 года',
        'Согласно ч. 2 ст. 832 КоАП РК пропуск срока',
        'единолично судьёй вышестоящего суда (ст. 836 КоАП РК) в течение десяти суток со дня её поступления (ч. 1 ст. 835 КоАП РК)',
        'ПРОШУ:',
        'принять жалобу к рассмотрению, несмотря на пропуск срока (ч. 2 ст. 832 КоАП РК)',
        'отменить постановление от 9 ноября 2026 года по делу № 7594-26-00-3/1187 (специализированный межрайонный административный суд г. Алматы) в отношении Соколова Артёма Викторовича полностью и производство по делу прекратить',
        'приостановить исполнение постановления до рассмотрения настоящей жалобы',
        'рассмотреть жалобу с участием Соколова Артёма Викторовича и защитника, обеспечив участие переводчика (английский язык)',
        'освободить Соколова Артёма Викторовича из специального приёмника',
        'Приложение:',
        'Копия обжалуемого постановления от 09.11.2026 по делу № 7594-26-00-3/1187.',
        'Копия жалобы (второй экземпляр).',
        'Ордер адвоката.',
        'Копия свидетельства лица, ищущего убежище, № 000552 от 15.06.2026.',
        'Копия договора найма жилья — на 3 л.',
        '25 ноября 2026 года',
        'г. Алматы',
        'Защитник, адвокат',
        'Д. Е. Нурланова',
      ]);
      // A late appeal has no verified suspensive effect: ст. 834 is not claimed for it.
      expect(text).not.toContain('ч. 1 ст. 834 КоАП РК');
      expect(text).not.toContain('последний день которого');
    }
    // The PDF prints the list numbers (the DOCX numbers its lists itself).
    expectInOrder(pdf, [
      '1) принять жалобу к рассмотрению',
      '2) отменить постановление',
      '6) освободить',
      '1. Копия обжалуемого постановления',
      '7. Копия договора найма жилья',
    ]);
    expect(preflight.deadlines.find((d) => d.id === 'appeal')).toMatchObject({
      lastDay: '2026-11-20',
      missed: true,
    });
    expect(unverifiedCites(preflight)).toEqual([
      'cat-3',
      'crc-3',
      'iccpr-13',
      'iccpr-14',
      'iccpr-17',
      'iccpr-23',
      'iccpr-7',
      'np-vs-2013-4',
      'refugee-convention-33',
    ]);
  });

  it('simple sample in time, filed by the person: suspensive effect stated, expulsion part only', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'simple'));
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Алматинский городской суд',
        'через специализированный межрайонный административный суд г. Алматы',
        'от Зимина Егора Романовича (ZIMIN Egor), 12.04.1998 г.р., гражданина Российской Федерации',
        'АПЕЛЛЯЦИОННАЯ ЖАЛОБА',
        'назначено: административное выдворение за пределы Республики Казахстан (прил. 1)',
        'Копия постановления вручена 20 ноября 2026 года',
        'Жалоба подаётся в пределах этого срока, последний день которого — 30 ноября 2026 года.',
        'В силу ч. 1 ст. 834 КоАП РК подача жалобы в установленный срок приостанавливает исполнение постановления',
        'Прошу специализированный межрайонный административный суд г. Алматы не обращать постановление к исполнению и не допускать выдворения Зимина Егора Романовича',
        'Ходатайство о присвоении статуса беженца не рассмотрено',
        'ПРОШУ:',
        'отменить постановление от 19 ноября 2026 года (специализированный межрайонный административный суд г. Алматы) в отношении Зимина Егора Романовича в части назначения административного выдворения за пределы Республики Казахстан;',
        'рассмотреть жалобу с участием Зимина Егора Романовича;',
        'Приложение:',
        'Копия обжалуемого постановления от 19.11.2026.',
        'Копия жалобы (второй экземпляр).',
        'Копия свидетельства лица, ищущего убежище, № 000733 от 02.10.2026.',
        'Заявитель',
        'Е. Р. Зимин',
      ]);
      expect(text).not.toContain('защитника');
      expect(text).not.toContain('О сроке подачи жалобы');
      expect(text).not.toContain('приостановить исполнение');
    }
    expect(preflight.deadlines[0]).toMatchObject({ lastDay: '2026-11-30', missed: false });
    expect(unverifiedCites(preflight)).toEqual(['np-vs-2013-4']);
  });

  it('a last day on a Saturday is not moved (КоАП computation not verified: rollOver none)', async () => {
    // Served Wednesday 18 Nov 2026 + 10 = Saturday 28 Nov; it stays the last day.
    const answers = { ...sample(ID, 'simple'), rulingServedDate: '2026-11-18' };
    const { pdf, preflight } = await renderBoth(ID, answers);
    expect(preflight.deadlines[0]).toMatchObject({
      lastDay: '2026-11-28',
      missed: false,
    });
    expect(preflight.deadlines[0]?.rolledFrom ?? '').toBe('');
    expect(pdf).toContain('последний день которого — 28 ноября 2026 года');
  });

  it('a last day on Independence Day is not moved either', async () => {
    // Served 6 Dec 2026 + 10 = Wednesday 16 Dec, a holiday; no roll-over to 17 Dec.
    const answers = {
      ...sample(ID, 'simple'),
      expulsionRulingDate: '2026-12-05',
      rulingServedDate: '2026-12-06',
      signingDate: '2026-12-08',
    };
    const { preflight } = await renderBoth(ID, answers, { today: '2026-12-08' });
    expect(preflight.deadlines[0]).toMatchObject({ lastDay: '2026-12-16' });
    expect(preflight.deadlines[0]?.rolledFrom ?? '').toBe('');
  });

  it('a missed term found by the date alone still files the appeal, with the late-filing section', async () => {
    const answers = { ...sample(ID, 'simple'), rulingServedDate: '2026-11-12' };
    const { pdf, preflight } = await renderBoth(ID, answers);
    expect(preflight.deadlines[0]).toMatchObject({ lastDay: '2026-11-22', missed: true });
    expectInOrder(pdf, [
      'О сроке подачи жалобы',
      'истёк 22 ноября 2026 года',
      'ПРОШУ:',
      'принять жалобу к рассмотрению, несмотря на пропуск срока (ч. 2 ст. 832 КоАП РК);',
    ]);
    expect(pdf).not.toContain('ч. 1 ст. 834 КоАП РК');
  });

  it('a person who did not take part: the term runs from receipt', async () => {
    const answers = { ...sample(ID, 'simple'), absentFromHearing: true };
    const { pdf } = await renderBoth(ID, answers);
    expect(pdf).toContain(
      'Копия постановления получена 20 ноября 2026 года; в рассмотрении дела Зимин Е. Р. не участвовал',
    );
    expect(pdf).toContain('в течение десяти суток со дня его получения');
  });
});
