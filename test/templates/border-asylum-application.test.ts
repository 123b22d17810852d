/**
 * Golden checks for the refugee application at the border (issue 18 item 2; docs/legal/verification.md
 * row 10f): the addressee as typed (the Border Service unit by default), the crossing point, the
 * refusal of entry as the lawyer described it, and for a detained person the authorities' days
 * under Закон «О беженцах» ст. 10 п. 4 — computed in calendar days from the filing's own dates
 * and printed. What the reader sees: PDF text and DOCX paragraphs, Russian and Kazakh.
 */
import { describe, expect, it } from 'vitest';
import { getServices } from '../../main/services.ts';
import { preflightView } from '../../main/app/preflight.ts';
import { preflightLines } from '../../main/cli/preflight.ts';
import { timelinessOnFilingDay } from '../../common/filing-deadlines.ts';
import type { Answers } from '../../common/answers.ts';
import {
  expectInOrder,
  renderBoth,
  sample,
  sampleFile,
  unverifiedCites,
} from '../helpers/golden.ts';

const ID = 'border-asylum-application';
const simple = sample(ID, 'simple');
const complex = sample(ID, 'complex');
const kk = (name: string) => sampleFile(`templates/${ID}/samples/${name}.kk.json`);

describe(`${ID}: at the border after entry was refused`, () => {
  it('to the Border Service unit at the crossing point, the refusal as described, no term of the applicant', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, simple);
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В структурное подразделение территориального подразделения Пограничной службы Комитета национальной безопасности Республики Казахстан (пункт пропуска «Аэропорт Алматы»)',
        'от Гусева Павла Андреевича (GUSEV Pavel), 11.03.1994 г.р., гражданина Российской Федерации, документ, удостоверяющий личность: заграничный паспорт 76 1234567',
        'место нахождения: в транзитной зоне международного аэропорта г. Алматы',
        'ХОДАТАЙСТВО',
        // The Border Service does not grant status (VERIFIED 5c, 10f): it accepts and passes the
        // application on to the local executive body, which registers and decides.
        'Я, Гусев Павел Андреевич, 11 марта 1994 года рождения, гражданин Российской Федерации, обращаюсь с ходатайством о присвоении мне статуса беженца',
        'и прошу принять настоящее письменное ходатайство и передать его в местный исполнительный орган, который его регистрирует и принимает по нему решение.',
        '24 ноября 2026 года я прибыл в пункт пропуска «Аэропорт Алматы». 24 ноября 2026 года мне отказано во въезде в Республику Казахстан со ссылкой на следующее основание: «по соображениям национальной безопасности», без письменного решения.',
        'Отказ во въезде не лишает меня права обратиться с ходатайством о присвоении статуса беженца при пересечении границы',
        'В соответствии с п. 3 ст. 10 Закона РК «О беженцах» при пересечении Государственной границы Республики Казахстан лицо подаёт письменное ходатайство в структурное подразделение территориального подразделения Пограничной службы',
        'ПРОШУ:',
        'принять настоящее ходатайство, выдать мне копию с отметкой о дате и времени приёма и незамедлительно передать его в местный исполнительный орган для регистрации, выдачи мне свидетельства лица, ищущего убежище, и решения о присвоении мне статуса беженца (п. 3 ст. 10 Закона РК «О беженцах»);',
        'уведомить о моём ходатайстве Представительство Управления Верховного комиссара ООН по делам беженцев',
      ]);
      // Grounds joined properly: one ground, no stray «; и».
      expect(text).toContain(
        'по признаку политических убеждений. Вследствие таких опасений я не могу пользоваться защитой страны моей гражданской принадлежности',
      );
      expect(text).not.toContain('; и не');
      expect(text).not.toContain('прошу присвоить');
      expect(text).not.toContain('присвоить мне статус беженца');
      expect(text).not.toContain('паспорт: заграничный паспорт');
      expect(text).not.toContain('задержан');
      expect(text).not.toContain('п. 4 ст. 10');
    }
    expect(preflight.deadlines).toEqual([]);
  });

  it('at the border without a refusal; a written refusal is said to be written; an unnamed ground is said to be unnamed', async () => {
    const border = await renderBoth(ID, { ...simple, claimRoute: 'border' });
    for (const text of [border.pdf, border.docx]) {
      expect(text).toContain(
        'я прибыл в пункт пропуска «Аэропорт Алматы» и обращаюсь с настоящим ходатайством при пересечении Государственной границы Республики Казахстан',
      );
      expect(text).not.toContain('отказано во въезде');
    }
    const written = await renderBoth(ID, {
      ...simple,
      refusalOfEntryWritten: true,
      refusalOfEntryGround: '',
    });
    expect(written.docx).toContain(
      'мне письменно отказано во въезде в Республику Казахстан; основание отказа мне не названо.',
    );
  });
});

describe(`${ID}: detained for illegal entry (ст. 10 п. 4)`, () => {
  it('prints the day to notify and the latest day to register, counted in calendar days from the detention', async () => {
    // Detained 26.11.2026 (Thursday): notice by 27.11 (Friday), registration by 29.11 (Sunday) —
    // calendar days, a Sunday is not carried over.
    const { pdf, docx, preflight } = await renderBoth(ID, complex, { today: '2026-11-27' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Департамент полиции Костанайской области',
        '26 ноября 2026 года я задержана пограничным нарядом и сотрудниками Департамента полиции Костанайской области за незаконный въезд на территорию Республики Казахстан',
        'О намерении обратиться с ходатайством о присвоении статуса беженца впервые заявлено при задержании (устно, сотрудникам пограничного наряда); подтверждаю это намерение.',
        'компетентные органы извещают местный исполнительный орган в течение одного дня с момента задержания',
        'местный исполнительный орган должен быть извещён по 27.11.2026 (пятница) включительно, а ходатайство зарегистрировано — не позднее чем через два календарных дня после извещения, то есть в любом случае по 29.11.2026 (воскресенье) включительно.',
        'ПРОШУ:',
        'известить местный исполнительный орган о моём ходатайстве по 27.11.2026 (пятница) включительно и передать ему настоящее ходатайство для регистрации, выдачи мне свидетельства лица, ищущего убежище, и решения о присвоении мне статуса беженца (регистрация — в течение двух календарных дней, п. 4 ст. 10 Закона РК «О беженцах»);',
        'допустить ко мне защитника и представителя УВКБ ООН',
      ]);
      expect(text).not.toContain('пункт пропуска');
      // Two grounds: «и» before the last, no semicolons (audit).
      expect(text).toContain(
        'по признаку политических убеждений и принадлежности к определённой социальной группе (правозащитники, помогающие отказникам от военной службы). Вследствие таких опасений я не могу',
      );
      expect(text).not.toContain('убеждений;');
      expect(text).not.toContain('присвоить мне статус беженца');
    }
    expect(preflight.deadlines).toMatchObject([
      { id: 'authorityNotice', lastDay: '2026-11-27', missed: false },
      { id: 'authorityRegistrationLatest', lastDay: '2026-11-29', missed: false },
    ]);
  });

  it("words the authorities' days, once passed, as theirs: the application is never late", async () => {
    // Ten days on: both duties ended long ago. That is the authorities' failure, not a term the
    // person missed; once filed, the application's mark judges no term against them either.
    const { preflight } = await renderBoth(ID, complex, { today: '2026-12-07' });
    const { manifest } = getServices().engine.template(ID);
    const view = preflightView(preflight, manifest, 'ru', getServices().loaded.cites);
    expect(preflightLines(view, 'ru').filter((l) => l.includes('Обязанность органов'))).toEqual([
      'Обязанность органов: известить местный исполнительный орган (1 день с задержания): истёк 27.11.2026 (срок другого действия, не этого документа)',
      'Обязанность органов: зарегистрировать ходатайство (не позднее 1 + 2 календарных дней с задержания): истёк 29.11.2026 (срок другого действия, не этого документа)',
    ]);
    expect(timelinessOnFilingDay(manifest, complex as Answers, '2026-12-07').size).toBe(0);
  });

  it('joins any number of grounds with commas and «и» before the last', async () => {
    const three = await renderBoth(
      ID,
      {
        ...complex,
        grounds: ['politicalOpinion', 'conscientiousObjection', 'socialGroup', 'race'],
      },
      { today: '2026-11-27' },
    );
    expect(three.pdf).toContain(
      // The participle is bracketed: «…выраженных в отказе участвовать в войне и расы» read as one phrase.
      'по признаку политических убеждений (в том числе выраженных в отказе участвовать в войне), принадлежности к определённой социальной группе (правозащитники, помогающие отказникам от военной службы) и расы. Вследствие таких опасений',
    );
    const kkThree = await renderBoth(
      ID,
      { ...kk('complex'), grounds: ['politicalOpinion', 'religion', 'nationality'] },
      { lang: 'kk', today: '2026-11-27' },
    );
    expect(kkThree.pdf).toContain(
      'Менің саяси нанымым, діни сенімім және ұлттық белгім бойынша қудалаудың құрбаны болудан толық негізді қауіптенуім бар. Осындай қауіп салдарынан мен өзім азаматы болып табылатын елдің қорғауын пайдалана алмаймын',
    );
  });

  it('counts the two days from the notice when the lawyer knows it', async () => {
    const { pdf, preflight } = await renderBoth(
      ID,
      { ...complex, notificationDate: '2026-11-26' },
      { today: '2026-11-27' },
    );
    expect(pdf).toContain(
      'он извещён 26 ноября 2026 года, и ходатайство должно быть зарегистрировано по 28.11.2026 (суббота) включительно.',
    );
    expect(pdf).not.toContain('в любом случае');
    expect(preflight.deadlines.map((d) => d.id)).toEqual([
      'authorityNotice',
      'authorityRegistration',
    ]);
  });
});

describe(`${ID}: detained — when the wish to apply was first stated (ст. 10 п. 4, legal audit)`, () => {
  // Detained on 10.11.2026, the filing signed on 27.11.2026: one day counted from the detention
  // ended on 11.11, long before the signing, and the duty follows the wish to apply («изъявляют
  // намерение»). The filing must never ask for notice by a day already gone.
  const late = {
    ...complex,
    arrivalDate: '2026-11-09',
    detentionDate: '2026-11-10',
    signingDate: '2026-11-27',
  };
  const on = { today: '2026-11-27' };

  it('first stated in this application: the days run from its signing', async () => {
    const { pdf, docx, preflight } = await renderBoth(
      ID,
      { ...late, intentionStated: 'thisFiling' },
      on,
    );
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Настоящим впервые заявляю о намерении обратиться с ходатайством о присвоении статуса беженца.',
        'Поскольку намерение впервые заявлено настоящим ходатайством (27 ноября 2026 года), обязанность известить местный исполнительный орган возникает с этого дня. Следовательно, местный исполнительный орган должен быть извещён по 28.11.2026 (суббота) включительно, а ходатайство зарегистрировано — не позднее чем через два календарных дня после извещения, то есть в любом случае по 30.11.2026 (понедельник) включительно.',
        'ПРОШУ:',
        'известить местный исполнительный орган о моём ходатайстве по 28.11.2026 (суббота) включительно и передать ему настоящее ходатайство для регистрации',
      ]);
      expect(text).not.toContain('11.11.2026');
      expect(text).not.toContain('подтверждаю это намерение');
    }
    expect(preflight.deadlines).toMatchObject([
      { id: 'authorityNoticeFromFiling', lastDay: '2026-11-28', missed: false },
      { id: 'authorityRegistrationLatestFromFiling', lastDay: '2026-11-30', missed: false },
    ]);
  });

  it('stated on detention: the days passed before the signing — said so, notice and registration asked at once', async () => {
    const { pdf, docx, preflight } = await renderBoth(
      ID,
      { ...late, intentionStated: 'atDetention' },
      on,
    );
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'О намерении обратиться с ходатайством о присвоении статуса беженца впервые заявлено при задержании (устно, сотрудникам пограничного наряда); подтверждаю это намерение.',
        'Следовательно, местный исполнительный орган должен был быть извещён по 11.11.2026 (среда) включительно, а ходатайство зарегистрировано — не позднее чем через два календарных дня после извещения, то есть в любом случае по 13.11.2026 (пятница) включительно. Оба срока истекли до подписания настоящего ходатайства; сведений об извещении местного исполнительного органа у меня нет.',
        'ПРОШУ:',
        'незамедлительно известить местный исполнительный орган о моём ходатайстве и передать ему настоящее ходатайство для незамедлительной регистрации, выдачи мне свидетельства лица, ищущего убежище, и решения о присвоении мне статуса беженца (срок извещения истёк: последний день — 11.11.2026; п. 4 ст. 10 Закона РК «О беженцах»);',
      ]);
      expect(text).not.toContain('должен быть извещён по 11.11.2026');
      expect(text).not.toContain('о моём ходатайстве по 11.11.2026');
    }
    expect(preflight.deadlines).toMatchObject([
      { id: 'authorityNotice', lastDay: '2026-11-11', missed: true },
      { id: 'authorityRegistrationLatest', lastDay: '2026-11-13', missed: true },
    ]);
  });

  it('stated after the detention: counted from that day; only the notice has passed', async () => {
    const { pdf, docx } = await renderBoth(
      ID,
      { ...late, intentionStated: 'afterDetention', intentionDate: '2026-11-25' },
      on,
    );
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'О намерении обратиться с ходатайством о присвоении статуса беженца впервые заявлено 25 ноября 2026 года (устно, сотрудникам пограничного наряда); подтверждаю это намерение.',
        'Поскольку намерение впервые заявлено после задержания (25 ноября 2026 года), обязанность известить местный исполнительный орган возникла в день его заявления. Следовательно, местный исполнительный орган должен был быть извещён по 26.11.2026 (четверг) включительно; этот срок истёк до подписания настоящего ходатайства, и сведений об извещении местного исполнительного органа у меня нет. Ходатайство должно быть зарегистрировано не позднее чем через два календарных дня после извещения, то есть в любом случае по 28.11.2026 (суббота) включительно.',
        'незамедлительно известить местный исполнительный орган о моём ходатайстве и передать ему настоящее ходатайство для незамедлительной регистрации',
        '(срок извещения истёк: последний день — 26.11.2026; п. 4 ст. 10 Закона РК «О беженцах»);',
      ]);
      expect(text).not.toContain('11.11.2026');
    }
  });

  it('a known notice whose registration day has passed: registration asked at once, no notice asked', async () => {
    const { pdf, docx } = await renderBoth(
      ID,
      { ...late, intentionStated: 'atDetention', notificationDate: '2026-11-11' },
      on,
    );
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Следовательно, местный исполнительный орган должен был быть извещён по 11.11.2026 (среда) включительно; он извещён 11 ноября 2026 года, и ходатайство должно было быть зарегистрировано по 13.11.2026 (пятница) включительно; этот срок истёк до подписания настоящего ходатайства.',
        'передать настоящее ходатайство местному исполнительному органу, извещённому 11 ноября 2026 года, для незамедлительной регистрации, выдачи мне свидетельства лица, ищущего убежище, и решения о присвоении мне статуса беженца (срок регистрации истёк: последний день — 13.11.2026; п. 4 ст. 10 Закона РК «О беженцах»);',
      ]);
      expect(text).not.toContain('известить местный исполнительный орган о моём ходатайстве');
    }
  });

  it('in Kazakh: counted from this application; passed days said to have passed', async () => {
    const kkLate = {
      ...kk('complex'),
      arrivalDate: '2026-11-09',
      detentionDate: '2026-11-10',
      signingDate: '2026-11-27',
    };
    const first = await renderBoth(
      ID,
      { ...kkLate, intentionStated: 'thisFiling' },
      { lang: 'kk', ...on },
    );
    for (const text of [first.pdf, first.docx]) {
      expectInOrder(text, [
        'Босқын мәртебесін беру туралы өтінішхатпен жүгіну ниетімді осы өтінішхатта алғаш рет мәлімдеймін.',
        'Ниет алғаш рет осы өтінішхатта (2026 жылғы 27 қараша) мәлімделгендіктен, жергілікті атқарушы органға хабарлау міндеті осы күннен бастап туындайды. Демек, жергілікті атқарушы органға 28.11.2026 (сенбі) қоса алғанға дейін хабарлануға тиіс',
        'СҰРАЙМЫН:',
        'жергілікті атқарушы органға менің өтінішхатым туралы 28.11.2026 (сенбі) қоса алғанға дейін хабарлауды',
      ]);
      expect(text).not.toContain('11.11.2026');
    }
    const passed = await renderBoth(
      ID,
      { ...kkLate, intentionStated: 'atDetention' },
      { lang: 'kk', ...on },
    );
    for (const text of [passed.pdf, passed.docx]) {
      expectInOrder(text, [
        'ниеті алғаш рет ұстау кезінде мәлімделді (ауызша, шекара нарядының қызметкерлеріне); осы ниетті растаймын.',
        'Демек, жергілікті атқарушы органға 11.11.2026 (сәрсенбі) қоса алғанға дейін хабарлануға, ал өтінішхат хабарланғаннан кейін күнтізбелік екі күннен кешіктірілмей, яғни кез келген жағдайда 13.11.2026 (жұма) қоса алғанға дейін тіркелуге тиіс еді. Екі мерзім де осы өтінішхатқа қол қойылғанға дейін өтіп кетті; жергілікті атқарушы органға хабарланғаны туралы менде мәлімет жоқ.',
        'СҰРАЙМЫН:',
        'жергілікті атқарушы органға менің өтінішхатым туралы дереу хабарлауды және осы өтінішхатты оған дереу тіркеу,',
        '(хабарлау мерзімі өтті: соңғы күні — 11.11.2026;',
      ]);
      expect(text).not.toContain('қоса алғанға дейін хабарлауды');
    }
  });
});

describe(`${ID}: the Border Service unit is the only addressee at the border (ст. 10 п. 3, edition of 01.01.2023)`, () => {
  it('the addressee help names no migration control point', () => {
    const { loaded } = getServices();
    const manifest = loaded.templates.find((t) => t.manifest.id === ID)?.manifest;
    if (!manifest) throw new Error(`${ID} not loaded`);
    for (const key of ['addressee', 'addresseeKk']) {
      const help = JSON.stringify(manifest.fields.find((f) => f.key === key)?.help);
      expect(help).not.toMatch(/миграционного контроля|көші-қон|migration control/);
    }
  });

  it('«именно в таком порядке» only for the unit as the Law names it, in both languages', async () => {
    const stated = await renderBoth(ID, simple);
    for (const text of [stated.pdf, stated.docx])
      expect(text).toContain(
        'Настоящее ходатайство подаётся именно в таком порядке; прошу принять его, выдать мне копию',
      );
    const other = await renderBoth(ID, {
      ...simple,
      addressee: 'Отдел миграционной полиции в аэропорту г. Алматы',
    });
    for (const text of [other.pdf, other.docx]) {
      expectInOrder(text, [
        'В Отдел миграционной полиции в аэропорту г. Алматы',
        'лицо подаёт письменное ходатайство в структурное подразделение территориального подразделения Пограничной службы Комитета национальной безопасности Республики Казахстан. Прошу принять настоящее ходатайство, выдать мне копию',
      ]);
      expect(text).not.toContain('именно в таком порядке');
    }
    const kkOther = await renderBoth(
      ID,
      { ...kk('simple'), addresseeKk: 'Алматы әуежайындағы көші-қон полициясы бөліміне' },
      { lang: 'kk' },
    );
    for (const text of [kkOther.pdf, kkOther.docx]) {
      expect(text).toContain('жазбаша өтінішхат береді. Осы өтінішхатты қабылдап, маған');
      expect(text).not.toContain('дәл осы тәртіппен');
    }
    const kkStated = await renderBoth(ID, kk('simple'), { lang: 'kk' });
    expect(kkStated.docx).toContain('Осы өтінішхат дәл осы тәртіппен беріліп отыр; оны қабылдап');
  });
});

describe(`${ID} (kk)`, () => {
  it('refused entry: the Border Service unit, the transit zone, the request to accept', async () => {
    const { pdf, docx } = await renderBoth(ID, kk('simple'), { lang: 'kk' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Қазақстан Республикасы Ұлттық қауіпсіздік комитетінің Шекара қызметі аумақтық бөлімшесінің құрылымдық бөлімшесіне («Аэропорт Алматы» өткізу пункті)',
        'жеке басын куәландыратын құжат: шетелдік паспорт 76 1234567',
        'қазір болатын жері: Алматы халықаралық әуежайының транзиттік аймағында',
        'ӨТІНІШХАТ',
        'Маған босқын мәртебесін беруді сұрап, өтінішхатпен жүгінемін',
        'Осы жазбаша өтінішхатты қабылдауды және оны тіркейтін әрі ол бойынша шешім қабылдайтын жергілікті атқарушы органға жіберуді сұраймын.',
        'маған Қазақстан Республикасына кіруден бас тартылды, негізі:',
        '«Босқындар туралы» ҚР Заңының 10-бабының 3-тармағы бойынша',
        'Менің саяси нанымым бойынша қудалаудың құрбаны болудан толық негізді қауіптенуім бар.',
        'СҰРАЙМЫН:',
        'оны тіркеу, маған пана іздеген адамның куәлігін беру және маған босқын мәртебесін беру туралы шешім қабылдау үшін жергілікті атқарушы органға дереу жіберуді',
      ]);
      // The kk sample is Kazakh throughout; the grounds carry no stray semicolon.
      expect(text).not.toContain('заграничный');
      expect(text).not.toContain('нанымым;');
      expect(text).not.toContain('босқын мәртебесін беруді;');
    }
  });

  it('detained: the authorities’ days printed', async () => {
    const { pdf, docx } = await renderBoth(ID, kk('complex'), { lang: 'kk', today: '2026-11-27' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        '«Босқындар туралы» ҚР Заңының 10-бабының 4-тармағы бойынша',
        'жергілікті атқарушы органға 27.11.2026',
        'кез келген жағдайда 29.11.2026',
        'СҰРАЙМЫН:',
      ]);
    }
  });
});

describe(`${ID}: filed by a representative for an unaccompanied minor (item 2c)`, () => {
  const minor = sample(ID, 'minor');

  it('the representative is the applicant, the child is spoken of in the third person, the authority is annexed first', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, minor);
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'от Нурлановой Динары Маратовны, уполномоченного представителя, действующей в интересах несовершеннолетнего Исмаилова Тимура Руслановича (ISMAILOV Timur), 14.05.2009 г.р.',
        'адрес и телефон представителя: г. Актобе',
        'место нахождения ребёнка: в служебном помещении пункта пропуска «Жайсан»',
        'о присвоении статуса беженца несовершеннолетнему',
        'Я, Нурланова Динара Маратовна, обращаюсь с ходатайством о присвоении статуса беженца несовершеннолетнему Исмаилову Тимуру Руслановичу, гражданину Российской Федерации',
        'Исмаилов Тимур Русланович, 14 мая 2009 года рождения, не достиг восемнадцати лет и прибыл в Республику Казахстан без родителей или законных представителей. Ходатайство подаётся в его интересах уполномоченным представителем — Нурлановой Динарой Маратовной (п. 1 ст. 10 Закона РК «О беженцах»); полномочия подтверждаются документом: нотариально удостоверенная доверенность от 23.11.2026 № 2-1187',
        'Согласно ч. 2 п. 7 ст. 10 Закона РК «О беженцах» лицу, ищущему убежище, не достигшему восемнадцати лет и прибывшему на территорию Республики Казахстан без родителей или законных представителей, выдаётся свидетельство лица, ищущего убежище.',
        '24 ноября 2026 года Исмаилов Т. Р. прибыл в пункт пропуска «Жайсан» (Актюбинская область); ходатайство в его интересах подаётся при пересечении Государственной границы Республики Казахстан. В настоящее время он находится',
        'выдать представителю копию с отметкой',
        'Исмаилов Т. Р. имеет вполне обоснованные опасения стать жертвой преследования по признаку политических убеждений (выраженных в отказе участвовать в войне). Вследствие таких опасений он не может пользоваться защитой страны своей гражданской принадлежности',
        'Исмаилов Т. Р. вправе находиться в Республике Казахстан',
        'ПРОШУ:',
        'выдачи Исмаилову Тимуру Руслановичу свидетельства лица, ищущего убежище (ч. 2 п. 7 ст. 10 Закона РК',
        'и решения о присвоении ему статуса беженца (п. 3 ст. 10 Закона РК «О беженцах»);',
        'не возвращать Исмаилова Тимура Руслановича в государство, где ему угрожает преследование, и не выдворять его',
        'Приложение:',
        'нотариально удостоверенная доверенность от 23.11.2026 № 2-1187, выданная отцом ребёнка Исмаиловым Р. Т. — на 2 л.',
        'Копия заграничного паспорта ребёнка',
        'Представитель',
        'Д. М. Нурланова',
      ]);
      // Nothing in the child's voice once a representative files.
      for (const firstPerson of [
        'прошу присвоить мне',
        'я прибыл',
        'Я имею',
        'не могу пользоваться',
        'меня',
        'мне ',
      ])
        expect(text).not.toContain(firstPerson);
    }
    expect(unverifiedCites(preflight)).toEqual([
      'refugees-law-1-1',
      'refugees-law-10-1-representative',
      'refugees-law-10-7-unaccompanied',
    ]);
  });

  it('a detained minor and a refused-entry minor keep the third person', async () => {
    const detained = await renderBoth(
      ID,
      {
        ...minor,
        claimRoute: 'detained',
        detentionDate: '2026-11-24',
        detentionAuthority: 'пограничным нарядом',
        detentionGround: 'illegalEntry',
        intentionStated: 'thisFiling',
        representativeRole: 'trustee',
      },
      { today: '2026-11-25' },
    );
    expectInOrder(detained.docx, [
      'от Нурлановой Динары Маратовны, попечителя, действующей в интересах несовершеннолетнего',
      '24 ноября 2026 года он задержан пограничным нарядом',
      'и находится в служебном помещении',
      'Настоящим в его интересах впервые заявляю о намерении обратиться с ходатайством',
      'известить местный исполнительный орган о ходатайстве по 26.11.2026',
      'Попечитель',
    ]);
    const refused = await renderBoth(ID, {
      ...minor,
      claimRoute: 'refusedEntry',
      refusalOfEntryDate: '2026-11-24',
      refusalOfEntryGround: '',
    });
    expectInOrder(refused.docx, [
      '24 ноября 2026 года ему отказано во въезде в Республику Казахстан; основание отказа не названо. В настоящее время он находится',
      'Отказ во въезде не лишает Исмаилова Тимура Руслановича права обратиться',
    ]);
  });

  it('in Kazakh: the representative files, the child in the third person', async () => {
    const { pdf, docx } = await renderBoth(
      ID,
      sampleFile(`templates/${ID}/samples/minor.kk.json`),
      {
        lang: 'kk',
      },
    );
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'өтініш беруші: Нурланова Динара Маратовна, кәмелетке толмаған Исмаилов Тимур Русланович',
        'мүддесінде әрекет ететін уәкілетті өкіл',
        'кәмелетке толмаған адамға босқын мәртебесін беру туралы',
        'кәмелетке толмаған Исмаилов Тимур Руслановичке (азаматтығы: Ресей Федерациясы) босқын мәртебесін беруді сұрап, өтінішхатпен жүгінемін',
        'ата-анасыз немесе заңды өкілдерсіз келді',
        'Қазір ол «Жайсан» өткізу пунктінің қызметтік үй-жайында жүр.',
        'Оның соғысқа қатысудан бас тартуымен білдірілген саяси нанымы бойынша',
        'Осындай қауіп салдарынан ол өзі азаматы болып табылатын елдің қорғауын пайдалана алмайды',
        'СҰРАЙМЫН:',
        'Исмаилов Тимур Руслановичке пана іздеген адамның куәлігін беру',
        'Қосымша:',
        'сенімхат — 2 парақ',
        'Өкіл',
      ]);
      expect(text).not.toContain('келдім');
      expect(text).not.toContain('алмаймын');
    }
  });
});
