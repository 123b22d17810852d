/**
 * Golden checks for the challenge of a refugee-status refusal (АППК: pre-trial complaint or
 * administrative claim): addressee, title, the law cited, the deadline, requests, attachments,
 * signature — in the PDF text and in the DOCX.
 */
import { describe, expect, it } from 'vitest';
import { getServices } from '../../main/services.ts';
import { prepareAnswers } from '../../common/answers.ts';
import { filingDeadlines } from '../../common/filing-deadlines.ts';
import {
  expectInOrder,
  GOLDEN_TODAY,
  renderBoth,
  sample,
  sampleFile,
  unverifiedCites,
} from '../helpers/golden.ts';

const ID = 'refugee-refusal-complaint';
const both = (answers: Record<string, unknown>, today = GOLDEN_TODAY) =>
  renderBoth(ID, answers, { today });

describe(ID, () => {
  it('complex sample: administrative claim after a dismissed complaint, late, with securing of the claim', async () => {
    const { pdf, docx, preflight } = await both(sample(ID, 'complex'));
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Специализированный межрайонный административный суд г. Алматы',
        'Истец: Соколова Ирина Викторовна (SOKOLOVA Irina)',
        'Представитель истца: адвокат Жумабаева Динара Ерлановна',
        'Ответчик: Управление занятости и социальных программ г. Алматы',
        'АДМИНИСТРАТИВНЫЙ ИСК',
        'об оспаривании решения об отказе в присвоении статуса беженца от 14 августа 2026 года № 97 и о принуждении',
        'Соколовой Ирине Викторовне отказано в присвоении статуса беженца (прил. 1)',
        'пп. 4) п. 1 ст. 8 Закона РК «О беженцах»',
        'согласно ст. 15 Закона РК «О беженцах»',
        'жалоба оставлена без удовлетворения (прил. 2)',
        'ст. 12 Закона РК «О беженцах»',
        'пп. 4) ст. 12 Закона РК «О беженцах»',
        'Преследование по политическим мотивам',
        'Реальный риск пыток',
        'Принцип невысылки',
        'пп. 5) п. 1 ст. 8 Закона РК «О беженцах»',
        'п. 1 ст. 18 Закона РК «О беженцах»',
        'п. 2 ст. 18 Закона РК «О беженцах»',
        'Нарушение порядка вручения решения',
        'п. 6 ст. 11 Закона РК «О беженцах»',
        'Заявление об обеспечении иска',
        'ст. 139 АППК РК',
        'Ходатайство о восстановлении пропущенного срока',
        'Срок подачи иска истёк 2 ноября 2026 года',
        'ч. 7 ст. 136 АППК РК',
        'ПРОШУ:',
        'восстановить пропущенный срок подачи иска',
        'признать незаконным и отменить решение местного исполнительного органа (Управление занятости и социальных программ г. Алматы; далее — ответчик)',
        'об отказе Соколовой Ирине Викторовне в присвоении статуса беженца',
        'обязать ответчика повторно рассмотреть ходатайство Соколовой Ирины Викторовны',
        'в обеспечение иска приостановить действие (исполнение) обжалуемого решения',
        'принудительному выдворению (высылке) Соколовой Ирины Викторовны',
        'истребовать у ответчика материалы личного дела',
        'Приложение:',
        'Копия обжалуемого решения от 14.08.2026 № 97.',
        'Копия решения по жалобе от 28.09.2026.',
        'Копия свидетельства лица, ищущего убежище, № 000377 от 10.04.2026.',
        'Копия документа, удостоверяющего личность (паспорт 75 7654321).',
        'Справка о стационарном лечении — на 1 л.',
        '25 ноября 2026 года',
        'г. Алматы',
        'Представитель истца, адвокат',
        'Д. Е. Жумабаева',
      ]);
      // The claim route never claims the complaint's automatic suspension (ч. 1 ст. 96).
      expect(text).not.toContain('ч. 1 ст. 96 АППК РК');
    }
    expect(preflight.deadlines.find((d) => d.id === 'claim')).toMatchObject({
      lastDay: '2026-11-02',
      missed: true,
    });
    expect(preflight.deadlines.map((d) => d.id)).toEqual(['claim']);
    expect(unverifiedCites(preflight)).toEqual(['refugees-law-1-1']);
  });

  it('simple sample: pre-trial complaint through the body, in time, suspensive effect stated', async () => {
    const { pdf, docx, preflight } = await both(sample(ID, 'simple'));
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Управление занятости и социальных программ г. Алматы',
        'для направления в орган, рассматривающий жалобу (ч. 4 ст. 91 АППК РК)',
        'от Лебедева Кирилла Андреевича (LEBEDEV Kirill)',
        'фактическое место жительства: г. Алматы, ул. Жандосова, 58, кв. 14',
        'ЖАЛОБА',
        'на решение об отказе в присвоении статуса беженца от 2 ноября 2026 года № 118',
        '(в досудебном порядке: ст. 15 Закона РК «О беженцах», ч. 4 ст. 91 АППК РК, ст. 93 АППК РК)',
        'Лебедеву Кириллу Андреевичу отказано в присвоении статуса беженца',
        'Жалоба подаётся в пределах трёх месяцев со дня, когда стало известно о решении (ч. 1 ст. 92 АППК РК)',
        'пп. 1) ст. 12 Закона РК «О беженцах»',
        'Принцип невысылки',
        'подача жалобы приостанавливает исполнение обжалуемого административного акта, за исключением случаев, названных в ч. 1 ст. 96 АППК РК, в том числе необходимости защиты прав граждан и юридических лиц, общественных или государственных интересов и иных случаев, предусмотренных законами Республики Казахстан.',
        'ПРОШУ:',
        'отменить решение от 2 ноября 2026 года № 118 об отказе Лебедеву Кириллу Андреевичу в присвоении статуса беженца',
        'присвоить Лебедеву Кириллу Андреевичу статус беженца',
        'продлить срок действия',
        'Приложение:',
        'Копия обжалуемого решения от 02.11.2026 № 118.',
        'Заявитель',
        'К. А. Лебедев',
      ]);
      expect(text).not.toContain('восстановлении');
      expect(text).not.toContain('Представитель');
    }
    expect(preflight.deadlines.find((d) => d.id === 'complaint')).toMatchObject({
      lastDay: '2027-02-09',
      missed: false,
    });
    expect(unverifiedCites(preflight)).toEqual([]);
  });

  it('six months when the decision did not explain how to appeal; a last day on a holiday is not moved', async () => {
    // 16 Jun + 6 months = Wednesday 16 Dec 2026, Independence Day: the АППК roll-over is not
    // verified, so the earlier (holiday) date stands.
    const answers = {
      ...sample(ID, 'simple'),
      decisionDate: '2026-06-10',
      refusalReceivedDate: '2026-06-16',
      noAppealInfo: true,
    };
    const { pdf, preflight } = await both(answers);
    const d = preflight.deadlines.find((x) => x.id === 'complaintNoAppealInfo');
    expect(d).toMatchObject({ lastDay: '2026-12-16', missed: false });
    expect(d?.rolledFrom).toBeUndefined();
    expect(preflight.deadlines.map((x) => x.id)).toEqual(['complaintNoAppealInfo']);
    expect(pdf).toContain(
      'в пределах шести месяцев со дня, когда стало известно о решении (ч. 1-1 ст. 92 АППК РК)',
    );
  });

  it('three months passed, the box not ticked: the deadline as shown names the six months', () => {
    const { engine } = getServices();
    const manifest = engine.template(ID).manifest;
    const answers = {
      ...sample(ID, 'simple'),
      decisionDate: '2026-07-20',
      refusalReceivedDate: '2026-07-22',
    };
    const { answers: prepared } = prepareAnswers(manifest, answers, {
      lang: 'ru',
      today: GOLDEN_TODAY,
    });
    for (const lang of ['ru', 'kk', 'en'] as const) {
      const [shown] = filingDeadlines(manifest, prepared, GOLDEN_TODAY, lang, (key) => key);
      expect(shown).toMatchObject({ id: 'complaint', missed: true });
      // Where the banner and the pre-flight say «passed», the label says when six months apply.
      expect(shown?.label).toContain(
        { ru: '6 — если в решении не разъяснён порядок обжалования', kk: '6 ай', en: '6 if' }[lang],
      );
    }
  });

  it('a three-month complaint period ending on a Saturday stays on the Saturday', async () => {
    const answers = {
      ...sample(ID, 'simple'),
      decisionDate: '2026-09-01',
      refusalReceivedDate: '2026-09-05',
    };
    const { preflight } = await both(answers, '2026-09-10');
    const d = preflight.deadlines.find((x) => x.id === 'complaint');
    expect(d).toMatchObject({ lastDay: '2026-12-05' });
    expect(d?.rolledFrom).toBeUndefined();
  });

  it('a missed complaint period: restoration under ч. 2 ст. 92', async () => {
    const answers = {
      ...sample(ID, 'simple'),
      decisionDate: '2026-07-20',
      refusalReceivedDate: '2026-07-24',
      deadlineMissed: true,
      restorationReasons: 'Копия решения вручена без перевода.',
    };
    const { pdf, docx, preflight } = await both(answers);
    expect(preflight.deadlines.find((x) => x.id === 'complaint')).toMatchObject({
      lastDay: '2026-10-24',
      missed: true,
    });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Ходатайство о восстановлении пропущенного срока',
        'Срок подачи жалобы истёк 24 октября 2026 года',
        'Копия решения вручена без перевода.',
        'ч. 2 ст. 92 АППК РК',
        'ПРОШУ:',
        'восстановить пропущенный срок подачи жалобы',
      ]);
      expect(text).not.toContain('Жалоба подаётся в пределах');
    }
  });

  it('a claim when the complaint was not decided in time, and when there is no higher body', async () => {
    const notDecided = {
      ...sample(ID, 'complex'),
      claimBasis: 'complaintNotDecided',
      deadlineMissed: false,
    };
    const a = await both(notDecided);
    // Filed Tue 01.09: twenty working days end Tue 29.09; counted from registration after up to
    // three working days of forwarding (ч. 4 ст. 91), Fri 02.10. Both long past on 25.11.
    expectInOrder(a.pdf, [
      'Срок рассмотрения жалобы — двадцать рабочих дней со дня её регистрации (ст. 99 АППК РК).',
      'Этот срок истёк 2 октября 2026 года, даже если считать его от регистрации жалобы органом, рассматривающим её, после пересылки (ч. 4 ст. 91 АППК РК); решение по жалобе не принято.',
      'ч. 6 ст. 136 АППК РК',
      'Копия жалобы от 01.09.2026 с отметкой о принятии.',
    ]);
    expect(a.pdf).not.toContain('восстановлении');
    const review = a.preflight.deadlines.find((d) => d.id === 'complaintReview');
    expect(review).toMatchObject({ lastDay: '2026-09-29', missed: true });
    expect(review?.alternatives.map((r) => [r.reading, r.lastDay])).toEqual([
      ['appkForwarded', '2026-10-02'],
    ]);
    expect(a.preflight.answerNotices.filter((n) => n.code === 'optionWarning')).toEqual([]);

    const noHigher = {
      ...sample(ID, 'complex'),
      claimBasis: 'noHigherBody',
      refusalReceivedDate: '2026-11-20',
      deadlineMissed: false,
      complainantRole: 'person',
    };
    const b = await both(noHigher);
    expect(b.preflight.deadlines.find((d) => d.id === 'claimNoHigherBody')).toMatchObject({
      lastDay: '2026-12-20',
      missed: false,
    });
    expectInOrder(b.pdf, [
      'Вышестоящего органа, рассматривающего жалобу на это решение, нет',
      'в течение месяца со дня вручения решения (ч. 1 ст. 136 АППК РК)',
      'Истец',
      'И. В. Соколова',
    ]);
    expect(b.pdf).not.toContain('Копия решения по жалобе');
  });
});

describe(`${ID}: a claim on an undecided complaint waits for the twenty working days`, () => {
  const undecided = (complaintDate: string) => ({
    ...sample(ID, 'complex'),
    claimBasis: 'complaintNotDecided',
    deadlineMissed: false,
    complaintDate,
  });

  it('filed before they run out: the text says when they end, the pre-flight warns', async () => {
    // Filed Fri 20.11; twenty working days end Mon 21.12 (16.12, Independence Day, is off).
    const { pdf, docx, preflight } = await both(undecided('2026-11-20'));
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'Считая от подачи жалобы, этот срок истекает 21 декабря 2026 года; решение по жалобе пока не принято. По истечении срока лицо, подавшее жалобу, вправе обратиться с иском в суд (ч. 6 ст. 136 АППК РК).',
      );
      expect(text).not.toContain('Этот срок истёк');
    }
    expect(preflight.answerNotices.filter((n) => n.code === 'optionWarning')).toHaveLength(1);
  });

  it('past the earliest count, within the later one: both days, said as such', async () => {
    // Filed Mon 19.10: twenty working days end Tue 17.11 (25.10 fell on a Sunday: 26.10 off);
    // with three days of forwarding, Fri 20.11. Signed 18.11.
    const { pdf, preflight } = await both({
      ...undecided('2026-10-19'),
      signingDate: '2026-11-18',
    });
    expect(pdf).toContain(
      'Считая от подачи жалобы, этот срок истёк 17 ноября 2026 года; если же считать его от регистрации жалобы органом, рассматривающим её, после пересылки (ч. 4 ст. 91 АППК РК), он истекает 20 ноября 2026 года.',
    );
    expect(preflight.answerNotices.filter((n) => n.code === 'optionWarning')).toEqual([]);
  });
});

describe(`${ID}: legal audit`, () => {
  it('a refugee deprived of status or refused extension: no asylum seeker’s right of ст. 8 п. 1 пп. 5) claimed', async () => {
    for (const refusalType of ['deprivation', 'refusalToExtend'] as const) {
      const ru = await both({ ...sample(ID, 'simple'), refusalType });
      for (const text of [ru.pdf, ru.docx]) {
        expect(text).toContain('Пребывание в Республике Казахстан до окончания обжалования');
        expect(text).toContain(
          'Принудительное выдворение лиц, ищущих убежище, и беженцев в случае их отказа добровольно покинуть территорию Республики Казахстан производится органами внутренних дел',
        );
        expect(text).not.toContain('пп. 5) п. 1 ст. 8');
        // The refugee's own right of appeal (ст. 9), not the asylum seeker's (ст. 8).
        expect(text).toContain('закреплено пп. 3) п. 1 ст. 9 Закона РК «О беженцах»');
        expect(text).not.toContain('пп. 4) п. 1 ст. 8');
        expect(text).not.toContain('лицо, ищущее убежище, вправе находиться');
      }
      const kk = await renderBoth(
        ID,
        { ...sampleFile(`templates/${ID}/samples/simple.kk.json`), refusalType },
        { lang: 'kk' },
      );
      expect(kk.pdf).toContain('Шағымдану аяқталғанға дейін Қазақстан Республикасында болу');
      expect(kk.pdf).not.toContain('пана іздеген адам шағымдану мерзімдерін қоса алғанда');
    }
    // An asylum seeker refused status keeps the argument.
    const refused = await both(sample(ID, 'simple'));
    expect(refused.pdf).toContain('лицо, ищущее убежище, вправе находиться в Республике Казахстан');
  });

  it('«лишить» is avoided: the applicant in the nominative, with the verb in her gender', async () => {
    const { pdf, docx } = await both(sample(ID, 'complex'));
    // The whole sentence in the DOCX (in the PDF a page may turn inside a hyphenated word).
    expect(docx).toContain(
      'Эта обязанность не исполнена, поэтому Соколова Ирина Викторовна не могла своевременно узнать мотивы отказа и возразить на них.',
    );
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'поэтому Соколова Ирина Викторовна не могла своевременно узнать мотивы отказа',
      );
      expect(text).not.toContain('лишило Соколовой');
    }
  });

  it('no well-founded fear: disputed, never «подтверждены документально» of evidence not annexed', async () => {
    const { pdf, docx } = await both(sample(ID, 'simple'));
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'С этим выводом нельзя согласиться: опасения Лебедева Кирилла Андреевича стать жертвой преследования обоснованы по причинам, изложенным ниже.',
      );
      expect(text).not.toContain('подтверждены документально');
      expect(text).not.toContain('представленным доказательствам');
    }
  });

  it('safe third country: only what the lawyer ticked is asserted', async () => {
    const ticked = await both(sample(ID, 'complex'));
    for (const text of [ticked.pdf, ticked.docx]) {
      expect(text).toContain(
        'Между тем в стране, через которую следовала Соколова И. В., она не имела доступа к процедуре убежища, поэтому безопасной третьей страной для неё эта страна не является.',
      );
      expect(text).not.toContain('ни защиты от возвращения');
      expect(text).not.toContain('не была защищена');
    }
    const both2 = await both({
      ...sample(ID, 'complex'),
      thirdCountryFacts: ['noAccess', 'noProtection'],
    });
    expect(both2.pdf).toContain(
      'она не имела доступа к процедуре убежища и не была защищена от возвращения в страну преследования, поэтому',
    );
    const none = await both({ ...sample(ID, 'complex'), thirdCountryFacts: [] });
    for (const text of [none.pdf, none.docx]) {
      expect(text).toContain(
        '(пп. 4) ст. 12 Закона РК «О беженцах»). С этим выводом нельзя согласиться по причинам, изложенным ниже.',
      );
      expect(text).not.toContain('доступа к процедуре убежища');
      expect(text).not.toContain('не обеспечивала');
    }
  });

  it('in Kazakh: the same two arguments, asserting nothing not asked', async () => {
    const simpleKk = await renderBoth(ID, sampleFile(`templates/${ID}/samples/simple.kk.json`), {
      lang: 'kk',
    });
    const complexKk = await renderBoth(ID, sampleFile(`templates/${ID}/samples/complex.kk.json`), {
      lang: 'kk',
    });
    for (const text of [simpleKk.pdf, simpleKk.docx]) {
      expect(text).toContain(
        'Бұл тұжырыммен келісуге болмайды: Лебедев Кирилл Андреевичтің қудалау құрбаны болудан қорқынышы төменде баяндалған себептер бойынша негізді.',
      );
      expect(text).not.toContain('құжаттармен расталған');
      expect(text).toContain(
        '2022 жылғы қыркүйекте К. А. Лебедев жұмылдыру туралы шақыру қағазын алып',
      );
    }
    for (const text of [complexKk.pdf, complexKk.docx]) {
      expect(text).toContain(
        'транзитпен өткен елде оның пана беру рәсіміне қол жеткізу мүмкіндігі болмады, сондықтан бұл ел ол үшін қауіпсіз үшінші ел болып табылмайды.',
      );
      expect(text).not.toContain('қорғауды да қамтамасыз етпеді');
    }
  });

  it('filed by the applicant: the sample facts speak of him in the third person, as the body does', async () => {
    const { pdf, docx } = await both(sample(ID, 'simple'));
    for (const text of [pdf, docx]) {
      expect(text).toContain('В сентябре 2022 года Лебедев К. А. получил повестку о мобилизации');
      expect(text).not.toContain('я получил повестку');
      expect(text).not.toContain('в отношении меня');
    }
  });

  it('«свидетельства лица, ищущего убежище, до окончания процедуры» — the participial phrase closed by a comma', async () => {
    const { pdf, docx } = await both(sample(ID, 'simple'));
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'продлить срок действия свидетельства лица, ищущего убежище, до окончания процедуры',
      );
      expect(text).not.toContain('ищущего убежище до окончания');
    }
  });
});

describe(`${ID}: a refusal on a serious non-political crime`, () => {
  it('calls the prosecution political only when persecution is argued', async () => {
    const base = { ...sample(ID, 'simple'), refusalGround: 'seriousCrime' };
    const plain = await renderBoth(ID, { ...base, grounds: [] });
    for (const text of [plain.pdf, plain.docx]) {
      expect(text).toContain(
        'Однако эта норма требует веских оснований, а не одного лишь факта уголовного преследования.',
      );
      expect(text).not.toContain('политический характер');
    }
    const political = await renderBoth(ID, { ...base, grounds: ['politicalPersecution'] });
    expect(political.pdf).toContain('его политический характер решением не опровергнут.');
  });
});

describe(`${ID}: every ground of ст. 12 (2.0.0)`, () => {
  const simpleKk = () => sampleFile(`templates/${ID}/samples/simple.kk.json`);
  // The sub-items the form lacked before 2.0.0: each is quoted as the Law words it (rus.md,
  // kaz.md #st12, commit 2231890a, edition 01.01.2023) and cited as an item of ст. 12.
  const items: [value: string, item: number, ru: string, kk: string][] = [
    [
      'thirdCountryCitizenship',
      3,
      'Орган сослался на следующее основание отказа: «наличие у лица гражданства третьего государства, защитой которого оно может воспользоваться» (пп. 3) ст. 12 Закона РК «О беженцах»). Эта норма требует не только гражданства третьего государства, но и того, чтобы лицо могло воспользоваться его защитой.',
      'Орган бас тартудың мына негізіне сілтеме жасады: «адамда өзі оның қорғауын пайдалана алатын үшінші мемлекеттің азаматтығы болса» («Босқындар туралы» ҚР Заңының 12-бабының 3) тармақшасы).',
    ],
    [
      'extremistOrganisations',
      5,
      'Орган сослался на следующее основание отказа: «если в отношении данного лица имеются веские основания предполагать, что оно участвует либо участвовало в деятельности террористических, экстремистских, а также запрещенных религиозных организациях, функционирующих в стране гражданской принадлежности либо в стране, откуда оно прибыло» (пп. 5) ст. 12 Закона РК «О беженцах»). Однако эта норма требует веских оснований, а не одного лишь обвинения в таком участии.',
      '«егер аталған адамға қатысты өзі азаматы болып табылатын елде не келген елінде әрекет ететін террористік, экстремистік, сондай-ақ тыйым салынған діни ұйымдардың қызметіне қатысады не қатысты деп топшылауға салмақты негіздер болса» («Босқындар туралы» ҚР Заңының 12-бабының 5) тармақшасы).',
    ],
    [
      'internationalCrimes',
      6,
      'Орган сослался на следующее основание отказа: «если в отношении данного лица имеются веские основания предполагать, что оно совершило преступление против мира, военное преступление или преступление против человечества в определении, данном этим деяниям в международных актах, заключенных в целях принятия мер в отношении подобных преступлений» (пп. 6) ст. 12 Закона РК «О беженцах»).',
      '«егер аталған адам жөнінде бейбітшілікке қарсы қылмысқа, әскери қылмысқа немесе адамзатқа қарсы қылмысқа қатысты шаралар қолдану мақсатында жасалған халықаралық актілерде осы әрекеттерге берілген анықтамадағы осындай қылмыстарды жасады деп топшылауға салмақты негіздер болса» («Босқындар туралы» ҚР Заңының 12-бабының 6) тармақшасы).',
    ],
    [
      'unPurposes',
      8,
      'Орган сослался на следующее основание отказа: «если в отношении данного лица имеются веские основания предполагать, что оно виновно в совершении деяний, противоречащих целям и принципам Организации Объединенных Наций и международных организаций, членами которых является Казахстан» (пп. 8) ст. 12 Закона РК «О беженцах»). Однако эта норма требует веских оснований, а не одного лишь обвинения.',
      '«егер аталған адамға қатысты ол Қазақстан Республикасы мүшесі болып табылатын Біріккен Ұлттар Ұйымының және халықаралық ұйымдардың мақсаты мен принциптеріне қайшы келетін әрекеттердің жасалуына кінәлі деген салмақты негіздер болса» («Босқындар туралы» ҚР Заңының 12-бабының 8) тармақшасы).',
    ],
    [
      'unProtection',
      9,
      'Орган сослался на следующее основание отказа: «если данное лицо пользуется защитой либо помощью органов или учреждений Организации Объединенных Наций, кроме Управления Верховного комиссара Организации Объединенных Наций по делам беженцев» (пп. 9) ст. 12 Закона РК «О беженцах»).',
      '«егер аталған адам Біріккен Ұлттар Ұйымының босқындар істері жөніндегі Жоғарғы комиссарының басқармасынан басқа, Біріккен Ұлттар Ұйымы органдарының немесе мекемелерінің қорғауын не көмегін пайдаланатын болса» («Босқындар туралы» ҚР Заңының 12-бабының 9) тармақшасы).',
    ],
    [
      'fingerprints',
      10,
      'Орган сослался на следующее основание отказа: «отказ от прохождения или непрохождение данным лицом дактилоскопической регистрации в соответствии с законодательством Республики Казахстан» (пп. 10) ст. 12 Закона РК «О беженцах»). С этим выводом нельзя согласиться по причинам, изложенным ниже.',
      '«осы адам Қазақстан Республикасының заңнамасына сәйкес дактилоскопиялық тіркеуден өтуден бас тартса немесе өтпесе» («Босқындар туралы» ҚР Заңының 12-бабының 10) тармақшасы).',
    ],
  ];

  it.each(items)(
    'a refusal on %s (пп. %i) is answered as a ground of ст. 12, never as one outside it',
    async (refusalGround, item, ru, kk) => {
      const r = await both({ ...sample(ID, 'simple'), refusalGround, grounds: [] });
      for (const text of [r.pdf, r.docx]) {
        expect(text).toContain(ru);
        expect(text).toContain(`(пп. ${item}) ст. 12 Закона РК «О беженцах»)`);
        expect(text).not.toContain('к числу предусмотренных этой статьёй не относится');
        expect(text).not.toContain('не названо');
      }
      const k = await renderBoth(ID, { ...simpleKk(), refusalGround, grounds: [] }, { lang: 'kk' });
      // The whole quote in the DOCX (the PDF may break «сондай-ақ» at its hyphen).
      expect(k.docx).toContain(kk);
      for (const text of [k.pdf, k.docx]) {
        expect(text).toContain(`(«Босқындар туралы» ҚР Заңының 12-бабының ${item}) тармақшасы)`);
        expect(text).not.toContain('осы бапта көзделген негіздерге жатпайды');
        expect(text).not.toContain('аталмаған');
      }
    },
  );

  it('пп. 5: the listing of an organisation by the persecuting state is answered only when persecution is argued', async () => {
    const base = { ...sample(ID, 'simple'), refusalGround: 'extremistOrganisations' };
    const plain = await both({ ...base, grounds: [] });
    expect(plain.docx).not.toContain('признание организации');
    const political = await both({ ...base, grounds: ['politicalPersecution'] });
    for (const text of [political.pdf, political.docx])
      expect(text).toContain(
        'а не одного лишь обвинения в таком участии; признание организации террористической или экстремистской государством, от преследования которого лицо ищет защиты, само по себе таким основанием не является.',
      );
  });

  it('«Иное» is split: a ground outside ст. 12 and a ground not named are each said alone', async () => {
    const outside = await both({ ...sample(ID, 'simple'), refusalGround: 'notInArticle' });
    for (const text of [outside.pdf, outside.docx]) {
      expect(text).toContain(
        'Основание, на которое сослался орган, к числу предусмотренных этой статьёй не относится.',
      );
      expect(text).not.toContain('не названо');
    }
    const unnamed = await both({ ...sample(ID, 'simple'), refusalGround: 'notStated' });
    for (const text of [unnamed.pdf, unnamed.docx]) {
      expect(text).toContain(
        'В решении не названо, какое из предусмотренных этой статьёй оснований применено.',
      );
      expect(text).not.toContain('не относится');
    }
    const kkOutside = await renderBoth(
      ID,
      { ...simpleKk(), refusalGround: 'notInArticle' },
      { lang: 'kk' },
    );
    expect(kkOutside.docx).toContain(
      'Орган сілтеме жасаған негіз осы бапта көзделген негіздерге жатпайды.',
    );
    expect(kkOutside.docx).not.toContain('аталмаған');
    const kkUnnamed = await renderBoth(
      ID,
      { ...simpleKk(), refusalGround: 'notStated' },
      { lang: 'kk' },
    );
    expect(kkUnnamed.docx).toContain(
      'Шешімде осы бапта көзделген негіздердің қайсысы қолданылғаны аталмаған.',
    );
    expect(kkUnnamed.docx).not.toContain('жатпайды');
  });

  it('a draft that chose the old «Иное» must choose again', async () => {
    const { engine } = getServices();
    await expect(
      engine.render(
        {
          templateId: ID,
          answers: { ...sample(ID, 'simple'), refusalGround: 'other' },
          lang: 'ru',
          today: GOLDEN_TODAY,
        },
        'pdf',
      ),
    ).rejects.toThrow(/refusalGround/);
  });
});

describe(`${ID}: false information (пп. 2) — only what the body found`, () => {
  const base = { ...sample(ID, 'simple'), refusalGround: 'falseInfo' };
  const kkBase = () => ({
    ...sampleFile(`templates/${ID}/samples/simple.kk.json`),
    refusalGround: 'falseInfo',
  });
  const quote =
    'Орган сослался на следующее основание отказа: «если лицо отказывается сообщать либо сообщает заведомо ложные сведения о себе и об обстоятельствах прибытия на территорию Республики Казахстан, а также предъявляет фальшивые документы» (пп. 2) ст. 12 Закона РК «О беженцах»). Эта норма требует, чтобы сведения были заведомо ложными, а документы — фальшивыми.';

  it('nothing ticked: the norm and the dispute, no finding, no inaccuracies, no language barrier', async () => {
    const { pdf, docx } = await both(base);
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        `${quote} С выводом органа нельзя согласиться по причинам, изложенным ниже.`,
      );
      expect(text).not.toContain('решением не установлены');
      expect(text).not.toContain('неточност');
      expect(text).not.toContain('языков');
      expect(text).not.toContain('пережитым');
      expect(text).not.toContain('счёл фальшивым');
    }
  });

  it('a document held false: said as the body found it, never «подложность … не установлена»', async () => {
    const { pdf, docx } = await both({ ...base, falseInfoFinding: ['document'] });
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        `${quote} Орган счёл фальшивым предъявленный документ. С выводом органа нельзя согласиться`,
      );
      expect(text).not.toContain('подложность документов решением не установлены');
      expect(text).not.toContain('неточност');
      expect(text).not.toContain('языков');
    }
  });

  it('inaccuracies: a language barrier only when the lawyer ticks it', async () => {
    const plain = await both({ ...base, falseInfoFinding: ['inaccuracies'] });
    for (const text of [plain.pdf, plain.docx]) {
      expect(text).toContain(
        'Орган усмотрел неточности или противоречия в рассказе Лебедева Кирилла Андреевича; сами по себе они не означают, что сведения сообщены заведомо ложными. С выводом органа',
      );
      expect(text).not.toContain('языков');
      expect(text).not.toContain('пережитым');
    }
    const barrier = await both({
      ...base,
      falseInfoFinding: ['inaccuracies', 'refusedInfo'],
      languageBarrier: true,
    });
    for (const text of [barrier.pdf, barrier.docx]) {
      expect(text).toContain(
        'сообщены заведомо ложными, тем более что опрос проходил в условиях языкового барьера. Орган счёл, что Лебедев К. А. отказался сообщить сведения о себе или об обстоятельствах прибытия.',
      );
    }
  });

  it('in Kazakh: the same, in the Law’s Kazakh words', async () => {
    const none = await renderBoth(ID, kkBase(), { lang: 'kk' });
    for (const text of [none.pdf, none.docx]) {
      expect(text).toContain(
        'Орган бас тартудың мына негізіне сілтеме жасады: «егер адам өзі туралы және Қазақстан Республикасының аумағына келу мән-жайлары туралы хабарлаудан бас тартса не көрінеу жалған мәліметтерді хабарласа, сондай-ақ жалған құжаттарды ұсынса» («Босқындар туралы» ҚР Заңының 12-бабының 2) тармақшасы). Бұл норма мәліметтердің көрінеу жалған, ал құжаттардың жалған болуын талап етеді. Органның тұжырымымен төменде баяндалған себептер бойынша келісуге болмайды.',
      );
      expect(text).not.toContain('анықталмаған');
      expect(text).not.toContain('тіл кедергісі');
      expect(text).not.toContain('дәлсіздік');
    }
    const doc = await renderBoth(
      ID,
      { ...kkBase(), falseInfoFinding: ['document'] },
      { lang: 'kk' },
    );
    expect(doc.docx).toContain('Орган ұсынылған құжатты жалған деп санады.');
    expect(doc.docx).not.toContain('анықталмаған');
    const barrier = await renderBoth(
      ID,
      { ...kkBase(), falseInfoFinding: ['inaccuracies'], languageBarrier: true },
      { lang: 'kk' },
    );
    expect(barrier.docx).toContain(
      'Орган Лебедев Кирилл Андреевичтің баяндауында дәлсіздіктер немесе қайшылықтар бар деп санады; олардың өзі мәліметтердің көрінеу жалған хабарланғанын білдірмейді, оның үстіне сұрау тіл кедергісі жағдайында өтті.',
    );
  });
});
