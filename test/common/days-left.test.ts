import { describe, expect, it } from 'vitest';
import { daysLeftText, urgencyOf } from '../../common/days-left.ts';

describe('days left in words', () => {
  it('Russian plural forms', () => {
    expect(daysLeftText(2, 'ru')).toBe('осталось 2 дня');
    expect(daysLeftText(5, 'ru')).toBe('осталось 5 дней');
    expect(daysLeftText(21, 'ru')).toBe('остался 21 день');
    expect(daysLeftText(22, 'ru')).toBe('осталось 22 дня');
    expect(daysLeftText(11, 'ru')).toBe('осталось 11 дней');
    expect(daysLeftText(-1, 'ru')).toBe('срок истёк 1 день назад');
  });
  it('Kazakh and English', () => {
    expect(daysLeftText(5, 'kk')).toBe('5 күн қалды');
    expect(daysLeftText(2, 'en')).toBe('2 days left');
    expect(daysLeftText(-1, 'en')).toBe('passed 1 day ago');
  });
  it('today and tomorrow are said as such', () => {
    expect(daysLeftText(0, 'ru')).toBe('последний день — сегодня');
    expect(daysLeftText(1, 'kk')).toBe('соңғы күн — ертең');
    expect(daysLeftText(1, 'en')).toBe('last day tomorrow');
    expect([urgencyOf(0), urgencyOf(1), urgencyOf(2), urgencyOf(-1)]).toEqual([
      'today',
      'tomorrow',
      'later',
      'passed',
    ]);
  });
});
