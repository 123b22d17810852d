/**
 * Issue 21, proof: arbitrary bytes, and valid files with bytes flipped, fed to every importer —
 * CSV, XLSX, PNG, JPEG, PDF attachments, template packs, backups. Each input is either taken or
 * refused with the importer's own error (a clear, localizable message), never a raw exception;
 * the process stays up and under a memory bound. The counts are the figures in docs/SECURITY.md.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { PDFDocument } from 'pdf-lib';
import { strToU8, zipSync } from 'fflate';
import { parseTable, TableError } from '../../main/batch/read.ts';
import { inspectAttachment } from '../../main/bundle/inspect.ts';
import { placeImage } from '../../main/bundle/images.ts';
import { AttachmentError } from '../../main/bundle/messages.ts';
import { PackError, verifyPack } from '../../main/packs/pack.ts';
import { Vault, VaultError } from '../../main/vault/index.ts';
import { baseTemplates, pack, TEST_KEY } from '../packs/helpers.ts';
import { tempDir } from '../helpers/temp.ts';

/** RSS ceiling for the whole file (measured peak: 166 MB); one decoded bomb took 1.7–2.7 GB. */
const RSS_BOUND = 512 * 1024 * 1024;
let peakRss = 0;
const sample = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
afterAll(() => {
  if (process.env.REFUGE_FIGURES === '1')
    process.stderr.write(`fuzz: peak RSS ${Math.round(peakRss / 1024 / 1024)} MB\n`);
  expect(peakRss).toBeLessThan(RSS_BOUND);
});

/** Valid bytes with 1–8 bytes overwritten, or cut short, or both. */
const mutated = (valid: Uint8Array): fc.Arbitrary<Uint8Array> =>
  fc
    .record({
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 8,
      }),
      cut: fc.option(fc.nat({ max: valid.length }), { nil: undefined }),
    })
    .map(({ flips, cut }) => {
      const out = valid.slice(0, cut ?? valid.length);
      for (const [at, value] of flips) if (out.length > 0) out[at % out.length] = value;
      return out;
    });

const bytesWithPrefix = (prefix: number[]): fc.Arbitrary<Uint8Array> =>
  fc.uint8Array({ maxLength: 4096 }).map((rest) => Uint8Array.from([...prefix, ...rest]));

/** Runs `f`; a refusal must be one of `known`, with a non-empty message. */
async function takenOrRefused(
  f: () => Promise<unknown>,
  known: readonly (new (...args: never[]) => Error)[],
): Promise<boolean> {
  try {
    await f();
    return true;
  } catch (err) {
    if (known.some((k) => err instanceof k) && (err as Error).message.trim() !== '') return true;
    throw err;
  } finally {
    sample();
  }
}

const RUNS = { arbitrary: 300, mutated: 300 };
// pdf-lib reports what it skips in a broken PDF on the console; the property is what matters.
vi.spyOn(console, 'warn').mockImplementation(() => undefined);
vi.spyOn(console, 'log').mockImplementation(() => undefined);
vi.spyOn(console, 'error').mockImplementation(() => undefined);

describe('spreadsheets', () => {
  const xlsx = zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="A" sheetId="1" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Ким</t></is></c></row></sheetData></worksheet>',
    ),
  });
  it.each([
    ['CSV, arbitrary bytes', 'rows.csv', fc.uint8Array({ maxLength: 4096 })],
    ['CSV, arbitrary text', 'rows.csv', fc.string({ maxLength: 2000 }).map((s) => Buffer.from(s))],
    ['XLSX, arbitrary bytes', 'rows.xlsx', bytesWithPrefix([0x50, 0x4b, 0x03, 0x04])],
    ['XLSX, a valid file mutated', 'rows.xlsx', mutated(xlsx)],
  ])('%s: a table or a TableError', async (_label, name, arb) => {
    await fc.assert(
      fc.asyncProperty(arb, (bytes) => takenOrRefused(() => parseTable(bytes, name), [TableError])),
      { numRuns: RUNS.arbitrary },
    );
  });
});

describe('attachments (PNG, JPEG, PDF) as the bundle uses them', () => {
  const png = PNG.sync.write(new PNG({ width: 16, height: 12 }));
  const jpg = jpeg.encode({ data: Buffer.alloc(16 * 12 * 4, 90), width: 16, height: 12 }, 80).data;
  let pdf: Uint8Array = new Uint8Array();
  it('builds a valid PDF to mutate', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([200, 200]).drawText('Прил.'.replace(/[^\x20-\x7e]/g, 'x'));
    pdf = await doc.save({ useObjectStreams: false });
    expect(pdf.length).toBeGreaterThan(100);
  });

  /** Inspect, then place and embed as buildBundle does (its own try/catch → imageBroken). */
  async function attachAndBundle(bytes: Uint8Array): Promise<void> {
    const { mime } = await inspectAttachment(bytes, 'файл');
    const out = await PDFDocument.create();
    if (mime === 'application/pdf') {
      const { loadPdf } = await import('../../main/bundle/inspect.ts');
      const src = await loadPdf(bytes, 'файл');
      const { copyAnnexPages } = await import('../../main/bundle/index.ts');
      await copyAnnexPages(out, src, 'файл');
      await out.save();
      return;
    }
    const placed = await placeImage(bytes, mime, 150, 'файл');
    try {
      const own = new Uint8Array(placed.bytes);
      if (placed.format === 'jpg') await out.embedJpg(own);
      else await out.embedPng(own);
    } catch {
      throw new AttachmentError('imageBroken', 'файл');
    }
  }

  it.each([
    [
      'PNG, arbitrary bytes after the signature',
      () => bytesWithPrefix([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    ],
    ['PNG, a valid file mutated', () => mutated(png)],
    ['JPEG, arbitrary bytes after SOI', () => bytesWithPrefix([0xff, 0xd8, 0xff])],
    ['JPEG, a valid file mutated', () => mutated(jpg)],
    [
      'PDF, arbitrary bytes after the header',
      () => bytesWithPrefix([...Buffer.from('%PDF-1.7\n')]),
    ],
    ['PDF, a valid file mutated', () => mutated(pdf)],
    ['anything at all', () => fc.uint8Array({ maxLength: 4096 })],
  ])('%s: taken, or an AttachmentError naming the file', async (_label, arb) => {
    await fc.assert(
      fc.asyncProperty(arb(), (bytes) =>
        takenOrRefused(() => attachAndBundle(bytes), [AttachmentError]),
      ),
      { numRuns: RUNS.mutated },
    );
  });
});

describe('template packs', () => {
  const base = baseTemplates();
  afterAll(() => rmSync(dirname(base), { recursive: true, force: true }));
  const valid = pack(base, 7);
  it.each([
    ['arbitrary bytes', () => fc.uint8Array({ maxLength: 4096 })],
    ['arbitrary bytes after a zip signature', () => bytesWithPrefix([0x50, 0x4b, 0x03, 0x04])],
    ['a signed pack mutated', () => mutated(valid)],
  ])('%s: verified or a PackError', async (_label, arb) => {
    await fc.assert(
      fc.asyncProperty(arb(), (bytes) =>
        takenOrRefused(async () => verifyPack(bytes, [TEST_KEY]), [PackError]),
      ),
      { numRuns: RUNS.mutated },
    );
  });
});

describe('backups', () => {
  const PASS = 'correct horse battery';
  let vault: Vault;
  let valid = '';
  it('makes a backup to mutate', async () => {
    const dir = tempDir();
    vault = await Vault.create(join(dir, 'v'), PASS, { kdf: { N: 2 ** 10 } });
    vault.createMatter({ title: 'Дело', client: { lastName: 'Ким', firstName: 'А' } });
    await vault.exportTo(join(dir, 'b.refuge'), PASS);
    const { readFileSync } = await import('node:fs');
    valid = readFileSync(join(dir, 'b.refuge'), 'utf8');
  });

  const envelope = (): fc.Arbitrary<string> =>
    fc
      .record({
        format: fc.oneof(fc.constant('refuge-export'), fc.string()),
        schemaVersion: fc.anything(),
        kdf: fc.oneof(
          fc.anything(),
          fc.record({
            name: fc.oneof(fc.constant('scrypt'), fc.string()),
            N: fc.oneof(fc.integer(), fc.double(), fc.constant(2 ** 40), fc.constant(2 ** 21)),
            r: fc.oneof(fc.constant(8), fc.integer()),
            p: fc.oneof(fc.constant(1), fc.integer()),
            salt: fc.oneof(fc.base64String(), fc.string()),
          }),
        ),
        nonce: fc.oneof(fc.base64String(), fc.anything()),
        tag: fc.oneof(fc.base64String(), fc.anything()),
        data: fc.oneof(fc.base64String(), fc.anything()),
      })
      .map((e) => JSON.stringify(e));

  it.each([
    ['arbitrary text', () => fc.string({ maxLength: 2000 })],
    ['arbitrary JSON', () => fc.json()],
    ['crafted envelopes (KDF parameters included)', envelope],
    [
      'a real backup mutated',
      () => mutated(Buffer.from(valid)).map((b) => Buffer.from(b).toString('utf8')),
    ],
  ])('%s: imported or a VaultError', async (_label, arb) => {
    await fc.assert(
      fc.asyncProperty(arb(), (content) =>
        takenOrRefused(() => vault.importData(content, PASS), [VaultError]),
      ),
      { numRuns: RUNS.mutated },
    );
  });
});
