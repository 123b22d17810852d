/**
 * Issue 17, items 1–4: what the filings say about their own timeliness, on named dates. The dates
 * below are worked out by hand (calendar of 2026: Sat 07.02, Mon 09.02, Wed 11.02; no holiday in
 * between), never by the function under test.
 */
import { describe, expect, it } from 'vitest';
import { expectInOrder, renderBoth, sample } from '../helpers/golden.ts';
import { getServices } from '../../main/services.ts';

const NB = ' '; // flat() turns NBSPs into plain spaces

/** An expulsion ruling served on Wednesday 28.01.2026, the appeal signed (and filed) on `signed`. */
function expulsion(signed: string, extra: Record<string, unknown> = {}) {
  return renderBoth(
    'expulsion-appeal',
    {
      ...sample('expulsion-appeal', 'simple'),
      expulsionRulingDate: '2026-01-28',
      rulingServedDate: '2026-01-28',
      refugeeApplicationDate: '2026-01-10',
      signingDate: signed,
      ...extra,
    },
    { today: signed },
  );
}

describe('expulsion appeal: 10 суток under КоАП ст. 739 (served Wed 28.01.2026)', () => {
  it('in time on 29.01: the deadline is Saturday 07.02, written inclusive with the weekday', async () => {
    const { pdf, docx, preflight } = await expulsion('2026-01-29');
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        `При исчислении календарными сутками срок длится по${NB}07.02.2026${NB}(суббота) включительно.`,
        'Жалоба подаётся в пределах этого срока.',
        'О приостановлении исполнения постановления (срочно)',
        'подача в установленный срок жалобы приостанавливает исполнение',
      ]);
      expect(text).not.toContain('О сроке подачи жалобы');
      expect(text).not.toMatch(/ до 0?7/);
    }
    const d = preflight.deadlines.find((x) => x.id === 'appeal');
    expect(d).toMatchObject({ lastDay: '2026-02-07', missed: false, arguable: false });
    expect(d?.alternatives.map((a) => [a.reading, a.lastDay])).toEqual([
      ['koapCarryOver', '2026-02-09'],
      ['koapWorkingDays', '2026-02-11'],
    ]);
  });

  it('filed Mon 09.02: argued in time under ч. 3 and ч. 5, never simply late; suspension kept', async () => {
    const { pdf, docx } = await expulsion('2026-02-09', {
      restorationReasons: 'Копия постановления не была переведена.',
    });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        `срок длится по${NB}07.02.2026${NB}(суббота) включительно.`,
        'Жалоба подаётся в срок.',
        'ч. 3 ст. 739 КоАП РК',
        '«за исключением случаев, когда срок исчисляется сутками»',
        'десятые сутки срока истекают 11 февраля 2026 года',
        // ч. 5 is written for months and years (VERIFIED 10a): argued, never stated as the rule.
        'должен переноситься на первый следующий за ним рабочий день — 9 февраля 2026 года: ч. 5 ст. 739 КоАП РК прямо предусматривает такой перенос для сроков, исчисляемых месяцами или годами',
        'Если же суд сочтёт срок пропущенным, то согласно ч. 2 ст. 832 КоАП РК пропуск срока на подачу жалобы не является основанием к отказу в её принятии к рассмотрению.',
        'О приостановлении исполнения постановления (срочно)',
        'подача в установленный срок жалобы приостанавливает исполнение',
        'На случай, если суд сочтёт срок пропущенным',
        'Копия постановления не была переведена.',
      ]);
      expect(text).not.toContain('истёк');
      expect(text).not.toContain('несмотря на пропуск срока');
      expect(text).not.toContain('Жалоба подаётся в пределах этого срока');
    }
  });

  it('filed Wed 11.02: only the ч. 3 reading still runs; the carry-over day is not claimed', async () => {
    const { pdf } = await expulsion('2026-02-11', { restorationReasons: 'Болезнь.' });
    expectInOrder(pdf, [
      'Жалоба подаётся в срок.',
      'десятые сутки срока истекают 11 февраля 2026 года.',
    ]);
    expect(pdf).not.toContain('9 февраля 2026 года');
    expect(pdf).not.toContain('истёк');
  });

  it('filed Thu 12.02: late under every reading — the term «истёк 7 февраля», reasons, ч. 2 ст. 832', async () => {
    const { pdf, docx } = await expulsion('2026-02-12', { restorationReasons: 'Болезнь.' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'О сроке подачи жалобы',
        'истёк 7 февраля 2026 года',
        'Болезнь.',
        'принять жалобу к рассмотрению, несмотря на пропуск срока (ч. 2 ст. 832 КоАП РК)',
      ]);
      expect(text).not.toContain('Жалоба подаётся в срок.');
    }
  });
});

describe('Supreme Court complaint (УПК ст. 592): the last day is printed; roll-over only when relied on', () => {
  const answers = (copy: string, signed: string) => ({
    ...sample('supreme-court-complaint', 'simple'),
    detentionDate: '2026-01-10',
    decisionDate: '2026-01-26',
    copyReceivedDate: copy,
    signingDate: signed,
    restorationReasons: 'Копия вручена без перевода.',
  });

  it('filed on day 1: the last day with its weekday, no roll-over invoked, detainee may file via administration', async () => {
    // 28.01.2026 + 10 суток = Saturday 07.02.2026.
    const { pdf, docx, preflight } = await renderBoth(
      'supreme-court-complaint',
      answers('2026-01-28', '2026-01-29'),
      { today: '2026-01-29' },
    );
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        `Срок обжалования — десять суток с момента получения копии постановления (ч. 1 ст. 592 УПК РК), то есть по${NB}07.02.2026${NB}(суббота) включительно.`,
        'Жалоба подаётся в пределах этого срока.',
        'через администрацию места содержания под стражей',
        'ч. 1 ст. 49 УПК РК',
      ]);
      expect(text).not.toContain('ч. 4 ст. 48');
      expect(text).not.toContain('восстанов');
    }
    expect(preflight.deadlines[0]).toMatchObject({
      lastDay: '2026-02-07',
      reading: 'custodyNoRollOver',
      missed: false,
    });
    expect(preflight.deadlines[0]?.alternatives).toEqual([
      { reading: 'upkRollOver', lastDay: '2026-02-09', basis: ['upk-48-4'] },
    ]);
  });

  it('filed Mon 09.02: argues the roll-over (ч. 4 ст. 48) and asks for restoration only in the alternative', async () => {
    const { pdf, docx } = await renderBoth(
      'supreme-court-complaint',
      answers('2026-01-28', '2026-02-09'),
      { today: '2026-02-09' },
    );
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        `по${NB}07.02.2026${NB}(суббота) включительно.`,
        'в силу ч. 4 ст. 48 УПК РК днём окончания срока считается следующий за ним рабочий день',
        `срок длится по${NB}09.02.2026${NB}(понедельник) включительно, и жалоба подаётся в срок.`,
        'Если суд сочтёт, что десятисуточный срок обжалования',
        'истёк 7 февраля 2026 года, прошу восстановить его',
        'признать жалобу поданной в срок, а если суд сочтёт срок пропущенным, — восстановить его;',
      ]);
      expect(text).not.toContain('Жалоба подаётся в пределах этого срока.');
    }
  });

  it('filed Tue 10.02: late — restoration asked outright', async () => {
    const { pdf } = await renderBoth(
      'supreme-court-complaint',
      answers('2026-01-28', '2026-02-10'),
      { today: '2026-02-10' },
    );
    expectInOrder(pdf, [
      'Десятисуточный срок обжалования, установленный ч. 1 ст. 592 УПК РК, истёк 7 февраля 2026 года.',
      'восстановить пропущенный срок обжалования постановления о выдаче;',
    ]);
    expect(pdf).not.toContain('подаётся в срок');
  });

  it('in Kazakh: the last day inclusive with the weekday', async () => {
    const { pdf } = await renderBoth(
      'supreme-court-complaint',
      answers('2026-01-28', '2026-01-29'),
      { today: '2026-01-29', lang: 'kk' },
    );
    expectInOrder(pdf, [
      `яғни 07.02.2026${NB}(сенбі) қоса алғанға дейін.`,
      'Шағым осы мерзім ішінде беріліп отыр.',
    ]);
  });
});

describe('extradition arrest complaint (УПК ст. 107): custody terms are not rolled over as THE deadline', () => {
  it('pronounced Thu 05.02.2026: the deadline is Sunday 08.02, Monday 09.02 only as the argued reading', async () => {
    const base = {
      ...sample('extradition-arrest-complaint', 'simple'),
      detentionDate: '2026-02-03',
      rulingDate: '2026-02-05',
      pronouncementDate: '2026-02-05',
    };
    const inTime = await renderBoth(
      'extradition-arrest-complaint',
      { ...base, signingDate: '2026-02-06' },
      { today: '2026-02-06' },
    );
    expect(inTime.preflight.deadlines[0]).toMatchObject({ lastDay: '2026-02-08', missed: false });
    for (const text of [inTime.pdf, inTime.docx]) {
      expectInOrder(text, [
        `Срок обжалования — по${NB}08.02.2026${NB}(воскресенье) включительно.`,
        'Жалоба подаётся в пределах этого срока.',
        'вправе подать жалобу через администрацию места содержания под стражей',
      ]);
      expect(text).not.toContain('09.02.2026');
    }
    const monday = await renderBoth(
      'extradition-arrest-complaint',
      { ...base, signingDate: '2026-02-09', restorationReasons: 'Выходные дни.' },
      { today: '2026-02-09' },
    );
    for (const text of [monday.pdf, monday.docx]) {
      expectInOrder(text, [
        `Срок обжалования — по${NB}08.02.2026${NB}(воскресенье) включительно.`,
        `срок длится по${NB}09.02.2026${NB}(понедельник) включительно, и жалоба подаётся в срок.`,
        'Если суд сочтёт, что трёхсуточный срок обжалования',
        'признать жалобу поданной в срок, а если суд сочтёт срок пропущенным, — восстановить его;',
      ]);
    }
  });
});

describe("the authorities' days are never a filing's own term", () => {
  // Закон «О беженцах» ст. 10 п. 4: what the authorities must do once a detained person applies.
  // Their days passing is their failure: the pre-flight words it as another step's term, and a
  // filing marked as handed in is never judged against it.
  it('every deadline labelled as the authorities’ duty is related, in every filing', () => {
    const duties = getServices().engine.templates.flatMap((t) =>
      t.manifest.deadlines
        .filter((d) => d.label.ru.startsWith('Обязанность органов'))
        .map((d) => `${t.manifest.id}/${d.id}: ${d.role ?? 'filing'}`),
    );
    expect(duties.length).toBeGreaterThanOrEqual(10);
    expect(duties.filter((d) => !d.endsWith(': related'))).toEqual([]);
  });
});
