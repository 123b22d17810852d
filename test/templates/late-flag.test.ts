/**
 * "Late" comes from the dates, never from a checkbox (issue 22): the flags templates read
 * (`filedLate`, `deadlineMissed`) are computed on the filing day, whatever was ticked or saved.
 */
import { describe, expect, it } from 'vitest';
import { expectInOrder, renderBoth, sample } from '../helpers/golden.ts';
import { applyLateFlags, prepareAnswers } from '../../common/answers.ts';
import { getServices } from '../../main/services.ts';

describe('computed late flags', () => {
  it('a refugee application past the five days says so, though nobody ticked anything', async () => {
    const answers = {
      ...sample('refugee-application', 'simple'),
      arrivalDate: '2026-11-10',
      filedLate: false,
      lateReasons: 'Заявитель был болен.',
    };
    const { pdf, docx } = await renderBoth('refugee-application', answers);
    for (const text of [pdf, docx]) {
      expectInOrder(text, ['Ходатайство подаётся по истечении', 'Заявитель был болен.']);
      expect(text).not.toContain('подаётся в течение пяти календарных дней');
    }
  });

  it('a ticked «late» on an application in time is not believed', async () => {
    const answers = { ...sample('refugee-application', 'simple'), filedLate: true };
    const { pdf } = await renderBoth('refugee-application', answers);
    expect(pdf).toContain('Ходатайство подаётся в течение пяти календарных дней');
    expect(pdf).not.toContain('по истечении');
  });

  it('past the safe day but within a later reading is arguable, not late', () => {
    const { engine } = getServices();
    const manifest = engine.template('expulsion-appeal').manifest;
    // Served 06.11.2026 (Friday): ten days end Monday 16.11; the working-day reading runs later.
    const base = { ...sample('expulsion-appeal', 'simple'), rulingServedDate: '2026-11-06' };
    const arguable = applyLateFlags(
      manifest,
      { ...base, deadlineMissed: true, signingDate: '2026-11-17' },
      '2026-11-17',
    );
    expect(arguable['deadlineMissed']).toBe(false);
    const late = prepareAnswers(
      manifest,
      { ...base, deadlineMissed: false, signingDate: '2026-12-20' },
      { lang: 'ru', today: '2026-12-20' },
    );
    expect(late.answers['deadlineMissed']).toBe(true);
    // The reasons are asked for because the dates say late, not because of a tick.
    expect(late.issues.map((i) => i.path)).toContain('restorationReasons');
  });
});
