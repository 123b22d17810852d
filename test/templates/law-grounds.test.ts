/**
 * Issue 17 items 8 and 9, as the reader sees them in the PDF and the DOCX: release is asked for
 * with its article (УПК ст. 592 ч. 9 → ст. 589 ч. 10 in the Supreme Court complaint; ст. 587 ч. 4
 * п. 2, ст. 588 ч. 8 п. 3 or ст. 589 ч. 10 in the objection, by the measure); and the military-crime
 * ground quotes УПК ст. 590 ч. 1 п. 9 exactly (VERIFIED.md rows 10d, 10j).
 */
import { describe, expect, it } from 'vitest';
import { expectInOrder, renderBoth, sample } from '../helpers/golden.ts';

const P9 =
  '«деяние, в связи с которым запрашивается выдача лица (экстрадиция), относится по законодательству Республики Казахстан к воинским преступлениям, если иное не предусмотрено международным договором Республики Казахстан с запрашивающим государством»';

describe('release with its basis (item 8)', () => {
  it('the Supreme Court complaint of a detained person asks that the ruling go to the prosecutor for release under ст. 592 ч. 9 and ст. 589 ч. 10', async () => {
    const { pdf, docx } = await renderBoth(
      'supreme-court-complaint',
      sample('supreme-court-complaint', 'simple'),
    );
    for (const text of [pdf, docx])
      expectInOrder(text, [
        'ПРОШУ:',
        // The court does not release: the prosecutor does, on the ruling (ч. 10 ст. 589).
        'в случае отмены постановления о выдаче незамедлительно направить копию постановления суда прокурору для освобождения Орлова Максима Игоревича из-под стражи, которое производится на основании постановления прокурора в порядке, предусмотренном ч. 9 ст. 592 УПК РК и ч. 10 ст. 589 УПК РК',
      ]);
  });

  it('in Kazakh too', async () => {
    const { pdf, docx } = await renderBoth(
      'supreme-court-complaint',
      sample('supreme-court-complaint', 'simple'),
      { lang: 'kk' },
    );
    for (const text of [pdf, docx])
      expectInOrder(text, [
        'СҰРАЙМЫН:',
        'сот қаулысының көшірмесін Орлов Максим Игоревичтің күзеттен босатылуы үшін прокурорға дереу жіберуді (босату ҚР ҚПК 592-бабының 9-бөлігі және ҚР ҚПК 589-бабының 10-бөлігі бойынша прокурордың қаулысы негізінде жүргізіледі)',
      ]);
  });

  it('a complaint for a person at liberty asks for no release', async () => {
    const answers = { ...sample('supreme-court-complaint', 'simple'), detained: false };
    const { pdf } = await renderBoth('supreme-court-complaint', answers);
    expect(pdf).not.toContain('ч. 9 ст. 592');
  });

  const objection = (custody: string) => ({
    ...sample('extradition-objection', 'complex'),
    custody,
    requestRelease: true,
    // Within every custody term on the day of signing (25.11.2026); a term already over is
    // argued first (extradition-objection.test.ts).
    detentionDate: '2026-11-01',
  });
  it.each<[string, ...string[]]>([
    [
      'temporary',
      'прекратить временное содержание',
      'под стражей и освободить',
      'поскольку стали известны обстоятельства, исключающие возможность выдачи (п. 3) ч. 8 ст. 588 УПК РК);',
    ],
    [
      'arrest',
      'поскольку выдача не допускается по изложенным основаниям (ч. 1 ст. 590 УПК РК)',
      'постановление об освобождении',
      'из-под экстрадиционного ареста;',
    ],
    [
      'detention',
      'немедленно освободить',
      'поскольку установлены обстоятельства, при наличии которых выдача не производится (п. 2) ч. 4 ст. 587 УПК РК);',
    ],
  ])('the objection asks for release from %s with its article', async (custody, ...fragments) => {
    const { pdf, docx } = await renderBoth('extradition-objection', objection(custody));
    for (const text of [pdf, docx]) expectInOrder(text, ['ПРОШУ:', ...fragments]);
  });
});

describe('the military-crime ground quotes п. 9) ч. 1 ст. 590 УПК РК exactly (item 9)', () => {
  const withMilitary = (id: string) => {
    const s = sample(id, 'complex');
    const grounds = s.grounds as string[];
    return {
      ...s,
      grounds: grounds.includes('militaryCrime') ? grounds : [...grounds, 'militaryCrime'],
    };
  };

  it.each(['supreme-court-complaint', 'extradition-objection', 'extradition-arrest-complaint'])(
    '%s: the exact words; the treaty clause is asserted only once checked',
    async (id) => {
      const { pdf, docx } = await renderBoth(id, withMilitary(id));
      for (const text of [pdf, docx]) {
        expectInOrder(text, [
          'Деяние относится к воинским преступлениям',
          `Согласно п. 9) ч. 1 ст. 590 УПК РК выдача лица (экстрадиция) не допускается, если ${P9}.`,
          'относится по законодательству Республики Казахстан к воинским преступлениям.',
        ]);
        expect(text).not.toContain('иного не предусматривает');
      }
      const checked = {
        ...withMilitary(id),
        militaryCrimeKzArticle: 'ст. 000 УК РК (дезертирство)',
        militaryCrimeTreatyChecked: true,
        militaryCrimeTreaty: 'Кишинёвская конвенция 2002 года',
      };
      const after = await renderBoth(id, checked);
      expectInOrder(after.docx, [
        'к воинским преступлениям: ему соответствует ст. 000 УК РК (дезертирство).',
        'Международный договор Республики Казахстан с запрашивающим государством (Кишинёвская конвенция 2002 года) иного не предусматривает.',
      ]);
    },
  );

  it('in Kazakh, the same two conditions', async () => {
    const { pdf } = await renderBoth(
      'supreme-court-complaint',
      withMilitary('supreme-court-complaint'),
      {
        lang: 'kk',
      },
    );
    expectInOrder(pdf, [
      'Әрекет әскери қылмыстарға жатады',
      'ҚР ҚПК 590-бабы 1-бөлігінің 9) тармағы бойынша, «адамды осыған байланысты ұстап беру (экстрадициялау) сұратылып отырған іс-әрекет, егер Қазақстан Республикасының сұрау салушы мемлекетпен арадағы халықаралық шартында өзгеше көзделмесе, Қазақстан Республикасының заңнамасы бойынша әскери қылмыстарға жататын болса», адамды ұстап беруге (экстрадициялауға) жол берілмейді.',
    ]);
  });
});

describe('a pending application: the duty to leave comes only with a refusal (Закон «О беженцах» ст. 18 п. 1–2)', () => {
  // The block once quoted п. 2 alone: «forced expulsion … in execution of court decisions in
  // force», which reads as if any court decision allowed it. п. 2 follows п. 1: a refusal, then a
  // month to leave.
  it('no refusal yet (ru): no such decision has been taken', async () => {
    const { pdf, docx } = await renderBoth(
      'expulsion-appeal',
      sample('expulsion-appeal', 'complex'),
    );
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Обязанность покинуть территорию Республики Казахстан возникает у лица, ищущего убежище, лишь с решением об отказе в присвоении статуса беженца: выехать добровольно оно должно в течение одного месяца со дня его принятия (п. 1 ст. 18 Закона РК «О беженцах»), а такое решение не принято.',
        'Принудительное выдворение допускается только в случае отказа покинуть страну добровольно и только во исполнение вступивших в законную силу решений суда (п. 2 ст. 18 Закона РК «О беженцах»).',
      ]);
      expect(text).not.toContain('В случае отказа лиц, ищущих убежище');
    }
  });

  it('a refusal under appeal (en): the month cannot run while it is challenged', async () => {
    const { pdf } = await renderBoth(
      'supreme-court-complaint',
      sample('supreme-court-complaint', 'complex'),
    );
    expect(pdf).toContain(
      'и этот срок не может применяться, пока не завершено обжалование отказа.',
    );
    const en = await renderBoth('unhcr-intervention', sample('unhcr-intervention', 'complex'), {
      lang: 'en',
    });
    expectInOrder(en.pdf, [
      'An asylum seeker comes under a duty to leave the Republic of Kazakhstan only with a decision refusing refugee status',
      'Forced expulsion is permitted only where the person refuses to leave voluntarily',
    ]);
    expect(en.pdf).not.toContain('Where asylum seekers refuse to leave');
  });

  it('in Kazakh, the ban covers expulsion as well as return («возвращать или выдворять»)', async () => {
    const { pdf } = await renderBoth('expulsion-appeal', sample('expulsion-appeal', 'complex.kk'), {
      lang: 'kk',
    });
    expect(pdf).toContain('шекарасына қайтаруға немесе шығарып жіберуге тыйым салынады');
  });
});

describe('a refusal called appealable: its own term is computed and checked', () => {
  const refused = (refugeeRefusalDate: string) => ({
    ...sample('expulsion-appeal', 'complex'),
    refugeeApplicationStage: 'refusedAppealable',
    refugeeRefusalDate,
  });
  const warnings = (notices: readonly { code: string }[]) =>
    notices.filter((n) => n.code === 'optionWarning');

  it('refused 15.01.2025, signed in November 2026: both three and six months passed, and said', async () => {
    const { preflight } = await renderBoth('expulsion-appeal', refused('2025-01-15'));
    const term = preflight.deadlines.find((d) => d.id === 'refusalAppeal');
    expect(term).toMatchObject({ lastDay: '2025-04-15', missed: true });
    expect(term?.alternatives.map((a) => [a.reading, a.lastDay])).toEqual([
      ['appkNoAppealInfo', '2025-07-15'],
    ]);
    expect(warnings(preflight.answerNotices)).toHaveLength(1);
  });

  it('refused 01.07.2026: three months passed, six not; the filing names the six', async () => {
    const { pdf, preflight } = await renderBoth('expulsion-appeal', refused('2026-07-01'));
    expect(pdf).toContain(
      'срок обжалования отказа не истёк (шесть месяцев, если порядок обжалования в отказе не был разъяснён: ч. 1-1 ст. 92 АППК РК)',
    );
    expect(preflight.deadlines.find((d) => d.id === 'refusalAppeal')).toMatchObject({
      missed: true,
      arguable: true,
    });
  });

  it('refused 01.10.2026: the term runs, no warning', async () => {
    const { preflight } = await renderBoth('expulsion-appeal', refused('2026-10-01'));
    expect(preflight.deadlines.find((d) => d.id === 'refusalAppeal')).toMatchObject({
      lastDay: '2027-01-01',
      missed: false,
    });
    expect(warnings(preflight.answerNotices)).toEqual([]);
  });

  it('the UNHCR letter reads its own refusal date', async () => {
    const { preflight } = await renderBoth(
      'unhcr-intervention',
      {
        ...sample('unhcr-intervention', 'complex'),
        asylumStatus: 'refusedAppealable',
        refusalDate: '2026-03-02',
      },
      { lang: 'en' },
    );
    expect(preflight.deadlines.find((d) => d.id === 'refusalAppeal')).toMatchObject({
      lastDay: '2026-06-02',
      missed: true,
    });
    expect(warnings(preflight.answerNotices)).toHaveLength(1);
  });
});

describe('«military crime» and «not a crime in Kazakhstan» chosen together', () => {
  // Of one act they contradict each other; the pre-flight says so, the filing is not blocked.
  it.each(['supreme-court-complaint', 'extradition-arrest-complaint', 'extradition-objection'])(
    '%s warns, and only for the pair',
    async (id) => {
      const s = sample(id, 'complex');
      const others = (s.grounds as string[]).filter(
        (g) => g !== 'militaryCrime' && g !== 'dualCriminality',
      );
      const warned = (notices: readonly { code: string; path: string }[]) =>
        notices.filter((n) => n.code === 'optionWarning' && n.path === 'grounds');
      const both = await renderBoth(id, {
        ...s,
        grounds: [...others, 'militaryCrime', 'dualCriminality'],
      });
      expect(warned(both.preflight.answerNotices)).toHaveLength(1);
      const one = await renderBoth(id, { ...s, grounds: [...others, 'dualCriminality'] });
      expect(warned(one.preflight.answerNotices)).toEqual([]);
    },
  );
});
