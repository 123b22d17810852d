/**
 * The refugee application as the reader sees it (PDF text and DOCX paragraphs), issue 17:
 * - item 7: how the claim arises is asked, and each answer has its own wording, addressee and
 *   deadline (Закон «О беженцах» ст. 10 пп. 1, 3, 4, edition of 01.01.2023; see the README);
 * - item 9: conscientious objection argued for the client (ICCPR art. 18), nothing conceded;
 * - item 10: minors entered in this application and certificate with their birth documents,
 *   adults recognised individually and started as applications of their own; the blank form
 *   leaves room for the grounds and offers both genders.
 */
import { describe, expect, it } from 'vitest';
import { getServices } from '../../main/services.ts';
import { familyMemberApplications } from '../../common/prefill.ts';
import { docxParagraphs, pdfText } from '../helpers/extract.ts';
import { expectInOrder, flat, renderBoth, sample, sampleFile } from '../helpers/golden.ts';

const ID = 'refugee-application';
const simple = sample(ID, 'simple');
const complex = sample(ID, 'complex');

describe(`${ID}: how the claim arises (item 7)`, () => {
  it('ordinary arrival: through the crossing point, within five days of arrival', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, simple);
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Управление занятости и социальных программ',
        'документ, удостоверяющий личность: заграничный паспорт 75 7654321',
        'я прибыл в Республику Казахстан через пункт пропуска «Жайсан»',
        'Ходатайство подаётся в течение пяти календарных дней, установленных п. 1 ст. 10 Закона РК «О беженцах».',
      ]);
      // The field asks for the kind of document: «паспорт: заграничный паспорт» said it twice.
      expect(text).not.toContain('паспорт: заграничный паспорт');
    }
    expect(preflight.deadlines.map((d) => d.id)).toEqual(['application']);
  });

  it('at the border: to the Border Service unit, never «прибыл … через пункт пропуска»', async () => {
    const answers = { ...simple, claimRoute: 'border' };
    const { pdf, docx, preflight } = await renderBoth(ID, answers);
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В структурное подразделение территориального подразделения Пограничной службы Комитета национальной безопасности Республики Казахстан (пункт пропуска «Жайсан»',
        'Обращаюсь с настоящим ходатайством при пересечении Государственной границы Республики Казахстан в пункте пропуска «Жайсан»',
        'В соответствии с п. 3 ст. 10 Закона РК «О беженцах» при пересечении Государственной границы ходатайство подаётся в структурное подразделение',
      ]);
      expect(text).not.toContain('прибыл в Республику Казахстан через пункт пропуска');
      expect(text).not.toContain('Управление занятости');
      expect(text).not.toContain('пяти календарных дней');
    }
    expect(preflight.deadlines).toEqual([]);
  });

  it('at the border: the Border Service unit is asked to accept and pass on, never to register or grant status (ст. 6-1, ст. 11 п. 1)', async () => {
    // One child and the spouse came along (the complex sample with its first child only).
    const answers = {
      ...complex,
      claimRoute: 'border',
      borderPoint: '«Жайсан»',
      children: (complex.children as unknown[]).slice(0, 1),
    };
    const { pdf, docx } = await renderBoth(ID, answers);
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В структурное подразделение территориального подразделения Пограничной службы',
        'гражданин Российской Федерации, по национальности тувинец, обращаюсь с ходатайством о присвоении мне статуса беженца (Закон Республики Казахстан от 4 декабря 2009 года № 216-IV «О беженцах») и прошу принять настоящее письменное ходатайство и передать его в местный исполнительный орган, который его регистрирует и принимает по нему решение.',
        'Вместе со мной прибыл член моей семьи, не достигший восемнадцати лет. Сведения о нём заносятся на основе документов о рождении в настоящее ходатайство (п. 5 ст. 10 Закона РК «О беженцах») и в выдаваемое мне свидетельство лица, ищущего убежище (п. 7 ст. 10 Закона РК «О беженцах»):',
        'ПРОШУ:',
        'принять настоящее ходатайство, выдать мне копию с отметкой о дате и времени приёма и незамедлительно передать его в местный исполнительный орган для регистрации, выдачи мне свидетельства лица, ищущего убежище, с занесением в ходатайство и в свидетельство сведений о члене моей семьи, не достигшем восемнадцати лет (Монгуш Саяна Айдысовна) (п. 5 ст. 10 Закона РК «О беженцах», п. 7 ст. 10 Закона РК «О беженцах»), и решения о присвоении мне статуса беженца (п. 3 ст. 10 Закона РК «О беженцах»);',
        'обеспечить участие переводчика (тувинский язык);',
      ]);
      for (const asked of [
        'прошу присвоить',
        'присвоить мне статус беженца',
        'зарегистрировать ходатайство',
        'Прошу занести',
        'при рассмотрении ходатайства;',
      ])
        expect(text).not.toContain(asked);
    }
    const kkBorder = await renderBoth(
      ID,
      {
        ...sampleFile(`templates/${ID}/samples/complex.kk.json`),
        claimRoute: 'border',
        borderPoint: '«Жайсан»',
      },
      { lang: 'kk' },
    );
    for (const text of [kkBorder.pdf, kkBorder.docx]) {
      expectInOrder(text, [
        'Маған босқын мәртебесін беруді сұрап, өтінішхатпен жүгінемін',
        'Осы жазбаша өтінішхатты қабылдауды және оны тіркейтін әрі ол бойынша шешім қабылдайтын жергілікті атқарушы органға жіберуді сұраймын.',
        'СҰРАЙМЫН:',
        'осы өтінішхатты қабылдауды, маған қабылданған күні мен уақыты белгіленген көшірмесін беруді және оны тіркеу,',
        'маған пана іздеген адамның куәлігін беру және маған босқын мәртебесін беру туралы шешім қабылдау үшін жергілікті атқарушы органға дереу жіберуді',
      ]);
      for (const asked of [
        'босқын мәртебесін беруді сұраймын',
        'өтінішхатты тіркеуді',
        'маған босқын мәртебесін беруді;',
      ])
        expect(text).not.toContain(asked);
    }
  });

  it('at the border, a representative for a minor: the same requests in the third person', async () => {
    const minor = sample(ID, 'minor');
    const { pdf, docx } = await renderBoth(ID, {
      ...minor,
      claimRoute: 'border',
      borderPoint: '«Жайсан»',
    });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Я, Сейткалиев Арман Бекович, обращаюсь с ходатайством о присвоении статуса беженца несовершеннолетней Котовой Веронике Игоревне',
        'и прошу принять настоящее письменное ходатайство и передать его в местный исполнительный орган, который его регистрирует и принимает по нему решение.',
        'ПРОШУ:',
        'принять настоящее ходатайство, выдать представителю копию с отметкой о дате и времени приёма и незамедлительно передать его в местный исполнительный орган для регистрации, выдачи Котовой Веронике Игоревне свидетельства лица, ищущего убежище (ч. 2 п. 7 ст. 10 Закона РК «О беженцах»), и решения о присвоении ей статуса беженца (п. 3 ст. 10 Закона РК «О беженцах»);',
      ]);
      for (const asked of ['прошу присвоить', 'присвоить Котовой', 'зарегистрировать ходатайство'])
        expect(text).not.toContain(asked);
    }
    const kkMinor = await renderBoth(
      ID,
      {
        ...sampleFile(`templates/${ID}/samples/minor.kk.json`),
        claimRoute: 'border',
        borderPoint: '«Жайсан»',
      },
      { lang: 'kk' },
    );
    for (const text of [kkMinor.pdf, kkMinor.docx]) {
      expectInOrder(text, [
        'босқын мәртебесін беруді сұрап, өтінішхатпен жүгінемін',
        'СҰРАЙМЫН:',
        'осы өтінішхатты қабылдауды, өкілге қабылданған күні мен уақыты белгіленген көшірмесін беруді',
      ]);
      // The application asks for status; no request asks the Border Service to grant it.
      expect(text.slice(text.indexOf('СҰРАЙМЫН:'))).not.toContain('босқын мәртебесін беруді');
    }
  });

  it('after a forced irregular crossing: why, within one day, to the local executive body', async () => {
    const answers = {
      ...simple,
      claimRoute: 'irregular',
      crossingPlace: 'вблизи с. Жайсан, вне пункта пропуска',
      crossingReasons: 'Пункт пропуска был закрыт, а на российской стороне меня разыскивали.',
      arrivalDate: '2026-11-24',
    };
    const { pdf, docx, preflight } = await renderBoth(ID, answers);
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        '24 ноября 2026 года я был вынужден пересечь Государственную границу Республики Казахстан вне пункта пропуска (вблизи с. Жайсан, вне пункта пропуска).',
        'Пункт пропуска был закрыт',
        'В соответствии с п. 3 ст. 10 Закона РК «О беженцах» при отсутствии пункта пропуска через Государственную границу Республики Казахстан лицо в случае вынужденного незаконного пересечения Государственной границы Республики Казахстан должно в течение суток обратиться в местный исполнительный орган области, города республиканского значения и столицы.',
        // The form asks no hours: the day after the crossing is said as such, not as «within
        // twenty-four hours».
        'Настоящее ходатайство подаётся на следующий день после пересечения границы.',
      ]);
      expect(text).not.toContain('пяти календарных дней');
      expect(text).not.toContain('подаётся в течение суток');
    }
    expect(preflight.deadlines).toMatchObject([
      { id: 'applicationIrregular', lastDay: '2026-11-25', missed: false },
    ]);
  });

  it('after a forced irregular crossing, filed the same day: «в день пересечения границы, в течение суток»', async () => {
    const { pdf } = await renderBoth(ID, {
      ...simple,
      claimRoute: 'irregular',
      crossingPlace: 'вблизи с. Жайсан, вне пункта пропуска',
      crossingReasons: 'Пункт пропуска был закрыт.',
      arrivalDate: '2026-11-25',
    });
    expect(pdf).toContain(
      'Настоящее ходатайство подаётся в день пересечения границы, в течение суток.',
    );
  });

  describe('after a forced irregular crossing where a crossing point existed (ст. 10 п. 3, second part)', () => {
    // The one-day clause applies «при отсутствии пункта пропуска»: with a crossing point there, one
    // day stays the safe deadline and п. 1's five days from arrival is the later reading.
    const crossed = {
      ...simple,
      claimRoute: 'irregular',
      checkpointExisted: true,
      crossingPlace: 'вблизи с. Жайсан',
      crossingReasons: 'Пункт пропуска был закрыт, а на российской стороне меня разыскивали.',
      arrivalDate: '2026-11-20',
    };
    const argument =
      'Суточный срок обращения в местный исполнительный орган после вынужденного незаконного пересечения Государственной границы Республики Казахстан п. 3 ст. 10 Закона РК «О беженцах» устанавливает «при отсутствии пункта пропуска через Государственную границу Республики Казахстан». Пункт пропуска на этом участке границы имелся, поэтому к ходатайству применяется общий срок, установленный п. 1 ст. 10 Закона РК «О беженцах»: пять календарных дней по прибытии на территорию Республики Казахстан. Настоящее ходатайство подаётся в пределах этого срока.';

    it('filed on the third day: argued in time under п. 1, never called late', async () => {
      const { pdf, docx, preflight } = await renderBoth(ID, {
        ...crossed,
        signingDate: '2026-11-23',
      });
      for (const text of [pdf, docx]) {
        expectInOrder(text, [
          'вне пункта пропуска (вблизи с. Жайсан). Пункт пропуска на этом участке границы имелся, однако пройти через него я не мог.',
          'Пункт пропуска был закрыт',
          argument,
        ]);
        expect(text).not.toContain('подаётся в течение суток');
        expect(text).not.toContain('по истечении');
      }
      expect(preflight.deadlines).toMatchObject([
        {
          id: 'applicationIrregular',
          lastDay: '2026-11-21',
          alternatives: [{ reading: 'refugeesCheckpointExisted', lastDay: '2026-11-25' }],
        },
      ]);
    });

    it('filed within the day: in time on both readings, no argument needed', async () => {
      const { pdf, docx } = await renderBoth(ID, { ...crossed, signingDate: '2026-11-21' });
      for (const text of [pdf, docx]) {
        expect(text).toContain(
          'Настоящее ходатайство подаётся на следующий день после пересечения границы.',
        );
        expect(text).not.toContain('Пункт пропуска на этом участке границы имелся, поэтому');
      }
    });

    it('filed on the sixth day: late on both readings, and says so with the reasons', async () => {
      const { pdf, docx } = await renderBoth(ID, {
        ...crossed,
        signingDate: '2026-11-26',
        lateReasons: 'Я скрывался от задержания.',
      });
      for (const text of [pdf, docx]) {
        expectInOrder(text, [
          'Ходатайство подаётся по истечении суток, установленных п. 3 ст. 10 Закона РК «О беженцах», и пяти календарных дней по прибытии, установленных п. 1 ст. 10 Закона РК «О беженцах», по следующим причинам:',
          'Я скрывался от задержания.',
        ]);
        expect(text).not.toContain('в пределах этого срока');
      }
    });

    it('without a crossing point, the third day is late: one day is the only term', async () => {
      const { pdf, preflight } = await renderBoth(ID, {
        ...crossed,
        checkpointExisted: false,
        signingDate: '2026-11-23',
        lateReasons: 'Я скрывался от задержания.',
      });
      expect(pdf).toContain(
        'Ходатайство подаётся по истечении суток, установленных п. 3 ст. 10 Закона РК «О беженцах», по следующим причинам:',
      );
      expect(pdf).not.toContain('Пункт пропуска на этом участке границы имелся');
      expect(preflight.deadlines).toMatchObject([
        { id: 'applicationIrregular', lastDay: '2026-11-21', alternatives: [] },
      ]);
    });

    it("in Kazakh, the same argument in the Law's words", async () => {
      const { pdf, docx } = await renderBoth(
        ID,
        { ...crossed, signingDate: '2026-11-23' },
        { lang: 'kk' },
      );
      for (const text of [pdf, docx]) {
        expectInOrder(text, [
          'Шекараның осы учаскесінде өткізу пункті болды, бірақ ол арқылы өту мүмкін болмады.',
          '«Қазақстан Республикасының Мемлекеттік шекарасы арқылы өткізу пункті болмаған кезде» белгілейді.',
          'сондықтан өтінішхатқа жалпы мерзім қолданылады («Босқындар туралы» ҚР Заңының 10-бабының 1-тармағы): Қазақстан Республикасының аумағына келісімен күнтізбелік бес күн. Осы өтінішхат сол мерзім ішінде беріліп отыр.',
        ]);
        expect(text).not.toContain('бір тәулік ішінде беріліп отыр');
      }
    });
  });

  it('detained for illegal stay: to the local executive body, asked to register within two calendar days', async () => {
    const answers = {
      ...simple,
      claimRoute: 'detained',
      detentionDate: '2026-11-24',
      detentionAuthority: 'Департаментом полиции г. Алматы',
      detentionGround: 'illegalStay',
    };
    const { pdf, docx, preflight } = await renderBoth(ID, answers);
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        '24 ноября 2026 года я задержан Департаментом полиции г. Алматы за незаконное пребывание на территории Республики Казахстан',
        'Заявляю о намерении обратиться с ходатайством о присвоении статуса беженца.',
        'Согласно п. 4 ст. 10 Закона РК «О беженцах» компетентные органы извещают местный исполнительный орган об этом в течение одного дня с момента задержания',
        'ПРОШУ:',
        // The addressee is the local executive body (the default): it registers (ст. 10 п. 4,
        // second part); the notice within a day is the detaining authority's duty, not asked of it.
        'зарегистрировать ходатайство в течение двух календарных дней (п. 4 ст. 10 Закона РК «О беженцах») и выдать мне свидетельство лица, ищущего убежище;',
        'присвоить мне статус беженца;',
      ]);
      expect(text.trimStart()).toMatch(/^В Управление занятости и социальных программ г\. Алматы/);
      expect(text).not.toContain('известить местный исполнительный орган');
      expect(text).not.toContain('пяти календарных дней');
    }
    expect(preflight.deadlines).toEqual([]);
    // The help no longer sends the application «через задержавший орган» while the form addresses
    // the local executive body; it names the filing that addresses the detaining authority.
    const { loaded } = getServices();
    const manifest = loaded.templates.find((t) => t.manifest.id === ID)?.manifest;
    const help = manifest?.fields.find((f) => f.key === 'claimRoute')?.help;
    expect(help?.ru).not.toContain('пребывание — через задержавший орган');
    expect(help?.ru).toContain('задержавший орган обязан известить его в течение одного дня');
    expect(help?.ru).toContain('«Ходатайство о присвоении статуса беженца на границе»');
  });

  it('sur place: dated from learning of the circumstances', async () => {
    const answers = { ...simple, claimRoute: 'surPlace', learnedDate: '2026-11-23' };
    const { pdf, preflight } = await renderBoth(ID, answers);
    expect(pdf).toContain(
      'Обстоятельства, дающие основания опасаться преследования, стали мне известны 23 ноября 2026 года',
    );
    expect(preflight.deadlines).toMatchObject([
      { id: 'applicationSurPlace', lastDay: '2026-11-28' },
    ]);
  });

  it('in Kazakh: at the border and detained', async () => {
    const border = await renderBoth(ID, { ...simple, claimRoute: 'border' }, { lang: 'kk' });
    for (const text of [border.pdf, border.docx]) {
      expectInOrder(text, [
        'Қазақстан Республикасы Ұлттық қауіпсіздік комитетінің Шекара қызметі аумақтық бөлімшесінің құрылымдық бөлімшесі',
        'Осы өтінішхатпен Қазақстан Республикасының Мемлекеттік шекарасынан өту кезінде',
      ]);
      expect(text).not.toContain('өткізу пункті арқылы келдім');
    }
    const detained = await renderBoth(
      ID,
      {
        ...simple,
        claimRoute: 'detained',
        detentionDate: '2026-11-24',
        detentionAuthority: 'Алматы қаласының Полиция департаменті',
        detentionGround: 'illegalEntry',
      },
      { lang: 'kk' },
    );
    expectInOrder(detained.docx, [
      'мені Қазақстан Республикасының аумағына заңсыз келгенім үшін ұстады (Алматы қаласының Полиция департаменті)',
      '«Босқындар туралы» ҚР Заңының 10-бабының 4-тармағы бойынша құзыретті органдар',
      'СҰРАЙМЫН:',
      'өтінішхатты күнтізбелік екі күн ішінде тіркеуді («Босқындар туралы» ҚР Заңының 10-бабының 4-тармағы) және маған пана іздеген адамның куәлігін беруді;',
    ]);
    expect(detained.docx).not.toContain('хабарлауды');
  });
});

describe(`${ID}: conscientious objection argued for the client (item 9)`, () => {
  it('cites ICCPR art. 18 and concedes no duty the State may impose', async () => {
    const { pdf, docx } = await renderBoth(ID, complex);
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Право отказаться от участия в военных действиях по убеждениям вытекает из свободы мысли, совести и религии (ст. 18 Международного пакта о гражданских',
        'политических правах).',
        'государство, которое наказывает за такой отказ, преследует меня именно за эти убеждения.',
      ]);
      expect(text).not.toContain('вправе возлагать');
    }
    const kk = await renderBoth(ID, complex, { lang: 'kk' });
    expect(kk.docx).toContain('Азаматтық және саяси құқықтар туралы халықаралық пактінің 18-бабы');
    expect(kk.docx).not.toContain('жүктеуге құқылы');
  });
});

describe(`${ID}: family (item 10)`, () => {
  it('minors with their birth documents go into this application and certificate; adults file their own', async () => {
    const { pdf, docx } = await renderBoth(ID, complex);
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Члены семьи',
        'Вместе со мной прибыли члены моей семьи, не достигшие восемнадцати лет. Прошу занести сведения о них в настоящее ходатайство на основе документов о рождении (п. 5 ст. 10 Закона РК «О беженцах») и в выдаваемое мне свидетельство лица, ищущего убежище (п. 7 ст. 10 Закона РК «О беженцах»):',
        'Монгуш Саяна Айдысовна',
        'Монгуш Эртине Айдысович',
        'Вместе со мной прибыл совершеннолетний член моей семьи: Монгуш Чечек Олеговна (супруга, 02.05.1999 г.р., гражданство: Российская Федерация). Совершеннолетний член семьи вправе подать собственное ходатайство: вопрос о присвоении статуса беженца решается в отношении каждого индивидуально (п. 2 ст. 11 Закона РК «О беженцах»); прошу учесть при его рассмотрении',
        'ПРОШУ:',
        'занеся в ходатайство и в свидетельство сведения о членах моей семьи, не достигших восемнадцати лет (Монгуш Саяна Айдысовна, Монгуш Эртине Айдысович) (п. 5 ст. 10 Закона РК «О беженцах», п. 7 ст. 10 Закона РК «О беженцах»);',
        'присвоить мне статус беженца;',
      ]);
      expect(text).not.toContain('и членам моей семьи статус беженца');
      // Whether the adults file is not asked: only that they may (ст. 11 п. 2).
      expect(text).not.toContain('подаёт собственное ходатайство');
      expect(text).not.toContain('признаётся беженцем');
      expect(text).not.toContain('прибыли совершеннолетние члены');
    }
    // The birth documents are in the table (the DOCX keeps each cell whole).
    expectInOrder(docx, [
      'свидетельство о рождении I-ТУ № 512377, выдано 17.09.2019',
      'свидетельство о рождении I-ТУ № 530981, выдано 22.02.2022',
    ]);
  });

  it('one child: the singular, in the paragraph and the request; an adult «вправе подать»', async () => {
    const one = { ...complex, children: (complex.children as unknown[]).slice(0, 1) };
    const { pdf, docx } = await renderBoth(ID, one);
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Вместе со мной прибыл член моей семьи, не достигший восемнадцати лет. Прошу занести сведения о нём в настоящее ходатайство на основе документов о рождении (п. 5 ст. 10 Закона РК «О беженцах») и в выдаваемое мне свидетельство лица, ищущего убежище (п. 7 ст. 10 Закона РК «О беженцах»):',
        'Монгуш Саяна Айдысовна',
        'Совершеннолетний член семьи вправе подать собственное ходатайство:',
        'ПРОШУ:',
        'выдать мне свидетельство лица, ищущего убежище, занеся в ходатайство и в свидетельство сведения о члене моей семьи, не достигшем восемнадцати лет (Монгуш Саяна Айдысовна) (п. 5 ст. 10 Закона РК «О беженцах», п. 7 ст. 10 Закона РК «О беженцах»);',
      ]);
      for (const plural of ['прибыли члены моей семьи', 'сведения о них', 'о членах моей семьи'])
        expect(text).not.toContain(plural);
    }
    const kkOne = await renderBoth(
      ID,
      (() => {
        const kkComplex = sampleFile(`templates/${ID}/samples/complex.kk.json`);
        return { ...kkComplex, children: (kkComplex.children as unknown[]).slice(0, 1) };
      })(),
      { lang: 'kk' },
    );
    for (const text of [kkOne.pdf, kkOne.docx]) {
      expectInOrder(text, [
        'Менімен бірге отбасымның он сегіз жасқа толмаған мүшесі келді. Ол туралы мәліметтерді',
        'Ол өз өтінішхатын беруге құқылы:',
        'СҰРАЙМЫН:',
        'отбасымның он сегіз жасқа толмаған мүшесі (',
      ]);
      expect(text).not.toContain('толмаған мүшелері');
      expect(text).not.toContain('өз өтінішхатын береді');
    }
  });

  it('the spouse gets an application of her own, prefilled from the first and renderable once completed', async () => {
    const { loaded } = getServices();
    const manifest = loaded.templates.find((t) => t.manifest.id === ID)?.manifest;
    if (!manifest) throw new Error(`${ID} not loaded`);
    const drafts = familyMemberApplications(manifest, complex);
    expect(drafts).toHaveLength(1);
    const spouse = drafts[0] ?? {};
    // Shared journey carried; what is personal left for the lawyer; minors not carried.
    expect(spouse).toMatchObject({
      birthDate: '1999-05-02',
      claimRoute: 'ordinary',
      arrivalDate: complex.arrivalDate,
      route: complex.route,
      passport: '',
      persecutionNarrative: '',
      grounds: [],
      children: [],
    });
    // Whether she sought asylum before is hers to answer, never the husband's answer copied.
    expect(spouse.priorAsylum ?? '').toBe('');
    const completed = {
      ...spouse,
      priorAsylum: 'no',
      birthPlace: 'г. Кызыла Республики Тыва',
      phone: '+7 708 111 22 44',
      grounds: ['politicalOpinion'],
      persecutionNarrative: 'Меня допрашивали о муже и угрожали уголовным делом.',
      fearOnReturn: 'Меня будут преследовать как жену дезертира.',
      adultFamily: [{ ...(spouse.adultFamily as object[])[0], relation: 'супруг' }],
    };
    const { pdf } = await renderBoth(ID, completed);
    expectInOrder(pdf, [
      'от Монгуш Чечек Олеговны (MONGUSH Chechek), 02.05.1999 г.р., гражданки',
      'Я, Монгуш Чечек Олеговна',
      '14 сентября 2026 года я прибыла в Республику Казахстан',
      'совершеннолетний член моей семьи: Монгуш Айдыс Борисович (супруг, 19.01.1998 г.р.)',
    ]);
    expect(pdf).not.toContain('Монгуш Саяна');
  });
});

describe(`${ID}: earlier asylum applications are asked, never assumed`, () => {
  it('says «не обращался» only when the lawyer answers no, and lists them when yes', async () => {
    const no = await renderBoth(ID, simple);
    for (const text of [no.pdf, no.docx])
      expect(text).toContain('Ранее за убежищем в другие государства я не обращался.');
    const yes = await renderBoth(ID, {
      ...simple,
      priorAsylum: 'yes',
      priorApplications: [{ country: 'в Грузии', appliedOn: '2023-03-01', outcome: 'отказано' }],
    });
    for (const text of [yes.pdf, yes.docx]) {
      expect(text).toContain('Ранее я обращался за убежищем: в Грузии (01.03.2023) — отказано.');
      expect(text).not.toContain('не обращался');
    }
  });

  it('an application without the answer is not rendered: the question is required', async () => {
    const { engine } = getServices();
    const answers: Record<string, unknown> = { ...simple };
    delete answers.priorAsylum;
    await expect(
      engine.render({ templateId: ID, answers, lang: 'ru', today: '2026-11-25' }, 'pdf'),
    ).rejects.toThrow(/priorAsylum/);
  });
});

describe(`${ID}: the blank form (item 10)`, () => {
  it('leaves room for the grounds and offers both genders', async () => {
    const { engine } = getServices();
    const request = {
      templateId: ID,
      // The one choice a blank needs; the grounds, several choices, are left to underline.
      answers: { priorAsylum: 'no' },
      lang: 'ru' as const,
      today: '2026-11-25',
      blank: true,
    };
    const pdf = flat(pdfText((await engine.render(request, 'pdf')).bytes, true));
    const docx = flat(docxParagraphs((await engine.render(request, 'docx')).bytes).join('\n'));
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'гражданина/гражданки',
        'уроженец(ка)',
        'я прибыл(а) в Республику Казахстан',
        'стать жертвой преследования по признаку (нужное подчеркнуть) расы, вероисповедания, национальности, гражданства, принадлежности к определённой социальной группе, политических убеждений, в том числе выраженных в отказе участвовать в войне. Вследствие таких опасений я не могу',
      ]);
      expect(text).not.toContain('по признаку и не могу');
    }
  });
});

describe(`${ID}: filed by a representative for an unaccompanied minor (issue 18 item 2c)`, () => {
  const minor = sample(ID, 'minor');

  it('the trustee is the applicant and signs; the child in the third person; the appointment annexed first', async () => {
    const { pdf, docx } = await renderBoth(ID, minor);
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Управление занятости и социальных программ г. Алматы',
        'от Сейткалиева Армана Бековича, попечителя, действующего в интересах несовершеннолетней Котовой Вероники Игоревны (KOTOVA Veronika), 03.02.2010 г.р., гражданки Российской Федерации',
        'адрес несовершеннолетней в Республике Казахстан: г. Алматы',
        'адрес и телефон представителя:',
        'о присвоении статуса беженца несовершеннолетней',
        'Я, Сейткалиев Арман Бекович, прошу присвоить статус беженца несовершеннолетней Котовой Веронике Игоревне, 3 февраля 2010 года рождения, уроженке г. Пензы, гражданке Российской Федерации',
        'Ходатайство подано представителем несовершеннолетней',
        'Котова Вероника Игоревна, 3 февраля 2010 года рождения, не достигла восемнадцати лет и прибыла в Республику Казахстан без родителей или законных представителей. Ходатайство подаётся в её интересах попечителем — Сейткалиевым Арманом Бековичем (п. 1 ст. 10 Закона РК «О беженцах»)',
        '22 ноября 2026 года Котова В. И. прибыла в Республику Казахстан через пункт пропуска «Жайсан»',
        'Ходатайство подаётся в течение пяти календарных дней, установленных п. 1 ст. 10 Закона РК «О беженцах».',
        'Котова В. И. имеет вполне обоснованные опасения стать жертвой преследования по признаку политических убеждений. Вследствие таких опасений она не может пользоваться защитой страны своей гражданской принадлежности',
        'Ранее за убежищем в другие государства она не обращалась.',
        'Котова В. И. вправе находиться в Республике Казахстан',
        'ПРОШУ:',
        'зарегистрировать ходатайство и выдать Котовой Веронике Игоревне свидетельство лица, ищущего убежище (ч. 2 п. 7 ст. 10 Закона РК «О беженцах»);',
        'присвоить Котовой Веронике Игоревне статус беженца',
        'Приложение:',
        'приказ руководителя отдела образования Медеуского района г. Алматы от 24.11.2026 № 311 о назначении попечителя — на 1 л.',
        'Попечитель',
        'А. Б. Сейткалиев',
      ]);
      for (const firstPerson of [
        'присвоить мне',
        'я прибыла',
        'Я имею',
        'не могу',
        'меня',
        'мне ',
        'Члены семьи',
      ])
        expect(text).not.toContain(firstPerson);
    }
  });

  it('a detained minor with conscientious objection keeps the third person', async () => {
    const { docx } = await renderBoth(ID, {
      ...minor,
      claimRoute: 'detained',
      detentionDate: '2026-11-24',
      detentionAuthority: 'Департаментом полиции г. Алматы',
      detentionGround: 'illegalStay',
      grounds: ['conscientiousObjection'],
    });
    expectInOrder(docx, [
      '24 ноября 2026 года Котова В. И. задержана Департаментом полиции г. Алматы за незаконное пребывание',
      'В её интересах заявляю о намерении обратиться с ходатайством о присвоении статуса беженца.',
      'Отказ Котовой Вероники Игоревны участвовать в войне, которую она считает агрессивной',
      'опасность угрожает ей в государстве её гражданской принадлежности.',
      'зарегистрировать ходатайство в течение двух календарных дней (п. 4 ст. 10 Закона РК «О беженцах») и выдать Котовой Веронике Игоревне свидетельство лица, ищущего убежище',
    ]);
    expect(docx).not.toContain('известить местный исполнительный орган');
    expect(docx).not.toContain('Мой отказ');
  });

  it('in Kazakh: the trustee files, the child in the third person', async () => {
    const { pdf, docx } = await renderBoth(
      ID,
      sampleFile(`templates/${ID}/samples/minor.kk.json`),
      { lang: 'kk' },
    );
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'өтініш беруші: Сейткалиев Арман Бекович, кәмелетке толмаған Котова Вероника Игоревна',
        'мүддесінде әрекет ететін қамқоршы',
        'Мен, Сейткалиев Арман Бекович, кәмелетке толмаған Котова Вероника Игоревнаға',
        'ата-анасыз немесе заңды өкілдерсіз келді',
        'Котова Вероника Игоревна Қазақстан Республикасына «Жайсан» (Ақтөбе облысы) өткізу пункті арқылы келді.',
        'Ол мынадай белгілер бойынша қудалау құрбаны болудан негізді түрде қауіптенеді',
        'пайдалана алмайды',
        'Бұрын ол басқа мемлекеттерге пана сұрап жүгінген жоқ.',
        'СҰРАЙМЫН:',
        'Котова Вероника Игоревнаға пана іздеген адамның куәлігін беруді',
        'Қосымша:',
        'бұйрығы — 1 парақ',
        'Қамқоршы',
      ]);
      for (const firstPerson of ['келдім', 'алмаймын', ' маған ', 'Мен мынадай'])
        expect(text).not.toContain(firstPerson);
    }
  });
});

describe(`${ID}: legal audit (grounds joined once, adults' own applications, criminal case once)`, () => {
  it('the grounds are one list: political opinion once, no stray «; и» before the end', async () => {
    for (const [answers, phrase] of [
      [
        simple,
        'по признаку политических убеждений. Вследствие таких опасений я не могу пользоваться защитой',
      ],
      [
        complex,
        'по признаку политических убеждений, в том числе выраженных в отказе участвовать в войне; принадлежности к определённой социальной группе (военнослужащие, отказавшиеся по убеждениям участвовать в войне против Украины). Вследствие таких опасений я не могу',
      ],
      [
        { ...simple, grounds: ['conscientiousObjection', 'race'] },
        'по признаку политических убеждений, выраженных в отказе участвовать в войне; расы. Вследствие',
      ],
      [
        { ...simple, grounds: ['nationality', 'religion'] },
        'по признаку вероисповедания; национальности. Вследствие',
      ],
    ] as const) {
      const { pdf, docx } = await renderBoth(ID, answers);
      for (const text of [pdf, docx]) {
        expect(text).toContain(phrase);
        expect(text).not.toContain('; и не могу');
        expect(text).not.toContain('политических убеждений; политических убеждений');
        expect(text).not.toMatch(/по признаку ;/);
      }
    }
  });

  it('in Kazakh: one list, the political opinion once', async () => {
    const { pdf, docx } = await renderBoth(
      ID,
      sampleFile(`templates/${ID}/samples/complex.kk.json`),
      {
        lang: 'kk',
      },
    );
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'қауіптенемін: саяси нанымым, оның ішінде соғысқа қатысудан бас тартуымнан көрінетін саяси нанымым; белгілі бір әлеуметтік топқа',
      );
      expect(text).toContain('жататындығым. Осындай қауіп салдарынан мен');
      expect(text).not.toContain('саяси нанымым; соғысқа');
      expect(text).not.toContain('жататындығым; осындай');
      expect(text).toContain('кәмелетке толған мүшесі келді');
      expect(text).not.toContain('жеке танылады');
    }
  });

  it('two adults: the plural; the Law says how recognition is decided, not that it is granted', async () => {
    const second = {
      member: {
        lastName: 'Монгуш',
        firstName: 'Олег',
        middleName: 'Сергеевич',
        sex: 'male',
        forms: {
          genitive: 'Монгуша Олега Сергеевича',
          dative: 'Монгушу Олегу Сергеевичу',
          instrumental: 'Монгушем Олегом Сергеевичем',
        },
      },
      relation: 'отец',
      birthDate: '1970-03-01',
      citizenship: '',
    };
    const { pdf, docx } = await renderBoth(ID, {
      ...complex,
      adultFamily: [...(complex.adultFamily as unknown[]), second],
    });
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'Вместе со мной прибыли совершеннолетние члены моей семьи: Монгуш Чечек Олеговна',
      );
      expect(text).toContain(
        'Совершеннолетние члены семьи вправе подать собственные ходатайства: вопрос о присвоении статуса беженца решается в отношении каждого из них индивидуально (п. 2 ст. 11 Закона РК «О беженцах»); прошу учесть при их рассмотрении',
      );
      expect(text).not.toContain('признаётся беженцем');
    }
  });

  it('the criminal case and the wanted status are printed once (the structured answers, not the narrative too)', async () => {
    const { pdf, docx } = await renderBoth(ID, complex);
    for (const text of [pdf, docx]) {
      expect(text.split('межгосударственный розыск').length - 1).toBe(1);
      expect(text.split('возбуждено уголовное дело').length - 1).toBe(1);
      expect(text).toContain(
        'В Российской Федерации в отношении меня возбуждено уголовное дело: ч. 3.1 ст. 338 УК РФ',
      );
    }
  });
});
