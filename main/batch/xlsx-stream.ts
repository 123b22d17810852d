/**
 * An XLSX workbook read a row at a time (exceljs's streaming WorkbookReader) once the guard has
 * measured it: a 10 000-row sheet no longer becomes a workbook model of every cell. The main
 * sheet is read twice — first its header and row count with the other sheets (the repeating
 * groups, held whole: a row needs its items before it is rendered), then its rows as the batch
 * takes them.
 *
 * exceljs parks a worksheet in a temporary file when it meets it before the shared strings and
 * the workbook's relations — and Excel writes the sheets first. Client data must not land on
 * disk, so the zip's entries are handed over in an order that needs no parking: relations,
 * workbook, shared strings (an empty table if the workbook has none), styles (dates), the rest.
 * A workbook whose relations exceljs cannot read (a damaged name, an emptied part) would still be
 * parked, and left behind if the read then failed: it is refused (`checkRelations`).
 */
import { Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import type ExcelJS from 'exceljs';
import { cellText, TableError, type Sheet, type TableRow } from './read.ts';
import { checkXlsx, zipEntries } from './xlsx-guard.ts';
import type { StreamedTable } from './stream.ts';

const RELATIONS = 'xl/_rels/workbook.xml.rels';
const FIRST = [RELATIONS, 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];

/**
 * exceljs parks every sheet in a temporary file unless its own parse of the workbook's relations
 * gave a model — so that very parser reads the part first, and a workbook whose relations it
 * cannot read (missing, emptied, a tag cut short, hidden in a comment or a processing
 * instruction) is refused before a sheet is met. The guard has measured the part, so inflating
 * it is bounded.
 */
async function checkRelations(bytes: Buffer): Promise<void> {
  let part: { method: number; size: number; data: Buffer } | undefined;
  for (const entry of zipEntries(bytes).entries) if (entry.name === RELATIONS) part = entry;
  if (!part) throw new TableError('not an XLSX file (no workbook relations)');
  let model: unknown[] | undefined;
  try {
    const raw =
      part.method === 0 ? part.data : inflateRawSync(part.data, { maxOutputLength: part.size + 1 });
    const { default: RelationshipsXform } =
      await import('exceljs/lib/xlsx/xform/core/relationships-xform.js');
    model = await new RelationshipsXform().parseStream(Readable.from([raw]));
  } catch {
    throw new TableError('not an XLSX file (unreadable workbook relations)');
  }
  if (!model) throw new TableError('not an XLSX file (no workbook relations)');
}

/** A local header and its data, as exceljs's unzipper reads them. */
function localEntry(
  name: Buffer,
  data: Buffer,
  fields: { flags: number; method: number; crc: number; size: number },
): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4); // version needed
  header.writeUInt16LE(fields.flags, 6);
  header.writeUInt16LE(fields.method, 8);
  header.writeUInt32LE(fields.crc, 14);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(fields.size, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name, data]);
}

/** A stored (uncompressed) zip entry: an empty shared-string table. */
function storedEntry(name: string, content: string): Buffer {
  const data = Buffer.from(content, 'utf8');
  return localEntry(Buffer.from(name, 'utf8'), data, {
    flags: 0,
    method: 0,
    crc: 0,
    size: data.length,
  });
}

/**
 * The zip's entries (the directory already checked by the guard), reordered as above, each with
 * a local header written anew from the central directory. The unzipper exceljs uses reads the
 * local headers only: one whose compressed size was damaged (a single byte of the file) sent it
 * looking for the next entry inside the data, and the batch waited for ever. The directory is
 * what the guard measured; the local headers now say the same, and a data descriptor (bit 3,
 * sizes after the data) is never needed.
 */
export function streamOrder(bytes: Buffer): Buffer {
  const { entries: all, directory } = zipEntries(bytes);
  const entries = new Map<string, Buffer>();
  const names: string[] = [];
  for (const entry of all) {
    // Each part's data lies before the directory that is copied after them all.
    if (entry.end > directory) throw new TableError('not an XLSX file (truncated zip entry)');
    names.push(entry.name);
    entries.set(
      entry.name,
      localEntry(entry.nameBytes, entry.data, {
        flags: entry.flags & ~0x0008,
        method: entry.method,
        crc: entry.crc,
        size: entry.size,
      }),
    );
  }
  const parts: Buffer[] = [];
  for (const name of FIRST) {
    const part = entries.get(name);
    if (part) parts.push(part);
    else if (name === 'xl/sharedStrings.xml')
      parts.push(
        storedEntry(
          name,
          '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
        ),
      );
  }
  for (const name of names) if (!FIRST.includes(name)) parts.push(entries.get(name) as Buffer);
  // The directory's signature is where the reader stops; without it the stream ends mid-record.
  parts.push(bytes.subarray(directory));
  return Buffer.concat(parts);
}

/** Every worksheet's rows, in file order, with the sheet's name and whether it is the first. */
async function* sheetRows(
  ordered: Buffer,
): AsyncGenerator<{ name: string; first: boolean; row: ExcelJS.Row }> {
  const { default: Excel } = await import('exceljs');
  const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from([ordered]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // a date is a number with a date format: the format is in the styles
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let first: string | undefined;
  try {
    for await (const sheet of reader) {
      // The workbook's own order (not the files'): its first sheet is the one a user sees first.
      const model = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model;
      first ??= model?.sheets?.[0]?.name;
      const name = (sheet as unknown as { name: string }).name;
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>)
        yield { name, first: name === first, row };
    }
  } catch (err) {
    if (err instanceof TableError) throw err;
    // exceljs throws whatever its parsers meet: one clear refusal, as the whole-file reader gives.
    throw new TableError('not a readable XLSX file');
  }
}

function headersOf(row: ExcelJS.Row): string[] {
  const headers: string[] = [];
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = cellText(cell.value);
  });
  return headers;
}

function cellsOf(row: ExcelJS.Row, headers: readonly string[]): Record<string, string> | null {
  const cells: Record<string, string> = {};
  headers.forEach((h, i) => {
    if (h) cells[h] = cellText(row.getCell(i + 1).value);
  });
  return Object.values(cells).some((v) => v !== '') ? cells : null;
}

export async function streamXlsx(bytes: Buffer, sheetName?: string): Promise<StreamedTable> {
  // The file's size, the parts' sizes, rows and cells checked on the zip itself, before exceljs
  // unpacks anything.
  checkXlsx(bytes);
  await checkRelations(bytes);
  const ordered = streamOrder(bytes);
  const isMain = (name: string, first: boolean): boolean =>
    sheetName ? name === sheetName : first;
  const read = new Map<string, { headers: string[]; rows: TableRow[] }>();
  let mainName: string | undefined;
  let mainHeaders: string[] = [];
  let total = 0;
  for await (const { name, first, row } of sheetRows(ordered)) {
    const main = isMain(name, first);
    if (main) mainName = name;
    let sheet = read.get(name);
    if (!sheet) {
      // The header is row 1; a sheet whose first row is further down has none.
      sheet = { headers: row.number === 1 ? headersOf(row) : [], rows: [] };
      read.set(name, sheet);
      if (main) mainHeaders = sheet.headers;
      if (row.number === 1) continue;
    }
    if (sheet.headers.every((h) => h === '')) continue;
    const cells = cellsOf(row, sheet.headers);
    if (!cells) continue;
    if (main) total++;
    else sheet.rows.push({ row: row.number, cells });
  }
  if (!mainName)
    throw new TableError(sheetName ? `no sheet named "${sheetName}"` : 'the workbook has no sheet');
  if (mainHeaders.every((h) => h === '')) throw new TableError('the sheet has no header row');
  const sheets: Record<string, Sheet> = {};
  for (const [name, sheet] of read)
    if (name !== mainName && sheet.headers.some((h) => h !== ''))
      sheets[name] = { headers: sheet.headers.filter(Boolean), rows: sheet.rows };
  const main = mainName;
  const headers = mainHeaders;
  async function* rows(): AsyncGenerator<TableRow> {
    for await (const { name, row } of sheetRows(ordered)) {
      if (name !== main || row.number === 1) continue;
      const cells = cellsOf(row, headers);
      if (cells) yield { row: row.number, cells };
    }
  }
  return {
    headers: headers.filter(Boolean),
    sheets,
    total,
    rows: { [Symbol.asyncIterator]: rows },
  };
}
