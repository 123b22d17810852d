import { describe, expect, it } from 'vitest';
import { daysLeftText, passedNotice, stillOpen, urgencyOf } from '../../common/days-left.ts';

const due = (daysLeft: number, arguable = false) => ({ daysLeft, arguable });

describe('days left in words', () => {
  it('Russian plural forms', () => {
    expect(daysLeftText(due(2), 'ru')).toBe('осталось 2 дня');
    expect(daysLeftText(due(5), 'ru')).toBe('осталось 5 дней');
    expect(daysLeftText(due(21), 'ru')).toBe('остался 21 день');
    expect(daysLeftText(due(22), 'ru')).toBe('осталось 22 дня');
    expect(daysLeftText(due(11), 'ru')).toBe('осталось 11 дней');
    expect(daysLeftText(due(-1), 'ru')).toBe('срок истёк 1 день назад');
  });
  it('Kazakh and English', () => {
    expect(daysLeftText(due(5), 'kk')).toBe('5 күн қалды');
    expect(daysLeftText(due(2), 'en')).toBe('2 days left');
    expect(daysLeftText(due(-1), 'en')).toBe('passed 1 day ago');
  });
  it("another step's term, passed, is said as that: never the filing's own lateness", () => {
    const related = { daysLeft: -14, arguable: false, related: true };
    expect(daysLeftText(related, 'ru')).toBe(
      'истёк 14 дней назад (срок другого действия, не этого документа)',
    );
    expect(daysLeftText(related, 'kk')).toBe(
      '14 күн бұрын өтті (бұл құжаттың емес, басқа әрекеттің мерзімі)',
    );
    expect(daysLeftText({ ...related, daysLeft: -1 }, 'en')).toBe(
      "ended 1 day ago (another step's term, not this filing's)",
    );
  });
  it('today and tomorrow are said as such', () => {
    expect(daysLeftText(due(0), 'ru')).toBe('последний день — сегодня');
    expect(daysLeftText(due(1), 'kk')).toBe('соңғы күн — ертең');
    expect(daysLeftText(due(1), 'en')).toBe('last day tomorrow');
    expect([due(0), due(1), due(2), due(-1)].map(urgencyOf)).toEqual([
      'today',
      'tomorrow',
      'later',
      'passed',
    ]);
  });
  it('a safe day passed while a later reading runs is never said as simply passed', () => {
    expect(urgencyOf(due(-3, true))).toBe('arguable');
    expect(daysLeftText(due(-3, true), 'ru')).toBe(
      'по безопасному счёту срок истёк 3 дня назад; по другому прочтению ещё идёт',
    );
    expect(daysLeftText(due(-1, true), 'kk')).toBe(
      'қауіпсіз есеп бойынша мерзім 1 күн бұрын өтті; басқа оқылым бойынша әлі өтпеді',
    );
    expect(daysLeftText(due(-5, true), 'en')).toBe(
      'passed 5 days ago on the safe count; still running on another reading',
    );
    expect([due(-3, true), due(-3), due(0)].map(stillOpen)).toEqual([true, false, true]);
  });
});

describe('the notice for a deadline past its safe day (window and CLI alike)', () => {
  it.each([
    [due(-1), false, 'deadlineMissed'],
    [due(-1, true), false, 'deadlineArguable'],
    [due(-3), true, 'relatedEnded'],
    [due(-3, true), true, 'relatedArguable'],
    [due(0), false, null],
    [due(0, true), true, null],
    [due(4), false, null],
  ] as const)('%o, related %s → %s', (d, related, notice) => {
    expect(passedNotice({ ...d, related })).toBe(notice);
  });
});
