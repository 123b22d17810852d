/** Saved-at stamps read as a Kazakh lawyer writes them, in Almaty time, in every UI language. */
import { describe, expect, it } from 'vitest';
import { formatStamp } from '../../renderer/src/components.tsx';

describe('formatStamp', () => {
  it.each([
    ['2026-11-26T18:00:00.000Z', '26.11.2026, 23:00'], // UTC+5
    ['2026-12-31T19:30:00.000Z', '01.01.2027, 00:30'], // past midnight in Almaty: the next day
    ['2026-03-01T03:05:00.000Z', '01.03.2026, 08:05'],
  ])('%s → %s', (iso, expected) => {
    expect(formatStamp(iso)).toBe(expected);
  });
});
