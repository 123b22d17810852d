/**
 * The streamed reader gives the rows the in-memory reader gives, for any CSV: same header, same
 * cells, same row numbers, same refusals.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import fs, { rmSync, truncateSync, writeFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import {
  decodeText,
  parseCsv,
  parseXlsx,
  TableError,
  type TableRow,
} from '../../main/batch/read.ts';
import { streamTable } from '../../main/batch/stream.ts';
import { streamOrder, streamXlsx } from '../../main/batch/xlsx-stream.ts';
import ExcelJS from 'exceljs';
import { refugeeWorkbook } from '../helpers/refugee-rows.ts';
import { tempDir } from '../helpers/temp.ts';

const dir = tempDir('stream');

async function streamed(bytes: Uint8Array, name = 'rows.csv') {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const table = await streamTable(file);
  const rows: TableRow[] = [];
  for await (const row of table.rows) rows.push(row);
  return { headers: table.headers, total: table.total, rows };
}

const inMemory = (bytes: Uint8Array) => parseCsv(decodeText(bytes));

describe('a CSV read a row at a time', () => {
  it('numbers rows as a spreadsheet shows them: comments, empty lines, cells over several lines', async () => {
    const csv =
      '\uFEFF# Фамилия | Адрес\r\n\r\nимя;адрес\r\nИванов;"ул. Абая,\r\n12"\r\n\r\n;\r\nПетров;#12\r\n';
    const got = await streamed(new TextEncoder().encode(csv));
    expect(got.headers).toEqual(['имя', 'адрес']);
    expect(got.total).toBe(2);
    expect(got.rows).toEqual([
      { row: 4, cells: { имя: 'Иванов', адрес: 'ул. Абая,\r\n12' } },
      { row: 7, cells: { имя: 'Петров', адрес: '#12' } },
    ]);
    expect(inMemory(new TextEncoder().encode(csv)).rows).toEqual(got.rows);
  });

  it('reads Windows-1251 as the in-memory reader does', async () => {
    const bytes = iconv.encode('фамилия,город\nКузнецов,Алматы\nАбілов,Астана\n', 'windows-1251');
    const got = await streamed(bytes);
    expect(got.rows.map((r) => r.cells['фамилия'])).toEqual(['Кузнецов', 'Абілов']);
    expect(got.rows).toEqual(inMemory(bytes).rows);
  });

  it('gives the same header, rows and numbers as the in-memory reader (property)', async () => {
    const cell = fc.oneof(
      fc.constantFrom('', ' ', '#1', 'Иванов', 'a"b', 'x,y', 'p;q', 'два\nряда', 'Әлия'),
      fc.string({ maxLength: 6 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        fc.nat(2),
        fc.boolean(),
        async (delimiter, eol, records, comments, bom) => {
          const quote = (c: string) => (/[",;\t\n\r#]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
          const text =
            (bom ? '\uFEFF' : '') +
            '# help line\n'.repeat(comments) +
            ['ф1', 'ф2', 'ф3', 'ф4'].join(delimiter) +
            eol +
            records.map((r) => r.map(quote).join(delimiter)).join(eol) +
            eol;
          const bytes = new TextEncoder().encode(text);
          const expected = inMemory(bytes);
          const got = await streamed(bytes);
          expect(got.headers).toEqual(expected.headers);
          expect(got.rows).toEqual(expected.rows);
          expect(got.total).toBe(expected.rows.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses a file over the row cap, and one with no header, as the in-memory reader does', async () => {
    const over = new TextEncoder().encode(`a;b\n${'1;2\n'.repeat(10_001)}`);
    const err = await streamed(over).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TableError);
    expect((err as TableError).limit).toBe('tooManyRows');
    const full = await streamed(new TextEncoder().encode(`a;b\n${'1;2\n'.repeat(10_000)}`));
    expect(full.total).toBe(10_000);
    const empty = await streamed(new TextEncoder().encode('# only a comment\n\n')).catch(
      (e: unknown) => e,
    );
    expect(empty).toBeInstanceOf(TableError);
    expect(String(empty)).toMatch(/no header row/);
    // Past the streamed cap the file is not read at all (a sparse file: no 100 MB written).
    const huge = join(dir, 'huge.csv');
    writeFileSync(huge, 'a;b\n1;2\n');
    truncateSync(huge, 101 * 1024 * 1024);
    const big = await streamTable(huge).catch((e: unknown) => e);
    expect((big as TableError).limit).toBe('fileTooLarge');
    rmSync(huge);
  });
});

describe('an XLSX read a row at a time', () => {
  const localNames = (zip: Buffer): string[] => {
    const names: string[] = [];
    for (let at = 0; zip.readUInt32LE(at) === 0x04034b50;) {
      const nameLength = zip.readUInt16LE(at + 26);
      names.push(zip.toString('utf8', at + 30, at + 30 + nameLength));
      const next = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), at + 30 + nameLength);
      if (next < 0) break;
      at = next;
    }
    return names;
  };

  it('gives the rows, dates and group sheets the whole-workbook reader gives', async () => {
    const rows = [
      { 'applicant.lastName': 'Петров' },
      { 'applicant.lastName': '' },
      { 'applicant.lastName': 'Әбілов', arrivalDate: '01.12.2026' },
    ];
    const children = [
      {
        id: 'A1',
        name: 'Петрова Анна',
        relation: 'дочь',
        birthDate: '2015-06-03',
        birthDocument: 'I-АЯ № 1',
      },
      {
        id: 'A3',
        name: 'Әбілова Дана',
        relation: 'дочь',
        birthDate: '2017-01-02',
        birthDocument: 'I-АЯ № 2',
      },
    ];
    const bytes = Buffer.from(await refugeeWorkbook(rows, children));
    // A date cell as Excel keeps it: a number with a date format.
    const dated = new ExcelJS.Workbook();
    await dated.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = dated.getWorksheet('Заявители') as ExcelJS.Worksheet;
    sheet.addRow(['A4', 'Иванов', ...Array.from({ length: 12 }, () => 'x')]);
    sheet.getRow(5).getCell(5).value = new Date(Date.UTC(1999, 7, 30));
    const file = Buffer.from(await dated.xlsx.writeBuffer());
    const whole = await parseXlsx(file);
    const got = await streamXlsx(file);
    const streamedRows: TableRow[] = [];
    for await (const row of got.rows) streamedRows.push(row);
    expect(got.headers).toEqual(whole.headers);
    expect(streamedRows).toEqual(whole.rows);
    expect(got.total).toBe(whole.rows.length);
    expect(got.sheets).toEqual(whole.sheets);
    expect(streamedRows[3]?.cells.birthDate).toBe('1999-08-30');
    const named = await streamXlsx(file, 'Несовершеннолетние дети');
    expect(named.total).toBe(2);
    await expect(streamXlsx(file, 'нет такого')).rejects.toThrow(/no sheet named/);
  });

  it('hands exceljs the relations, workbook, shared strings and styles before any sheet', async () => {
    const bytes = Buffer.from(await refugeeWorkbook([{}]));
    const names = localNames(streamOrder(bytes));
    expect(names.slice(0, 4)).toEqual([
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
    ]);
    expect(names.filter((n) => n.startsWith('xl/worksheets/'))).not.toHaveLength(0);
    expect([...names].sort()).toEqual(localNames(bytes).sort());
  });

  it('still refuses bombs before exceljs reads anything', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('a');
    sheet.addRow(['h']);
    sheet.getCell('A1048576').value = 1;
    const err = await streamXlsx(Buffer.from(await wb.xlsx.writeBuffer())).catch((e: unknown) => e);
    expect((err as TableError).limit).toBe('tooManyRows');
    const garbage = await streamXlsx(Buffer.from('PK not a zip')).catch((e: unknown) => e);
    expect(garbage).toBeInstanceOf(TableError);
  });
});

/** Each entry's local header offset, by name, from the zip's central directory. */
function localHeaders(zip: Buffer): Map<string, number> {
  let eocd = zip.length - 22;
  while (zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const out = new Map<string, number>();
  for (let e = 0, at = zip.readUInt32LE(eocd + 16); e < zip.readUInt16LE(eocd + 10); e++) {
    const nameLength = zip.readUInt16LE(at + 28);
    out.set(zip.toString('utf8', at + 46, at + 46 + nameLength), zip.readUInt32LE(at + 42));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

async function readAll(bytes: Buffer): Promise<TableRow[]> {
  const table = await streamXlsx(bytes);
  const rows: TableRow[] = [];
  for await (const row of table.rows) rows.push(row);
  return rows;
}

/** Files opened for writing while `f` runs: exceljs parks a sheet with fs.createWriteStream. */
async function filesWritten(f: () => Promise<unknown>): Promise<string[]> {
  const spy = vi.spyOn(fs, 'createWriteStream');
  try {
    await f();
    return spy.mock.calls.map((c) => String(c[0]));
  } finally {
    spy.mockRestore();
  }
}

describe('a damaged XLSX read a row at a time', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never parks a sheet on disk: a workbook without usable relations is refused', async () => {
    const parts = unzipSync(await refugeeWorkbook([{}, {}]));
    const without = { ...parts };
    delete without['xl/_rels/workbook.xml.rels'];
    const emptied = { ...parts, 'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0"?>') };
    const commented = {
      ...parts,
      'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0"?><!-- <Relationships> -->'),
    };
    // Each passes a search for «<Relationships»; exceljs's own parse of it gives nothing.
    const relations = (xml: string) => ({
      ...parts,
      'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0"?>${xml}`),
    });
    const disguised = [
      '<?x <Relationships> ?>',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"',
      '<!-- <Relationships> ',
      '<!DOCTYPE r [<!ENTITY e "<Relationships>">]>',
    ].map(relations);
    for (const workbook of [without, emptied, commented, ...disguised]) {
      const bytes = Buffer.from(zipSync(workbook));
      await expect(readAll(bytes)).rejects.toThrow(TableError);
      expect(await filesWritten(() => readAll(bytes).catch(() => []))).toEqual([]);
    }
    // The same workbook whole is read, and nothing is written either.
    const whole = Buffer.from(zipSync(parts));
    expect(await filesWritten(() => readAll(whole))).toEqual([]);
    expect((await readAll(whole)).length).toBe(2);
  }, 15_000);

  it('a damaged size in a local header is no longer waited on for ever', async () => {
    // One byte: the shared strings' compressed size in its local header, zeroed. The unzipper
    // looked for the next entry inside the data and never finished (found by the property below).
    const bytes = Buffer.from(await refugeeWorkbook([{}, {}]));
    const at = localHeaders(bytes).get('xl/sharedStrings.xml') ?? -1;
    bytes[at + 18] = 0;
    expect(await readAll(bytes)).toEqual(
      await readAll(Buffer.from(await refugeeWorkbook([{}, {}]))),
    );
  }, 15_000);

  it('reads a zip whose local headers leave the sizes to a data descriptor', async () => {
    // Streaming zip writers set bit 3 and zero the local sizes; the central directory has them.
    const valid = Buffer.from(await refugeeWorkbook([{}, {}]));
    const bytes = Buffer.from(valid);
    for (const at of localHeaders(bytes).values()) {
      bytes.writeUInt16LE(bytes.readUInt16LE(at + 6) | 0x0008, at + 6);
      bytes.fill(0, at + 14, at + 26);
    }
    expect(await readAll(bytes)).toEqual(await readAll(valid));
  }, 15_000);

  it('is read or refused with a TableError, never a raw error (property)', async () => {
    const valid = Buffer.from(await refugeeWorkbook([{}, {}]));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (flips) => {
          const bytes = Buffer.from(valid);
          for (const [at, value] of flips) bytes[at] = value;
          const written = await filesWritten(async () => {
            try {
              const table = await streamXlsx(bytes);
              for await (const _ of table.rows);
            } catch (err) {
              expect(err).toBeInstanceOf(TableError);
            }
          });
          // A damaged relations part once made exceljs park the sheets in a temporary file,
          // left behind when the read then failed: client data on disk.
          expect(written).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
