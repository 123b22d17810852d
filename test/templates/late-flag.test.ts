/**
 * "Late" comes from the dates, never from a checkbox (issue 22): the flags templates read
 * (`filedLate`, `deadlineMissed`) are computed on the filing day, whatever was ticked or saved.
 */
import { describe, expect, it } from 'vitest';
import { expectInOrder, renderBoth, sample } from '../helpers/golden.ts';
import { applyLateFlags, prepareAnswers } from '../../common/answers.ts';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getServices } from '../../main/services.ts';
import { lintTemplates } from '../../main/app/lint.ts';
import { tempDir } from '../helpers/temp.ts';

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

  it('a flag judged on another day (asOf): the day a detainee handed the complaint in', () => {
    const { engine } = getServices();
    const manifest = engine.template('deadline-restoration').manifest;
    // Ten суток from 04.11.2026 end Saturday 14.11; ч. 4 ст. 48 moves them to Monday 16.11. The
    // filing is signed on the 25th, late on every reading: only the day of the mark counts.
    const base = { ...sample('deadline-restoration', 'complex'), signingDate: '2026-11-25' };
    const on = (day: string, typed = true): unknown =>
      applyLateFlags(
        manifest,
        { ...base, handedToAdministrationDate: day, handedLate: typed },
        '2026-11-25',
      )['handedLate'];
    expect(on('2026-11-14')).toBe(false);
    expect(on('2026-11-16')).toBe(false); // within the later reading: argued in time
    expect(on('2026-11-17', false)).toBe(true); // a saved «not late» is not believed
    expect(on('')).toBe(false); // no mark, no claim
  });

  it('lint refuses an asOf that names no date field', async () => {
    const dir = join(tempDir('asof'), 'templates');
    cpSync(join(import.meta.dirname, '..', '..', 'templates'), dir, { recursive: true });
    const file = join(dir, 'deadline-restoration', 'manifest.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '"asOf": "handedToAdministrationDate"',
        '"asOf": "handedToAdministration"',
      ),
    );
    expect(await lintTemplates(dir)).toContain(
      `${join(dir, 'deadline-restoration')}/manifest.json: fields.handedLate.asOf must name a top-level date field`,
    );
  });
});
