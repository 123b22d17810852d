/**
 * Golden checks for the complaint against extradition arrest / temporary detention (УПК РК ст. 107):
 * addressee through the investigating court, the 3-day term from the pronouncement, no suspensive
 * effect, the requests, the attachments, the signature — in the PDF and the DOCX text.
 */
import { describe, expect, it } from 'vitest';
import { expectInOrder, renderBoth, sample, unverifiedCites } from '../helpers/golden.ts';
import { matterDeadlines } from '../../main/app/deadlines.ts';
import { getServices } from '../../main/services.ts';
import { oneDraftMatter } from '../helpers/matter.ts';

const ID = 'extradition-arrest-complaint';

describe(ID, () => {
  it('complex sample: extradition arrest, filed by the defender, late, every argument, milder measure', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'complex'));
    for (const text of [pdf, docx]) {
      expect(text).not.toContain('подаётся через администрацию');
      expectInOrder(text, [
        'В судебную коллегию по уголовным делам Алматинского городского суда',
        'через специализированный следственный суд г. Алматы',
        'от защитника — адвоката Ахметова Ерлана Болатовича',
        'в интересах Лебедевой Ксении Андреевны, 02.12.1989 г.р., гражданки Российской Федерации',
        'ЖАЛОБА',
        'на постановление следственного судьи от 13 ноября 2026 года № 7599-26-00-1/512 о санкционировании экстрадиционного ареста',
        '(в порядке ч. 2 ст. 107 УПК РК)',
        'судья Сериков А. Б.',
        'санкционировано применение экстрадиционного ареста (ч. 7 ст. 589 УПК РК)',
        '(прил. 1)',
        'Постановление оглашено 13 ноября 2026 года. Согласно ч. 2 ст. 107 УПК РК и ч. 5 ст. 589 УПК РК',
        'в течение трёх суток с момента его оглашения',
        // The facility's administration is the detained person's own way (ст. 49 ч. 1): said as a
        // right, never as the way a defender's complaint goes.
        'вправе подать жалобу через администрацию места содержания под стражей: в силу ч. 1 ст. 49 УПК РК срок не считается пропущенным',
        'Доводы жалобы',
        // The oblast court's review is bound by ч. 4 ст. 589 (ч. 5): the bars of ст. 590 are
        // argued as grounds for release, not as asking the court to decide the extradition.
        'Областной суд проверяет законность и обоснованность постановления в соответствии с ч. 4 ст. 589 УПК РК (ч. 5 ст. 589 УПК РК): гражданскую принадлежность лица и то, является ли деяние, в связи с которым запрашивается выдача, преступлением, предусматривающим наказание в виде лишения свободы.',
        'Иные обстоятельства, при которых выдача не производится (ч. 1 ст. 590 УПК РК), приводятся не для того, чтобы суд разрешил вопрос о выдаче, а потому, что при их установлении лицо подлежит немедленному освобождению (п. 2) ч. 4 ст. 587 УПК РК)',
        'Защита просит учесть эти обстоятельства при оценке обоснованности ареста.',
        'Преследование по политическим мотивам',
        'Реальный риск пыток',
        'Следственный судья этих обстоятельств не проверил.',
        'Ходатайство о присвоении статуса беженца не рассмотрено',
        'п. 2) ч. 1 ст. 590 УПК РК',
        'Временные меры Комитета ООН',
        'Комитет эту просьбу удовлетворил.',
        'Содержание под стражей несоразмерно',
        // «характеризующие» takes the accusative: «личность» + genitive, never the bare genitive.
        'Обстоятельства, характеризующие личность Лебедевой Ксении Андреевны, следственным судьёй не оценены.',
        'намерена скрываться и не скрывалась',
        // Dependants only because the answers say so (familyDependants).
        'В Республике Казахстан проживают члены семьи Лебедевой Ксении Андреевны, находящиеся на её иждивении:',
        'Лебедев Тимофей Ильич',
        // House arrest is isolation too (УПК ст. 146 ч. 1), only not in custody.
        'но не связанные с содержанием под стражей, — домашний арест и залог',
        'возможность применения такой меры следственный судья не обсудил.',
        'Нарушения процедуры',
        'нуждалась в переводчике (английский язык)',
        'Подача жалобы не приостанавливает исполнение постановления (ч. 3 ст. 107 УПК РК)',
        'не позднее трёх суток с момента её поступления (ч. 5 ст. 107 УПК РК)',
        'Ходатайство о восстановлении пропущенного срока',
        'истёк 16 ноября 2026 года',
        'ч. 2 ст. 50 УПК РК',
        'ПРОШУ:',
        'восстановить пропущенный срок обжалования',
        'отменить постановление следственного судьи от 13 ноября 2026 года № 7599-26-00-1/512 (специализированный следственный суд г. Алматы) о санкционировании экстрадиционного ареста в отношении Лебедевой Ксении Андреевны',
        'прекратить содержание Лебедевой Ксении Андреевны под стражей и немедленно освободить её',
        'в случае, если суд признает необходимым применение меры пресечения, применить к Лебедевой Ксении Андреевне домашний арест (по адресу: г. Алматы, ул. Жандосова, 12, кв. 45)',
        'рассмотреть жалобу с участием Лебедевой Ксении Андреевны и защитника, обеспечив участие переводчика (английский язык)',
        'приобщить к материалам копию письма',
        'Приложение:',
        // Sheet counts for the fixed annexes too, as the user annexes have them (issue 22).
        'Копия постановления следственного судьи от 13.11.2026 № 7599-26-00-1/512 — на 3 л.',
        'Ордер адвоката — на 1 л.',
        'Медицинские документы о состоянии здоровья — на 6 л.',
        '25 ноября 2026 года',
        'г. Алматы',
        'Защитник, адвокат',
        'Е. Б. Ахметов',
      ]);
      // Never a suspensive effect, never the Supreme Court route of ст. 592.
      expect(text).not.toMatch(/приостанавливает (исполнение|выдачу)(?! постановления \(ч\. 3)/);
      expect(text).not.toContain('Верховный Суд');
      expect(text).not.toContain('характеризующие Лебедевой');
      expect(text).not.toContain('которую она содержит');
      expect(text).not.toContain('вместе с Лебедевой');
      // The sheet count ends the annex line: one full stop, not «л..».
      expect(text).not.toContain('л..');
    }
    expect(preflight.deadlines.find((d) => d.id === 'complaint')).toMatchObject({
      lastDay: '2026-11-16',
      missed: true,
    });
    // ч. 4 ст. 589 was read in the mirror only: printed, and flagged for the lawyer to check.
    expect(unverifiedCites(preflight)).toEqual(
      ['hrc-gc-33-19', 'refugees-law-1-1', 'upk-589-4'].sort(),
    );
  });

  it('temporary detention: the bars of ст. 590 make it unlawful (ст. 588 ч. 1); bail has its own article', async () => {
    const answers = {
      ...sample(ID, 'complex'),
      custody: 'temporary',
      alternativeMeasure: 'bail',
    };
    const { pdf, docx, preflight } = await renderBoth(ID, answers);
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Ходатайство о временном содержании под стражей вносится лишь «при отсутствии оснований, изложенных в статье 590 настоящего Кодекса» (ч. 1 ст. 588 УПК РК), а когда становятся известны обстоятельства, исключающие возможность выдачи, временное содержание под стражей прекращается (п. 3) ч. 8 ст. 588 УПК РК).',
        'Залог в отношении лица, разыскиваемого в целях выдачи, закон допускает прямо (ч. 1 ст. 589-1 УПК РК).',
        'применить к Лебедевой Ксении Андреевне залог (ч. 1 ст. 589-1 УПК РК)',
      ]);
      expect(text).not.toContain('Областной суд проверяет');
    }
    const kk = await renderBoth(
      ID,
      { ...sample(ID, 'complex.kk'), custody: 'temporary', alternativeMeasure: 'bail' },
      { lang: 'kk' },
    );
    expect(kk.pdf).toContain('(ҚР ҚПК 589-1-бабының 1-бөлігі)');
    expect(unverifiedCites(preflight)).toContain('upk-589-1-part1');
  });

  it('what the judge did not do, and dependants, are said only when the answers say so', async () => {
    const answers = {
      ...sample(ID, 'complex'),
      judgeIgnoredTortureRisk: false,
      judgeIgnoredPersonality: false,
      judgeIgnoredAlternative: false,
      familyDependants: false,
    };
    const { pdf, docx } = await renderBoth(ID, answers);
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Суду следует учесть обстоятельства, характеризующие личность Лебедевой Ксении Андреевны.',
        'В Республике Казахстан проживают члены семьи Лебедевой Ксении Андреевны:',
        'Цель обеспечения явки может быть достигнута домашним арестом (по адресу: г. Алматы, ул. Жандосова, 12, кв. 45).',
      ]);
      expect(text).not.toContain('Следственный судья этих обстоятельств не проверил');
      expect(text).not.toContain('следственным судьёй не оценены');
      expect(text).not.toContain('следственный судья не обсудил');
      expect(text).not.toContain('иждивении');
      expect(text).not.toContain('которую она содержит');
    }
  });

  it('Kazakh complex sample: the same facts, asked not assumed, and one full stop after the sheets', async () => {
    const { pdf } = await renderBoth(ID, sample(ID, 'complex.kk'), { lang: 'kk' });
    expectInOrder(pdf, [
      // «мән-жай» may break at its hyphen: the fragments stop short of it.
      '11) тармағы). Тергеу судьясы бұл',
      'тексерген жоқ.',
      'Лебедева Ксения Андреевнаның жеке басын сипаттайтын',
      'тергеу судьясы бағалаған жоқ.',
      'Лебедева Ксения Андреевнаның асырауындағы отбасы мүшелері тұрады:',
      'мұндай шараны қолдану мүмкіндігін тергеу судьясы талқылаған жоқ.',
    ]);
    expect(pdf).not.toContain('өзі асырайтын');
    const plain = await renderBoth(
      ID,
      {
        ...sample(ID, 'complex.kk'),
        judgeIgnoredTortureRisk: false,
        judgeIgnoredPersonality: false,
        judgeIgnoredAlternative: false,
        familyDependants: false,
      },
      { lang: 'kk' },
    );
    expect(plain.pdf).toContain('Сот Лебедева Ксения Андреевнаның жеке басын сипаттайтын');
    expect(plain.pdf).toContain('ескеруге тиіс.');
    expect(plain.pdf).toContain('Лебедева Ксения Андреевнаның отбасы мүшелері тұрады:');
    for (const gone of ['Тергеу судьясы бұл', 'бағалаған жоқ', 'талқылаған жоқ', 'асырауындағы'])
      expect(plain.pdf).not.toContain(gone);
  });

  it('simple sample: temporary detention (ст. 588), in time, no restoration', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'simple'));
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В судебную коллегию по уголовным делам Алматинского городского суда',
        'через специализированный следственный суд г. Алматы',
        'от защитника — адвоката Жумабаевой Динары Ерлановны',
        'в интересах Соколова Артёма Викторовича',
        'ЖАЛОБА',
        'на постановление следственного судьи от 23 ноября 2026 года о санкционировании временного содержания под стражей',
        'временное содержание под стражей до поступления запроса о выдаче (ч. 1 ст. 588 УПК РК)',
        'Согласно ч. 2 ст. 107 УПК РК и ч. 5 ст. 588 УПК РК',
        'Жалоба подаётся в пределах этого срока.',
        'Преследование по политическим мотивам',
        'ч. 3 ст. 107 УПК РК',
        'руководствуясь ч. 2 ст. 107 УПК РК, ч. 5 ст. 588 УПК РК',
        'ПРОШУ:',
        'отменить постановление следственного судьи от 23 ноября 2026 года (специализированный следственный суд г. Алматы) о санкционировании временного содержания под стражей в отношении Соколова Артёма Викторовича',
        'прекратить содержание Соколова Артёма Викторовича под стражей и немедленно освободить его',
        'рассмотреть жалобу с участием Соколова Артёма Викторовича и защитника.',
        'Приложение:',
        'Копия постановления следственного судьи от 23.11.2026.',
        'Ордер адвоката.',
        '25 ноября 2026 года',
        'Защитник, адвокат',
        'Д. Е. Жумабаева',
      ]);
      expect(text).not.toContain('восстановлении');
      expect(text).not.toContain('Содержание под стражей несоразмерно');
      expect(text).not.toContain('Жалоба сдаётся администрации');
      // УПК ст. 49 ч. 1: a detained person may file through the facility's administration.
      expect(text).toContain(
        'вправе подать жалобу через администрацию места содержания под стражей',
      );
    }
    expect(preflight.deadlines[0]).toMatchObject({ lastDay: '2026-11-26', missed: false });
    expect(unverifiedCites(preflight)).toEqual(['refugees-law-1-1']);
  });

  it('pronounced on Thursday 26 November 2026: the deadline is Sunday 29 November, Monday 30 only beside it', async () => {
    const answers = {
      ...sample(ID, 'simple'),
      rulingDate: '2026-11-26',
      pronouncementDate: '2026-11-26',
      signingDate: '2026-11-27',
    };
    const { pdf, docx, preflight } = await renderBoth(ID, answers, { today: '2026-11-27' });
    expect(preflight.deadlines[0]).toMatchObject({
      lastDay: '2026-11-29',
      reading: 'custodyNoRollOver',
      alternatives: [{ reading: 'upkRollOver', lastDay: '2026-11-30', basis: ['upk-48-4'] }],
      missed: false,
    });
    for (const text of [pdf, docx]) {
      expect(text).toContain('Срок обжалования — по 29.11.2026 (воскресенье) включительно.');
      expect(text).not.toContain('ч. 4 ст. 48');
    }
  });

  it('a person filing alone past the term: restoration asked, military crime and limitation argued', async () => {
    const answers = {
      ...sample(ID, 'simple'),
      complainantRole: 'person',
      // Signed after the term: «late» comes from the dates (a tick on the 25th said a term
      // ending on the 26th had passed).
      signingDate: '2026-11-30',
      grounds: ['militaryCrime', 'limitation'],
      restorationReasons: 'Постановление не было переведено.',
    };
    const { pdf, preflight } = await renderBoth(ID, answers, { today: '2026-11-30' });
    expect(preflight.deadlines[0]).toMatchObject({ lastDay: '2026-11-26', missed: true });
    expectInOrder(pdf, [
      'от Соколова Артёма Викторовича',
      'п. 9) ч. 1 ст. 590 УПК РК',
      'п. 6) ч. 1 ст. 590 УПК РК',
      'истёк 26 ноября 2026 года',
      'Постановление не было переведено.',
      'восстановить пропущенный срок',
      'рассмотреть жалобу с участием Соколова Артёма Викторовича.',
      'Заявитель',
      'А. В. Соколов',
    ]);
    expect(pdf).not.toContain('Ордер адвоката');
  });
});

describe(`${ID}: temporary detention sanctioned after the 72 hours of ч. 3 ст. 588`, () => {
  const temporary = {
    ...sample(ID, 'complex'),
    custody: 'temporary',
    detentionDate: '2026-11-09',
    rulingDate: '2026-11-13',
    pronouncementDate: '2026-11-13',
  };

  it('ticked: its own ground, first, with both days and the unverified ч. 3 listed before filing', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, {
      ...temporary,
      ruledAfter72Hours: true,
    });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Доводы жалобы',
        'Постановление вынесено по истечении семидесяти двух часов с момента задержания',
        'выносит постановление «незамедлительно, но не позже семидесяти двух часов с момента задержания лица» (ч. 3 ст. 588 УПК РК). Лебедева К. А. задержана 9 ноября 2026 года, а постановление оглашено 13 ноября 2026 года, то есть по истечении этого срока.',
        '(п. 1) ч. 4 ст. 587 УПК РК)',
        'ПРОШУ:',
      ]);
    }
    expect(unverifiedCites(preflight)).toContain('upk-588-3');
    const kk = await renderBoth(
      ID,
      { ...sample(ID, 'complex.kk'), ...temporary, ruledAfter72Hours: true },
      { lang: 'kk' },
    );
    expect(kk.pdf).toContain(
      'Қаулы ұсталған сәттен бастап жетпіс екі сағат өткеннен кейін шығарылды',
    );
    expect(kk.pdf).toContain(
      '2026 жылғы 9 қарашада ұсталды, ал қаулы 2026 жылғы 13 қарашада жария етілді, яғни осы мерзім өткеннен кейін шығарылды.',
    );
  });

  it('the judge’s 72 hours gate the text, but are no day to keep: off the matter page', async () => {
    const answers = { ...temporary, ruledAfter72Hours: true };
    const { preflight } = await renderBoth(ID, answers);
    expect(preflight.deadlines.map((d) => d.id)).toContain('judgeRuling72h');
    const { engine } = getServices();
    const matter = oneDraftMatter(engine.template(ID).manifest, answers, 'ru', '2026-11-14');
    const listed = matterDeadlines(matter, engine, engine.cites, 'ru', '2026-11-14').map(
      (d) => d.id,
    );
    expect(listed).toContain('complaint');
    expect(listed).not.toContain('judgeRuling72h');
  });

  it('not ticked, ticked while the dates rule it out, or an extradition arrest: never said', async () => {
    for (const answers of [
      temporary,
      // Pronounced on the second day after the day of detention: 72 hours cannot have run.
      { ...temporary, ruledAfter72Hours: true, pronouncementDate: '2026-11-11' },
      { ...temporary, custody: 'arrest', ruledAfter72Hours: true },
    ]) {
      const { pdf, preflight } = await renderBoth(ID, answers);
      expect(pdf).not.toContain('семидесяти двух часов');
      expect(unverifiedCites(preflight)).not.toContain('upk-588-3');
    }
  });
});
