/** Issue 21 item 3: sizes from the headers before decoding; XLSX capped before exceljs loads it. */
import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { strToU8, zipSync } from 'fflate';
import { inspectAttachment } from '../../main/bundle/inspect.ts';
import { placeImage } from '../../main/bundle/images.ts';
import { AttachmentError } from '../../main/bundle/messages.ts';
import { parseTable, TableError } from '../../main/batch/read.ts';
import { createHandlers } from '../../main/ipc/handlers.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';
import { folderSaveTarget } from '../../main/bridge/web.ts';
import { tempDir } from '../helpers/temp.ts';

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/** A PNG whose header says width×height; its pixel data is a few rows only (never decoded). */
function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(width + 1))),
    chunk('IEND', new Uint8Array()),
  ]);
}

async function attachmentError(p: Promise<unknown>): Promise<AttachmentError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AttachmentError) return err;
    throw err;
  }
  throw new Error('accepted');
}

const smallJpeg = (): Uint8Array => {
  const data = Buffer.alloc(64 * 64 * 4, 128);
  return jpeg.encode({ data, width: 64, height: 64 }, 80).data;
};

describe('image bombs and broken images', () => {
  it('a PNG of 16000×16000 is refused from its header, naming the file and the size', async () => {
    const png = pngClaiming(16_000, 16_000);
    const rssBefore = process.memoryUsage().rss;
    const err = await attachmentError(inspectAttachment(png, 'скан.png'));
    expect(err.code).toBe('imageTooLarge');
    expect(err.localized('ru')).toMatch(/^«скан\.png»: изображение 16000×16000 пикселей/);
    expect(err.localized('kk')).toMatch(/скан\.png/);
    const bundled = await attachmentError(placeImage(png, 'image/png', 150, 'Прил. 1'));
    expect(bundled.code).toBe('imageTooLarge');
    // Nothing was decoded: far less than the 1 GB its pixels would take.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it('a JPEG whose SOF says 20000×20000 is refused the same way', async () => {
    const j = Buffer.from(smallJpeg());
    const sof = j.indexOf(Buffer.from([0xff, 0xc0]));
    j.writeUInt16BE(20_000, sof + 5);
    j.writeUInt16BE(20_000, sof + 7);
    expect((await attachmentError(inspectAttachment(j, 'фото.jpg'))).code).toBe('imageTooLarge');
  });

  it('a JPEG cut to 300 bytes is refused as truncated, not embedded silently', async () => {
    const whole = smallJpeg();
    expect(await inspectAttachment(whole, 'фото.jpg')).toEqual({ mime: 'image/jpeg', pages: 1 });
    const cut = whole.subarray(0, 300);
    const err = await attachmentError(inspectAttachment(cut, 'фото.jpg'));
    expect(err.code).toBe('imageTruncated');
    expect(err.localized('en')).toMatch(/“фото\.jpg”: the JPEG file is cut short/);
    expect((await attachmentError(placeImage(cut, 'image/jpeg', 150, 'A'))).code).toBe(
      'imageTruncated',
    );
  });

  it('a real PNG within the limits still goes through', async () => {
    const png = PNG.sync.write(new PNG({ width: 40, height: 30 }));
    expect(await inspectAttachment(png, 'a.png')).toEqual({ mime: 'image/png', pages: 1 });
  });
});

function xlsx(sheet: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheet}</sheetData></worksheet>`,
    ),
  });
}

async function tableError(p: Promise<unknown>): Promise<TableError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof TableError) return err;
    throw err;
  }
  throw new Error('accepted');
}

describe('XLSX bombs', () => {
  it('a sheet of 20 000 rows is refused before exceljs loads it', async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>x</t></is></c></row>`,
    ).join('');
    const err = await tableError(parseTable(xlsx(rows), 'клиенты.xlsx'));
    expect(err.limit).toBe('tooManyRows');
  });

  it('one row numbered 1048576 is refused (exceljs would build every row up to it)', async () => {
    const err = await tableError(
      parseTable(xlsx('<row r="1048576"><c r="A1048576"><v>1</v></c></row>'), 'a.xlsx'),
    );
    expect(err.limit).toBe('tooManyRows');
  });

  it('a part unpacking to 60 MB is stopped at the cap, in bounded memory', async () => {
    const file = xlsx(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>${' '.repeat(60 * 1024 * 1024)}</t></is></c></row>`,
    );
    expect(file.length).toBeLessThan(1024 * 1024);
    const rssBefore = process.memoryUsage().rss;
    const err = await tableError(parseTable(file, 'a.xlsx'));
    expect(err.limit).toBe('unpackedTooLarge');
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(256 * 1024 * 1024);
  });

  it('a CSV of more rows than the cap is refused too', async () => {
    const csv = `a;b\n${'1;2\n'.repeat(10_001)}`;
    expect((await tableError(parseTable(Buffer.from(csv), 'a.csv'))).limit).toBe('tooManyRows');
  });

  it('the app says why, in the UI language, naming the file', async () => {
    const dir = tempDir();
    const session = new Session({
      vaultDir: `${dir}/vault`,
      saveTarget: folderSaveTarget(`${dir}/out`),
      kdf: { N: 2 ** 10 },
    });
    try {
      await session.create('correct horse battery');
      const handlers = createHandlers(getServices(), session);
      // The header and 10 001 rows of clients: one past the cap.
      const rows = Array.from({ length: 10_002 }, (_, i) => `<row r="${i + 1}"></row>`).join('');
      const r = await handlers['batch:inspect']({
        uiLang: 'ru',
        templateId: 'refugee-application',
        fileName: 'клиенты.xlsx',
        content: Buffer.from(xlsx(rows)).toString('base64'),
      });
      expect(r).toMatchObject({
        ok: false,
        error: {
          code: 'badSpreadsheet',
          message: '«клиенты.xlsx»: больше 10000 строк на листе — разделите таблицу на части',
        },
      });
    } finally {
      await session.close();
    }
  });
});
