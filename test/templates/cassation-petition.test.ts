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

/** Letters only: pdftotext splits a justified line's words and drops a hyphen at a line break. */
const letters = (s: string): string => s.replace(/[\s\u00AD-]+/g, '');

/** The fragments in order: word for word in the DOCX, letter for letter in the PDF. */
function expectBoth(
  { pdf, docx }: { pdf: string; docx: string },
  fragments: readonly string[],
): void {
  expectInOrder(docx, fragments);
  expectInOrder(letters(pdf), fragments.map(letters));
}

describe(ID, () => {
  it('complex sample: defender, violations with their effect, three grounds, suspension asked of the Chairman (ст. 493 flagged)', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'complex'));
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В судебную коллегию по уголовным делам Верховного Суда Республики Казахстан',
        // ст. 493: only the Chairman (or the Prosecutor General) may suspend execution.
        'Председателю Верховного Суда Республики Казахстан (о приостановлении исполнения приговора, ст. 493 УПК РК)',
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
        // The grounds in the words of ч. 1 ст. 485, the last one closing the list; of п. 3 only
        // what the sample ticks (the qualification, no recidivism, no regime).
        'осуждение невиновного;',
        'неправильную квалификацию деяния осуждённой;',
        'неправильное назначение наказания либо несоответствие назначенного судом наказания тяжести уголовного правонарушения и личности осуждённой.',
        'ч. 1 ст. 485 УПК РК',
        'Доводы ходатайства',
        'Доказательства',
        'Заключение специалиста-лингвиста от 02.09.2026',
        'О приостановлении исполнения приговора',
        'за исключением случаев, предусмотренных ст. 493 УПК РК (ч. 4 ст. 488 УПК РК)',
        'Председатель Верховного Суда Республики Казахстан одновременно с истребованием дела вправе приостановить исполнение приговора для проверки в кассационном порядке на срок не свыше трёх месяцев (ст. 493 УПК РК).',
        'Защита просит Председателя Верховного Суда Республики Казахстан истребовать уголовное дело № 7511-26-00-1/214 и одновременно приостановить исполнение приговора Медеуского районного суда г. Алматы от 8 апреля 2026 года на срок не свыше трёх месяцев по следующим причинам:',
        'ПРОШУ:',
        'пересмотреть в кассационном порядке приговор Медеуского районного суда г. Алматы',
        'в отношении Мироновой Анны Дмитриевны в части осуждения по ч. 2 ст. 174 УК РК;',
        // The request keeps to the part appealed (scope).
        // ст. 494 ч. 7: the cassation court quashes and terminates; it cannot acquit.
        'приговор и постановление апелляционной инстанции в части осуждения по ч. 2 ст. 174 УК РК отменить, производство по уголовному делу в этой части прекратить;',
        'Председателя Верховного Суда Республики Казахстан — истребовать уголовное дело и одновременно с истребованием приостановить исполнение приговора для проверки в кассационном порядке на срок не свыше трёх месяцев (ст. 493 УПК РК);',
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
      // Nothing the lawyer did not tick: no recidivism, regime, civil claim or confiscation.
      expect(text).not.toMatch(/рецидив|режим|гражданского иска|конфискац/);
      // The Judicial Board cannot suspend execution, nor without a limit in time.
      expect(text).not.toContain('до рассмотрения ходатайства');
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
      'сотталған адамның іс-әрекетін дұрыс сараламауға;',
      'жазаның дұрыс тағайындалмауына',
      'сотталған адамның жеке басына сәйкес келмеуіне.',
      'СҰРАЙМЫН:',
      'ҚР ҚК 174-бабының 2-бөлігі бойынша соттау бөлігінде күшін жойып',
      'қылмыстық іс бойынша іс жүргізуді осы бөлігінде тоқтатуды;',
    ]);
    expect(pdf).not.toContain('елеулі бұзылуы');
    expect(pdf).not.toMatch(/қайталану|режим|азаматтық талап|тәркілеу/);
  });

  it('ст. 485 ч. 1 пп. 3 and 6: only the elements the lawyer ticks, each in the words of the Code', async () => {
    const grounds = (answers: Record<string, unknown>) => ({
      ...sample(ID, 'simple'),
      cassationGrounds: ['qualification', 'civilClaim'],
      ...answers,
    });
    const groundsKk = (answers: Record<string, unknown>) => ({
      ...sample(ID, 'simple.kk'),
      cassationGrounds: ['qualification', 'civilClaim'],
      ...answers,
    });
    // A first offender whose regime was wrong, a case with confiscation and no civil claim.
    const regime = { qualificationErrors: ['regime'], civilClaimErrors: ['confiscation'] };
    const ru = await renderBoth(ID, grounds(regime));
    const kk = await renderBoth(ID, groundsKk(regime), { lang: 'kk' });
    expectBoth(ru, [
      'повлекло:',
      'неправильное определение режима исправительного учреждения уголовно-исполнительной системы;',
      'неправильное разрешение вопроса о конфискации имущества.',
      'Тем самым имеются основания',
    ]);
    for (const text of [ru.pdf, ru.docx])
      expect(text).not.toMatch(/квалификацию|рецидив|гражданского иска/);
    expectBoth(kk, [
      'мыналарға алып келді:',
      'қылмыстық атқару жүйесінің түзеу мекемелері режимін дұрыс айқындамауға;',
      'мүлікті тәркілеу туралы мәселені дұрыс шешпеуге.',
    ]);
    for (const text of [kk.pdf, kk.docx])
      expect(text).not.toMatch(/сараламауға|қайталану|азаматтық талап/);
    // Two elements of each: joined as the Code joins them.
    const both = {
      qualificationErrors: ['recidivism', 'act'],
      civilClaimErrors: ['confiscation', 'civilClaim'],
    };
    const ru2 = await renderBoth(ID, grounds(both));
    const kk2 = await renderBoth(ID, groundsKk(both), { lang: 'kk' });
    expectBoth(ru2, [
      'неправильную квалификацию деяния осуждённого, неправильное определение вида рецидива;',
      'неправильное разрешение гражданского иска, неправильное разрешение вопроса о конфискации имущества.',
    ]);
    for (const text of [ru2.pdf, ru2.docx]) expect(text).not.toContain('режим');
    expectBoth(kk2, [
      'сотталған адамның іс-әрекетін дұрыс сараламауға, қылмыстың қайталану түрін дұрыс айқындамауға;',
      'азаматтық талап қоюды дұрыс шешпеуге, мүлікті тәркілеу туралы мәселені дұрыс шешпеуге.',
    ]);
    for (const text of [kk2.pdf, kk2.docx]) expect(text).not.toContain('режим');
    // All three of п. 3: the Code's whole phrase.
    const all = await renderBoth(
      ID,
      grounds({
        cassationGrounds: ['qualification'],
        qualificationErrors: ['act', 'recidivism', 'regime'],
      }),
    );
    expectBoth(all, [
      'неправильную квалификацию деяния осуждённого, неправильное определение вида рецидива и режима исправительного учреждения уголовно-исполнительной системы.',
    ]);
    // The ground alone is not enough: the form asks which elements, and says nothing unticked.
    const { engine } = getServices();
    const issues = engine.validate(
      ID,
      grounds({ qualificationErrors: [], civilClaimErrors: [] }),
      'ru',
      GOLDEN_TODAY,
    );
    for (const path of ['qualificationErrors', 'civilClaimErrors'])
      expect(issues).toContainEqual(expect.objectContaining({ path, code: 'required' }));
  });

  it('suspension asked of the Chairman of the Supreme Court, with the case, for up to three months (ст. 493)', async () => {
    const answers = (name: string) => ({
      ...sample(ID, name),
      suspendExecution: true,
      suspensionReasons: 'Причины.',
    });
    const ru = await renderBoth(ID, answers('simple'));
    expectBoth(ru, [
      'В судебную коллегию по уголовным делам Верховного Суда Республики Казахстан',
      'Председателю Верховного Суда Республики Казахстан (о приостановлении исполнения приговора, ст. 493 УПК РК)',
      'от осуждённого Григорьева Олега Сергеевича',
      'О приостановлении исполнения приговора',
      'Прошу Председателя Верховного Суда Республики Казахстан истребовать уголовное дело и одновременно приостановить исполнение приговора районного суда № 2 Казыбекбийского района г. Караганды от 16 марта 2026 года на срок не свыше трёх месяцев по следующим причинам:',
      'ПРОШУ:',
      'Председателя Верховного Суда Республики Казахстан — истребовать уголовное дело и одновременно с истребованием приостановить исполнение приговора для проверки в кассационном порядке на срок не свыше трёх месяцев (ст. 493 УПК РК);',
      'рассмотреть ходатайство с моим участием',
    ]);
    for (const text of [ru.pdf, ru.docx]) expect(text).not.toContain('до рассмотрения ходатайства');
    expect(unverifiedCites(ru.preflight)).toEqual(['upk-493']);
    const kk = await renderBoth(ID, answers('simple.kk'), { lang: 'kk' });
    expectBoth(kk, [
      'Қазақстан Республикасы Жоғарғы Сотының қылмыстық істер жөніндегі сот алқасына',
      'Қазақстан Республикасы Жоғарғы Сотының Төрағасына (үкімнің орындалуын тоқтата тұру туралы, ҚР ҚПК 493-бабы)',
      'Үкімнің орындалуын тоқтата тұру туралы',
      'Қазақстан Республикасы Жоғарғы Сотының Төрағасы кассациялық тәртіппен тексеру үшін істі талап етіп алдырумен бір мезгілде сот үкімінің орындалуын үш айдан аспайтын мерзімге тоқтата тұруға құқылы (ҚР ҚПК 493-бабы).',
      'Қазақстан Республикасы Жоғарғы Сотының Төрағасынан қылмыстық істі талап етіп алдыруды және онымен бір мезгілде үкімнің орындалуын үш айдан аспайтын мерзімге мына себептер бойынша тоқтата тұруды сұраймын:',
      'СҰРАЙМЫН:',
      'Қазақстан Республикасы Жоғарғы Сотының Төрағасынан — қылмыстық істі талап етіп алдыруды және онымен бір мезгілде үкімнің орындалуын кассациялық тәртіппен тексеру үшін үш айдан аспайтын мерзімге тоқтата тұруды (ҚР ҚПК 493-бабы);',
    ]);
    for (const text of [kk.pdf, kk.docx]) expect(text).not.toContain('өтінішхат қаралғанға дейін');
  });

  it('claims the contents of ч. 1 ст. 423 only with a contact number or e-mail (its п. 2)', async () => {
    const withContact = await renderBoth(ID, sample(ID, 'complex'));
    const none = await renderBoth(ID, {
      ...sample(ID, 'complex'),
      complainantPhone: '',
      complainantEmail: '',
    });
    const kk = await renderBoth(
      ID,
      { ...sample(ID, 'complex.kk'), complainantPhone: '', complainantEmail: '' },
      { lang: 'kk' },
    );
    for (const text of [withContact.pdf, withContact.docx])
      expect(text).toContain('и содержит сведения, предусмотренные ч. 1 ст. 423 УПК РК');
    for (const text of [none.pdf, none.docx]) {
      expect(text).toContain('Верховного Суда Республики Казахстан (ч. 1-1 ст. 488 УПК РК).');
      expect(text).not.toContain('содержит сведения');
    }
    expect(kk.pdf).not.toContain('заң талап ететін мәліметтерді қамтиды');
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
