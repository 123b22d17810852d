/**
 * Golden checks for the complaint against the refusal to accept or register a refugee
 * application (issue 18 item 2): to the higher body through the body complained of (АППК ст. 91
 * ч. 4), three months from the refusal with six months beside it when the refusal did not say how
 * to appeal (ст. 92 ч. 1, ч. 1-1), and for a detained person the registration day of Закон
 * «О беженцах» ст. 10 п. 4 computed in calendar days. PDF text and DOCX paragraphs, ru and kk.
 */
import { describe, expect, it } from 'vitest';
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
        'обязать незамедлительно принять ходатайство и обеспечить его регистрацию и выдать Гусеву Павлу Андреевичу свидетельство лица, ищущего убежище;',
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
    const answers = { ...simple, signingDate: '2027-03-10' };
    const { pdf, docx, preflight } = await renderBoth(ID, answers, { today: '2027-03-10' });
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'Отказ выражен устно и порядок его обжалования не разъяснён, поэтому срок подачи жалобы составляет шесть месяцев (ч. 1-1 ст. 92 АППК РК) и длится по 24.05.2027 (понедельник) включительно. Жалоба подаётся в срок.',
      );
      expect(text).not.toContain('Ходатайство о восстановлении');
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
        'обязать незамедлительно зарегистрировать ходатайство и выдать Сафиной Алсу Ринатовне свидетельство лица, ищущего убежище;',
        'Заявитель',
      ]);
      expect(text).not.toContain('Отказ незаконен');
      expect(text).not.toContain('письменного отказа');
    }
    expect(preflight.deadlines.map((d) => [d.id, d.lastDay])).toEqual([
      ['complaintInaction', '2027-03-01'],
      ['authorityRegistrationLatest', '2026-11-29'],
    ]);
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
        'пана іздеген адамның куәлігін беруге міндеттеуді',
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
