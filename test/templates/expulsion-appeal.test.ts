/**
 * Golden checks for the appeal against a court ruling on administrative expulsion (КоАП РК,
 * глава 45): addressee through the first-instance court, the 10 суток from service with no
 * roll-over, the express and urgent request for suspension (never the claim that filing alone
 * suspends an expulsion: VERIFIED.md rows 10c, 10k), the risk on return as a ground, a late appeal
 * still filed, the requests, the attachments, the signature — in the PDF and the DOCX text, in
 * Russian and in Kazakh; and the notice on the filing screen.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { expectInOrder, renderBoth, sample, unverifiedCites } from '../helpers/golden.ts';

const ID = 'expulsion-appeal';
// The Kazakh text is enabled in the manifest once the shared Kazakh argument blocks exist.
const hasKazakh = (
  JSON.parse(readFileSync(`templates/${ID}/manifest.json`, 'utf8')) as { languages: string[] }
).languages.includes('kk');

describe(`${ID} (ru)`, () => {
  it('complex sample: late, in a special facility, every argument, cancel entirely', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'complex'));
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Алматинский городской суд',
        'через специализированный межрайонный административный суд г. Алматы',
        'от защитника — адвоката Нурлановой Даны Ержановны',
        'в интересах Соколова Артёма Викторовича (SOKOLOV Artem), 30.09.1994 г.р., гражданина Российской Федерации',
        'АПЕЛЛЯЦИОННАЯ ЖАЛОБА',
        'на постановление суда от 9 ноября 2026 года по делу № 7594-26-00-3/1187 о наложении административного взыскания в виде выдворения',
        '(в порядке ч. 1 ст. 830 КоАП РК, ч. 1 ст. 832 КоАП РК)',
        'судья Жумабаев К. Т.) Соколов Артём Викторович признан виновным',
        'предусмотренного ч. 3 ст. 517 КоАП РК (непостановка на учёт по месту пребывания)',
        'назначено: штраф в размере 10 МРП, административное выдворение за пределы Республики Казахстан, запрет въезда в Республику Казахстан сроком на 5 лет (прил. 1)',
        'протокола об административном правонарушении № AA 0412377 от 8 ноября 2026 года',
        'помещён в специальное учреждение',
        'Копия постановления вручена 10 ноября 2026 года. Согласно ч. 1 ст. 832 КоАП РК',
        'в течение десяти суток со дня вручения постановления',
        'через суд, вынесший постановление',
        'ч. 1 ст. 831 КоАП РК',
        'О приостановлении исполнения постановления (срочно)',
        'после выдворения Соколов Артём Викторович окажется за пределами Республики Казахстан, во власти государства, от преследования которого он ищет защиты,',
        'выдворение может быть исполнено в любой момент: Соколов А. В. уже содержится в специальном учреждении в ожидании выдворения.',
        'Случаи приостановления исполнения постановления о выдворении предусматривает ч. 1 ст. 916 КоАП РК.',
        'незамедлительно, до рассмотрения жалобы по существу, приостановить исполнение постановления, не допускать выдворения Соколова Артёма Викторовича',
        'Обстоятельства дела',
        'Доводы жалобы',
        'нормативное постановление Верховного Суда РК от 13 декабря 2013 года № 4',
        'Ходатайство о присвоении статуса беженца не рассмотрено',
        'действительно до 15 декабря 2026 года',
        // Audit: no norm bars expelling a lawful asylum seeker for an offence; the right to stay is.
        'Ходатайство не освобождает от административной ответственности, но до окончания процедуры по нему, включая сроки обжалования, закон гарантирует лицу, ищущему убежище, право находиться в Республике Казахстан (пп. 5) п. 1 ст. 8 Закона РК «О беженцах»).',
        'Назначив выдворение до завершения процедуры по ходатайству, суд не учёл этого права',
        'Принцип невысылки',
        'Реальный риск пыток',
        'Преследование по политическим мотивам',
        'возбуждено уголовное дело за публикации против войны',
        'Выдворение означает возвращение Соколова Артёма Викторовича государству, которое его преследует. В силу ч. 2 п. 2 ст. 18 Закона РК «О беженцах» запрещается возвращать или выдворять',
        'Суд первой инстанции этот риск не исследовал и не оценил.',
        'Право на уважение семейной жизни',
        'Соколов Лев Артёмович',
        'ст. 17 Международного пакта о гражданских и политических правах',
        'ст. 23 Международного пакта',
        // One child in the sample: the text speaks of one child.
        'В семье есть несовершеннолетний ребёнок.',
        'ст. 3 Конвенции о правах ребёнка',
        'Разлучение ребёнка с отцом этим интересам противоречит.',
        'Нарушение права на защиту',
        'не был предоставлен переводчик (русский язык)',
        'ст. 13 Международного пакта',
        'ст. 14 Международного пакта',
        'Выдворение несоразмерно',
        'проживает в Республике Казахстан с 28 сентября 2022 года',
        'О сроке подачи жалобы',
        'истёк 20 ноября 2026 года',
        'Согласно ч. 2 ст. 832 КоАП РК пропуск срока',
        'единолично судьёй вышестоящего суда (ст. 836 КоАП РК) в течение десяти суток со дня её поступления (ч. 1 ст. 835 КоАП РК)',
        'ПРОШУ:',
        'принять жалобу к рассмотрению, несмотря на пропуск срока (ч. 2 ст. 832 КоАП РК)',
        // A late appeal: the request rests on ст. 916 alone, not on ст. 834 ч. 1 (in time only).
        'незамедлительно приостановить исполнение постановления до рассмотрения настоящей жалобы (ч. 1 ст. 916 КоАП РК);',
        'отменить постановление от 9 ноября 2026 года по делу № 7594-26-00-3/1187 (специализированный межрайонный административный суд г. Алматы) в отношении Соколова Артёма Викторовича полностью и производство по делу прекратить',
        'рассмотреть жалобу с участием Соколова Артёма Викторовича и защитника, обеспечив участие переводчика (русский язык)',
        'освободить Соколова Артёма Викторовича из специального приёмника',
        'Приложение:',
        'Копия обжалуемого постановления от 09.11.2026 по делу № 7594-26-00-3/1187.',
        'Копия жалобы (второй экземпляр).',
        'Ордер адвоката.',
        'Копия свидетельства лица, ищущего убежище, № 000552 от 15.06.2026.',
        'Копия договора найма жилья — на 3 л.',
        '25 ноября 2026 года',
        'г. Алматы',
        'Защитник, адвокат',
        'Д. Е. Нурланова',
      ]);
      // A late appeal has no verified suspensive effect: ст. 834 is not claimed for it.
      expect(text).not.toContain('ч. 1 ст. 834 КоАП РК');
      expect(text).not.toContain('последний день которого');
      expect(text).not.toContain('не может быть выдворено за нарушение правил пребывания');
      expect(text).not.toContain('несовершеннолетние дети');
      expect(text).not.toContain('Разлучение детей');
      // The sample's story holds together: the warrant is dated the day the defender learned of
      // the ruling, and the interpreter is for the language the person speaks.
      expect(text).toContain('ордер № 208 от 21.11.2026');
      expect(text).not.toContain('английский');
    }
    // The PDF prints the list numbers (the DOCX numbers its lists itself).
    expectInOrder(pdf, [
      '1) принять жалобу к рассмотрению',
      '2) незамедлительно приостановить исполнение',
      '3) отменить постановление',
      '6) освободить',
      '1. Копия обжалуемого постановления',
      '7. Копия договора найма жилья',
    ]);
    expect(preflight.deadlines.find((d) => d.id === 'appeal')).toMatchObject({
      lastDay: '2026-11-20',
      missed: true,
    });
    // The article the lawyer typed is checked like a cite: not in the verified table, so listed.
    expect(unverifiedCites(preflight)).toEqual([
      'np-vs-2013-4',
      'refugees-law-1-1',
      'typed:ч. 3 ст. 517 коап рк',
    ]);
  });

  it('simple sample in time, filed by the person: suspension asked for expressly, expulsion part only', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'simple'));
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Алматинский городской суд',
        'через специализированный межрайонный административный суд г. Алматы',
        'от Зимина Егора Романовича (ZIMIN Egor), 12.04.1998 г.р., гражданина Российской Федерации',
        'АПЕЛЛЯЦИОННАЯ ЖАЛОБА',
        'назначено: административное выдворение за пределы Республики Казахстан (прил. 1)',
        'Копия постановления вручена 20 ноября 2026 года',
        'срок длится по 30.11.2026 (понедельник) включительно. Жалоба подаётся в пределах этого срока.',
        'О приостановлении исполнения постановления (срочно)',
        'Исполнение постановления до рассмотрения настоящей жалобы лишит её смысла: после выдворения Зимин Егор Романович окажется за пределами Республики Казахстан и отмена постановления вышестоящим судом уже не сможет восстановить его права. Вред от исполнения будет непоправимым, а выдворение может быть исполнено в любой момент.',
        'Случаи приостановления исполнения постановления о выдворении предусматривает ч. 1 ст. 916 КоАП РК, а согласно ч. 1 ст. 834 КоАП РК подача в установленный срок жалобы приостанавливает исполнение постановления о наложении административного взыскания до рассмотрения жалобы.',
        'Поэтому прошу специализированный межрайонный административный суд г. Алматы и вышестоящий суд незамедлительно, до рассмотрения жалобы по существу, приостановить',
        'постановления, не допускать выдворения Зимина Егора Романовича до рассмотрения настоящей жалобы и уведомить об этом органы, исполняющие постановление.',
        'Ходатайство о присвоении статуса беженца не рассмотрено',
        'ПРОШУ:',
        'незамедлительно приостановить исполнение постановления до рассмотрения настоящей жалобы (ч. 1 ст. 834 КоАП РК, ч. 1 ст. 916 КоАП РК);',
        'отменить постановление от 19 ноября 2026 года (специализированный межрайонный административный суд г. Алматы) в отношении Зимина Егора Романовича в части назначения административного выдворения за пределы Республики Казахстан;',
        'рассмотреть жалобу с участием Зимина Егора Романовича.',
        'Приложение:',
        'Копия обжалуемого постановления от 19.11.2026.',
        'Копия жалобы (второй экземпляр).',
        'Копия свидетельства лица, ищущего убежище, № 000733 от 02.10.2026.',
        'Заявитель',
        'Е. Р. Зимин',
      ]);
      expect(text).not.toContain('защитника');
      expect(text).not.toContain('О сроке подачи жалобы');
      // Row 10c: the ruling is in force on pronouncement; filing alone is never said to suspend it.
      expect(text).not.toContain('подача жалобы в установленный срок приостанавливает');
      expect(text).not.toContain('не обращать постановление к исполнению');
      // ст. 834 ч. 4 was never read: it is not cited.
      expect(text).not.toMatch(/ч\. 4 ст\. 834/);
      // The person had no lawyer at the hearing and raises the application only now: the court
      // is not blamed for what it was not told; the higher court may establish new facts.
      expect(text).toContain(
        'оно вынесено без учёта обстоятельств, при которых выдворение Зимина Егора Романовича нарушает',
      );
      expect(text).toContain(
        'В суде первой инстанции эти обстоятельства не заявлялись. Вышестоящий суд не связан с доводами жалобы и проверяет дело в полном объёме, при этом он вправе устанавливать новые факты и исследовать новые доказательства (ч. 2 ст. 838 КоАП РК).',
      );
      expect(text).not.toContain('суд не учёл');
    }
    expect(preflight.deadlines[0]).toMatchObject({ lastDay: '2026-11-30', missed: false });
    expect(unverifiedCites(preflight)).toEqual([
      'koap-838-2',
      'np-vs-2013-4',
      'typed:ч. 3 ст. 517 коап рк',
    ]);
  });

  it('a last day on a Saturday is not moved (КоАП computation not verified: rollOver none)', async () => {
    // Served Wednesday 18 Nov 2026 + 10 = Saturday 28 Nov; it stays the last day.
    const answers = { ...sample(ID, 'simple'), rulingServedDate: '2026-11-18' };
    const { pdf, preflight } = await renderBoth(ID, answers);
    expect(preflight.deadlines[0]).toMatchObject({
      lastDay: '2026-11-28',
      missed: false,
    });
    expect(preflight.deadlines[0]?.rolledFrom ?? '').toBe('');
    expect(pdf).toContain('срок длится по 28.11.2026 (суббота) включительно');
  });

  it('a last day on Independence Day is not moved either', async () => {
    // Served 6 Dec 2026 + 10 = Wednesday 16 Dec, a holiday; no roll-over to 17 Dec.
    const answers = {
      ...sample(ID, 'simple'),
      expulsionRulingDate: '2026-12-05',
      rulingServedDate: '2026-12-06',
      signingDate: '2026-12-08',
    };
    const { preflight } = await renderBoth(ID, answers, { today: '2026-12-08' });
    expect(preflight.deadlines[0]).toMatchObject({ lastDay: '2026-12-16' });
    expect(preflight.deadlines[0]?.rolledFrom ?? '').toBe('');
  });

  it('a missed term found by the date alone still files the appeal, with the late-filing section', async () => {
    const answers = {
      ...sample(ID, 'simple'),
      // Served Tue 10 Nov + 10 = Fri 20 Nov; even without non-working days the term ends Tue 24 Nov.
      expulsionRulingDate: '2026-11-09',
      rulingServedDate: '2026-11-10',
      restorationReasons: 'Копию постановления мне вручили без перевода.',
    };
    const { pdf, preflight } = await renderBoth(ID, answers);
    expect(preflight.deadlines[0]).toMatchObject({
      lastDay: '2026-11-20',
      missed: true,
      arguable: false,
    });
    expectInOrder(pdf, [
      'О сроке подачи жалобы',
      'истёк 20 ноября 2026 года',
      'Срок пропущен по следующим причинам:',
      'Копию постановления мне вручили без перевода.',
      'ПРОШУ:',
      'принять жалобу к рассмотрению, несмотря на пропуск срока (ч. 2 ст. 832 КоАП РК);',
    ]);
    expect(pdf).not.toContain('ч. 1 ст. 834 КоАП РК');
  });

  it('the children paragraph agrees with their number and the parent', async () => {
    const base = sample(ID, 'complex');
    const two = await renderBoth(ID, { ...base, minorChildrenCount: 2 });
    expectInOrder(two.pdf, [
      'В семье 2 несовершеннолетних ребёнка.',
      'Разлучение детей с отцом этим интересам противоречит.',
    ]);
    const five = await renderBoth(ID, {
      ...base,
      minorChildrenCount: 5,
      person: { ...(base.person as object), sex: 'female' },
    });
    expectInOrder(five.pdf, [
      'В семье 5 несовершеннолетних детей.',
      'Разлучение детей с матерью этим интересам противоречит.',
    ]);
    // The number not given: the text does not assert one.
    const unknown = await renderBoth(ID, { ...base, minorChildrenCount: null });
    expectInOrder(unknown.pdf, [
      'Среди членов семьи есть несовершеннолетние.',
      'Разлучение несовершеннолетних с отцом этим интересам противоречит.',
    ]);
    expect(unknown.pdf).not.toContain('несовершеннолетние дети');
  });

  it('a refusal under appeal: the refusal is said, the certificate is not offered as the right to stay', async () => {
    const { pdf, docx } = await renderBoth(ID, {
      ...sample(ID, 'complex'),
      refugeeApplicationStage: 'refusedAppealed',
      refugeeRefusalDate: '2026-10-30',
    });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Процедура по ходатайству о присвоении статуса беженца не завершена',
        '30 октября 2026 года в присвоении статуса беженца отказано; отказ обжалован, жалоба окончательно не разрешена.',
        'Назначив выдворение до завершения процедуры по ходатайству, суд',
      ]);
      // The certificate runs «до принятия решения» (Закон ст. 10 п. 6): after a refusal the
      // right to stay rests on ст. 8 п. 1 пп. 5 alone.
      expect(text).not.toContain('Свидетельство лица, ищущего убежище, подтверждает');
      expect(text).not.toContain('не рассмотрено');
    }
  });

  it('a person who did not take part: the term runs from receipt', async () => {
    const answers = { ...sample(ID, 'simple'), absentFromHearing: true };
    const { pdf } = await renderBoth(ID, answers);
    expect(pdf).toContain(
      'Копия постановления получена 20 ноября 2026 года; в рассмотрении дела Зимин Е. Р. не участвовал',
    );
    expect(pdf).toContain('в течение десяти суток со дня его получения');
  });
});

/** The complex case as a Kazakh-speaking lawyer would type it: free text in Kazakh. */
const kkAnswers = () => ({
  ...sample(ID, 'complex'),
  higherCourtKk: 'Алматы қалалық соты',
  expulsionCourtKk: 'Алматы қаласының мамандандырылған ауданаралық әкімшілік соты',
  citizenshipKk: 'Ресей Федерациясы',
  offenceArticle: 'ҚР ӘҚБтК 517-бабының 3-бөлігі',
  offenceDescription: 'болатын жері бойынша есепке тұрмау',
  fineAmount: '10 АЕК',
  entryBanTerm: '5 жыл',
  interpreterLanguage: 'орыс тілі',
});

describe.skipIf(!hasKazakh)(`${ID} (kk)`, () => {
  it('complex sample in Kazakh: title, addressee, Kazakh dates and cites, names with endings, СҰРАЙМЫН, Қосымша', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, kkAnswers(), { lang: 'kk' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Кімге: Алматы қалалық соты',
        'Қаулы шығарған сот арқылы: Алматы қаласының мамандандырылған ауданаралық әкімшілік соты',
        'Кімнен: қорғаушы – адвокат Нурланова Дана Ержановна',
        // The Kazakh genitive ending is appended to the nominative name.
        'Соколов Артём Викторовичтің мүддесінде (SOKOLOV Artem), туған күні 30.09.1994, азаматтығы: Ресей Федерациясы',
        'АПЕЛЛЯЦИЯЛЫҚ ШАҒЫМ',
        'Қазақстан Республикасының шегінен әкімшілік жолмен шығарып жіберу түрінде әкімшілік жаза қолдану туралы сот қаулысына (қаулының күні – 2026 жылғы 9 қараша, іс № 7594-26-00-3/1187)',
        '(ҚР ӘҚБтК 830-бабының 1-бөлігі, ҚР ӘҚБтК 832-бабының 1-бөлігі бойынша)',
        'әкімшілік құқық бұзушылық (ҚР ӘҚБтК 517-бабының 3-бөлігі: болатын жері бойынша есепке тұрмау)',
        '10 АЕК мөлшерінде айыппұл, Қазақстан Республикасының шегінен әкімшілік жолмен шығарып жіберу, 5 жыл мерзімге Қазақстан Республикасына кіруге тыйым салу (1-қосымша)',
        'Қаулының көшірмесі 2026 жылғы 10 қараша күні табыс етілді. ҚР ӘҚБтК 832-бабының 1-бөлігі бойынша',
        'ҚР ӘҚБтК 831-бабының 1-бөлігі',
        'Қаулының орындалуын тоқтата тұру туралы (шұғыл)',
        'Шығарып жіберу туралы қаулыны орындау тоқтатыла тұратын жағдайды ҚР ӘҚБтК 916-бабының 1-бөлігі көздейді.',
        'Істің мән-жайы',
        'Шағымның дәлелдері',
        'ҚР Жоғарғы Сотының 2013 жылғы 13 желтоқсандағы № 4 нормативтік қаулысы',
        '(куәліктің қолданылу мерзімі – 2026 жылғы 15 желтоқсан)',
        'Өтінішхат әкімшілік жауаптылықтан босатпайды, бірақ заң пана іздеген адамға өтінішхат бойынша рәсім, шағымдану мерзімдерін қоса алғанда, аяқталғанға дейін Қазақстан Республикасында болу құқығына кепілдік береді',
        // The Kazakh dative ending.
        'Соколов Артём Викторовичке шығарып жіберілгеннен кейін төнетін қауіпті бағаламады',
        'Шығарып жіберу Соколов Артём Викторовичтің оны қудалап отырған мемлекетке қайтарылуын білдіреді.',
        'Отбасылық өмірді құрметтеу құқығы',
        'Азаматтық және саяси құқықтар туралы халықаралық пактінің 17-бабы',
        'Отбасында кәмелетке толмаған бала бар.',
        'Бала құқықтары туралы конвенцияның 3-бабы',
        'Баланы әкесінен ажырату осы мүддеге қайшы келеді.',
        'оған аудармашы (орыс тілі) берілмеді',
        'Шығарып жіберу мөлшерлес емес',
        'Шағым беру мерзімі туралы',
        '2026 жылғы 20 қараша күні өтті',
        'ҚР ӘҚБтК 832-бабының 2-бөлігі бойынша шағым беру мерзімін өткізіп алу',
        'ҚР ӘҚБтК 836-бабы',
        'СҰРАЙМЫН:',
        'мерзімнің өтіп кетуіне қарамастан, шағымды қарауға қабылдауды',
        'осы шағым қаралғанға дейін қаулының орындалуын дереу тоқтата тұруды (ҚР ӘҚБтК 916-бабының 1-бөлігі);',
        'Соколов Артём Викторовичке қатысты сот қаулысының (қаулының күні – 2026 жылғы 9 қараша, іс № 7594-26-00-3/1187; Алматы қаласының мамандандырылған ауданаралық әкімшілік соты) күшін толығымен жойып, іс бойынша іс жүргізуді тоқтатуды',
        'шағымды Соколов Артём Викторовичтің және қорғаушының қатысуымен, аудармашының (орыс тілі) қатысуын қамтамасыз ете отырып қарауды',
        'Қосымша:',
        'Шағым жасалып отырған қаулының көшірмесі (09.11.2026,',
        '7594-26-00-3/1187).',
        'Шағымның көшірмесі (екінші данасы).',
        'Адвокаттың ордері.',
        'Копия договора найма жилья — 3 парақ',
        '2026 жылғы 25 қараша',
        'Қорғаушы, адвокат',
        'Д. Е. Нурланова',
      ]);
      expect(text).not.toContain('ПРОШУ');
      expect(text).not.toContain('Приложение:');
      expect(text).not.toContain('ҚР ӘҚБтК 834-бабының 1-бөлігі');
      expect(text).not.toContain('болу ережелерін бұзғаны үшін шығарып жіберуге болмайды');
      expect(text).not.toContain('кәмелетке толмаған балалар бар');
    }
    expect(preflight.deadlines.find((d) => d.id === 'appeal')).toMatchObject({
      lastDay: '2026-11-20',
      missed: true,
    });
    expect(unverifiedCites(preflight)).toEqual([
      'np-vs-2013-4',
      'refugees-law-1-1',
      'typed:қр әқбтк 517-бабының 3-бөлігі',
    ]);
  });

  it('children in Kazakh: one child, several children', async () => {
    const two = await renderBoth(ID, { ...kkAnswers(), minorChildrenCount: 2 }, { lang: 'kk' });
    expectInOrder(two.pdf, [
      'Отбасында кәмелетке толмаған 2 бала бар.',
      'Балаларды әкесінен ажырату осы мүддеге қайшы келеді.',
    ]);
  });

  it('simple sample in Kazakh, in time: suspension asked for, the expulsion part, the filer signs', async () => {
    const answers = {
      ...sample(ID, 'simple'),
      higherCourtKk: 'Алматы қалалық соты',
      expulsionCourtKk: 'Алматы қаласының мамандандырылған ауданаралық әкімшілік соты',
      citizenshipKk: 'Ресей Федерациясы',
    };
    const { pdf, docx, preflight } = await renderBoth(ID, answers, { lang: 'kk' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Кімге: Алматы қалалық соты',
        'Кімнен: Зимин Егор Романович (ZIMIN Egor), туған күні 12.04.1998, азаматтығы: Ресей Федерациясы',
        'АПЕЛЛЯЦИЯЛЫҚ ШАҒЫМ',
        'Қаулының көшірмесі 2026 жылғы 20 қараша күні табыс етілді.',
        'мерзім 30.11.2026 (дүйсенбі) қоса алғанға дейін созылады. Шағым осы мерзім ішінде беріліп отыр.',
        'Қаулының орындалуын тоқтата тұру туралы (шұғыл)',
        'Шығарып жіберу туралы қаулыны орындау тоқтатыла тұратын жағдайды ҚР ӘҚБтК 916-бабының 1-бөлігі көздейді, ал ҚР ӘҚБтК 834-бабының 1-бөлігі бойынша белгіленген мерзімде берілген шағым',
        'Зимин Егор Романовичтің шығарып жіберілуіне жол бермеуді және бұл туралы қаулыны орындайтын органдарға хабарлауды сұраймын.',
        'СҰРАЙМЫН:',
        'осы шағым қаралғанға дейін қаулының орындалуын дереу тоқтата тұруды (ҚР ӘҚБтК 834-бабының 1-бөлігі, ҚР ӘҚБтК 916-бабының 1-бөлігі);',
        'Зимин Егор Романовичке қатысты сот қаулысының',
        'шығарып жіберу тағайындалған бөлігінде күшін жоюды',
        'шағымды Зимин Егор Романовичтің қатысуымен қарауды',
        'Қосымша:',
        'Пана іздеген адам куәлігінің көшірмесі, № 000733 от 02.10.2026.',
        '2026 жылғы 25 қараша',
        'Шағымданушы',
        'Е. Р. Зимин',
      ]);
      expect(text).not.toContain('Шағым беру мерзімі туралы');
    }
    expect(preflight.deadlines[0]).toMatchObject({ lastDay: '2026-11-30', missed: false });
  });
});

describe(`${ID}: who the ban on return protects, when no refugee application is argued`, () => {
  const kkCourts = {
    higherCourtKk: 'Алматы қалалық соты',
    expulsionCourtKk: 'Алматы қаласының мамандандырылған ауданаралық әкімшілік соты',
    citizenshipKk: 'Ресей Федерациясы',
  };

  it('a wish to seek asylum said at the hearing makes the person an asylum seeker (ст. 1 пп. 6)', async () => {
    const answers = {
      ...sample(ID, 'simple'),
      grounds: ['politicalPersecution'],
      asylumWish: true,
      asylumWishDate: '2026-11-19',
      asylumWishHow: 'hearing',
    };
    const { pdf, docx, preflight } = await renderBoth(ID, answers);
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'запрещается возвращать или выдворять лиц, ищущих убежище, и беженцев',
        '19 ноября 2026 года в судебном заседании Зимин Егор Романович изъявил желание обратиться за убежищем в Республике Казахстан. Лицом, ищущим убежище, пп. 6) ст. 1 Закона РК «О беженцах» называет иностранца, изъявившего желание обратиться за убежищем в Республике Казахстан, до принятия окончательного решения по его ходатайству о присвоении статуса беженца. Запрет ч. 2 п. 2 ст. 18 Закона РК «О беженцах» распространяется на него и до подачи ходатайства.',
      ]);
      expect(text).not.toContain('беженцем пп. 1) ст. 1');
    }
    // Read in the mirror only: flagged before filing.
    expect(unverifiedCites(preflight)).toContain('refugees-law-1-6');

    const kk = await renderBoth(ID, { ...answers, ...kkCourts }, { lang: 'kk' });
    for (const text of [kk.pdf, kk.docx])
      expect(text).toContain(
        '2026 жылғы 19 қарашада Зимин Егор Романович сот отырысында Қазақстан Республикасында пана сұрауға тілек білдірді. «Босқындар туралы» ҚР Заңының 1-бабының 6) тармақшасы бойынша пана іздеген адам – уәкілетті орган босқын мәртебесін беру туралы өзінің өтінішхаты бойынша түпкілікті шешім қабылдағанға дейін Қазақстан Республикасында пана сұрауға тілек білдірген шетелдік.',
      );
  });

  it('without such a wish, the Law’s definition of a refugee, never a status the person lacks', async () => {
    const answers = { ...sample(ID, 'simple'), grounds: ['nonRefoulement'] };
    const { pdf, docx } = await renderBoth(ID, answers);
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'Запрет ч. 2 п. 2 ст. 18 Закона РК «О беженцах» распространяется на беженцев, а беженцем пп. 1) ст. 1 Закона РК «О беженцах» называет иностранца, который в силу обоснованных опасений стать жертвой преследований по признаку расы, национальности, вероисповедания, гражданства, принадлежности к определенной социальной группе или политическим убеждениям находится вне страны своей гражданской принадлежности и не может пользоваться защитой своей страны или не желает пользоваться такой защитой вследствие таких опасений. Изложенные обстоятельства показывают, что Зимин Егор Романович — такой иностранец.',
      );
      expect(text).not.toContain('изъявил желание');
    }
    const kk = await renderBoth(ID, { ...answers, ...kkCourts }, { lang: 'kk' });
    expect(kk.pdf).toContain(
      'Баяндалған мән-жайлар Зимин Егор Романовичтің дәл осындай шетелдік екенін көрсетеді.',
    );
  });

  it('with the refugee application argued, its own section says who the person is', async () => {
    const { pdf } = await renderBoth(ID, {
      ...sample(ID, 'simple'),
      grounds: ['refugeeApplication', 'politicalPersecution'],
    });
    expect(pdf).not.toContain('изъявил желание');
    expect(pdf).not.toContain('беженцем пп. 1) ст. 1');
  });
});

describe(`${ID}: what the refugee application ground says of the certificate and of the court`, () => {
  it('the certificate proves the registration it records, and is named only when entered', async () => {
    const { pdf, docx } = await renderBoth(ID, sample(ID, 'simple'));
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'Свидетельство лица, ищущего убежище, подтверждает регистрацию ходатайства.',
      );
      expect(text).not.toContain('подтверждает законность пребывания');
    }
    const none = await renderBoth(ID, { ...sample(ID, 'simple'), refugeeCertificate: '' });
    expect(none.pdf).not.toContain('Свидетельство лица, ищущего убежище, подтверждает');
  });

  it('an application made after the ruling is not held against the first-instance court', async () => {
    const after = {
      ...sample(ID, 'simple'),
      firstInstanceArguments: 'notAddressed',
      refugeeApplicationDate: '2026-11-21',
    };
    const { pdf, docx } = await renderBoth(ID, after);
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'Ходатайство подано после вынесения постановления, и суд первой инстанции этого обстоятельства не знал; выдворение прервало бы процедуру по ходатайству до её завершения вопреки этому праву.',
      );
      expect(text).not.toContain('суд не учёл этого права');
    }
    const before = await renderBoth(ID, {
      ...sample(ID, 'simple'),
      firstInstanceArguments: 'notAddressed',
    });
    expect(before.pdf).toContain('суд не учёл этого права');
  });
});

describe(`${ID}: the shared blocks say only what the answers and the treaties support`, () => {
  it('persecution is not said to follow open statements; ICCPR art. 7 is quoted for what it says', async () => {
    const { pdf, docx } = await renderBoth(ID, sample(ID, 'complex'));
    for (const text of [pdf, docx]) {
      // A deserter or a donor may never have spoken out: the block does not say he did.
      expect(text).toContain(
        'вызвано его политическими убеждениями, а не совершением общеуголовного преступления',
      );
      expect(text).toContain(
        'Преследование за политические убеждения, в том числе за их выражение, не может служить',
      );
      expect(text).not.toContain('открытым выражением');
      // Art. 7 bans torture; the bar on removal is the Human Rights Committee's reading of it.
      expect(text).toContain(
        'запрещает пытки и жестокое, бесчеловечное или унижающее достоинство обращение; Комитет по правам человека толкует эту статью как запрещающую подвергать лицо такой опасности',
      );
    }
  });
});

describe(`${ID}: what the appeal says of the first-instance court follows what it was told`, () => {
  it('rejected arguments: weighed wrongly, never «not examined»', async () => {
    const { pdf, docx } = await renderBoth(ID, {
      ...sample(ID, 'complex'),
      firstInstanceArguments: 'rejected',
    });
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'является незаконным и необоснованным: суд неверно оценил обстоятельства',
      );
      for (const blame of ['не исследовал', 'не оценил риск', 'не взвесил', 'не мотивировал'])
        expect(text).not.toContain(blame);
    }
  });

  it('in Kazakh, arguments made for the first time rest on ст. 838 ч. 2 in the Code’s words', async () => {
    const { pdf, docx } = await renderBoth(
      ID,
      {
        ...sample(ID, 'simple.kk'),
        higherCourtKk: 'Алматы қалалық соты',
        expulsionCourtKk: 'Алматы қаласының мамандандырылған ауданаралық әкімшілік соты',
      },
      { lang: 'kk' },
    );
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'Бұл мән-жайлар бірінші сатыдағы сотта мәлімделмеген. Жоғары тұрған сот шағымның дәлелдеріне байланысты емес және істі толық көлемде тексереді, бұл ретте ол жаңа фактілерді анықтауға және жаңа дәлелдемелерді зерттеуге құқылы (ҚР ӘҚБтК 838-бабының 2-бөлігі).',
      );
      expect(text).not.toContain('сот бұл құқықты ескермеді');
    }
  });
});
