/**
 * A batch's spreadsheet read from disk a row at a time, so a batch of 10 000 clients costs the
 * memory of the rows in flight, not of the file. A first pass finds the encoding, the header and
 * the number of rows (the progress bar's total; the row cap is enforced there, before any work);
 * every iteration of `rows` then reads the file again. An XLSX workbook (at most 10 MB, checked by
 * the guard first) is held as bytes and its rows streamed from them (xlsx-stream.ts).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable, type Duplex } from 'node:stream';
import Papa from 'papaparse';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { commentLines, CsvRows, guessDelimiter, parseTable, TableError } from './read.ts';
import type { Sheet, TableRow } from './read.ts';
import { SPREADSHEET_LIMITS } from './xlsx-guard.ts';

export interface StreamedTable {
  readonly headers: readonly string[];
  readonly sheets?: Readonly<Record<string, Sheet>>;
  /** How many rows `rows` yields. */
  readonly total: number;
  /** The data rows in file order; each iteration of a streamed file reads it anew. */
  readonly rows: AsyncIterable<TableRow> | Iterable<TableRow>;
}

const HEAD = 64 * 1024;

/**
 * UTF-8 (with or without BOM) if every byte of the file decodes as such; otherwise what chardet
 * makes of the first 64 KB, Windows-1251 by default (Excel in Russian and Kazakh Windows), as
 * `decodeText` decides for a file in memory.
 */
async function csvEncoding(file: string): Promise<string> {
  const stream = createReadStream(file, { highWaterMark: HEAD });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let head: Buffer | null = null;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (!head) {
        head = chunk;
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) return 'utf-8';
      }
      decoder.decode(chunk, { stream: true });
    }
    decoder.decode();
    return 'utf-8';
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    const guess = head ? chardet.detect(head) : null;
    return guess && iconv.encodingExists(guess) && !/^UTF-8$/i.test(guess) ? guess : 'windows-1251';
  } finally {
    stream.destroy();
  }
}

/** The file's rows, through `reader` (which numbers them, checks the cap and keeps the header). */
async function* csvRows(
  file: string,
  encoding: string,
  reader: (skippedLines: number) => CsvRows,
): AsyncGenerator<TableRow> {
  // iconv's decoder drops a UTF-8 BOM and keeps a character split between chunks whole.
  const source = createReadStream(file).pipe(iconv.decodeStream(encoding)) as unknown as Readable;
  const chunks = (source as AsyncIterable<string>)[Symbol.asyncIterator]();
  let parser: Duplex | null = null;
  try {
    let head = '';
    let ended = false;
    // Past the comments and ten lines more (up to 1 MB): Papa guesses the delimiter from ten
    // rows, and must see here what the in-memory reader shows it.
    let lines = 0;
    const wanted = (): boolean => {
      if (head.length < HEAD) return true;
      // A megabyte of comment lines is no spreadsheet: what follows is read as rows.
      if (head.length >= 1024 * 1024) return false;
      const comments = commentLines(head, false);
      return comments === null || lines < comments + 11;
    };
    while (!ended && wanted()) {
      const next = await chunks.next();
      if (next.done) ended = true;
      else {
        head += next.value;
        for (let i = next.value.indexOf('\n'); i !== -1; i = next.value.indexOf('\n', i + 1))
          lines++;
      }
    }
    const skip = commentLines(head, true) ?? 0;
    let start = 0;
    for (let i = 0; i < skip; i++) start = head.indexOf('\n', start) + 1;
    head = head.slice(start);
    const rows = reader(skip);
    async function* text(): AsyncGenerator<string> {
      if (head !== '') yield head;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
    }
    const papa = Papa.parse(Papa.NODE_STREAM_INPUT, {
      delimiter: guessDelimiter(head),
    });
    parser = papa;
    Readable.from(text(), { objectMode: false })
      .on('error', (err: Error) => papa.destroy(err))
      .pipe(papa);
    for await (const record of papa as AsyncIterable<string[]>) {
      const row = rows.take(record);
      if (row) yield row;
    }
    rows.finish();
  } finally {
    parser?.destroy();
    source.destroy();
  }
}

/** A CSV file streamed, an XLSX workbook read whole: the header, the total and the rows. */
export async function streamTable(
  file: string,
  options: { sheet?: string } = {},
): Promise<StreamedTable> {
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx') {
    const { streamXlsx } = await import('./xlsx-stream.ts');
    return streamXlsx(await readFile(file), options.sheet);
  }
  if (ext !== '.csv' && ext !== '.txt' && ext !== '.tsv') {
    // Refused with the in-memory reader's own message.
    const table = await parseTable(new Uint8Array(), file, options);
    return { ...table, total: table.rows.length };
  }
  const size = (await stat(file)).size;
  if (size > SPREADSHEET_LIMITS.maxStreamedCsvMb * 1024 * 1024)
    throw new TableError(
      `the file is larger than ${SPREADSHEET_LIMITS.maxStreamedCsvMb} MB`,
      'fileTooLarge',
      { limit: SPREADSHEET_LIMITS.maxStreamedCsvMb },
    );
  const encoding = await csvEncoding(file);
  const counter = { reader: null as CsvRows | null };
  let total = 0;
  for await (const _ of csvRows(file, encoding, (skip) => (counter.reader = new CsvRows(skip))))
    total++;
  const headers = counter.reader?.headers;
  if (!headers) throw new TableError('the file has no header row');
  return {
    headers,
    total,
    rows: { [Symbol.asyncIterator]: () => csvRows(file, encoding, (skip) => new CsvRows(skip)) },
  };
}
