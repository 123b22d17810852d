/**
 * The batch benchmark's spreadsheet must stay a valid one: when the refugee application gained a
 * required question (`priorAsylum`), every generated row failed and `npm run bench` stopped at its
 * scale series. Each row goes through the batch's own column mapping and the engine's validation.
 */
import { describe, expect, it } from 'vitest';
import { generateRows } from '../../bench/batch.ts';
import { mapColumns, rowToAnswers } from '../../main/batch/mapping.ts';
import { getServices } from '../../main/services.ts';

const { engine } = getServices();

describe('the batch benchmark’s generated rows', () => {
  it.each([2026, 3026, 4127])('seed %i: every column maps and every row validates', (seed) => {
    const table = generateRows(40, seed);
    const { manifest } = engine.template('refugee-application');
    const mapping = mapColumns(manifest, table.headers);
    expect(Object.keys(mapping.columns).sort()).toEqual([...table.headers].sort());
    for (const row of table.rows) {
      const answers = rowToAnswers(manifest, mapping, row.cells);
      expect(
        engine.validate('refugee-application', answers, 'ru', '2026-11-25'),
        `row ${row.row}`,
      ).toEqual([]);
    }
  });
});
