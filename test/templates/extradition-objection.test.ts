/**
 * Golden checks for the objection to extradition during the extradition check (УПК РК ст. 590):
 * what the filing asserts only from the answers (where the check runs, the UN committee's
 * interim measures, the family), and the release request with the article that says what it says.
 */
import { describe, expect, it } from 'vitest';
import { expectInOrder, renderBoth, sample } from '../helpers/golden.ts';

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
