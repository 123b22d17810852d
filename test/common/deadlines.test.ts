import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeDeadline, computeDeadlineWithReadings } from '../../common/deadlines.ts';
import { isNonWorkingDay, holidayYearStatus } from '../../common/holidays.ts';
import { oracleNonWorking } from '../helpers/calendar-oracle.ts';
import {
  addDays,
  compareDates,
  todayInAlmaty,
  toIsoDate,
  formatInclusiveLastDay,
  formatLegalDate,
  parseUserDate,
} from '../../common/dates.ts';

const tenDays = { kind: 'calendarDays', days: 10, rollOver: 'nextWorkingDay' } as const;

describe('Kazakhstan non-working days', () => {
  it.each([
    ['2026-01-01', true], // New Year
    ['2026-01-07', true], // Orthodox Christmas (ТК ст. 84)
    ['2026-03-09', true], // 8 March 2026 is a Sunday → Monday off (Law ст. 5)
    ['2026-03-23', true], // Nauryz
    ['2026-03-24', true], // 21 Mar (Sat) shifted
    ['2026-03-25', true], // 22 Mar (Sun) shifted
    ['2026-03-26', false],
    ['2026-05-27', true], // Kurban Ait (official 2026 calendar)
    ['2026-10-26', true], // 25 Oct 2026 is a Sunday → Monday off
    ['2026-12-16', true], // Independence Day: one day since 2022
    ['2026-12-17', false],
    ['2026-11-25', false],
    ['2026-11-28', true], // Saturday
  ])('%s → %s', (d, expected) => {
    expect(isNonWorkingDay(d)).toBe(expected);
  });

  it('keeps the Law’s own holidays in a year the table lacks; only the rest is unknown', () => {
    // 8 March 2028 is a Wednesday: a holiday by the Law whatever the table says of 2028.
    expect(isNonWorkingDay('2028-03-08')).toBe(true);
    // 1 May 2033 is a Sunday: the Monday after is off (ст. 5).
    expect(isNonWorkingDay('2033-05-02')).toBe(true);
    expect(isNonWorkingDay('2028-03-09')).toBe('unknown');
    // Ten days from 27.02.2028 end on 8 March: moved to the 9th; without days off, the 13th.
    expect(
      computeDeadline(
        { kind: 'calendarDays', days: 10, rollOver: 'nextWorkingDay' },
        '2028-02-27',
        '2028-02-27',
      ).lastDay,
    ).toBe('2028-03-09');
    expect(
      computeDeadline({ kind: 'workingDays', days: 10 }, '2028-02-27', '2028-02-27').lastDay,
    ).toBe('2028-03-13');
  });

  it('says when a year is not in the table instead of guessing', () => {
    expect(isNonWorkingDay('2031-03-05')).toBe('unknown');
    expect(isNonWorkingDay('2031-03-08')).toBe(true); // a Saturday is a weekend in any year
    expect(holidayYearStatus(2031)).toMatchObject({ covered: false });
    expect(holidayYearStatus(2027).unverified).toEqual([
      'Kurban Ait 2027-05-16',
      'Government day-off transfers',
    ]);
    expect(holidayYearStatus(2026)).toEqual({
      covered: true,
      transfersKnown: true,
      unverified: [],
    });
  });

  it('agrees, day by day from 2024 to 2027, with the calendar written out by hand', () => {
    // test/helpers/calendar-oracle.ts lists each year's weekday days off from the published
    // calendars (2026: the official one, 15 days); the table computes them from the Law's rules.
    let weekdaysOff2026 = 0;
    for (let d = '2024-01-01'; d <= '2027-12-31'; d = addDays(d, 1)) {
      expect(isNonWorkingDay(d), d).toBe(oracleNonWorking(d));
      const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
      if (d.startsWith('2026') && weekday !== 0 && weekday !== 6 && oracleNonWorking(d))
        weekdaysOff2026 += 1;
    }
    expect(weekdaysOff2026).toBe(15);
  });
});

describe('deadlines (УПК ст. 48)', () => {
  it('starts the day after the trigger and counts calendar days', () => {
    expect(computeDeadline(tenDays, '2026-11-20', '2026-11-25')).toMatchObject({
      lastDay: '2026-11-30',
      daysLeft: 5,
      status: 'ok',
    });
  });

  it('moves a last day on a weekend to the next working day', () => {
    // Received Friday 13 Nov 2026 → day 10 is Monday 23 Nov: no move. Received 11 Nov → Sat 21 Nov → Mon 23 Nov.
    expect(computeDeadline(tenDays, '2026-11-11', '2026-11-12')).toMatchObject({
      lastDay: '2026-11-23',
      rolledFrom: '2026-11-21',
    });
  });

  it('moves a last day on Independence Day (Wed 16 Dec 2026) to Thursday 17 Dec', () => {
    expect(computeDeadline(tenDays, '2026-12-06', '2026-12-07')).toMatchObject({
      lastDay: '2026-12-17',
      rolledFrom: '2026-12-16',
    });
  });

  it('moves a last day in the Nauryz holidays past every shifted day off', () => {
    // 11 Mar + 10 = Sat 21 Mar 2026; 21–25 Mar are days off → Thursday 26 Mar.
    expect(computeDeadline(tenDays, '2026-03-11', '2026-03-12')).toMatchObject({
      lastDay: '2026-03-26',
      rolledFrom: '2026-03-21',
    });
  });

  it('does not move refugee-application days (calendar days, no roll-over)', () => {
    const r = computeDeadline(
      { kind: 'calendarDays', days: 5, rollOver: 'none' },
      '2026-03-16',
      '2026-03-17',
    );
    expect(r).toMatchObject({ lastDay: '2026-03-21', warnings: [] });
  });

  it('reports due today and passed', () => {
    expect(computeDeadline(tenDays, '2026-11-20', '2026-11-30').status).toBe('dueToday');
    expect(computeDeadline(tenDays, '2026-11-10', '2026-11-25')).toMatchObject({
      status: 'passed',
      daysLeft: -5,
    });
  });

  it('counts months to the same date or the month end (АППК)', () => {
    expect(
      computeDeadline({ kind: 'months', months: 1, rollOver: 'none' }, '2026-01-31', '2026-02-01')
        .lastDay,
    ).toBe('2026-02-28');
    expect(
      computeDeadline({ kind: 'months', months: 3, rollOver: 'none' }, '2026-11-25', '2026-11-25')
        .lastDay,
    ).toBe('2027-02-25');
  });

  it('counts working days', () => {
    // From Friday 20 Nov 2026, 3 working days: Mon 23, Tue 24, Wed 25.
    expect(
      computeDeadline({ kind: 'workingDays', days: 3 }, '2026-11-20', '2026-11-20').lastDay,
    ).toBe('2026-11-25');
  });

  it('warns when the holidays of a year are unknown', () => {
    expect(computeDeadline(tenDays, '2030-12-25', '2030-12-26').warnings).toContainEqual({
      code: 'holidaysUnknown',
      year: 2031,
    });
  });

  it('never ends before trigger + days, and ends on a working day when rolling over (property)', () => {
    const date = fc
      .date({
        min: new Date('2024-01-01T00:00:00Z'),
        max: new Date('2027-11-30T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 30 }), (trigger, days) => {
        const r = computeDeadline(
          { kind: 'calendarDays', days, rollOver: 'nextWorkingDay' },
          trigger,
          trigger,
        );
        expect(compareDates(r.lastDay, addDays(trigger, days))).toBeGreaterThanOrEqual(0);
        expect(isNonWorkingDay(r.lastDay)).toBe(false);
        if (r.rolledFrom) expect(isNonWorkingDay(r.rolledFrom)).toBe(true);
      }),
    );
  });
});

describe('dates', () => {
  it('takes today from the Almaty calendar, not the machine zone', () => {
    // 19:30 UTC on 24 Nov is 00:30 on 25 Nov in Kazakhstan (UTC+5 since 2024-03-01), still 24 Nov in Moscow.
    expect(todayInAlmaty(new Date('2026-11-24T19:30:00Z'))).toBe('2026-11-25');
    expect(todayInAlmaty(new Date('2026-11-24T18:59:00Z'))).toBe('2026-11-24');
    // Before the switch Almaty was UTC+6.
    expect(todayInAlmaty(new Date('2023-06-30T18:30:00Z'))).toBe('2023-07-01');
  });

  it('prints legal dates in three languages with no-break spaces', () => {
    expect(formatLegalDate('2026-02-24', 'ru')).toBe('24\u00A0февраля 2026\u00A0года');
    expect(formatLegalDate('2026-02-24', 'kk')).toBe('2026\u00A0жылғы 24\u00A0ақпан');
    expect(formatLegalDate('2026-12-01', 'en')).toBe('1\u00A0December 2026');
  });

  it('parses what people type and rejects impossible dates', () => {
    expect(parseUserDate('24.02.2026')).toBe('2026-02-24');
    expect(parseUserDate('1.3.2026')).toBe('2026-03-01');
    expect(parseUserDate('31.02.2026')).toBeNull();
    expect(parseUserDate('2026-02-30')).toBeNull();
    expect(parseUserDate('yesterday')).toBeNull();
  });
});

describe('doubtful rules: the earliest defensible day is the deadline, later readings beside it', () => {
  const koap10 = { kind: 'calendarDays', days: 10, rollOver: 'none' } as const;
  const koapReadings = [
    {
      reading: 'koapCarryOver',
      rule: { kind: 'calendarDays', days: 10, rollOver: 'nextWorkingDay' },
      basis: ['koap-739-5'],
    },
    { reading: 'koapWorkingDays', rule: { kind: 'workingDays', days: 10 }, basis: ['koap-739-3'] },
  ] as const;

  it('КоАП: served Wed 28.01.2026 + 10 суток → Sat 07.02; carry-over Mon 09.02; ч. 3 Wed 11.02', () => {
    const r = computeDeadlineWithReadings(koap10, koapReadings, '2026-01-28', '2026-01-29');
    expect(r.lastDay).toBe('2026-02-07');
    expect(r.alternatives).toEqual([
      { reading: 'koapCarryOver', lastDay: '2026-02-09', basis: ['koap-739-5'] },
      { reading: 'koapWorkingDays', lastDay: '2026-02-11', basis: ['koap-739-3'] },
    ]);
    expect(r).toMatchObject({ status: 'ok', arguable: false });
  });

  it('an appeal filed 09.02–11.02 is arguable, not simply late; from 12.02 it is late', () => {
    for (const today of ['2026-02-08', '2026-02-09', '2026-02-11'])
      expect(computeDeadlineWithReadings(koap10, koapReadings, '2026-01-28', today)).toMatchObject({
        status: 'passed',
        arguable: true,
      });
    expect(
      computeDeadlineWithReadings(koap10, koapReadings, '2026-01-28', '2026-02-12'),
    ).toMatchObject({ status: 'passed', arguable: false });
    expect(
      computeDeadlineWithReadings(koap10, koapReadings, '2026-01-28', '2026-02-07'),
    ).toMatchObject({ status: 'dueToday', arguable: false });
  });

  it('drops a reading that gives the same day (no non-working day in the term)', () => {
    // Served Mon 02.11.2026 + 10 = Thu 12.11: carry-over changes nothing; 10 working days → Mon 16.11.
    const r = computeDeadlineWithReadings(koap10, koapReadings, '2026-11-02', '2026-11-03');
    expect(r.lastDay).toBe('2026-11-12');
    expect(r.alternatives.map((a) => [a.reading, a.lastDay])).toEqual([
      ['koapWorkingDays', '2026-11-16'],
    ]);
  });

  it('УПК ст. 107 on custody: 3 суток from Thu 05.02.2026 end Sun 08.02; roll-over Mon 09.02 only beside it', () => {
    const r = computeDeadlineWithReadings(
      { kind: 'calendarDays', days: 3, rollOver: 'none' },
      [
        {
          reading: 'upkRollOver',
          rule: { kind: 'calendarDays', days: 3, rollOver: 'nextWorkingDay' },
          basis: ['upk-48-4'],
        },
      ],
      '2026-02-05',
      '2026-02-09',
      'custodyNoRollOver',
    );
    expect(r).toMatchObject({
      lastDay: '2026-02-08',
      reading: 'custodyNoRollOver',
      status: 'passed',
      arguable: true,
    });
    expect(r.alternatives).toEqual([
      { reading: 'upkRollOver', lastDay: '2026-02-09', basis: ['upk-48-4'] },
    ]);
  });

  it('custody terms count the day of detention as the first (УПК ст. 48 ч. 2)', () => {
    // Detained 01.03.2026: the 40th сутки is 09.04.2026; counted from the next day, 10.04.
    expect(
      computeDeadline(
        { kind: 'calendarDays', days: 40, rollOver: 'none', firstDayCounts: true },
        '2026-03-01',
        '2026-03-02',
      ).lastDay,
    ).toBe('2026-04-09');
    // Detained 15.03.2026: 12 months end 14.03.2027 with the first day counted.
    expect(
      computeDeadline(
        { kind: 'months', months: 12, rollOver: 'none', firstDayCounts: true },
        '2026-03-15',
        '2026-03-16',
      ).lastDay,
    ).toBe('2027-03-14');
    // Detained 01.03.2027: the leap day is inside the twelve months, which end 29.02.2028.
    expect(
      computeDeadline(
        { kind: 'months', months: 12, rollOver: 'none', firstDayCounts: true },
        '2027-03-01',
        '2027-03-02',
      ).lastDay,
    ).toBe('2028-02-29');
  });

  it('writes the last day inclusive, with the weekday, never «до»', () => {
    expect(formatInclusiveLastDay('2026-02-09', 'ru')).toBe(
      'по\u00A009.02.2026\u00A0(понедельник) включительно',
    );
    expect(formatInclusiveLastDay('2026-02-07', 'kk')).toBe(
      '07.02.2026\u00A0(сенбі) қоса алғанға дейін',
    );
    expect(formatInclusiveLastDay('2026-02-11', 'en')).toBe(
      'up to and including 11.02.2026\u00A0(Wednesday)',
    );
  });
});
