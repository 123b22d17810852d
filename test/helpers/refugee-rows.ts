/** Spreadsheet rows of a minimal valid refugee application, for the batch tests. */
import ExcelJS from 'exceljs';

/** One valid row by column; tests vary a cell or two. */
export const base = {
  'applicant.lastName': 'Кузнецов',
  'applicant.firstName': 'Артём',
  'applicant.sex': 'м',
  birthDate: '30.08.1999',
  birthPlace: 'г. Симферополя',
  addressInKz: 'г. Алматы',
  phone: '+7 705 000 00 00',
  arrivalDate: '22.11.2026',
  borderPoint: 'Жайсан',
  grounds: 'politicalOpinion',
  persecutionNarrative: 'Преследование.',
  fearOnReturn: 'Арест.',
  priorAsylum: 'no',
  signingDate: '25.11.2026',
};
export type Row = typeof base;
export const headers = Object.keys(base) as (keyof Row)[];

/** A minor who came with the applicant: an item of the `children` group, tied to a row by its id. */
export interface ChildRow {
  readonly id: string;
  readonly name: string;
  readonly relation: string;
  readonly birthDate: string;
  readonly birthDocument: string;
}

/**
 * A workbook: the applicants (with an `id` column) on the first sheet and, if given, their minor
 * children on a sheet of their own tied by that id. The sheet and its columns are named as a user
 * would: the beginning of the group's label and the sub-fields' labels.
 */
export async function refugeeWorkbook(
  rows: readonly Partial<Row>[],
  children: readonly ChildRow[] = [],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const main = wb.addWorksheet('Заявители');
  main.addRow(['id', ...headers]);
  rows.forEach((r, i) => main.addRow([`A${i + 1}`, ...headers.map((h) => r[h] ?? base[h])]));
  if (children.length > 0) {
    const sheet = wb.addWorksheet('Несовершеннолетние дети');
    sheet.addRow([
      'id',
      'ФИО',
      'Кем приходится (сын, дочь, подопечный)',
      'Дата рождения',
      'Документ о рождении (вид, №, кем и когда выдан)',
    ]);
    for (const c of children)
      sheet.addRow([c.id, c.name, c.relation, c.birthDate, c.birthDocument]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
