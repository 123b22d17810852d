/**
 * The streamed reader gives the rows the in-memory reader gives, for any CSV: same header, same
 * cells, same row numbers, same refusals.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeText, parseCsv, TableError, type TableRow } from '../../main/batch/read.ts';
import { streamTable } from '../../main/batch/stream.ts';
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
  });
});
