/**
 * Golden checks for the urgent UN communication with a request for interim measures (HRC under
 * the ICCPR Optional Protocol, or CAT under art. 22): the committee through the OHCHR Petitions
 * Team at the address the lawyer confirmed, the URGENT banner with the removal date, the unverified
 * interim-measures rule, sections I–IX, the requests, the annexes (authorisations), the signature —
 * in the PDF and the DOCX text, in English and in Russian. There is no deadline.
 */
import { describe, expect, it } from 'vitest';
import { getServices } from '../../main/services.ts';
import {
  expectInOrder,
  GOLDEN_TODAY,
  renderBoth,
  sample,
  unverifiedCites,
} from '../helpers/golden.ts';

const ID = 'un-interim-measures';

const HRC_UNVERIFIED = ['ccpr-rule-94', 'hrc-gc-33-19', 'refugees-law-1-1'];
const CAT_UNVERIFIED = ['cat-gc-4', 'cat-rule-114'];

describe(`${ID} (en)`, () => {
  it('complex sample: HRC, a relative as author, counsel, every article and argument', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'complex'), { lang: 'en' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Human Rights Committee',
        'c/o Petitions Team, Office of the United Nations High Commissioner for Human Rights, Geneva',
        'by e-mail: petitionsteam@example.org',
        'URGENT — REQUEST FOR INTERIM MEASURES',
        // Unverified rule number (VERIFIED.md rows 9a, 10i): the banner names the rule, not a number.
        "under the rule on interim measures of the Human Rights Committee's rules of procedure",
        'Expulsion to the Russian Federation is expected on 28 November 2026',
        'INDIVIDUAL COMMUNICATION',
        'submitted to the Human Rights Committee under the Optional Protocol to the International Covenant on Civil and Political Rights',
        'GROMOVA Vera v. Kazakhstan',
        'I. Information on the alleged victim and the author',
        'GROMOVA Vera',
        'Громова Вера Павловна',
        'female',
        '11 February 1990',
        'Yekaterinburg, Russian Federation',
        'Russian Federation and Republic of Belarus (dual nationality)',
        'special detention centre of the Almaty Police Department',
        'submitted on behalf of the alleged victim by GROMOV Pavel (her father)',
        'written authorisation of the alleged victim (annex 1)',
        'represented by counsel, AKHMETOVA Saule, advocate, Almaty City Bar Association (licence No. 0007781) (authorisation: annex 2)',
        'e-mail akhmetova.law@example.kz',
        'II. State party',
        'directed against Kazakhstan',
        'III. Statement of facts',
        'IV. Exhaustion of domestic remedies',
        'no remedy with that effect remains available:',
        'does not suspend its execution',
        'V. Other international procedures',
        'urgent appeal to the Special Rapporteur on torture',
        'Article 5(2)(a) of the Optional Protocol',
        'VI. Violations alleged',
        'by expelling GROMOVA Vera to the Russian Federation',
        'Article 6 of the International Covenant on Civil and Political Rights — the right to life',
        'Article 7 of the International Covenant',
        'Article 14 of the International Covenant',
        'Article 19 of the International Covenant',
        'The author further claims that Kazakhstan has violated the following rights of GROMOVA Vera under the Covenant:',
        'Article 9 of the International Covenant',
        'Article 13 of the International Covenant',
        'Real risk of torture and ill-treatment',
        'Persecution on political grounds',
        'The refugee application is pending',
        'On 15 June 2026, GROMOVA Vera applied for refugee status with the Employment and Social Programmes Department of Almaty',
        'The principle of non-refoulement',
        'VII. Request for interim measures',
        'The expulsion of GROMOVA Vera has been scheduled for 28 November 2026 (ruling of the specialised inter-district administrative court of Almaty of 9 November 2026, upheld by the Almaty City Court on 20 November 2026). Expected manner of removal: charter flight Almaty–Moscow. This became known from the administration of the detention centre on 24 November 2026.',
        'paragraph 19 of the Human Rights Committee’s General Comment No. 33 (2008)',
        'The author therefore requests the Committee, under the rule on interim measures',
        'to register this communication as a matter of urgency',
        'to request the State party to refrain from expelling GROMOVA Vera, or otherwise removing her, to the Russian Federation while the communication is under consideration',
        'VIII. Remedies sought',
        'would constitute a violation by Kazakhstan of the articles of the Covenant invoked in section VI against the expulsion;',
        'to find that Kazakhstan has violated Article 9 of the International Covenant on Civil and Political Rights and Article 13 of the International Covenant on Civil and Political Rights;',
        'to refrain from removing her to the Russian Federation and to provide her with an effective remedy (Article 2(3) of the International Covenant',
        'to request the State party to inform the Committee of the measures taken',
        'IX. List of annexes',
        'Written authorisation by GROMOVA Vera to submit this communication on her behalf.',
        'Authorisation of counsel signed by the author.',
        'Expulsion ruling of 9 November 2026 with an English summary (4 pages)',
        'Appeal decision of 20 November 2026 with an English summary (1 page)',
        'Asylum seeker’s certificate',
        '25 November 2026',
        'Almaty',
        'Counsel',
        'AKHMETOVA Saule',
      ]);
      expect(text).not.toContain('Committee against Torture');
      expect(text).not.toMatch(/rule 9[24]\b/);
    }
    // Table cells: pdftotext interleaves wrapped cells, so they are checked in the DOCX text.
    expectInOrder(docx, [
      'Almaty City Court',
      '20.11.2026',
      'appeal against the expulsion ruling',
      'appeal dismissed; ruling final',
    ]);
    expectInOrder(pdf, [
      '1) to register',
      '2) to request the State party',
      '1. Written authorisation',
      '5. Asylum seeker’s certificate',
    ]);
    expect(preflight.deadlines).toEqual([]);
    expect(unverifiedCites(preflight)).toEqual(HRC_UNVERIFIED);
  });

  it('simple sample: CAT, the author files alone, decision final, removal date unknown', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'simple'), { lang: 'en' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Committee against Torture',
        'by e-mail: petitionsteam@example.org',
        'URGENT — REQUEST FOR INTERIM MEASURES',
        "under rule 114 of the Committee against Torture's rules of procedure",
        'Extradition to the Russian Federation may take place at any moment',
        'INDIVIDUAL COMMUNICATION',
        'submitted to the Committee against Torture under Article 22 of the Convention against Torture',
        'BELOV Kirill v. Kazakhstan',
        'I. Information on the author, who is the alleged victim',
        'BELOV Kirill',
        '21 July 1993',
        'Russian Federation',
        'Address for correspondence: c/o pre-trial detention facility LA-155/18, Almaty, Kazakhstan; e-mail belov.k@example.com.',
        'has not been, and is not being, examined under another procedure of international investigation or settlement (Article 22(5)(a) of the Convention against Torture)',
        'extradition of BELOV Kirill to the Russian Federation would violate Article 3 of the Convention against Torture',
        'Real risk of torture and ill-treatment',
        'if BELOV Kirill is extradited, expelled or otherwise forcibly returned, he will face a real risk',
        'VII. Request for interim measures',
        // «enforceable» only because the lawyer answered that the decision is final.
        'The decision to extradite BELOV Kirill (decision of the Deputy Prosecutor General of Kazakhstan of 20 October 2026) is final and enforceable; the removal may be carried out at any moment.',
        'the Committee against Torture’s General Comment No. 4 (2017)',
        'under rule 114',
        'to request the State party to refrain from extraditing BELOV Kirill, or otherwise removing him, to the Russian Federation',
        'VIII. Remedies sought',
        'would constitute a violation by Kazakhstan of Article 3 of the Convention against Torture',
        '25 November 2026',
        'Author',
        'BELOV Kirill',
      ]);
      expect(text).not.toContain('counsel');
      expect(text).not.toContain('List of annexes'); // no annex at all: the list is left out
      expect(text).not.toContain('effective remedy');
    }
    expectInOrder(docx, [
      'Supreme Court of the Republic of Kazakhstan',
      '19.11.2026',
      'complaint dismissed',
    ]);
    expect(unverifiedCites(preflight)).toEqual(CAT_UNVERIFIED);
  });

  // Issue 17 item 6: the stage of the removal is the lawyer's answer, never the template's
  // assumption; a decision is «enforceable» only when the lawyer says it is final.
  const STAGES: readonly (readonly [string, readonly string[]])[] = [
    [
      'checkUnderway',
      [
        'Extradition to the Russian Federation is sought; no decision yet',
        'No decision on the extradition of BELOV Kirill has been taken yet: the extradition check is under way.',
      ],
    ],
    [
      'decisionTaken',
      [
        'Extradition to the Russian Federation has been ordered',
        // ст. 591 ч. 4: an appealed extradition is not carried out until the Supreme Court rules.
        'A decision to extradite BELOV Kirill has been taken (decision of 20 October 2026). Under Article 591(4) CPC RK, an extradition decision is executed once the time to challenge it has expired; if it is challenged, the extradition is not carried out until the ruling of the judge of the Supreme Court of the Republic of Kazakhstan enters into force. That ruling enters into force when pronounced (Article 592(8) CPC RK), and the extradition may follow at once.',
      ],
    ],
    [
      'appealPending',
      [
        'Extradition to the Russian Federation has been ordered',
        'has been taken (decision of 20 October 2026) and challenged; the challenge has not yet been decided.',
      ],
    ],
    [
      'final',
      [
        'Extradition to the Russian Federation may take place at any moment',
        'The decision to extradite BELOV Kirill (decision of 20 October 2026) is final and enforceable',
      ],
    ],
    [
      'informalHandover',
      [
        'Informal hand-over to the Russian Federation is feared at any moment',
        'No decision to remove BELOV Kirill has been taken. There are serious grounds to fear, however, that he will be handed over to the authorities of the Russian Federation informally, outside any procedure',
      ],
    ],
    [
      'removalScheduled',
      [
        'Extradition to the Russian Federation has been scheduled',
        'The extradition of BELOV Kirill has been scheduled (decision of 20 October 2026).',
      ],
    ],
  ];
  for (const [stage, expected] of STAGES) {
    it(`the stage «${stage}» is written from the answer, in the banner and in section VII`, async () => {
      const answers = {
        ...sample(ID, 'simple'),
        removalStage: stage,
        removalDecision: 'decision of 20 October 2026',
        earlyRequestReasons: 'The complaint is being examined on an expedited basis.',
      };
      const { pdf, docx } = await renderBoth(ID, answers, { lang: 'en' });
      for (const text of [pdf, docx]) {
        expectInOrder(text, expected);
        if (stage !== 'final') expect(text).not.toContain('enforceable');
        expect(text).not.toContain('may be removed before any remedy against it has been decided');
        if (stage === 'checkUnderway' || stage === 'informalHandover')
          expect(text).not.toContain('decision of 20 October 2026');
      }
    });
  }

  it('in Russian too: no decision yet means none is called «подлежит исполнению»', async () => {
    const answers = {
      ...sample(ID, 'simple'),
      removalStage: 'checkUnderway',
      earlyRequestReasons: 'Решение может быть принято в любой день.',
    };
    const { pdf, docx } = await renderBoth(ID, answers, { lang: 'ru' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Выдача в Российскую Федерацию: решение ещё не принято',
        'Решение о выдаче Белова Кирилла Андреевича ещё не принято: идёт экстрадиционная проверка.',
      ]);
      expect(text).not.toContain('подлежит исполнению');
      expect(text).not.toContain('в любой момент: решение');
    }
  });

  it('HRC: conscience (ICCPR 18) and the child (ICCPR 24 with CRC art. 3) can be claimed (issue 17 item 9)', async () => {
    const answers = {
      ...sample(ID, 'complex'),
      iccprArticles: ['7', '18', '19', '24'],
      childrenConcerned: 'her son (6), who lives with her in Almaty',
    };
    const en = await renderBoth(ID, answers, { lang: 'en' });
    for (const text of [en.pdf, en.docx])
      expectInOrder(text, [
        'VI. Violations alleged',
        'Article 18 of the International Covenant on Civil and Political Rights — freedom of thought, conscience and religion, from which the right of conscientious objection to military service derives',
        'for expressing her opinions;',
        'Article 24 of the International Covenant on Civil and Political Rights — the right of every child to the measures of protection required by the child’s status as a minor: the removal would affect her son (6), who lives with her in Almaty; the best interests of the child must be a primary consideration (Article 3 of the Convention on the Rights of the Child).',
      ]);
    // Checked against the official English text (cites.json), so no longer flagged.
    for (const key of ['iccpr-18', 'iccpr-24', 'crc-3'])
      expect(unverifiedCites(en.preflight)).not.toContain(key);
    const ru = await renderBoth(ID, answers, { lang: 'ru' });
    expectInOrder(ru.docx, [
      'ст. 18 Международного пакта о гражданских и политических правах — свобода мысли, совести и религии',
      'ст. 24 Международного пакта о гражданских и политических правах — право каждого ребёнка на меры защиты',
      '(ст. 3 Конвенции о правах ребёнка).',
    ]);
  });

  it('CAT with counsel: the counsel authorisation is the first annex and counsel signs', async () => {
    const answers = {
      ...sample(ID, 'simple'),
      complainantRole: 'defender',
      defender: sample(ID, 'complex').defender,
    };
    const { pdf, docx } = await renderBoth(ID, answers, { lang: 'en' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'The author is represented by counsel, AKHMETOVA Saule, advocate (authorisation: annex 1).',
        'IX. List of annexes',
        'Authorisation of counsel signed by the author.',
        'Counsel',
        'AKHMETOVA Saule',
      ]);
      expect(text).not.toContain('Written authorisation by');
    }
  });
});

describe(`${ID} (ru)`, () => {
  it('complex sample in Russian', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'complex'), { lang: 'ru' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Комитет по правам человека Организации Объединённых Наций',
        'через Группу по петициям Управления Верховного комиссара ООН по правам человека, Женева',
        'по электронной почте: petitionsteam@example.org',
        'СРОЧНО — ПРОСЬБА О ПРИНЯТИИ ВРЕМЕННЫХ МЕР',
        '(правило о временных мерах правил процедуры Комитета по правам человека)',
        'Выдворение в Российскую Федерацию ожидается 28 ноября 2026 года',
        'ИНДИВИДУАЛЬНОЕ СООБЩЕНИЕ',
        'в Комитет по правам человека (Факультативный протокол к Международному пакту о гражданских и политических правах)',
        'Громова Вера Павловна (GROMOVA Vera) против Казахстана',
        'I. Сведения о предполагаемой жертве и об авторе сообщения',
        'с письменного согласия предполагаемой жертвы (прил. 1)',
        'Интересы автора представляет адвокат Ахметова Сауле Бериковна (AKHMETOVA Saule)',
        '(доверенность — прил. 2)',
        'II. Государство-участник',
        'III. Изложение фактов',
        'IV. Исчерпание внутренних средств правовой защиты',
        'V. Другие международные процедуры',
        'подп. «a» п. 2 ст. 5 Факультативного протокола',
        'VI. Предполагаемые нарушения',
        'выдворив Громову Веру Павловну в Российскую Федерацию, Казахстан нарушит',
        'ст. 6 Международного пакта о гражданских и политических правах — право на жизнь',
        'ст. 19 Международного пакта о гражданских и политических правах — свобода выражения мнений',
        'Реальный риск пыток',
        'Преследование по политическим мотивам',
        'Ходатайство о присвоении статуса беженца не рассмотрено',
        'Принцип невысылки',
        'VII. Просьба о принятии временных мер',
        'Выдворение Громовой Веры Павловны назначено на 28 ноября 2026 года (ruling of the specialised',
        'Способ и место выдворения: charter flight Almaty–Moscow. Об этом стало известно from the administration',
        'п. 19 Замечания общего порядка № 33 Комитета по правам человека (2008)',
        'автор просит Комитет:',
        'зарегистрировать настоящее сообщение в срочном порядке',
        'воздержаться от выдворения Громовой Веры Павловны или иного её удаления в Российскую Федерацию до завершения рассмотрения сообщения Комитетом',
        'VIII. Испрашиваемые меры',
        'выдворение Громовой Веры Павловны в Российскую Федерацию явилось бы нарушением Казахстаном статей Пакта, названных в разделе VI',
        'п. 3 ст. 2 Международного пакта',
        'IX. Перечень приложений:',
        'Письменное согласие (доверенность) Громовой Веры Павловны на подачу сообщения от её имени.',
        'Доверенность на представление интересов автора, подписанная автором.',
        '— на 4 л.',
        '25 ноября 2026 года',
        'Представитель автора, адвокат',
        'С. Б. Ахметова',
      ]);
    }
    expect(unverifiedCites(preflight)).toEqual(HRC_UNVERIFIED);
  });

  it('simple sample in Russian', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, sample(ID, 'simple'), { lang: 'ru' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Комитет против пыток Организации Объединённых Наций',
        'СРОЧНО — ПРОСЬБА О ПРИНЯТИИ ВРЕМЕННЫХ МЕР',
        '(правило 114 правил процедуры Комитета против пыток',
        'Выдача в Российскую Федерацию может быть произведена в любой момент',
        'в Комитет против пыток (ст. 22 Конвенции против пыток',
        'Белов Кирилл Андреевич (BELOV Kirill) против Казахстана',
        'I. Сведения об авторе сообщения — предполагаемой жертве',
        'не рассматривался и не рассматривается в рамках другой процедуры международного разбирательства или урегулирования (подп. «a» п. 5 ст. 22 Конвенции против пыток)',
        'выдача Белова Кирилла Андреевича в Российскую Федерацию нарушила бы ст. 3 Конвенции против пыток',
        'Решение о выдаче Белова Кирилла Андреевича (decision of the Deputy Prosecutor General of Kazakhstan of 20 October 2026) вступило в законную силу и подлежит исполнению; выдача может быть произведена в любой момент.',
        'Замечание общего порядка № 4 (2017)',
        'воздержаться от выдачи Белова Кирилла Андреевича или иного его удаления',
        'явилась бы нарушением Казахстаном ст. 3 Конвенции против пыток',
        '25 ноября 2026 года',
        'Автор',
        'К. А. Белов',
      ]);
      expect(text).not.toContain('Перечень приложений');
    }
    expect(unverifiedCites(preflight)).toEqual(CAT_UNVERIFIED);
  });
});

describe(`${ID}: legal audit`, () => {
  it('§V follows the answer: the other body is not called a procedure of international investigation or settlement', async () => {
    const en = await renderBoth(ID, sample(ID, 'complex'), { lang: 'en' });
    for (const text of [en.pdf, en.docx]) {
      expectInOrder(text, [
        'V. Other international procedures',
        'The matter has also been submitted to another international body: On 21 November 2026 counsel sent an urgent appeal to the Special Rapporteur on torture',
        'The author submits that this does not bar the Committee from examining the communication under Article 5(2)(a)',
      ]);
      expect(text).not.toContain(
        'The following concerns another procedure of international investigation or settlement',
      );
    }
    const ru = await renderBoth(ID, sample(ID, 'complex.ru'), { lang: 'ru' });
    for (const text of [ru.pdf, ru.docx]) {
      expect(text).toContain(
        'Этот же вопрос направлялся также в другую международную инстанцию: 21 ноября 2026 года',
      );
      expect(text).not.toContain(
        'В отношении другой процедуры международного разбирательства или урегулирования',
      );
    }
  });

  it('§VI arts. 9 and 13: the lawyer’s own claim, never a fixed assertion', async () => {
    const en = await renderBoth(ID, sample(ID, 'complex'), { lang: 'en' });
    for (const text of [en.pdf, en.docx]) {
      expect(text).toContain(
        'the right to liberty and security of person: she is held in the special detention centre with a view to expulsion although her refugee application',
      );
      expect(text).toContain(
        'the procedural safeguards against the expulsion of aliens: the courts that ordered and upheld her expulsion examined neither the risk',
      );
      expect(text).not.toContain('her detention with a view to removal is arbitrary');
      expect(text).not.toContain('she was not able effectively to submit the reasons');
    }
    const ru = await renderBoth(ID, sample(ID, 'complex.ru'), { lang: 'ru' });
    for (const text of [ru.pdf, ru.docx]) {
      expect(text).toContain(
        'право на свободу и личную неприкосновенность: она содержится в специальном приёмнике в целях выдворения',
      );
      expect(text).toContain(
        'процессуальные гарантии при высылке иностранцев: суды, назначившие и оставившие в силе выдворение',
      );
      expect(text).not.toContain('содержание под стражей в целях высылки произвольно');
      expect(text).not.toContain('не имела реальной возможности');
    }
  });

  it('Russian: the detention place reads in the table; «что, выдворив …,» has both commas', async () => {
    const ru = await renderBoth(ID, sample(ID, 'complex.ru'), { lang: 'ru' });
    expect(ru.docx).toContain(
      'Содержится под стражей да; корреспонденция — через администрацию специального приёмника Департамента полиции г. Алматы',
    );
    for (const text of [ru.pdf, ru.docx]) {
      expect(text).toContain(
        'да; корреспонденция — через администрацию специального приёмника Департамента полиции г. Алматы',
      );
      // The row says the person is held, the cell how to write to them: no place label over «через».
      expect(text).not.toMatch(/Место содержания под стражей\s+через администрацию/);
      expect(text).toContain(
        'Автор утверждает, что, выдворив Громову Веру Павловну в Российскую Федерацию, Казахстан нарушит',
      );
      expect(text).not.toContain('что выдворив');
    }
    const simple = await renderBoth(ID, sample(ID, 'simple.ru'), { lang: 'ru' });
    // Held, and how to write to them: the row's label and cell say one thing.
    expect(simple.docx).toContain(
      'Содержится под стражей да; корреспонденция — через администрацию учреждения ЛА-155/18 (СИЗО) г. Алматы',
    );
    for (const text of [simple.pdf, simple.docx]) {
      expect(text).toContain(
        'да; корреспонденция — через администрацию учреждения ЛА-155/18 (СИЗО) г. Алматы',
      );
      expect(text).not.toContain('в ведении');
    }
  });
});

// Second legal audit, 2026-12-07 (1.5.0): the filing states as fact only what the answers establish.
describe(`${ID}: what remains open, and what Kazakhstan has already done`, () => {
  const NO_REMEDY_EN = 'The author submits that no remedy with that effect remains available';
  const NO_REMEDY_RU = 'Автор полагает, что средств правовой защиты с таким действием не осталось';
  const REASONS_EN = 'The Supreme Court has listed the complaint for 2 December 2026.';
  const REASONS_RU = 'Жалоба назначена к рассмотрению на 2 декабря 2026 года.';
  /** Both the PDF and the DOCX say it. */
  const says = (rendered: { pdf: string; docx: string }, words: string): void => {
    for (const text of [rendered.pdf, rendered.docx]) expect(text).toContain(words);
  };
  const at = (stage: string, removalType: string, lang: 'en' | 'ru') => ({
    ...sample(ID, lang === 'ru' ? 'simple.ru' : 'simple'),
    removalStage: stage,
    removalType,
    earlyRequestReasons: lang === 'ru' ? REASONS_RU : REASONS_EN,
  });

  it('§IV says «no remedy … remains» only for a final decision, a scheduled removal or a hand-over', async () => {
    for (const stage of ['final', 'removalScheduled', 'informalHandover']) {
      const en = await renderBoth(ID, at(stage, 'extradition', 'en'), { lang: 'en' });
      const ru = await renderBoth(ID, at(stage, 'extradition', 'ru'), { lang: 'ru' });
      for (const text of [en.pdf, en.docx]) {
        expect(text).toContain(`${NO_REMEDY_EN}.`);
        // Not asked at these stages, so never printed.
        expect(text).not.toContain(REASONS_EN);
      }
      for (const text of [ru.pdf, ru.docx]) {
        expect(text).toContain(`${NO_REMEDY_RU}.`);
        expect(text).not.toContain(REASONS_RU);
      }
    }
  });

  it('§IV, extradition not yet challenged or before the Supreme Court: ст. 591 ч. 4 and ст. 592 ч. 8, then why act now', async () => {
    const cases = [
      [
        'decisionTaken',
        'en',
        'The extradition decision has not yet been challenged. If it is challenged before the Supreme Court of the Republic of Kazakhstan (Article 592(1) CPC RK), the extradition is not carried out until the ruling of the judge of the Supreme Court enters into force (Article 591(4) CPC RK); but that ruling enters into force when pronounced (Article 592(8) CPC RK), and if the complaint is dismissed, the extradition may follow at once. The author asks the Committee to act now for the following reasons:',
      ],
      [
        'appealPending',
        'en',
        'A complaint against the extradition decision is pending before the Supreme Court of the Republic of Kazakhstan. Until the ruling of the judge of the Supreme Court enters into force, the extradition is not carried out (Article 591(4) CPC RK); but that ruling enters into force when pronounced (Article 592(8) CPC RK), and if the complaint is dismissed, the extradition may follow at once. The author asks the Committee to act now for the following reasons:',
      ],
      [
        'decisionTaken',
        'ru',
        'Постановление о выдаче ещё не обжаловано. В случае его обжалования в Верховный Суд Республики Казахстан (ч. 1 ст. 592 УПК РК) выдача не производится вплоть до вступления в законную силу постановления судьи Верховного Суда (ч. 4 ст. 591 УПК РК), однако это постановление вступает в законную силу с момента его оглашения (ч. 8 ст. 592 УПК РК), и если жалоба будет оставлена без удовлетворения, выдача может последовать немедленно. Автор просит Комитет принять меры уже сейчас по следующим причинам:',
      ],
      [
        'appealPending',
        'ru',
        'Жалоба на постановление о выдаче подана в Верховный Суд Республики Казахстан и ещё не рассмотрена. Выдача не производится вплоть до вступления в законную силу постановления судьи Верховного Суда (ч. 4 ст. 591 УПК РК), однако это постановление вступает в законную силу с момента его оглашения (ч. 8 ст. 592 УПК РК), и если жалоба будет оставлена без удовлетворения, выдача может последовать немедленно. Автор просит Комитет принять меры уже сейчас по следующим причинам:',
      ],
    ] as const;
    for (const [stage, lang, words] of cases) {
      const { pdf, docx, preflight } = await renderBoth(ID, at(stage, 'extradition', lang), {
        lang,
      });
      for (const text of [pdf, docx]) {
        expectInOrder(text, [
          lang === 'en' ? 'IV. Exhaustion of domestic remedies' : 'IV. Исчерпание',
          words,
          lang === 'en' ? REASONS_EN : REASONS_RU,
          lang === 'en' ? 'V. Other international procedures' : 'V. Другие международные процедуры',
        ]);
        expect(text).not.toContain(lang === 'en' ? NO_REMEDY_EN : NO_REMEDY_RU);
      }
      // The УПК cites are verified: nothing new to flag.
      expect(unverifiedCites(preflight)).toEqual(CAT_UNVERIFIED);
    }
  });

  it('§IV, expulsion challenged or no decision yet: what is open is said, the rest is the author’s submission', async () => {
    const expulsion = await renderBoth(ID, at('appealPending', 'expulsion', 'en'), { lang: 'en' });
    const expulsionRu = await renderBoth(ID, at('appealPending', 'expulsion', 'ru'), {
      lang: 'ru',
    });
    const none = await renderBoth(ID, at('checkUnderway', 'extradition', 'en'), { lang: 'en' });
    const noneRu = await renderBoth(ID, at('checkUnderway', 'extradition', 'ru'), { lang: 'ru' });
    // The ruling's force on pronouncement is the law's (пп. 4) ст. 883 КоАП); that the complaint
    // cannot be relied on is the author's submission.
    says(
      expulsion,
      'A complaint against the expulsion ruling is pending. The ruling entered into force when it was pronounced (Article 883(4) of the Code of Administrative Offences of the Republic of Kazakhstan) and is executed by controlled departure from the country (Article 916(1) of the Code of Administrative Offences of the Republic of Kazakhstan). The author submits that the complaint cannot be relied on to prevent the removal, for the following reasons: ' +
        REASONS_EN,
    );
    says(
      expulsionRu,
      'Постановление о выдворении обжаловано, жалоба ещё не рассмотрена. Постановление вступило в законную силу после его оглашения (пп. 4) ст. 883 КоАП РК) и исполняется путём контролируемого самостоятельного выезда (ч. 1 ст. 916 КоАП РК). Автор полагает, что жалоба не может надёжно предотвратить выдворение, по следующим причинам: ' +
        REASONS_RU,
    );
    says(
      none,
      'No decision on the extradition of BELOV Kirill has been taken yet, so there is as yet no decision to challenge. The author asks the Committee to act now for the following reasons: ' +
        REASONS_EN,
    );
    says(
      noneRu,
      'Решение о выдаче Белова Кирилла Андреевича ещё не принято, и обжаловать пока нечего. Автор просит Комитет принять меры уже сейчас по следующим причинам: ' +
        REASONS_RU,
    );
    for (const text of [expulsion.pdf, expulsion.docx, none.pdf, none.docx])
      expect(text).not.toContain(NO_REMEDY_EN);
    for (const text of [expulsionRu.pdf, expulsionRu.docx, noneRu.pdf, noneRu.docx])
      expect(text).not.toContain(NO_REMEDY_RU);
  });

  it('§IV, deportation: a complaint suspends the act by law, with the exceptions that make it no assurance', async () => {
    const pending = await renderBoth(ID, at('appealPending', 'deportation', 'en'), { lang: 'en' });
    const taken = await renderBoth(ID, at('decisionTaken', 'deportation', 'ru'), { lang: 'ru' });
    says(
      pending,
      'A complaint against the deportation decision is pending. A complaint suspends the execution of an administrative act, but not where the authority invokes the need to protect the rights of others or public or State interests, or where another law so provides (Article 96(1) of the Administrative Procedural and Process Code of the Republic of Kazakhstan); the suspension is therefore no assurance that the removal will not take place before the complaint is decided. The author asks the Committee to act now for the following reasons: ' +
        REASONS_EN,
    );
    says(
      taken,
      'Решение о депортации ещё не обжаловано. Подача жалобы приостанавливает исполнение административного акта, однако не в случае необходимости защиты прав граждан и юридических лиц, общественных или государственных интересов и не в иных случаях, предусмотренных законами (ч. 1 ст. 96 АППК РК); поэтому приостановление не гарантирует, что депортация не состоится до рассмотрения жалобы. Автор просит Комитет принять меры уже сейчас по следующим причинам: ' +
        REASONS_RU,
    );
    // The flat «cannot be relied on» the law contradicts is gone.
    for (const text of [pending.pdf, pending.docx])
      expect(text).not.toContain('cannot be relied on');
  });

  it('while a remedy is open the reasons to act now are required; once none remains they are not asked', () => {
    const { engine } = getServices();
    for (const stage of ['checkUnderway', 'decisionTaken', 'appealPending']) {
      const issues = engine.validate(
        ID,
        { ...sample(ID, 'simple'), removalStage: stage },
        'en',
        GOLDEN_TODAY,
      );
      expect(issues).toContainEqual(
        expect.objectContaining({ path: 'earlyRequestReasons', code: 'required' }),
      );
    }
    for (const stage of ['final', 'removalScheduled', 'informalHandover']) {
      const issues = engine.validate(
        ID,
        { ...sample(ID, 'simple'), removalStage: stage },
        'en',
        GOLDEN_TODAY,
      );
      expect(issues.map((i) => i.path)).not.toContain('earlyRequestReasons');
    }
  });

  it('§VII, a decision taken: an extradition per ст. 591 ч. 4, an expulsion keeps «unless suspended»', async () => {
    const ru = await renderBoth(
      ID,
      {
        ...at('decisionTaken', 'extradition', 'ru'),
        removalDecision: 'постановление от 20.10.2026',
      },
      { lang: 'ru' },
    );
    for (const text of [ru.pdf, ru.docx]) {
      expect(text).toContain(
        'Решение о выдаче Белова Кирилла Андреевича принято (постановление от 20.10.2026). Согласно ч. 4 ст. 591 УПК РК постановление о выдаче обращается к исполнению по истечении срока его обжалования, а в случае обжалования выдача не производится вплоть до вступления в законную силу постановления судьи Верховного Суда Республики Казахстан. Постановление судьи Верховного Суда вступает в законную силу с момента его оглашения (ч. 8 ст. 592 УПК РК), и выдача может последовать немедленно.',
      );
      expect(text).not.toContain('до того, как будут рассмотрены средства защиты');
    }
    const expulsion = await renderBoth(ID, at('decisionTaken', 'expulsion', 'en'), { lang: 'en' });
    const expulsionRu = await renderBoth(ID, at('decisionTaken', 'expulsion', 'ru'), {
      lang: 'ru',
    });
    for (const text of [expulsion.pdf, expulsion.docx]) {
      expect(text).toContain(
        'A decision to expel BELOV Kirill has been taken (decision of the Deputy Prosecutor General of Kazakhstan of 20 October 2026). Unless its execution is suspended, he may be removed before any remedy against it has been decided.',
      );
      expect(text).not.toContain('Article 591(4)');
    }
    for (const text of [expulsionRu.pdf, expulsionRu.docx])
      expect(text).toContain(
        'Если его исполнение не будет приостановлено, он может быть удалён из страны до того, как будут рассмотрены средства защиты против этого решения.',
      );
  });

  it('§VI: arts. 9 and 13 are what Kazakhstan has done, never what the removal «would» violate', async () => {
    const en = await renderBoth(ID, sample(ID, 'complex'), { lang: 'en' });
    for (const text of [en.pdf, en.docx]) {
      const wouldViolate = text.slice(
        text.indexOf('would violate the following rights'),
        text.indexOf('The author further claims that Kazakhstan has violated'),
      );
      expect(wouldViolate).toContain('Article 6 of the International Covenant');
      expect(wouldViolate).toContain('Article 19 of the International Covenant');
      expect(wouldViolate).not.toContain('Article 9 of');
      expect(wouldViolate).not.toContain('Article 13 of');
      expectInOrder(text, [
        // The list's dash is the PDF's only: the DOCX numbering carries it.
        'The author further claims that Kazakhstan has violated the following rights of GROMOVA Vera under the Covenant:',
        'Article 9 of the International Covenant on Civil and Political Rights — the right to liberty and security of person: she is held in the special detention centre',
        'is still pending;',
        'Article 13 of the International Covenant on Civil and Political Rights — the procedural safeguards against the expulsion of aliens: the courts that ordered',
        'VIII. Remedies sought',
        'would constitute a violation by Kazakhstan of the articles of the Covenant invoked in section VI against the expulsion;',
        'to find that Kazakhstan has violated Article 9 of the International Covenant on Civil and Political Rights and Article 13 of the International Covenant on Civil and Political Rights;',
      ]);
    }
    const ru = await renderBoth(ID, sample(ID, 'complex.ru'), { lang: 'ru' });
    for (const text of [ru.pdf, ru.docx]) {
      const wouldViolate = text.slice(
        text.indexOf('Казахстан нарушит следующие права'),
        text.indexOf('Автор утверждает также, что Казахстан нарушил'),
      );
      expect(wouldViolate).toContain('ст. 6 Международного пакта');
      expect(wouldViolate).not.toContain('ст. 9 Международного пакта');
      expect(wouldViolate).not.toContain('ст. 13 Международного пакта');
      expectInOrder(text, [
        'Автор утверждает также, что Казахстан нарушил следующие права Громовой Веры Павловны, гарантированные Пактом:',
        'ст. 9 Международного пакта о гражданских и политических правах — право на свободу и личную неприкосновенность',
        'ст. 13 Международного пакта о гражданских и политических правах — процессуальные гарантии при высылке иностранцев',
        'VIII. Испрашиваемые меры',
        'явилось бы нарушением Казахстаном статей Пакта, названных в разделе VI применительно к выдворению;',
        'признать, что Казахстан нарушил ст. 9 Международного пакта о гражданских и политических правах и ст. 13 Международного пакта о гражданских и политических правах;',
      ]);
    }
  });

  it('§VI–VIII with art. 9 alone: no «would violate», no «would constitute»', async () => {
    const answers = { ...sample(ID, 'complex'), iccprArticles: ['9'] };
    const en = await renderBoth(ID, answers, { lang: 'en' });
    for (const text of [en.pdf, en.docx]) {
      expectInOrder(text, [
        'VI. Violations alleged The author claims that Kazakhstan has violated the following rights of GROMOVA Vera under the Covenant:',
        'Article 9 of the International Covenant on Civil and Political Rights — the right to liberty',
        'to find that Kazakhstan has violated Article 9 of the International Covenant on Civil and Political Rights;',
        // No article against the removal is invoked: no ban on it is asked, only a remedy.
        'to find that Kazakhstan is under an obligation to provide her with an effective remedy',
      ]);
      expect(text).not.toContain('obligation to refrain from removing');
      expect(text).not.toContain('would violate');
      expect(text).not.toContain('would constitute');
    }
    const ru = await renderBoth(
      ID,
      { ...sample(ID, 'complex.ru'), iccprArticles: ['9'] },
      {
        lang: 'ru',
      },
    );
    for (const text of [ru.pdf, ru.docx]) {
      expect(text).toContain(
        'Автор утверждает, что Казахстан нарушил следующие права Громовой Веры Павловны, гарантированные Пактом:',
      );
      expect(text).not.toContain('Казахстан нарушит');
      expect(text).not.toContain('явилось бы нарушением');
      expect(text).toContain('признать, что Казахстан обязан предоставить ей эффективное средство');
    }
  });
});

describe(`${ID}: art. 19 speaks of a prosecution only for an extradition`, () => {
  it('an expulsion: persecution on return; an extradition: the prosecution it serves', async () => {
    const expulsion = await renderBoth(ID, sample(ID, 'complex'), { lang: 'en' });
    for (const text of [expulsion.pdf, expulsion.docx]) {
      expect(text).toContain('freedom of expression: on return');
      expect(text).not.toContain('the prosecution that the removal would serve');
    }
    const extradition = await renderBoth(
      ID,
      { ...sample(ID, 'complex'), removalType: 'extradition' },
      { lang: 'en' },
    );
    expect(extradition.pdf).toContain(
      'freedom of expression: the prosecution that the extradition would serve punishes',
    );
  });
});
