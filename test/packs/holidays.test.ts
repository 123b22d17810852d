/**
 * Next year's days off reach a lawyer offline in a signed template pack (holidays.json): once
 * installed, the app counts with them — a transfer decreed for 2027 moves a deadline, a year the
 * app did not know stops being «unknown» — and a malformed table refuses the pack, naming the file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installPack } from '../../main/packs/store.ts';
import { getServices } from '../../main/services.ts';
import { holidayYearStatus, isNonWorkingDay, setHolidayYears } from '../../common/holidays.ts';
import { computeDeadlineWithReadings } from '../../common/deadlines.ts';
import { PackError } from '../../main/packs/pack.ts';
import { TemplateLoadError } from '../../main/templates.ts';
import { TEST_KEY, baseTemplates, pack, packOptions, tempDir } from './helpers.ts';

afterAll(() => setHolidayYears([]));

const base = baseTemplates();

function withHolidays(years: unknown): string {
  const dir = join(tempDir('holiday-pack'), 'templates');
  cpSync(base, dir, { recursive: true });
  writeFileSync(join(dir, 'holidays.json'), JSON.stringify({ years }, null, 2));
  return dir;
}

const calendar2027 = {
  year: 2027,
  kurbanAit: { date: '2027-05-16', verified: true },
  // A transfer as the Government decrees them: Saturday 9 January worked, Friday 8 January off.
  transfers: [
    { dayOff: '2027-01-08', workday: '2027-01-09', decree: 'test decree', verified: true },
  ],
  transfersKnown: true,
  source: 'test: the 2027 production calendar',
};
const calendar2031 = {
  year: 2031,
  kurbanAit: { date: '2031-03-25', verified: true },
  transfers: [],
  transfersKnown: true,
  source: 'test: the 2031 production calendar',
};

describe('days off from a template pack', () => {
  it('before the pack: 8 January 2027 is a working Friday, 2031 is unknown', () => {
    getServices(base, packOptions(tempDir('no-packs')));
    expect(isNonWorkingDay('2027-01-08')).toBe(false);
    expect(holidayYearStatus(2031).covered).toBe(false);
  });

  it('after it: the transfer moves a deadline and 2031 is known', () => {
    const packsDir = tempDir('packs');
    installPack(pack(withHolidays([calendar2027, calendar2031]), 1), packsDir, [TEST_KEY]);
    getServices(base, packOptions(packsDir));
    expect(isNonWorkingDay('2027-01-08')).toBe(true);
    expect(isNonWorkingDay('2027-01-09')).toBe(false);
    expect(holidayYearStatus(2027)).toEqual({
      covered: true,
      transfersKnown: true,
      unverified: [],
    });
    expect(isNonWorkingDay('2031-03-25')).toBe(true);
    expect(holidayYearStatus(2031).covered).toBe(true);
    // A copy received Tue 29.12.2026: the tenth day, Fri 08.01.2027, is now a day off, so the
    // rolled-over reading (ст. 48 ч. 4) moves to the next working day — Saturday 09.01, worked
    // by the transfer.
    const d = computeDeadlineWithReadings(
      { kind: 'calendarDays', days: 10, rollOver: 'none' },
      [
        {
          reading: 'upkRollOver',
          rule: { kind: 'calendarDays', days: 10, rollOver: 'nextWorkingDay' },
          basis: ['upk-48-4'],
        },
      ],
      '2026-12-29',
      '2026-12-30',
    );
    expect(d.lastDay).toBe('2027-01-08');
    expect(d.alternatives.map((a) => a.lastDay)).toEqual(['2027-01-09']);
    expect(d.warnings).toEqual([]);
  });

  it('refuses to build a pack whose table has a date outside its year, naming holidays.json', () => {
    const broken = { ...calendar2027, kurbanAit: { date: '2028-05-16', verified: true } };
    let error: unknown;
    try {
      installPack(pack(withHolidays([broken]), 1), tempDir('packs-bad'), [TEST_KEY]);
    } catch (err) {
      error = err;
    }
    expect(error).toBeDefined();
    const message = (error as Error).message;
    expect(error instanceof PackError || error instanceof TemplateLoadError).toBe(true);
    expect(message).toContain('holidays.json');
  });
});
