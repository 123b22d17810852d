/**
 * Golden checks for the complaint against the refusal to accept or register a refugee
 * application (issue 18 item 2): to the higher body through the body complained of (АППК ст. 91
 * ч. 4), three months from the refusal with six months beside it when the refusal did not say how
 * to appeal (ст. 92 ч. 1, ч. 1-1), and for a detained person the registration day of Закон
 * «О беженцах» ст. 10 п. 4 computed in calendar days. PDF text and DOCX paragraphs, ru and kk.
 */
import { describe, expect, it } from 'vitest';
import { getServices } from '../../main/services.ts';
import { expectInOrder, renderBoth, sample, sampleFile } from '../helpers/golden.ts';

const ID = 'registration-refusal-complaint';
const simple = sample(ID, 'simple');
const complex = sample(ID, 'complex');
const kk = (name: string) => sampleFile(`templates/${ID}/samples/${name}.kk.json`);

describe(`${ID}: an oral refusal to accept at the airport, filed by the lawyer`, () => {
  it('addressed through the Border Service unit, the refusal as described, the Law and the term', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, simple);
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Пограничную службу Комитета национальной безопасности Республики Казахстан',
        'через структурное подразделение территориального подразделения Пограничной службы Комитета национальной безопасности Республики Казахстан в пункте пропуска «Аэропорт Алматы»',
        'от представителя — адвоката Жумабаевой Айгерим Сериковны',
        'в интересах Гусева Павла Андреевича (GUSEV Pavel)',
        // The answer names the kind of document: the label does not repeat «паспорт» (audit).
        'гражданина Российской Федерации, документ, удостоверяющий личность: заграничный паспорт 76 1234567',
        'почтовый адрес: 050000, г. Алматы, ул. Толе би, 59, офис 12',
        'ЖАЛОБА',
        'на отказ в принятии ходатайства о присвоении статуса беженца',
        '24 ноября 2026 года в пункте пропуска «Аэропорт Алматы» Гусев Павел Андреевич обратился с письменным ходатайством о присвоении статуса беженца.',
        '24 ноября 2026 года в принятии ходатайства устно отказано (дежурный офицер пограничного контроля, назвать себя отказался); в обоснование отказа указано: «лицам, которым отказано во въезде, ходатайства не принимаются». Письменного решения об отказе не выдано.',
        'Отказ незаконен',
        'лично или через уполномоченного на то представителя (п. 1 ст. 10 Закона РК «О беженцах»)',
        'Основания, перечисленные в ст. 12 Закона РК «О беженцах», — это основания для отказа в присвоении статуса беженца.',
        // The lawyer's own sentences on the risk stand under a heading, not after «В случае возвращения:».
        'Непринятие и нерегистрация ходатайства лишают заявителя этой защиты.',
        'Опасность в случае возвращения',
        'Гусеву П. А. в Российской Федерации грозит уголовное преследование',
        'Жалоба подаётся не позднее трёх месяцев со дня, когда стало известно о действии (ч. 1 ст. 92 АППК РК), то есть по 24.02.2027 (среда) включительно. Жалоба подаётся в пределах этого срока.',
        'ПРОШУ:',
        'признать незаконным отказ от 24.11.2026 в принятии ходатайства Гусева Павла Андреевича о присвоении статуса беженца;',
        // Only the local executive body registers and issues the certificate (ст. 10 п. 6); the
        // Border Service is asked to accept and pass the application on.
        'обязать орган, не принявший ходатайство, незамедлительно принять его, а если этот орган ходатайства не регистрирует, — передать в местный исполнительный орган для регистрации и выдачи Гусеву Павлу Андреевичу свидетельства лица, ищущего убежище;',
        'не возвращать и не выдворять Гусева Павла Андреевича в государство, где ему угрожает преследование',
        'Документ, подтверждающий полномочия представителя (ордер № 0412 от 24.11.2026).',
        'Представитель, адвокат',
      ]);
      expect(text).not.toContain('шесть месяцев');
      expect(text).not.toContain('восстановить');
      expect(text).not.toContain('паспорт заграничный паспорт');
      expect(text).not.toContain('В случае возвращения:');
    }
    // Three months is the deadline; six months (no appeal information) is shown beside it.
    expect(preflight.deadlines).toMatchObject([
      {
        id: 'complaint',
        lastDay: '2027-02-24',
        alternatives: [{ reading: 'appkNoAppealInfo', lastDay: '2027-05-24' }],
      },
    ]);
  });

  it('after three months but within six, argues the six months of ст. 92 ч. 1-1 and is not late', async () => {
    const answers = {
      ...simple,
      signingDate: '2027-03-10',
      restorationReasons: 'Заявитель удерживался в транзитной зоне без связи.',
    };
    const { pdf, docx, preflight } = await renderBoth(ID, answers, { today: '2027-03-10' });
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'Отказ выражен устно и порядок его обжалования не разъяснён, поэтому срок подачи жалобы составляет шесть месяцев (ч. 1-1 ст. 92 АППК РК) и длится по 24.05.2027 (понедельник) включительно. Жалоба подаётся в срок.',
      );
      // Restoration only in the alternative (1.1.0).
      expect(text).toContain(
        'признать жалобу поданной в срок, а если орган, рассматривающий жалобу, сочтёт срок пропущенным, — восстановить его (ч. 2 ст. 92 АППК РК);',
      );
      expect(text).not.toContain('восстановить пропущенный срок подачи жалобы');
      expect(text).not.toContain('Срок подачи жалобы пропущен');
    }
    expect(preflight.deadlines).toMatchObject([{ id: 'complaint', missed: true, arguable: true }]);
  });

  it('a written refusal silent on the appeal, filed in the fourth month: said of the refusal, restoration in the alternative', async () => {
    const answers = {
      ...simple,
      refusalForm: 'written',
      appealInfoGiven: false,
      signingDate: '2027-03-10',
      restorationReasons: 'Заявитель удерживался в транзитной зоне без связи.',
    };
    const { pdf, docx, preflight } = await renderBoth(ID, answers, { today: '2027-03-10' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Порядок обжалования в письменном отказе не разъяснён.',
        'то есть по 24.02.2027 (среда) включительно. В письменном отказе порядок обжалования не разъяснён, поэтому срок подачи жалобы составляет шесть месяцев (ч. 1-1 ст. 92 АППК РК) и длится по 24.05.2027 (понедельник) включительно. Жалоба подаётся в срок.',
        'Ходатайство о восстановлении пропущенного срока',
        'Если орган, рассматривающий жалобу, сочтёт, что трёхмесячный срок, установленный ч. 1 ст. 92 АППК РК, истёк 24 февраля 2027 года, прошу восстановить его: срок пропущен по уважительной причине:',
        'Заявитель удерживался в транзитной зоне без связи.',
        '(ч. 2 ст. 92 АППК РК)',
        'ПРОШУ:',
        'признать жалобу поданной в срок, а если орган, рассматривающий жалобу, сочтёт срок пропущенным, — восстановить его (ч. 2 ст. 92 АППК РК);',
        'Копия письменного отказа от 24.11.2026.',
      ]);
      expect(text).not.toContain('Письменный отказ и порядок');
      expect(text).not.toContain('восстановить пропущенный срок подачи жалобы');
    }
    expect(preflight.deadlines).toMatchObject([{ id: 'complaint', missed: true, arguable: true }]);
  });

  it('a written refusal that explained the appeal: three months only; past them, restoration is asked', async () => {
    const answers = {
      ...simple,
      refusalForm: 'written',
      appealInfoGiven: true,
      signingDate: '2027-03-10',
      restorationReasons: 'Заявитель удерживался в транзитной зоне без связи.',
    };
    const { pdf, docx, preflight } = await renderBoth(ID, answers, { today: '2027-03-10' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'в принятии ходатайства письменно отказано',
        'Порядок обжалования в письменном отказе разъяснён.',
        'то есть по 24.02.2027 (среда) включительно.',
        'Ходатайство о восстановлении пропущенного срока',
        'Заявитель удерживался в транзитной зоне без связи.',
        '(ч. 2 ст. 92 АППК РК)',
        'ПРОШУ:',
        'восстановить пропущенный срок подачи жалобы;',
        'Копия письменного отказа от 24.11.2026.',
      ]);
      expect(text).not.toContain('шесть месяцев');
    }
    expect(preflight.deadlines).toMatchObject([{ id: 'complaintInformed', missed: true }]);
  });
});

describe(`${ID}: a detained person's application not registered (ст. 10 п. 4)`, () => {
  it('prints the latest registration day, computed in calendar days, and complains of inaction', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, complex, { today: '2026-12-02' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Управление занятости и социальных программ Костанайской области',
        'для направления в орган, рассматривающий жалобу (ч. 4 ст. 91 АППК РК)',
        'на бездействие: ходатайство о присвоении статуса беженца не зарегистрировано в установленный срок',
        '26 ноября 2026 года Сафина Алсу Ринатовна задержана',
        'Следовательно, даже при извещении в последний допустимый день ходатайство должно было быть зарегистрировано по 29.11.2026 (воскресенье) включительно.',
        'об этом стало известно 1 декабря 2026 года.',
        'Бездействие незаконно',
        'когда стало известно о бездействии (ч. 1 ст. 92 АППК РК), то есть по 01.03.2027 (понедельник) включительно.',
        'признать незаконным бездействие, выразившееся в нерегистрации ходатайства Сафиной Алсу Ринатовны о присвоении статуса беженца в срок, установленный п. 4 ст. 10 Закона РК «О беженцах»;',
        'обязать местный исполнительный орган незамедлительно зарегистрировать ходатайство и выдать Сафиной Алсу Ринатовне свидетельство лица, ищущего убежище;',
        'Заявитель',
      ]);
      expect(text).not.toContain('Отказ незаконен');
      expect(text).not.toContain('письменного отказа');
    }
    expect(preflight.deadlines.map((d) => [d.id, d.lastDay])).toEqual([
      ['complaintInaction', '2027-03-01'],
      ['authorityRegistrationLatest', '2026-11-29'],
      ['authorityRegistrationFromStatement', '2026-11-29'],
    ]);
  });

  it('an intent stated days after the detention: the registration day counts from it, never before it', async () => {
    const later = {
      ...complex,
      applicationDate: '2026-12-01',
      applicationForm: 'oral',
      learnedDate: '2026-12-06',
      signingDate: '2026-12-10',
    };
    const { pdf, docx, preflight } = await renderBoth(ID, later, { today: '2026-12-10' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        '26 ноября 2026 года Сафина Алсу Ринатовна задержана',
        '1 декабря 2026 года в специальном приёмнике Департамента полиции Костанайской области она устно заявила о намерении обратиться с ходатайством о присвоении статуса беженца.',
        'Намерение заявлено после задержания; даже если исчислять срок извещения не с момента задержания, а со дня, когда намерение было заявлено, ходатайство должно было быть зарегистрировано по 04.12.2026 (пятница) включительно.',
      ]);
      expect(text).not.toContain('29.11.2026');
      expect(text).not.toContain('в последний допустимый день');
      expect(text).not.toContain('подала письменное ходатайство');
    }
    expect(preflight.deadlines.map((d) => [d.id, d.lastDay])).toEqual([
      ['complaintInaction', '2027-03-06'],
      ['authorityRegistrationLatest', '2026-11-29'],
      ['authorityRegistrationFromStatement', '2026-12-04'],
    ]);
    const kkLater = await renderBoth(
      ID,
      { ...kk('complex'), ...later },
      { lang: 'kk', today: '2026-12-10' },
    );
    for (const text of [kkLater.pdf, kkLater.docx]) {
      expect(text).toContain(
        'ол босқын мәртебесін беру туралы өтінішхатпен жүгіну ниетін ауызша мәлімдеді.',
      );
      expect(text).toContain(
        'Ниет адам ұсталғаннан кейін мәлімделді; хабарлау мерзімін адам ұсталған кезден емес, ниет мәлімделген күннен бастап есептегенде де, өтінішхат 04.12.2026 (жұма) қоса алғанға дейін тіркелуге тиіс еді.',
      );
      expect(text).not.toContain('29.11.2026');
      expect(text).not.toContain('жазбаша өтінішхат берді');
    }
  });

  it('a notice day that would put the registration day before the application: no due day printed', async () => {
    const { docx } = await renderBoth(
      ID,
      {
        ...complex,
        applicationDate: '2026-12-01',
        notificationDate: '2026-11-27',
        learnedDate: '2026-12-06',
        signingDate: '2026-12-10',
      },
      { today: '2026-12-10' },
    );
    expect(docx).toContain(
      'Местный исполнительный орган извещён 27 ноября 2026 года. Ходатайство не зарегистрировано',
    );
    expect(docx).not.toContain('29.11.2026');
  });

  it('counts two calendar days from the notice when its day is known', async () => {
    const { docx } = await renderBoth(
      ID,
      { ...complex, notificationDate: '2026-11-27' },
      { today: '2026-12-02' },
    );
    expect(docx).toContain(
      'Местный исполнительный орган извещён 27 ноября 2026 года; ходатайство должно было быть зарегистрировано по 29.11.2026 (воскресенье) включительно.',
    );
    expect(docx).not.toContain('в последний допустимый день');
  });
});

describe(`${ID} (kk)`, () => {
  it('refusal to accept: the addressee, the facts, the term and the requests', async () => {
    const { pdf, docx } = await renderBoth(ID, kk('simple'), { lang: 'kk' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Кімге: Қазақстан Республикасы Ұлттық қауіпсіздік комитетінің Шекара қызметі',
        'кім арқылы: Қазақстан Республикасы Ұлттық қауіпсіздік комитетінің Шекара қызметі «Алматы әуежайы»',
        'жеке басын куәландыратын құжат: шетелдік паспорт 76 1234567',
        'ШАҒЫМ',
        'өтінішхатты қабылдаудан ауызша бас тартылды',
        'Бас тарту заңсыз',
        'Өтінішхатты қабылдамау және тіркемеу өтініш берушіні осы қорғаудан айырады.',
        'Қайтарылған жағдайдағы қауіп',
        'П. А. Гусевке Ресей Федерациясында',
        '24.02.2027',
        'СҰРАЙМЫН:',
        'тіркеу және Гусев Павел Андреевичке пана іздеген адамның куәлігін беру үшін жергілікті атқарушы органға беруге міндеттеуді',
      ]);
      expect(text).not.toContain('паспорт шетелдік паспорт');
      expect(text).not.toContain('заграничный');
      expect(text).not.toContain('Қайтарылған жағдайда:');
    }
  });

  it('not registered: the registration day and inaction', async () => {
    const { pdf, docx } = await renderBoth(ID, kk('complex'), { lang: 'kk', today: '2026-12-02' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'әрекетсіздікке',
        '29.11.2026',
        'Әрекетсіздік заңсыз',
        'әрекетсіздікті',
      ]);
    }
  });
});

describe(`${ID}: a written application only when there was one (1.1.0)`, () => {
  it('stated orally: at the border and in custody, the facts say so and no written application', async () => {
    const border = await renderBoth(ID, { ...simple, applicationForm: 'oral' });
    for (const text of [border.pdf, border.docx]) {
      expect(text).toContain(
        '24 ноября 2026 года в пункте пропуска «Аэропорт Алматы» Гусев Павел Андреевич устно заявил о намерении обратиться с ходатайством о присвоении статуса беженца.',
      );
      expect(text).not.toContain('обратился с письменным ходатайством');
    }
    const accepted = await renderBoth(ID, {
      ...simple,
      applicationForm: 'oral',
      refusalKind: 'registrationRefused',
    });
    expect(accepted.docx).toContain(
      'устно заявил о намерении обратиться с ходатайством о присвоении статуса беженца; заявление было принято.',
    );
    const custody = await renderBoth(
      ID,
      { ...complex, applicationForm: 'oral' },
      { today: '2026-12-02' },
    );
    for (const text of [custody.pdf, custody.docx]) {
      expect(text).toContain(
        'в специальном приёмнике Департамента полиции Костанайской области она устно заявила о намерении обратиться с ходатайством о присвоении статуса беженца.',
      );
      expect(text).not.toContain('подала письменное ходатайство');
    }
    // Written: as before.
    const written = await renderBoth(ID, complex, { today: '2026-12-02' });
    expect(written.docx).toContain(
      'она заявила о намерении обратиться с ходатайством о присвоении статуса беженца и подала письменное ходатайство.',
    );
  });

  it('in Kazakh: «ауызша мәлімдеді», never «жазбаша» of an oral statement', async () => {
    const border = await renderBoth(
      ID,
      { ...kk('simple'), applicationForm: 'oral' },
      { lang: 'kk' },
    );
    for (const text of [border.pdf, border.docx]) {
      expect(text).toContain(
        'Гусев Павел Андреевич босқын мәртебесін беру туралы өтінішхатпен жүгіну ниетін ауызша мәлімдеді.',
      );
      expect(text).not.toContain('жазбаша өтінішхатпен жүгінді');
    }
    const custody = await renderBoth(
      ID,
      { ...kk('complex'), applicationForm: 'oral' },
      { lang: 'kk', today: '2026-12-02' },
    );
    expect(custody.docx).toContain('өтінішхатпен жүгіну ниетін ауызша мәлімдеді.');
    expect(custody.docx).not.toContain('жазбаша өтінішхат берді');
  });

  it('a draft without the answer is not rendered: the question is required', async () => {
    const { engine } = getServices();
    const answers: Record<string, unknown> = { ...simple };
    delete answers.applicationForm;
    await expect(
      engine.render({ templateId: ID, answers, lang: 'ru', today: '2026-11-25' }, 'pdf'),
    ).rejects.toThrow(/applicationForm/);
  });
});

describe(`${ID} (kk): a written refusal silent on the appeal, in the fourth month`, () => {
  it('says it of the written refusal and asks for restoration only in the alternative', async () => {
    const { pdf, docx } = await renderBoth(
      ID,
      {
        ...kk('simple'),
        refusalForm: 'written',
        appealInfoGiven: false,
        signingDate: '2027-03-10',
        restorationReasons: 'Өтініш беруші транзиттік аймақта байланыссыз ұсталды.',
      },
      { lang: 'kk', today: '2027-03-10' },
    );
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Жазбаша бас тартуда шағымдану тәртібі түсіндірілмеген, сондықтан шағым беру мерзімі алты ай (ҚР ӘРПК 92-бабының 1-1-бөлігі)',
        'Егер шағымды қарайтын орган ҚР ӘРПК 92-бабының 1-бөлігі белгілеген үш айлық мерзім 2027 жылғы 24 ақпанда аяқталды деп есептесе, оны қалпына келтіруді сұраймын',
        'СҰРАЙМЫН:',
        'шағымды мерзімінде берілген деп тануды, ал шағымды қарайтын орган мерзімді өткізіп алынған деп есептесе, оны қалпына келтіруді (ҚР ӘРПК 92-бабының 2-бөлігі);',
      ]);
      expect(text).not.toContain('шағым беру мерзімін қалпына келтіруді;');
    }
  });
});
