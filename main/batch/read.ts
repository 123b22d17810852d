/**
 * Spreadsheets in: CSV in any delimiter and encoding (UTF-8 with or without BOM, Windows-1251
 * detected), XLSX (first or named sheet). Every row keeps its spreadsheet row number so a report
 * can point at it.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import Papa from 'papaparse';
import type ExcelJS from 'exceljs';
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface Sheet {
  readonly headers: readonly string[];
  /** Cell text by header; `row` is the 1-based row number in the file. */
  readonly rows: readonly TableRow[];
}

export interface Table extends Sheet {
  /** The workbook's other sheets by name (XLSX): repeating groups keyed by the row's id. */
  readonly sheets?: Readonly<Record<string, Sheet>>;
}

export { TableError } from './errors.ts';
import { TableError } from './errors.ts';
import { checkXlsx, SPREADSHEET_LIMITS } from './xlsx-guard.ts';

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: Excel in Russian and Kazakh Windows saves CSV as Windows-1251.
    const guess = chardet.detect(bytes);
    const encoding =
      guess && iconv.encodingExists(guess) && !/^UTF-8$/i.test(guess) ? guess : 'windows-1251';
    return iconv.decode(Buffer.from(bytes), encoding);
  }
}

/** A data row: its 1-based row number in the file and its cells by header. */
export interface TableRow {
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
}

function tooManyRows(): never {
  throw new TableError(`the file has more than ${SPREADSHEET_LIMITS.maxRows} rows`, 'tooManyRows', {
    limit: SPREADSHEET_LIMITS.maxRows,
  });
}

/**
 * Only the lines above the header may be comments (the help line `batch-template` writes): below
 * it a cell may well start with «#» (an address «#12», a case number), and a row is never dropped
 * for it. Returns how many lines to skip, or null while `head` may not yet reach the header.
 */
export function commentLines(head: string, complete: boolean): number | null {
  let skip = 0;
  let at = 0;
  for (;;) {
    const end = head.indexOf('\n', at);
    if (end < 0) return complete || /^\s*[^#\s]/.test(head.slice(at)) ? skip : null;
    if (!/^\s*(#|\r?$)/.test(head.slice(at, end))) return skip;
    skip++;
    at = end + 1;
  }
}

/**
 * Parsed records (Papa, empty lines kept) → the header and the data rows. A row's number is the
 * one a spreadsheet shows: comment lines and empty records count, a quoted cell running over
 * several lines is one row. Shared by the in-memory and the streamed reader, so both agree.
 */
export class CsvRows {
  headers: string[] | null = null;
  count = 0;
  private row: number;

  constructor(skippedLines: number) {
    this.row = skippedLines;
  }

  /** The record's row, or null for the header and for an empty record. */
  take(record: readonly string[]): TableRow | null {
    this.row++;
    // Papa's `greedy` rule: a record of empty and blank cells is no row.
    if (record.every((c) => c.trim() === '')) return null;
    if (!this.headers) {
      this.headers = record.map((h) => h.trim());
      return null;
    }
    if (++this.count > SPREADSHEET_LIMITS.maxRows) tooManyRows();
    const headers = this.headers;
    return {
      row: this.row,
      cells: Object.fromEntries(headers.map((h, c) => [h, (record[c] ?? '').trim()])),
    };
  }

  /** The header, once the records are all read. */
  finish(): string[] {
    if (!this.headers) throw new TableError('the file has no header row');
    return this.headers;
  }
}

/**
 * The delimiter, guessed by Papa from the first rows with empty lines left out (they would make
 * every delimiter look inconsistent); the rows themselves are then parsed with empty lines kept,
 * to number them.
 */
export function guessDelimiter(head: string): string {
  return Papa.parse<string[]>(head, { delimiter: '', skipEmptyLines: 'greedy', preview: 10 }).meta
    .delimiter;
}

export function parseCsv(text: string): Table {
  const skip = commentLines(text, true) ?? 0;
  let start = 0;
  for (let i = 0; i < skip; i++) start = text.indexOf('\n', start) + 1;
  const reader = new CsvRows(skip);
  const rows: TableRow[] = [];
  // Step by step: a file over the row cap is refused at the first row past it.
  const body = text.slice(start);
  Papa.parse<string[]>(body, {
    delimiter: guessDelimiter(body),
    step: ({ data }) => {
      const row = reader.take(data);
      if (row) rows.push(row);
    },
  });
  return { headers: reader.finish(), rows };
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value).trim();
}

function readSheet(sheet: ExcelJS.Worksheet): Sheet | null {
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = cellText(cell.value);
  });
  if (headers.every((h) => h === '')) return null;
  const rows: { row: number; cells: Record<string, string> }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells: Record<string, string> = {};
    headers.forEach((h, i) => {
      if (h) cells[h] = cellText(row.getCell(i + 1).value);
    });
    if (Object.values(cells).some((v) => v !== '')) rows.push({ row: number, cells });
  });
  return { headers: headers.filter(Boolean), rows };
}

export async function parseXlsx(bytes: Uint8Array, sheetName?: string): Promise<Table> {
  // Loaded for XLSX only: 3 MB of code a CSV batch need not parse.
  // Sizes, rows and cells checked on the zip itself, before exceljs unpacks anything.
  checkXlsx(bytes);
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    // exceljs throws whatever its parsers meet (TypeError, a zip error …): one clear refusal.
    throw new TableError('not a readable XLSX file');
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet)
    throw new TableError(sheetName ? `no sheet named "${sheetName}"` : 'the workbook has no sheet');
  const main = readSheet(sheet);
  if (!main) throw new TableError('the sheet has no header row');
  const sheets: Record<string, Sheet> = {};
  for (const other of workbook.worksheets) {
    if (other === sheet) continue;
    const read = readSheet(other);
    if (read) sheets[other.name] = read;
  }
  return { ...main, sheets };
}

/** A table from a file's bytes: the UI reads the file the user picked and sends its content. */
export async function parseTable(
  bytes: Uint8Array,
  fileName: string,
  options: { sheet?: string } = {},
): Promise<Table> {
  const ext = extname(fileName).toLowerCase();
  if (bytes.length > SPREADSHEET_LIMITS.maxFileMb * 1024 * 1024)
    throw new TableError(
      `the file is larger than ${SPREADSHEET_LIMITS.maxFileMb} MB`,
      'fileTooLarge',
      { limit: SPREADSHEET_LIMITS.maxFileMb },
    );
  if (ext === '.xlsx') return parseXlsx(bytes, options.sheet);
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return parseCsv(decodeText(bytes));
  throw new TableError(`unsupported file type "${ext}" (CSV or XLSX)`);
}

export async function readTable(file: string, options: { sheet?: string } = {}): Promise<Table> {
  return parseTable(readFileSync(file), file, options);
}
