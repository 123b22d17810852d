/**
 * Golden checks for the urgent complaint against a hand-over outside any extradition procedure
 * (issue 18 item 2; VERIFIED.md row 10e): the prosecutor and the court as the lawyer typed them,
 * the closed list of УПК ст. 557 ч. 1, hand-over only after a decision in force (ст. 591 ч. 4,
 * ст. 594 ч. 1), written consent for a temporary transfer (ст. 574 ч. 5), the pending asylum
 * application and non-refoulement, the requests by situation — in the PDF and the DOCX text, in
 * Russian and in Kazakh. The deadline is the day the hand-over became known: «today».
 */
import { describe, expect, it } from 'vitest';
import { getServices } from '../../main/services.ts';
import { pdfText } from '../helpers/extract.ts';
import {
  expectInOrder,
  flat,
  GOLDEN_TODAY,
  renderBoth,
  sample,
  sampleFile,
  unverifiedCites,
} from '../helpers/golden.ts';

const ID = 'informal-handover-complaint';
const kkSample = (name: string) => sampleFile(`templates/${ID}/samples/${name}.kk.json`);

describe(`${ID} (ru)`, () => {
  it('complex sample: defender, prosecutor and court, order not in force, asylum pending, every argument', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'complex'));
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Прокурору Карагандинской области',
        'В Балхашский городской суд Карагандинской области',
        'от защитника — адвоката Ахметова Ерлана Болатовича',
        'в интересах Ковалёва Игоря Сергеевича, 19.07.1998 г.р., гражданина Российской Федерации',
        'СРОЧНО: ПЕРЕДАЧА МОЖЕТ СОСТОЯТЬСЯ В ЛЮБОЙ МОМЕНТ',
        'ЖАЛОБА',
        'на передачу Ковалёва Игоря Сергеевича военной полиции Российской Федерации вне процедуры выдачи (экстрадиции)',
        '24 ноября 2026 года Ковалёв И. С. задержан сотрудниками Департамента полиции Карагандинской области.',
        // No colon before the place (audit): it is typed with its preposition.
        'В настоящее время он удерживается на территории военного объекта в г. Приозерске.',
        '25 ноября 2026 года защите стали известны сведения (от сотрудника полиции, отказавшегося назвать себя), дающие основания полагать, что его готовят к передаче военной полиции Российской Федерации.',
        'Жалоба подаётся в тот же день, когда эти сведения стали известны',
        'Обстоятельства',
        'Закон не допускает передачу лица вне процедуры выдачи',
        'перечислены в ч. 1 ст. 557 УПК РК: «вручение документов',
        'транзитная перевозка, временная передача лиц',
        'признание и исполнение приговоров»',
        // «законом», not «ими» (the forms); and no more than the defence knows about treaties.
        'без решения, принятого в установленном законом порядке, закон не предусматривает. Международный договор Республики Казахстан, который допускал бы передачу лица иностранным органам вне процедуры выдачи, защите не известен.',
        'вынесено постановление заместителя Генерального Прокурора Республики Казахстан от 20 ноября 2026 года № 2-19-26/4500 о выдаче',
        'Это постановление в законную силу не вступило.',
        'Согласно ч. 4 ст. 591 УПК РК постановление о выдаче обращается к исполнению по истечении срока его обжалования',
        '(ч. 1 ст. 594 УПК РК)',
        'лишь при наличии письменного согласия данного лица (ч. 5 ст. 574 УПК РК). Ковалёв И. С. такого согласия не давал.',
        'ни одна норма закона не допускает передачу Ковалёва Игоря Сергеевича военной полиции Российской Федерации, международный договор, который допускал бы её, защите не известен, и действия по его передаче незаконны.',
        'Ходатайство о присвоении статуса беженца не рассмотрено',
        'пп. 5) п. 1 ст. 8 Закона РК «О беженцах»',
        'ч. 2 п. 2 ст. 18 Закона РК «О беженцах»',
        'Принцип невысылки',
        'Реальный риск пыток',
        'Военнослужащие, оставившие часть',
        'Преследование по политическим мотивам',
        'Передача на территории военного объекта',
        'ПРОШУ:',
        'немедленно принять меры к недопущению передачи Ковалёва Игоря Сергеевича военной полиции Российской Федерации',
        'признать действия по передаче Ковалёва Игоря Сергеевича незаконными',
        'обеспечить защитнику незамедлительный доступ к Ковалёву Игорю Сергеевичу',
        'о принятых мерах незамедлительно сообщить защитнику по телефону +7 701 111 22 33 и письменно',
        'истребовать сведения о всех решениях',
        'Приложение:',
        'Ордер адвоката.',
        'Копия свидетельства лица, ищущего убежище, № 000771 — на 1 л.',
        '25 ноября 2026 года',
        'Защитник, адвокат',
        'Е. Б. Ахметов',
      ]);
      // A decision exists: the filing does not claim that none was taken.
      expect(text).not.toContain('не выносилось');
      expect(text).not.toContain('установить, где находится');
      expect(text).not.toContain('удерживается:');
      expect(text).not.toContain('в установленном ими порядке');
    }
    // Today is the day the hand-over became known: the deadline is today, not missed.
    expect(preflight.deadlines).toEqual([
      expect.objectContaining({ id: 'sameDay', lastDay: '2026-11-25', missed: false }),
    ]);
    expect(unverifiedCites(preflight)).toEqual(['refugees-law-1-1']);
  });

  it('simple sample: a relative files with the prosecutor only, the person is being moved', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'simple'));
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Прокурору г. Алматы',
        'от Соколовой Анны Викторовны (супруга)',
        'в интересах Соколова Дениса Андреевича',
        'СРОЧНО: ПЕРЕДАЧА МОЖЕТ СОСТОЯТЬСЯ В ЛЮБОЙ МОМЕНТ',
        // What the neighbours saw is the source, not a hand-over they witnessed (audit).
        '25 ноября 2026 года заявителю стали известны сведения (со слов соседей, видевших задержание), дающие основания полагать, что его вывозят для передачи военной полиции Российской Федерации.',
        'Международный договор Республики Казахстан, который допускал бы передачу лица иностранным органам вне процедуры выдачи, заявителю не известен.',
        // A relative files: it is the applicant, not «the defence», who knows of no decision.
        'Заявителю не известно о каком-либо решении о выдаче (экстрадиции) Соколова Дениса Андреевича.',
        // Not known is not «none»: the argument stays conditional (audit of 2026-12-07).
        'Если такое постановление не выносилось, передача лица тем более недопустима.',
        'установить, где находится Соколов Денис Андреевич, и незамедлительно сообщить об этом заявителю',
        'сообщить заявителю по телефону +7 705 222 33 44 и письменно.',
        'Заявитель',
        'А. В. Соколова',
      ]);
      // No court typed: the complaint goes to the prosecutor alone.
      expect(text).toContain('Прокурору г. Алматы от Соколовой');
      expect(text).not.toContain('Ордер');
      expect(text).not.toContain('Принцип невысылки');
      expect(text).not.toContain('защитнику');
      expect(text).not.toContain('Защите');
      expect(text).not.toContain('защите');
      expect(text).not.toContain('стало известно (со слов соседей, видевших задержание), что');
      expect(text).not.toContain('в отношении которого такое постановление не выносилось');
      // A wife who heard it from the neighbours cannot know that no consent was given: the
      // question is unticked unless the lawyer knows.
      expect(text).not.toContain('такого согласия не давал');
    }
    expect(unverifiedCites(preflight)).toEqual([]);
  });

  it('already handed over, no decision, consent unknown: the requests and the text follow the answers', async () => {
    const answers = {
      ...sample(ID, 'simple'),
      situation: 'completed',
      extraditionStatus: 'none',
      noWrittenConsent: false,
      signingDate: '2026-11-26',
    };
    const { pdf, docx } = await renderBoth(ID, answers, { today: '2026-11-26' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'СРОЧНО',
        'дающие основания полагать, что он передан военной полиции Российской Федерации.',
        'Решение о выдаче (экстрадиции) Соколова Дениса Андреевича не выносилось.',
        'признать передачу Соколова Дениса Андреевича военной полиции Российской Федерации незаконной',
        'проверить законность действий должностных лиц, участвовавших в передаче',
      ]);
      expect(text).not.toContain('В ЛЮБОЙ МОМЕНТ');
      expect(text).not.toContain('немедленно принять меры к недопущению');
      // Consent is not asserted when the lawyer did not confirm it.
      expect(text).not.toContain('ст. 574');
      // Filed the day after: the filing does not claim it is filed the same day.
      expect(text).not.toContain('в тот же день');
    }
  });

  it('a half-filled preview does not claim the complaint is filed the same day', async () => {
    const { engine } = getServices();
    const answers: Record<string, unknown> = { ...sample(ID, 'simple') };
    delete answers.learnedDate;
    delete answers.signingDate;
    const preview = await engine.render(
      { templateId: ID, answers, lang: 'ru', today: GOLDEN_TODAY, allowIncomplete: true },
      'pdf',
    );
    expect(flat(pdfText(preview.bytes, true))).not.toContain('в тот же день');
  });

  it('the deadline is the day the hand-over became known, and passes the next day', async () => {
    const late = await renderBoth(
      ID,
      { ...sample(ID, 'simple'), signingDate: '2026-11-26' },
      {
        today: '2026-11-26',
      },
    );
    expect(late.preflight.deadlines).toEqual([
      expect.objectContaining({ id: 'sameDay', lastDay: '2026-11-25', missed: true }),
    ]);
  });
});

describe(`${ID} (kk)`, () => {
  it('complex sample in Kazakh', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, kkSample('complex'), { lang: 'kk' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Қарағанды облысының прокурорына',
        'Қарағанды облысы Балқаш қалалық сотына',
        'шағым беруші: қорғаушы — адвокат Ахметов Ерлан Болатович',
        'Ковалёв Игорь Сергеевичтің мүддесінде, туған күні: 19.07.1998, азаматтығы: Ресей Федерациясы',
        'ШҰҒЫЛ: БЕРУ КЕЗ КЕЛГЕН СӘТТЕ ЖҮЗЕГЕ АСЫРЫЛУЫ МҮМКІН',
        'ШАҒЫМ',
        'Ковалёв Игорь Сергеевичтің ұстап беру (экстрадициялау) рәсімінен тыс Ресей Федерациясының әскери полициясына берілуіне',
        '2026 жылғы 24 қарашада Ковалёв И. С. Қарағанды облысы Полиция департаментінің қызметкерлері тарапынан ұсталды.',
        'Қазіргі уақытта ол Приозерск қаласындағы әскери нысанның аумағында ұсталып отыр.',
        '(өзін таныстырудан бас тартқан полиция қызметкерінен) қорғау тарапына оны Ресей Федерациясының әскери полициясына беруге дайындап жатыр деп санауға негіз беретін мәліметтер белгілі болды.',
        'Шағым бұл мәліметтер белгілі болған күні беріліп отыр',
        'Істің мән-жайы',
        'Заң адамды ұстап беру рәсімінен тыс беруге жол бермейді',
        'ҚР ҚПК 557-бабының 1-бөлігі шет мемлекеттердің құзыретті органдарына құқықтық көмек көрсету нысандарын атайды',
        // The Code's own Kazakh words (kaz/sec012, read 2026-12-07), not a paraphrase.
        '«құжаттарды табыс ету, жекелеген процестік әрекеттерді орындау,',
        'адамдарды уақытша ұстап беру (экстрадициялау), транзиттік тасымалдау,',
        'заңда белгіленген тәртіппен қабылданған шешімсіз адамды шет мемлекет органдарына беруді көздемейді.',
        'халықаралық шарты қорғау тарапына белгісіз.',
        // The dative before «қатысты» (audit).
        'Ковалёв Игорь Сергеевичке қатысты',
        'Бұл қаулы заңды күшіне енген жоқ.',
        'ҚР ҚПК 591-бабының 4-бөлігі бойынша',
        '(ҚР ҚПК 594-бабының 1-бөлігі)',
        '(ҚР ҚПК 574-бабының 5-бөлігі). Ковалёв И. С. мұндай келісім берген жоқ.',
        'Босқын мәртебесін беру туралы өтінішхат қаралып біткен жоқ',
        'Кері қайтармау қағидаты',
        'Баяндалғанның негізінде, ҚР ҚПК 557-бабының 1-бөлігі, ҚР ҚПК 591-бабының 4-бөлігі және ҚР ҚПК 594-бабының 1-бөлігі бойынша',
        'СҰРАЙМЫН:',
        'дереу шаралар қабылдауды',
        'заңсыз деп тануды',
        'қорғаушының Ковалёв Игорь Сергеевичке дереу қол жеткізуін қамтамасыз етуді',
        'Қосымша:',
        'Адвокаттың ордері.',
        '— 6 парақ',
        '2026 жылғы 25 қараша',
        'Қорғаушы, адвокат',
        'Е. Б. Ахметов',
      ]);
      expect(text).not.toContain('мүлдем жол берілмейді');
      expect(text).not.toContain('Сергеевичтің қатысты');
      expect(text).not.toContain('ұсталып отыр:');
      expect(text).not.toContain('олар белгілеген тәртіппен');
    }
    expect(preflight.deadlines).toEqual([
      expect.objectContaining({ id: 'sameDay', lastDay: '2026-11-25', missed: false }),
    ]);
    expect(unverifiedCites(preflight)).toEqual(['refugees-law-1-1']);
  });

  it('simple sample in Kazakh: a relative, the person being moved, no decision known', async () => {
    const { pdf, docx } = await renderBoth(ID, kkSample('simple'), { lang: 'kk' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Алматы қаласының прокурорына',
        'шағым беруші: Соколова Анна Викторовна (жұбайы)',
        'шағым берушіге оны Ресей Федерациясының әскери полициясына беру үшін әкетіп бара жатыр деп санауға негіз беретін мәліметтер белгілі болды',
        'Шағым берушіге Соколов Денис Андреевичтің ұстап берілуі (экстрадициялануы) туралы қандай да бір шешім белгісіз.',
        'Егер мұндай қаулы шығарылмаса, адамды беруге мүлдем жол берілмейді.',
        'қайда екенін анықтап, бұл туралы шағым берушіге дереу хабарлауды',
        'Шағым беруші',
        'А. В. Соколова',
      ]);
      expect(text).not.toContain('Қосымша:');
      expect(text).not.toContain('Қорғау тарапына');
    }
  });
});
