import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { decodeText, parseCsv, parseXlsx, type Table } from '../../main/batch/read.ts';
import {
  mapColumns,
  MappingError,
  mappingFromJson,
  mappingToJson,
  rowToAnswers,
  templateHeaders,
} from '../../main/batch/mapping.ts';
import {
  fileNameFor,
  reportCsv,
  runBatch,
  safeFileName,
  type BatchOptions,
} from '../../main/batch/run.ts';
import { getServices } from '../../main/services.ts';
import { pdfText } from '../helpers/extract.ts';
import { base, headers } from '../helpers/refugee-rows.ts';
import { tempDir } from '../helpers/tmp.ts';

const { engine } = getServices();
const manifest = engine.template('refugee-application').manifest;

describe('reading spreadsheets', () => {
  it('decodes UTF-8 with and without BOM and Windows-1251', () => {
    const text = 'фамилия;имя\nКузнецов;Дмитрий\n';
    expect(decodeText(new TextEncoder().encode(text))).toBe(text);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(
      text,
    );
    expect(decodeText(iconv.encode(text, 'windows-1251'))).toBe(text);
  });

  it('detects the delimiter and keeps spreadsheet row numbers', () => {
    for (const d of [',', ';', '\t']) {
      const table = parseCsv(`# help line\na${d}b\n1${d}2\n\n3${d}4\n`);
      expect(table.headers).toEqual(['a', 'b']);
      expect(table.rows.map((r) => [r.row, r.cells.a])).toEqual([
        [3, '1'],
        [5, '3'],
      ]);
    }
  });

  it('reads XLSX with real dates from the first or a named sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('other').addRow(['x']);
    const sheet = wb.addWorksheet('clients');
    sheet.addRow(['applicant.lastName', 'arrivalDate']);
    sheet.addRow(['Әбілов', new Date(Date.UTC(2026, 10, 20))]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const table = await parseXlsx(bytes, 'clients');
    expect(table.rows[0]?.cells).toEqual({
      'applicant.lastName': 'Әбілов',
      arrivalDate: '2026-11-20',
    });
    await expect(parseXlsx(bytes, 'missing')).rejects.toThrow(/no sheet named/);
  });
});

describe('column mapping', () => {
  it('maps keys, labels in three languages, person parts and numbered group columns', () => {
    const headers = [
      'applicant.lastName',
      'applicant_firstName',
      'applicant.sex',
      'Дата прибытия в Казахстан',
      'Border crossing point',
      'family1_name',
      'family_2_relation',
      'family[1].birthDate',
      'mystery',
    ];
    const mapping = mapColumns(manifest, headers);
    expect(mapping.unmapped).toEqual(['mystery']);
    const answers = rowToAnswers(manifest, mapping, {
      'applicant.lastName': 'Кузнецов',
      applicant_firstName: 'Дмитрий',
      'applicant.sex': 'м',
      'Дата прибытия в Казахстан': '46346', // an Excel serial date
      'Border crossing point': 'Карасу',
      family1_name: 'Кузнецова Анна',
      family_2_relation: 'сын',
      'family[1].birthDate': '01.02.2015',
      mystery: 'x',
    });
    expect(answers).toMatchObject({
      applicant: { lastName: 'Кузнецов', firstName: 'Дмитрий', sex: 'male' },
      arrivalDate: '2026-11-20',
      borderPoint: 'Карасу',
      family: [{ name: 'Кузнецова Анна', birthDate: '01.02.2015' }, { relation: 'сын' }],
    });
    expect(templateHeaders(manifest)).toContain('family2_birthDate');
  });

  it('saves a mapping to a file and reads it back, refusing targets the filing does not have', () => {
    const headers = ['Фамилия', 'Имя', 'Прибыл', 'Жена'];
    const saved = {
      Фамилия: 'applicant.lastName',
      Имя: 'applicant.firstName',
      Прибыл: 'arrivalDate',
      Жена: 'family[1].name',
    };
    const mapping = mappingFromJson(manifest, saved, headers);
    expect(mappingToJson(mapping)).toEqual(saved);
    expect(
      rowToAnswers(manifest, mapping, {
        Фамилия: 'Әбілов',
        Имя: 'Нұрлан',
        Прибыл: '20.11.2026',
        Жена: 'Әбілова Айгерім',
      }),
    ).toMatchObject({
      applicant: { lastName: 'Әбілов', firstName: 'Нұрлан' },
      arrivalDate: '20.11.2026',
      family: [{ name: 'Әбілова Айгерім' }],
    });
    expect(() => mappingFromJson(manifest, { X: 'nonsense' }, ['X'])).toThrow(MappingError);
    expect(() => mappingFromJson(manifest, { X: 'applicant.shoeSize' }, ['X'])).toThrow(
      /not a field/,
    );
  });
});

describe('file names', () => {
  it.each([
    ['../../etc/passwd', '.._.._etc_passwd'],
    ['CON', '_CON'],
    ['Әбілов: жалоба?.', 'Әбілов_ жалоба_'],
    ['  ', 'filing'],
  ])('%j → %j', (raw, expected) => {
    expect(safeFileName(raw)).toBe(expected);
  });
  it('keeps names within 255 bytes and substitutes without Handlebars escaping', () => {
    expect(Buffer.byteLength(safeFileName('Ә'.repeat(300)))).toBeLessThanOrEqual(200);
    expect(
      fileNameFor(
        '{{applicant.lastName}} & {{date}}-{{row}}',
        { applicant: { lastName: "O'Brien" } },
        7,
        '2026-11-25',
      ),
    ).toBe("O'Brien & 2026-11-25-7");
  });
});

describe('a batch run', () => {
  it('produces every valid row in parallel, reports the bad one by row and column, skips done rows on rerun', async () => {
    const rows = [
      { row: 2, cells: { ...base, 'applicant.lastName': 'Петров' } },
      { row: 3, cells: { ...base, 'applicant.lastName': 'Сидоров', arrivalDate: '32.11.2026' } },
      { row: 4, cells: { ...base, 'applicant.lastName': 'Петров' } },
      { row: 5, cells: { ...base, 'applicant.lastName': 'Әбілов' } },
    ];
    const outDir = tempDir('refuge-batch-');
    const options = {
      manifest,
      table: { headers, rows },
      outDir,
      formats: ['pdf', 'docx'] as ('pdf' | 'docx')[],
      jobs: 2,
      name: '{{applicant.lastName}}',
      force: false,
      today: '2026-11-25',
      lang: 'ru' as const,
      messagesLang: 'ru' as const,
    };
    const { results } = await runBatch(options);
    expect(results.map((r) => [r.row, r.status])).toEqual([
      [2, 'done'],
      [3, 'failed'],
      [4, 'done'],
      [5, 'done'],
    ]);
    expect(results[1]?.issues).toEqual([
      {
        column: 'arrivalDate',
        message: 'Дата прибытия в Казахстан: Неверная дата: введите ДД.ММ.ГГГГ',
      },
    ]);
    expect(readdirSync(outDir).sort()).toEqual([
      'Петров (2).docx',
      'Петров (2).pdf',
      'Петров.docx',
      'Петров.pdf',
      'Әбілов.docx',
      'Әбілов.pdf',
    ]);
    expect(pdfText(readFileSync(join(outDir, 'Әбілов.pdf')))).toContain('Әбілов');
    const report = reportCsv(results);
    expect(report).toContain('3,failed,"arrivalDate"');
    const mtime = statSync(join(outDir, 'Петров.pdf')).mtimeMs;
    const again = await runBatch(options);
    expect(again.results.filter((r) => r.status === 'skipped')).toHaveLength(3);
    expect(statSync(join(outDir, 'Петров.pdf')).mtimeMs).toBe(mtime);
  }, 120_000);
});

/** A one-worker batch writing one PDF per row, named after the applicant. */
function onePdfEach(table: Table, outDir: string): BatchOptions {
  return {
    manifest,
    table,
    outDir,
    formats: ['pdf'],
    jobs: 1,
    name: '{{applicant.lastName}}',
    force: false,
    today: '2026-11-25',
    lang: 'ru',
    messagesLang: 'ru',
  };
}

describe('repeating groups from a second sheet', () => {
  it('ties the family sheet to rows by id, and reports an item error by sheet, line and column', async () => {
    const wb = new ExcelJS.Workbook();
    const main = wb.addWorksheet('Заявители');
    main.addRow(['id', ...headers]);
    main.addRow([
      'A1',
      ...headers.map((h) => (h === 'applicant.lastName' ? 'Петров' : base[h as keyof typeof base])),
    ]);
    main.addRow([
      'A2',
      ...headers.map((h) =>
        h === 'applicant.lastName' ? 'Сидоров' : base[h as keyof typeof base],
      ),
    ]);
    const family = wb.addWorksheet('Члены семьи');
    family.addRow(['№', 'ФИО', 'Кем приходится', 'Дата рождения', 'Примечание']);
    family.addRow(['A1', 'Петрова Анна Ивановна', 'жена', new Date(Date.UTC(1998, 4, 3))]);
    family.addRow(['A2', 'Сидоров Илья', 'сын', '31.02.2020']);
    family.addRow(['A1', 'Петров Лев Артёмович', 'сын', '12.01.2021']);
    wb.addWorksheet('Заметки').addRow(['что-то']);
    const table = await parseXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    const outDir = tempDir('refuge-batch-sheets-');
    const { results, mapping } = await runBatch(onePdfEach(table, outDir));
    expect(mapping.groupSheets).toEqual([
      {
        sheet: 'Члены семьи',
        key: 'family',
        mainId: 'id',
        itemId: '№',
        columns: { ФИО: 'name', 'Кем приходится': 'relation', 'Дата рождения': 'birthDate' },
        unmapped: ['Примечание'],
      },
    ]);
    expect(mapping.unmappedSheets).toEqual(['Заметки']);
    expect(mapping.unmapped).toEqual([]);
    expect(results.map((r) => [r.row, r.status])).toEqual([
      [2, 'done'],
      [3, 'failed'],
    ]);
    expect(results[1]?.issues).toContainEqual({
      column: 'Члены семьи!3:Дата рождения',
      message: expect.stringMatching(/Неверная дата/),
    });
    expect(results[1]?.issues.every((i) => i.column === 'Члены семьи!3:Дата рождения')).toBe(true);
    const text = pdfText(readFileSync(join(outDir, 'Петров.pdf'))).replace(/\s+/g, ' ');
    expect(text).toContain('Петрова Анна Ивановна');
    expect(text).toContain('Петров Лев Артёмович');
    expect(text.indexOf('Петрова Анна')).toBeLessThan(text.indexOf('Петров Лев'));
  }, 120_000);
});

describe('cancelling a batch', () => {
  it('stops: rows not yet rendered are reported cancelled, written files stay whole', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({
      row: i + 2,
      cells: { ...base, 'applicant.lastName': `Клиент${i}` },
    }));
    const outDir = tempDir('refuge-batch-cancel-');
    const controller = new AbortController();
    const { results } = await runBatch({
      ...onePdfEach({ headers, rows }, outDir),
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 2) controller.abort();
      },
    });
    const done = results.filter((r) => r.status === 'done');
    const cancelled = results.filter((r) => r.status === 'cancelled');
    expect(done.length).toBeGreaterThanOrEqual(2);
    expect(cancelled.length).toBeGreaterThan(0);
    expect(done.length + cancelled.length).toBe(12);
    const files = readdirSync(outDir);
    expect(files.filter((f) => f.startsWith('.'))).toEqual([]); // no temp left behind
    for (const r of done) expect(pdfText(readFileSync(r.files[0] ?? ''))).toContain('Клиент');
    expect(reportCsv(results)).toMatch(/,cancelled,/);
  }, 120_000);
});

describe('a crashing row', () => {
  it('is reported for its row, and the batch goes on', async () => {
    const huge = 'Очень длинный рассказ о преследовании заявителя и его семьи. '.repeat(1500);
    const rows = [
      { row: 2, cells: { ...base, 'applicant.lastName': 'Первый' } },
      { row: 3, cells: { ...base, 'applicant.lastName': 'Сбой', persecutionNarrative: huge } },
      { row: 4, cells: { ...base, 'applicant.lastName': 'Третий' } },
    ];
    const outDir = tempDir('refuge-batch-crash-');
    const { results } = await runBatch({
      ...onePdfEach({ headers, rows }, outDir),
      workerHeapMb: 32, // tight enough that the runaway row kills its worker
    });
    expect(results.map((r) => [r.row, r.status])).toEqual([
      [2, 'done'],
      [3, 'failed'],
      [4, 'done'],
    ]);
    expect(results[1]?.issues[0]?.message).toMatch(
      /^Документ не подготовлен: сбой обработки.*\(.*memory.*\)$/,
    );
    expect(readdirSync(outDir).sort()).toEqual(['Первый.pdf', 'Третий.pdf']);
  }, 120_000);
});
