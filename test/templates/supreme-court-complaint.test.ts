/**
 * Golden checks for the complaint to the Supreme Court against the extradition decision
 * (УПК РК ст. 592): the stay of ч. 4 ст. 591 stated only for a complaint in time (a late one asks
 * to suspend execution pending restoration, ч. 3 ст. 50), the UN committee's interim measures as
 * answered, and the family under a heading of its own with the argument it serves.
 */
import { describe, expect, it } from 'vitest';
import { expectInOrder, renderBoth, sample } from '../helpers/golden.ts';

const ID = 'supreme-court-complaint';

describe(ID, () => {
  it('complex sample, late: the stay is not assumed, suspension pending restoration is asked', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'complex'));
    expect(preflight.deadlines.find((d) => d.id === 'complaint')).toMatchObject({ missed: true });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Согласно ч. 4 ст. 591 УПК РК постановление о выдаче обращается к исполнению по истечении срока его обжалования',
        'Поскольку срок обжалования пропущен, прошу до разрешения ходатайства о его восстановлении приостановить исполнение постановления о выдаче (ч. 3 ст. 50 УПК РК).',
        'Временные меры Комитета ООН',
        'Комитет эту просьбу удовлетворил.',
        'Нарушения порядка экстрадиционной проверки',
        'Семья в Республике Казахстан',
        'В Республике Казахстан проживают члены семьи Волкова Андрея Павловича:',
        'Волкова Елена Сергеевна',
        'Выдача разлучит Волкова Андрея Павловича с семьёй.',
        'ст. 17 Международного пакта о гражданских и политических правах',
        'подлежат учёту при проверке соответствия решения о выдаче международным договорам Республики Казахстан.',
        'Ходатайство о восстановлении пропущенного срока',
        'ПРОШУ:',
        'восстановить пропущенный срок обжалования постановления о выдаче;',
        'до разрешения ходатайства о восстановлении срока приостановить исполнение постановления о выдаче (ч. 3 ст. 50 УПК РК);',
      ]);
      expect(text).not.toContain('В соответствии с ч. 4 ст. 591 УПК РК в случае обжалования');
      expect(text).not.toContain('вместе с Волковым');
    }
  });

  it('simple sample, in time: the stay of ч. 4 ст. 591 is stated, nothing about suspension', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'simple'));
    expect(preflight.deadlines.find((d) => d.id === 'complaint')).toMatchObject({ missed: false });
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'В соответствии с ч. 4 ст. 591 УПК РК в случае обжалования постановления выдача лица не производится вплоть до вступления в законную силу постановления судьи Верховного Суда Республики Казахстан.',
      );
      expect(text).not.toContain('ч. 3 ст. 50');
      expect(text).not.toContain('обращается к исполнению');
    }
  });

  it('Kazakh complex sample: the same conditional stay, suspension asked, family with its heading', async () => {
    const { pdf } = await renderBoth(ID, sample(ID, 'complex.kk'), { lang: 'kk' });
    expectInOrder(pdf, [
      // ст. 591 ч. 4 and ст. 590 ч. 1 п. 7 in the terms of the Code's Kazakh text.
      'ұстап беру (экстрадициялау) туралы қаулы оған шағым жасау мерзімі өткеннен кейін орындауға енгізіледі',
      'Шағымдану мерзімі өткізіп алынғандықтан',
      'қаулының орындалуын тоқтата тұруды сұраймын (ҚР ҚПК 50-бабының 3-бөлігі).',
      'Қазақстан Республикасындағы отбасы',
      'отбасымен байланысын үзеді.',
      'СҰРАЙМЫН:',
      'орындалуын тоқтата тұруды (ҚР ҚПК 50-бабының 3-бөлігі);',
    ]);
    expect(pdf).not.toContain('өз отбасымен бірге тұрады');
    expect(pdf).toContain('саяси сенімдері бойынша қауіп төнеді деп пайымдауға негіздер болса');
    expect(pdf).not.toMatch(/саяси нанымы белгісі|деп санауға негіз болса/);
  });
});

describe(`${ID}: who files decides whether it goes through the facility`, () => {
  it('the detained person files through the administration; a defender files directly', async () => {
    const defender = await renderBoth(ID, sample(ID, 'complex'));
    for (const text of [defender.pdf, defender.docx]) {
      expect(text).not.toContain('через администрацию учреждения');
      expect(text).toContain('В настоящее время он содержится под стражей.');
    }
    const self = await renderBoth(ID, {
      ...sample(ID, 'complex'),
      complainantRole: 'person',
      viaDetentionAdministration: true,
    });
    for (const text of [self.pdf, self.docx])
      expect(text).toContain('жалоба подаётся через администрацию учреждения');
  });
});
