/**
 * A spreadsheet row may give the matter's region (issue 22 item 9): `refuge batch-template` lists
 * the column, the mapping reads it by its name in any UI language, and the row's filing names the
 * region's court and place where the row leaves them out.
 */
import { describe, expect, it } from 'vitest';
import { getServices } from '../../main/services.ts';
import {
  mapColumns,
  mappingFromJson,
  rowToAnswers,
  templateHeaders,
} from '../../main/batch/mapping.ts';
import { batchTemplate } from '../../main/batch/template.ts';
import { GOLDEN_TODAY } from '../helpers/golden.ts';

const { engine } = getServices();
const manifest = engine.template('expulsion-appeal').manifest;

describe('the region column of a batch', () => {
  it('is in the template of a filing that names courts, with what it takes', async () => {
    expect(templateHeaders(manifest)[0]).toBe('region');
    const csv = new TextDecoder().decode((await batchTemplate(manifest, 'ru', 'csv', null)).bytes);
    expect(csv).toContain('Регион дела: aktobe');
    // A filing with no court or place field has no such column.
    const un = engine.template('border-asylum-application').manifest;
    expect(templateHeaders(un)).not.toContain('region');
  });

  it('«Регион» maps to it, and the row’s filing is addressed to Aktobe region', () => {
    const mapping = mapColumns(manifest, ['Регион', 'higherCourt']);
    expect(mapping.unmapped).toEqual([]);
    expect(mappingFromJson(manifest, { Регион: 'region' }, ['Регион']).columns).toEqual({
      Регион: { kind: 'field', key: 'region' },
    });
    const answers = rowToAnswers(manifest, mapping, {
      Регион: 'Актюбинская область',
      higherCourt: '',
    });
    expect(answers.region).toBe('Актюбинская область');
    const built = engine.build({
      templateId: 'expulsion-appeal',
      answers,
      lang: 'ru',
      today: GOLDEN_TODAY,
      allowIncomplete: true,
    });
    expect(built.answers.signingPlace).toBe('г. Актобе');
    expect(built.markup).toContain('через специализированный административный суд г. Актобе');
    // An empty cell is no answer: the region fills it too.
    expect(built.answers.higherCourt).toBe('Актюбинский областной суд');
  });
});
