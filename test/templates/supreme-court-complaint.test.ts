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
    // At liberty: the question is not asked, and its default («through the facility») never
    // reaches the addressee block.
    const free = await renderBoth(ID, {
      ...sample(ID, 'complex'),
      complainantRole: 'person',
      detained: false,
    });
    for (const text of [free.pdf, free.docx]) {
      expectInOrder(text, ['В Верховный Суд Республики Казахстан', 'от Волкова Андрея Павловича']);
      expect(text).not.toContain('через администрацию');
    }
  });
});

describe(`${ID}: military crime — the law's words, and a refusal to fight only when answered`, () => {
  const military = { grounds: ['militaryCrime'], militaryCrimeKzArticle: '' };

  it('no answer about a refusal: п. 9 quoted, no refusal and no rule outside ст. 590', async () => {
    const { pdf, docx } = await renderBoth(ID, {
      ...sample(ID, 'complex'),
      ...military,
      militaryCrimeConscience: false,
    });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Деяние относится к воинским преступлениям',
        'Согласно п. 9) ч. 1 ст. 590 УПК РК выдача лица (экстрадиция) не допускается, если «деяние, в связи с которым запрашивается выдача лица (экстрадиция), относится по законодательству Республики Казахстан к воинским преступлениям',
      ]);
      expect(text).not.toContain('Отказ от участия в вооружённом конфликте');
      expect(text).not.toContain('по соображениям совести');
      expect(text).not.toContain('государству, ведущему такой конфликт');
    }
    const kk = await renderBoth(
      ID,
      { ...sample(ID, 'complex.kk'), ...military, militaryCrimeConscience: false },
      { lang: 'kk' },
    );
    for (const text of [kk.pdf, kk.docx]) {
      expect(text).toContain(
        'Қазақстан Республикасының заңнамасы бойынша әскери қылмыстарға жатады',
      );
      expect(text).not.toContain('қарулы қақтығысқа қатысудан бас тарту');
      expect(text).not.toContain('ар-ождан');
    }
  });

  it('refusal for reasons of conscience ticked: said as a fact answered and as the defence’s position', async () => {
    const { pdf, docx } = await renderBoth(ID, {
      ...sample(ID, 'complex'),
      ...military,
      militaryCrimeConscience: true,
    });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'п. 9) ч. 1 ст. 590 УПК РК',
        'Волков А. П. отказался от участия в военных действиях по соображениям совести. Защита полагает, что преследование за такой отказ не может служить основанием для выдачи лица государству, которое ведёт эти военные действия.',
      ]);
      expect(text).not.toContain('противоречащем нормам международного права, не может служить');
    }
    const kk = await renderBoth(
      ID,
      { ...sample(ID, 'complex.kk'), ...military, militaryCrimeConscience: true },
      { lang: 'kk' },
    );
    for (const text of [kk.pdf, kk.docx])
      expect(text).toContain(
        'Волков А. П. ар-ождан себептері бойынша әскери іс-қимылдарға қатысудан бас тартты. Қорғау тарапының пікірінше',
      );
  });
});

describe(`${ID}: defects of the extradition check are printed only as answered`, () => {
  const procedural = { grounds: ['procedural'] };
  const raised =
    'в ходатайстве об отказе в выдаче от 20.09.2026 — о риске пыток и о воинском характере деяния';

  it('nothing answered: no section, no arguments said to be ignored', async () => {
    const { pdf, docx } = await renderBoth(ID, {
      ...sample(ID, 'complex'),
      ...procedural,
      proceduralArgumentsRaised: false,
    });
    for (const text of [pdf, docx]) {
      expect(text).not.toContain('Нарушения порядка экстрадиционной проверки');
      expect(text).not.toContain('проведена неполно');
      expect(text).not.toContain('не получили оценки');
      expect(text).not.toContain('В постановлении о выдаче эти доводы не оценены.');
    }
  });

  it('arguments raised, not said to be unassessed: what and when, nothing about the decision', async () => {
    const { pdf, docx } = await renderBoth(ID, {
      ...sample(ID, 'complex'),
      ...procedural,
      proceduralArgumentsRaised: true,
      proceduralArgumentsDetails: raised,
      proceduralArgumentsUnassessed: false,
    });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Нарушения порядка экстрадиционной проверки',
        `В ходе экстрадиционной проверки защита заявляла доводы об обстоятельствах, исключающих выдачу: ${raised}.`,
        'Лицо вправе обжаловать решение об удовлетворении запроса о выдаче (п. 6) ч. 1 ст. 586 УПК РК); защита просит суд проверить изложенные обстоятельства.',
      ]);
      expect(text).not.toContain('В постановлении о выдаче эти доводы не оценены.');
      expect(text).not.toContain('что предполагает проверку');
    }
  });

  it('unassessed ticked and defects typed: both, in the lawyer’s words; the same in Kazakh', async () => {
    const answers = {
      ...procedural,
      proceduralArgumentsRaised: true,
      proceduralArgumentsDetails: raised,
      proceduralArgumentsUnassessed: true,
      proceduralDefects: 'Защитнику отказано в ознакомлении с запросом о выдаче.',
    };
    const { pdf, docx } = await renderBoth(ID, { ...sample(ID, 'complex'), ...answers });
    for (const text of [pdf, docx])
      expectInOrder(text, [
        'Нарушения порядка экстрадиционной проверки',
        `исключающих выдачу: ${raised}. В постановлении о выдаче эти доводы не оценены.`,
        'Защитнику отказано в ознакомлении с запросом о выдаче.',
        'защита просит суд проверить изложенные обстоятельства.',
      ]);
    const kk = await renderBoth(ID, { ...sample(ID, 'complex.kk'), ...answers }, { lang: 'kk' });
    for (const text of [kk.pdf, kk.docx]) {
      expectInOrder(text, [
        'Экстрадициялық тексеру тәртібінің бұзылуы',
        'қорғау тарапы ұстап беруді жоққа шығаратын мән-жайлар туралы дәлелдер мәлімдеді:',
        'Ұстап беру туралы қаулыда бұл дәлелдер бағаланбаған.',
      ]);
      expect(text).not.toContain('толық жүргізілмеген');
    }
    const bare = await renderBoth(
      ID,
      { ...sample(ID, 'complex.kk'), ...procedural, proceduralArgumentsRaised: false },
      { lang: 'kk' },
    );
    for (const text of [bare.pdf, bare.docx])
      expect(text).not.toContain('Экстрадициялық тексеру тәртібінің бұзылуы');
  });
});
