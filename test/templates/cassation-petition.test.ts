/**
 * Golden checks for the cassation petition (УПК РК ст. 488): addressee, title, the law cited,
 * the violations and ст. 485 grounds, requests, attachments, signature — in the PDF and the DOCX.
 * There is no deadline: a petition improving the convict's position is not limited in time.
 */
import { describe, expect, it } from 'vitest';
import {
  GOLDEN_TODAY,
  expectInOrder,
  renderBoth,
  sample,
  unverifiedCites,
} from '../helpers/golden.ts';
import { getServices } from '../../main/services.ts';

const ID = 'cassation-petition';

describe(ID, () => {
  it('complex sample: defender, violations with their effect, all grounds, suspension asked (ст. 493 flagged)', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'complex'));
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В судебную коллегию по уголовным делам Верховного Суда Республики Казахстан',
        'от защитника — адвоката Касымова Тимура Нурлановича',
        'в интересах осуждённой Мироновой Анны Дмитриевны',
        'место жительства (нахождения): 050000, г. Алматы, ул. Абая, 52, офис 3',
        'ХОДАТАЙСТВО',
        'о пересмотре в кассационном порядке приговора Медеуского районного суда г. Алматы от 8 апреля 2026 года и постановления судебной коллегии по уголовным делам Алматинского городского суда от 17 июня 2026 года по делу № 7511-26-00-1/214',
        '(в порядке ч. 1 ст. 488 УПК РК)',
        'Миронова Анна Дмитриевна осуждена по ч. 2 ст. 174 УК РК',
        'лишение свободы на 3 года в учреждении средней безопасности (прил. 1)',
        '(прил. 2)',
        // ст. 484 ч. 2 п. 1: the category is asked, and said when cassation lies.
        'Наиболее тяжкое из преступлений, за которые осуждена Миронова А. Д., относится к тяжким преступлениям',
        'через администрацию учреждения ЛА-155/14 г. Алматы',
        'в части осуждения по ч. 2 ст. 174 УК РК',
        'сроками не ограничено (ч. 1 ст. 487 УПК РК)',
        'ч. 1-1 ст. 488 УПК РК',
        'ч. 1 ст. 423 УПК РК',
        'Допущенные нарушения закона и их влияние на судебные решения',
        '1. Нарушение требований УПК РК о допустимости доказательств.',
        'Как это нарушение отразилось на судебных решениях:',
        '2. Нарушение обязанности суда апелляционной инстанции',
        'Основания для пересмотра',
        // The grounds in the words of ч. 1 ст. 485, the last one closing the list.
        'осуждение невиновного;',
        'неправильную квалификацию деяния осуждённой, неправильное определение вида рецидива и режима исправительного учреждения;',
        'неправильное назначение наказания либо несоответствие назначенного судом наказания тяжести уголовного правонарушения и личности осуждённой.',
        'ч. 1 ст. 485 УПК РК',
        'Доводы ходатайства',
        'Доказательства',
        'Заключение специалиста-лингвиста от 02.09.2026',
        'О приостановлении исполнения приговора',
        'за исключением случаев, предусмотренных ст. 493 УПК РК (ч. 4 ст. 488 УПК РК)',
        'ПРОШУ:',
        'пересмотреть в кассационном порядке приговор Медеуского районного суда г. Алматы',
        'в отношении Мироновой Анны Дмитриевны в части осуждения по ч. 2 ст. 174 УК РК;',
        // The request keeps to the part appealed (scope).
        // ст. 494 ч. 7: the cassation court quashes and terminates; it cannot acquit.
        'приговор и постановление апелляционной инстанции в части осуждения по ч. 2 ст. 174 УК РК отменить, производство по уголовному делу в этой части прекратить;',
        'приостановить исполнение приговора до рассмотрения ходатайства',
        'рассмотреть ходатайство с участием защитника, подавшего ходатайство',
        'истребовать уголовное дело № 7511-26-00-1/214',
        'Приложение:',
        'Копия приговора Медеуского районного суда г. Алматы от 08.04.2026.',
        'Копия постановления судебной коллегии по уголовным делам Алматинского городского суда от 17.06.2026.',
        'Ордер адвоката.',
        'на 14 л.',
        '25 ноября 2026 года',
        'г. Алматы',
        'Защитник, адвокат',
        'Т. Н. Касымов',
      ]);
      // Not a ground of ч. 1 ст. 485: a procedural violation is described, not offered as a ground.
      expect(text).not.toContain('существенное нарушение уголовно-процессуального закона');
      expect(text).not.toContain('апелляционной инстанции отменить и вынести');
    }
    // No deadline: ч. 1 ст. 487 — nothing to compute, nothing to miss.
    expect(preflight.deadlines).toEqual([]);
    expect(unverifiedCites(preflight)).toEqual(['upk-493']);
  });

  it('simple sample: filed by the convict himself, heard with him, sent for a new trial, no suspension', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'simple'));
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В судебную коллегию по уголовным делам Верховного Суда Республики Казахстан',
        'от осуждённого Григорьева Олега Сергеевича',
        'ХОДАТАЙСТВО',
        'о пересмотре в кассационном порядке приговора районного суда № 2 Казыбекбийского района г. Караганды от 16 марта 2026 года',
        'осуждён по ч. 1 ст. 174 УК РК',
        'относится к тяжким преступлениям',
        'Считаю приговор и постановление апелляционной инстанции незаконными и обжалую их в полном объёме',
        'ч. 1 ст. 487 УПК РК',
        '1. Нарушение ст. 30 УПК РК (язык уголовного судопроизводства).',
        'повлекло:',
        'осуждение невиновного.',
        'ПРОШУ:',
        'уголовное дело направить на новое судебное рассмотрение',
        'рассмотреть ходатайство с моим участием',
        'Приложение:',
        'Копия приговора',
        'Осуждённый',
        'О. С. Григорьев',
      ]);
      expect(text).not.toContain('ст. 493');
      expect(text).not.toContain('существенное нарушение уголовно-процессуального закона');
      expect(text).not.toContain('ч. 1 ст. 296');
      expect(text).not.toContain(' в части ');
      expect(text).not.toContain('Ордер');
      expect(text).not.toContain('под стражей');
    }
    expect(preflight.deadlines).toEqual([]);
    expect(unverifiedCites(preflight)).toEqual([]);
  });

  it('asks only what ст. 494 ч. 7 lets the cassation court decide: no acquittal, a 2.x draft’s choice refused', async () => {
    const { engine } = getServices();
    const issues = engine.validate(
      ID,
      { ...sample(ID, 'complex'), requestedOutcome: 'acquit' },
      'ru',
      GOLDEN_TODAY,
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ path: 'requestedOutcome', code: 'invalidOption' }),
    );
    for (const lang of ['ru', 'kk'] as const) {
      const { pdf, docx } = await renderBoth(
        ID,
        sample(ID, lang === 'ru' ? 'complex' : 'complex.kk'),
        {
          lang,
        },
      );
      for (const text of [pdf, docx]) expect(text).not.toMatch(/оправдательн|ақтау үкім/);
    }
  });

  it('a minor-gravity case: the pre-flight warns (ст. 484 ч. 2 п. 1), the petition claims nothing about the category', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, {
      ...sample(ID, 'simple'),
      offenceCategory: 'minor',
    });
    for (const text of [pdf, docx]) {
      expect(text).not.toContain('относится к тяжким');
      expect(text).not.toContain('небольшой тяжести');
    }
    expect(preflight.answerNotices.filter((n) => n.code === 'optionWarning')).toEqual([
      expect.objectContaining({
        path: 'offenceCategory',
        code: 'optionWarning',
        message: expect.stringMatching(
          /^«Преступление небольшой тяжести — кассация по ходатайству не допускается»: п\. 1 ч\. 2 ст\. 484 УПК РК не допускает пересмотра/,
        ),
      }),
    ]);
    // A category cassation lies for: no warning.
    const grave = await renderBoth(ID, sample(ID, 'simple'));
    expect(grave.preflight.answerNotices.filter((n) => n.code === 'optionWarning')).toEqual([]);
  });

  it('partly appealed, sent for a new trial or mitigated: the request names the part', async () => {
    const part = { ...sample(ID, 'simple'), scope: 'part', scopePart: 'назначенного наказания' };
    const retrial = await renderBoth(ID, part);
    expect(retrial.pdf).toContain(
      'приговор и постановление апелляционной инстанции в части назначенного наказания отменить, уголовное дело в этой части направить на новое судебное рассмотрение',
    );
    const mitigate = await renderBoth(ID, { ...part, requestedOutcome: 'mitigate' });
    expect(mitigate.pdf).toContain(
      'приговор и постановление апелляционной инстанции в части назначенного наказания изменить, смягчить назначенное Григорьеву Олегу Сергеевичу наказание',
    );
  });

  it('Kazakh complex sample: the category, the grounds of ст. 485 and the part appealed', async () => {
    const { pdf } = await renderBoth(ID, sample(ID, 'complex.kk'), { lang: 'kk' });
    expectInOrder(pdf, [
      'сотталған қылмыстардың ең ауыры ауыр қылмыстарға жатады',
      // ст. 485 ч. 1 in the words of the Code's Kazakh text.
      'мыналарға алып келді:',
      'кінәсізді соттауға;',
      'жазаның дұрыс тағайындалмауына',
      'сотталған адамның жеке басына сәйкес келмеуіне.',
      'СҰРАЙМЫН:',
      'ҚР ҚК 174-бабының 2-бөлігі бойынша соттау бөлігінде күшін жойып',
      'қылмыстық іс бойынша іс жүргізуді осы бөлігінде тоқтатуды;',
    ]);
    expect(pdf).not.toContain('елеулі бұзылуы');
  });

  it('heard without the filer, sentence mitigated', async () => {
    const answers = {
      ...sample(ID, 'simple'),
      participation: 'without',
      requestedOutcome: 'mitigate',
    };
    const { pdf } = await renderBoth(ID, answers);
    expectInOrder(pdf, [
      'изменить, смягчить назначенное Григорьеву Олегу Сергеевичу наказание',
      'рассмотреть ходатайство без участия лица, подавшего ходатайство',
    ]);
  });
});
