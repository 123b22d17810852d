/**
 * Golden checks on what the reader sees in each filing: addressee, title, the law cited, the
 * deadline, the requests, the attachments, the signature — in the PDF text and in the DOCX.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { getServices } from '../../main/services.ts';
import { citesOfFiling } from '../../main/cites.ts';
import { AnswersInvalid } from '../../main/engine/render.ts';
import {
  expectInOrder,
  GOLDEN_TODAY,
  renderBoth,
  sample,
  unverifiedCites,
} from '../helpers/golden.ts';

const { loaded } = getServices();
const both = (id: string, answers: Record<string, unknown>, today = GOLDEN_TODAY) =>
  renderBoth(id, answers, { today });

describe('supreme-court-complaint', () => {
  it('complex sample: a defender for a detained person, restoration of the missed term, the right requests', async () => {
    const { pdf, docx, preflight } = await both(
      'supreme-court-complaint',
      sample('supreme-court-complaint', 'complex'),
    );
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Верховный Суд Республики Казахстан',
        'от защитника — адвоката Ахметова Ерлана Болатовича',
        'в интересах Волкова Андрея Павловича',
        'ЖАЛОБА',
        'на постановление заместителя Генерального Прокурора Республики Казахстан о выдаче (экстрадиции) от 6 ноября 2026 года',
        '(в порядке ч. 1 ст. 592 УПК РК)',
        // The defender files it: the facility's administration is the detained person's own way.
        'В настоящее время он содержится под стражей.',
        'ч. 4 ст. 591 УПК РК',
        'Ходатайство о восстановлении пропущенного срока',
        'истёк 20 ноября 2026 года',
        'ч. 2 ст. 50 УПК РК',
        'ПРОШУ:',
        'восстановить пропущенный срок',
        'незаконным и необоснованным и отменить его',
        'Приложение:',
        'Копия постановления о выдаче от 06.11.2026',
        'на 12 л.',
        '25 ноября 2026 года',
        'г. Алматы',
        'Защитник, адвокат',
        'Е. Б. Ахметов',
      ]);
      expect(text).toContain('(прил. 1)');
      expect(text).toContain('п. 9) ч. 1 ст. 590 УПК РК');
    }
    expect(preflight.deadlines.find((d) => d.id === 'complaint')).toMatchObject({
      lastDay: '2026-11-20',
      missed: true,
    });
    // The shared blocks bring their treaty cites, each flagged for the lawyer.
    expect(unverifiedCites(preflight)).toEqual(['cat-gc-4', 'refugees-law-1-1']);
  });

  it('simple sample in time: no restoration section, the deadline stated as kept', async () => {
    const { pdf } = await both(
      'supreme-court-complaint',
      sample('supreme-court-complaint', 'simple'),
    );
    expect(pdf).toContain('Жалоба подаётся в пределах этого срока.');
    expect(pdf).not.toContain('восстановлении');
    expect(pdf).toContain('от защитника — адвоката Сейткали Айжан Маратовны');
  });

  it('a copy received on 6 December 2026: the deadline is Independence Day itself, 17 Dec beside it', async () => {
    // 6 Dec + 10 = Wednesday 16 Dec 2026, Independence Day. A custody matter is not rolled over as
    // THE deadline (УПК ст. 48 ч. 4); Thursday 17 Dec is the later reading.
    const answers = {
      ...sample('supreme-court-complaint', 'simple'),
      decisionDate: '2026-12-04',
      copyReceivedDate: '2026-12-06',
      signingDate: '2026-12-08',
    };
    const { pdf, preflight } = await both('supreme-court-complaint', answers, '2026-12-08');
    expect(preflight.deadlines[0]).toMatchObject({
      lastDay: '2026-12-16',
      alternatives: [{ reading: 'upkRollOver', lastDay: '2026-12-17', basis: ['upk-48-4'] }],
      missed: false,
    });
    expect(pdf).toContain('по 16.12.2026 (среда) включительно');
    expect(pdf).not.toContain('ч. 4 ст. 48 УПК РК днём');
  });
});

describe('a term that ran out is never argued without reasons', () => {
  it.each([
    ['supreme-court-complaint', { copyReceivedDate: '2026-10-01' }],
    ['extradition-arrest-complaint', { pronouncementDate: '2026-10-01' }],
  ])(
    '%s: the reasons are asked for as soon as the deadline passed, box ticked or not',
    (id, late) => {
      const { engine } = getServices();
      const answers = { ...sample(id, 'simple'), ...late, deadlineMissed: false };
      delete (answers as Record<string, unknown>).restorationReasons;
      const issues = engine.validate(id, answers, 'ru', GOLDEN_TODAY);
      expect(issues.map((i) => `${i.path}:${i.code}`)).toContain('restorationReasons:required');
      const inTime = engine.validate(id, sample(id, 'simple'), 'ru', GOLDEN_TODAY);
      expect(inTime.map((i) => i.path)).not.toContain('restorationReasons');
    },
  );
});

describe('an English filing names people as their passports do', () => {
  it.each(['un-interim-measures', 'unhcr-intervention', 'un-special-rapporteur-appeal'])(
    '%s refuses to render in English without the Latin spelling, and says where',
    (id) => {
      const { engine } = getServices();
      const base = sample(id, 'simple');
      const person = { ...(base.person as Record<string, unknown>), latinName: '' };
      const build = (lang: 'en' | 'ru') =>
        engine.build({
          templateId: id,
          answers: { ...base, person },
          lang,
          messagesLang: 'ru',
          today: GOLDEN_TODAY,
        });
      let error: unknown;
      try {
        build('en');
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(AnswersInvalid);
      expect((error as AnswersInvalid).issues).toContainEqual(
        expect.objectContaining({
          path: 'person.latinName',
          message: 'Документ на английском: укажите имя латиницей, как в паспорте',
        }),
      );
      // The Russian version prints the Cyrillic name and does not need it.
      expect(() => build('ru')).not.toThrow();
    },
  );
});

describe('extradition-objection', () => {
  it('complex sample: grounds of ст. 590, release, notification', async () => {
    const { pdf, docx } = await both(
      'extradition-objection',
      sample('extradition-objection', 'complex'),
    );
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Генеральному Прокурору Республики Казахстан',
        'в интересах Беловой Натальи Викторовны',
        'содержащейся под стражей (корреспонденция — через администрацию учреждения ЛА-155/18',
        'ХОДАТАЙСТВО',
        'об отказе в выдаче (экстрадиции) Беловой Натальи Викторовны и об освобождении из-под стражи',
        'применён экстрадиционный арест (ч. 7 ст. 589 УПК РК)',
        'п. 7) ч. 1 ст. 590 УПК РК',
        'п. 2) ч. 1 ст. 590 УПК РК',
        'ПРОШУ:',
        // Extradition is asked by the Prosecutor General's Office; it is refused to the state.
        'отказать в удовлетворении запроса Генеральной прокуратуры Российской Федерации о выдаче (экстрадиции) Беловой Натальи Викторовны;',
        'поскольку выдача не допускается по изложенным основаниям (ч. 1 ст. 590 УПК РК), вынести в порядке ч. 10 ст. 589 УПК РК постановление об освобождении Беловой Натальи Викторовны из-под экстрадиционного ареста',
        // «уведомить кого»: the accusative, not the genitive «Беловой Натальи Викторовны».
        // ч. 2 ст. 591 notifies of any decision; the copy and the right to appeal (ч. 3) come only
        // with a decision to extradite.
        'о принятом решении уведомить защитника и Белову Наталью Викторовну, а в случае принятия решения о выдаче — вручить копию постановления и разъяснить право на его обжалование в Верховный Суд Республики Казахстан (ч. 3 ст. 591 УПК РК)',
        'Г. С. Нуртаева',
      ]);
      expect(text).not.toContain('Беловой Натальи Викторовны Генеральной прокуратуры');
      // A pending application is argued through п. 7/п. 11, never as a ground of its own.
      expect(text).toContain(
        'Основанием отказа в выдаче по п. 4) ч. 1 ст. 590 УПК РК служит предоставленное убежище',
      );
    }
  });

  it('simple sample filed by the person: no defender lines, no custody', async () => {
    const { pdf } = await both('extradition-objection', sample('extradition-objection', 'simple'));
    expect(pdf).toContain('от Зайцева Павла Олеговича');
    expect(pdf).not.toContain('защитника');
    expect(pdf).not.toContain('под стражей');
    expect(pdf).toContain('Заявитель');
  });
});

describe('refugee-application', () => {
  it('complex sample: late filing explained, transit countries, family table, interpreter signs', async () => {
    const { pdf, docx, preflight } = await both(
      'refugee-application',
      sample('refugee-application', 'complex'),
    );
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Управление занятости и социальных программ г. Алматы',
        'от Монгуша Айдыса Борисовича (MONGUSH Aidys)',
        'ХОДАТАЙСТВО',
        'о присвоении статуса беженца',
        '14 сентября 2026 года я прибыл в Республику Казахстан',
        'по истечении пяти календарных дней, установленных п. 1 ст. 10 Закона РК «О беженцах»',
        'не может считаться безопасной третьей страной',
        'Я проходил военную службу по контракту.',
        'отказ участвовать в войне',
        'Монгуш Саяна Айдысовна',
        'ПРОШУ:',
        'выдать мне свидетельство лица, ищущего убежище, занеся в ходатайство и в свидетельство сведения о членах моей семьи, не достигших восемнадцати лет (Монгуш Саяна Айдысовна, Монгуш Эртине Айдысович)',
        'обеспечить участие переводчика (тувинский язык)',
        'Текст ходатайства переведён мне на тувинский язык переводчиком Ооржаком Салчаком Николаевичем',
        'Заявитель',
        'А. Б. Монгуш',
        'Переводчик',
        'С. Н. Ооржак',
      ]);
    }
    expect(preflight.deadlines[0]).toMatchObject({
      id: 'application',
      lastDay: '2026-09-19',
      missed: true,
    });
    expect(
      preflight.notices.some((n) => n.kind === 'unverifiedCite' && n.key === 'unhcr-guidelines-10'),
    ).toBe(true);
  });

  it('simple sample within five days', async () => {
    const { pdf, preflight } = await both(
      'refugee-application',
      sample('refugee-application', 'simple'),
    );
    expect(pdf).toContain('Ходатайство подаётся в течение пяти календарных дней');
    expect(preflight.deadlines[0]).toMatchObject({ lastDay: '2026-11-27', missed: false });
  });
});

describe('template READMEs', () => {
  it.each(loaded.templates.map((t) => [t.manifest.id]))(
    '%s lists every cite it prints (partials and every language included) with its status',
    (id) => {
      const readme = readFileSync(`templates/${id}/README.md`, 'utf8');
      const template = loaded.templates.find((t) => t.manifest.id === id);
      if (!template) throw new Error(id);
      for (const key of citesOfFiling(template, loaded.partials)) {
        const row = readme.split('\n').find((l) => l.startsWith(`| \`${key}\``));
        expect(row, `${key} missing from README`).toBeDefined();
        expect(row).toContain(
          loaded.cites[key as string]?.verified ? 'verified' : '**UNVERIFIED**',
        );
      }
    },
  );
});
