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
  signingDate: '25.11.2026',
};
export type Row = typeof base;
export const headers = Object.keys(base) as (keyof Row)[];

/**
 * A workbook: the applicants (with an `id` column) on the first sheet and, if given, their family
 * members on a sheet of their own tied by that id.
 */
export async function refugeeWorkbook(
  rows: readonly Partial<Row>[],
  family: readonly { id: string; name: string; relation: string; birthDate: string }[] = [],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const main = wb.addWorksheet('Заявители');
  main.addRow(['id', ...headers]);
  rows.forEach((r, i) => main.addRow([`A${i + 1}`, ...headers.map((h) => r[h] ?? base[h])]));
  if (family.length > 0) {
    const sheet = wb.addWorksheet('Члены семьи');
    sheet.addRow(['id', 'ФИО', 'Кем приходится', 'Дата рождения']);
    for (const f of family) sheet.addRow([f.id, f.name, f.relation, f.birthDate]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
