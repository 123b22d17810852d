/**
 * XLSX before exceljs sees it. An XLSX is a zip of XML: 1.5 MB of it reached 1.76 GB RSS and
 * died with «Invalid string length». Every part is inflated here with a hard output cap (zlib's
 * maxOutputLength, so a part lying about its size stops at the cap, not at the heap), and the
 * rows and cells of every sheet are counted in the XML, all before the workbook is loaded.
 * exceljs then works on at most SPREADSHEET_LIMITS of text, which it holds in well under 1 GB.
 */
import { inflateRawSync } from 'node:zlib';
import { TableError } from './errors.ts';

export const SPREADSHEET_LIMITS = {
  /** The file as picked (a batch of a few thousand clients is well under 1 MB). */
  maxFileMb: 10,
  /**
   * A CSV the CLI reads a row at a time: memory is the rows in flight, so the cap is higher (10 000
   * clients with a page of facts each) and only stops a file no batch is made of.
   */
  maxStreamedCsvMb: 100,
  /** All parts of the zip, unpacked. */
  maxUnpackedMb: 40,
  maxParts: 1000,
  /** Rows of clients in one sheet (CSV or XLSX), the header not counted. */
  maxRows: 10_000,
  /** Cells of all sheets together. */
  maxCells: 500_000,
} as const;

const MB = 1024 * 1024;

function tooLarge(limit: 'unpackedTooLarge'): never {
  throw new TableError(
    `the workbook unpacks to more than ${SPREADSHEET_LIMITS.maxUnpackedMb} MB`,
    limit,
    { limit: SPREADSHEET_LIMITS.maxUnpackedMb },
  );
}

function count(text: string, needle: RegExp): number {
  let n = 0;
  needle.lastIndex = 0;
  while (needle.exec(text) !== null) n++;
  return n;
}

/** One entry of a zip as its central directory describes it, its data located and in bounds. */
export interface ZipEntry {
  readonly name: string;
  readonly nameBytes: Buffer;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  /** Unpacked size, as the directory says. */
  readonly size: number;
  /** The entry's packed bytes (directory size, from where its local header ends). */
  readonly data: Buffer;
  /** Offset in the file just past the data. */
  readonly end: number;
}

/**
 * The zip's entries from its central directory, the one account of them the guard and the
 * streaming reader both trust; the local headers are used only to find where each entry's data
 * starts. Throws a TableError for a zip without a directory, a damaged or truncated one, or more
 * parts than the cap.
 */
export function zipEntries(bytes: Uint8Array): {
  readonly entries: Iterable<ZipEntry>;
  /** Where the central directory starts. */
  readonly directory: number;
} {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of up to 65535.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new TableError('not an XLSX file (no zip directory)');
  const count = buf.readUInt16LE(eocd + 10);
  const directory = buf.readUInt32LE(eocd + 16);
  if (count > SPREADSHEET_LIMITS.maxParts) tooLarge('unpackedTooLarge');
  // Entry by entry, so the guard measures each part before it reads the next one's header.
  function* entries(): Generator<ZipEntry> {
    for (let e = 0, at = directory; e < count; e++) {
      if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50)
        throw new TableError('not an XLSX file (damaged zip directory)');
      const compressed = buf.readUInt32LE(at + 20);
      const nameLength = buf.readUInt16LE(at + 28);
      const nameBytes = buf.subarray(at + 46, at + 46 + nameLength);
      const local = buf.readUInt32LE(at + 42);
      if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50)
        throw new TableError('not an XLSX file (damaged zip entry)');
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      if (start + compressed > buf.length)
        throw new TableError('not an XLSX file (truncated zip entry)');
      yield {
        name: nameBytes.toString('utf8'),
        nameBytes,
        flags: buf.readUInt16LE(at + 8),
        method: buf.readUInt16LE(at + 10),
        crc: buf.readUInt32LE(at + 16),
        size: buf.readUInt32LE(at + 24),
        data: buf.subarray(start, start + compressed),
        end: start + compressed,
      };
      at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    }
  }
  return { entries: entries(), directory };
}

/** Throws a TableError (with its `limit`) for a file over the caps or not a readable zip. */
export function checkXlsx(bytes: Uint8Array): void {
  if (bytes.length > SPREADSHEET_LIMITS.maxFileMb * MB)
    throw new TableError(
      `the file is larger than ${SPREADSHEET_LIMITS.maxFileMb} MB`,
      'fileTooLarge',
      {
        limit: SPREADSHEET_LIMITS.maxFileMb,
      },
    );
  let budget = SPREADSHEET_LIMITS.maxUnpackedMb * MB;
  let cells = 0;
  for (const { name, method, data } of zipEntries(bytes).entries) {
    let unpacked: Buffer;
    if (method === 0) unpacked = data;
    else if (method === 8) {
      try {
        unpacked = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
          tooLarge('unpackedTooLarge');
        throw new TableError('not an XLSX file (damaged zip entry)');
      }
    } else throw new TableError('not an XLSX file (unknown compression)');
    budget -= unpacked.length;
    if (budget < 0) tooLarge('unpackedTooLarge');
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      const xml = unpacked.toString('utf8');
      // Rows counted, and the highest row number: a row claiming r="1048576" makes exceljs
      // build every row up to it.
      let rows = 0;
      let highest = 0;
      const row = /<(?:\w+:)?row(?=[\s>/])([^>]*)>/g;
      for (let m = row.exec(xml); m !== null; m = row.exec(xml)) {
        rows++;
        const r = /\sr="(\d+)"/.exec(m[1] ?? '');
        if (r) highest = Math.max(highest, Number(r[1]));
      }
      if (Math.max(rows, highest) > SPREADSHEET_LIMITS.maxRows + 1)
        throw new TableError(
          `a sheet has more than ${SPREADSHEET_LIMITS.maxRows} rows`,
          'tooManyRows',
          { limit: SPREADSHEET_LIMITS.maxRows },
        );
      cells += count(xml, /<(?:\w+:)?c[\s>/]/g);
      if (cells > SPREADSHEET_LIMITS.maxCells)
        throw new TableError(
          `the workbook has more than ${SPREADSHEET_LIMITS.maxCells} cells`,
          'tooManyCells',
          { limit: SPREADSHEET_LIMITS.maxCells },
        );
    }
  }
}
