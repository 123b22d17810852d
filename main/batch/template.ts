/**
 * The spreadsheet a paralegal fills for a batch: one column per answer (the names the column
 * mapping reads), an example row from the filing's sample, and each column's label and help in
 * the UI language (cell notes in .xlsx, a comment line in .csv). One builder for `refuge
 * batch-template` and the batch screen's «Скачать шаблон таблицы».
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Manifest } from '../../common/manifest.ts';
import type { Lang } from '../../common/lang.ts';
import { splitSample } from '../../common/samples.ts';
import { templateHeaders } from './mapping.ts';
import { REGION_KEY } from '../../common/manifest.ts';

/** The region column (not a manifest field): what it takes, in the UI language. */
const REGION_LABEL: Readonly<Record<Lang, string>> = {
  ru: 'Регион дела: aktobe, almaty… или название («Актюбинская область»); суд и место подписания, не указанные в строке, берутся из него',
  kk: 'Істің өңірі: aktobe, almaty… немесе атауы («Ақтөбе облысы»); жолда көрсетілмеген сот пен қол қойылған жер осыдан алынады',
  en: 'Region of the matter: aktobe, almaty… or its name (“Aktobe Region”); the court and place of signing the row leaves out come from it',
};

/** Flatten a sample's answers into the template's columns (the example row). */
export function exampleRow(headers: readonly string[], sample: Record<string, unknown>): string[] {
  return headers.map((h) => {
    const group = /^(\w+?)(\d+)_(\w+)$/.exec(h);
    if (group) {
      const items = sample[group[1] ?? ''];
      const item = Array.isArray(items)
        ? (items[Number(group[2]) - 1] as Record<string, unknown> | undefined)
        : undefined;
      const v = item?.[group[3] ?? ''];
      return v === undefined ? '' : String(v);
    }
    const [key, part] = h.split('.');
    const v = part
      ? (sample[key ?? ''] as Record<string, unknown> | undefined)?.[part]
      : sample[key ?? ''];
    return v === undefined || v === null
      ? ''
      : Array.isArray(v)
        ? v.join('; ')
        : typeof v === 'object'
          ? ''
          : String(v);
  });
}

/** The filing's simple sample (else its first), from a templates folder; none from a pack. */
export function sampleAnswers(origin: string): Record<string, unknown> | null {
  const dir = join(origin, 'samples');
  if (!existsSync(dir)) return null;
  const samples = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const file = samples.includes('simple.json') ? 'simple.json' : samples[0];
  if (!file) return null;
  const text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
  return splitSample(JSON.parse(text) as unknown).answers as Record<string, unknown>;
}

export interface BatchTemplate {
  readonly bytes: Uint8Array;
  readonly columns: number;
}

export async function batchTemplate(
  manifest: Manifest,
  ui: Lang,
  format: 'xlsx' | 'csv',
  example: Record<string, unknown> | null,
): Promise<BatchTemplate> {
  const headers = templateHeaders(manifest);
  const row = example ? exampleRow(headers, example) : [];
  const fieldOf = (h: string) => manifest.fields.find((f) => f.key === (h.split(/[._\d]/)[0] ?? h));
  if (format === 'xlsx') {
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    const sheet = workbook.addWorksheet(manifest.id.slice(0, 31));
    sheet.addRow(headers);
    sheet.addRow(row);
    headers.forEach((h, i) => {
      const field = fieldOf(h);
      if (h === REGION_KEY) sheet.getRow(1).getCell(i + 1).note = REGION_LABEL[ui];
      else if (field)
        sheet.getRow(1).getCell(i + 1).note =
          `${field.label[ui]}${field.required ? ' *' : ''}${field.help ? `\n${field.help[ui]}` : ''}`;
    });
    sheet.getRow(1).font = { bold: true };
    return {
      bytes: new Uint8Array(await workbook.xlsx.writeBuffer()),
      columns: headers.length,
    };
  }
  const help = `# ${headers.map((h) => (h === REGION_KEY ? REGION_LABEL[ui] : (fieldOf(h)?.label[ui] ?? h))).join(' | ')}\r\n`;
  return {
    bytes: new TextEncoder().encode(`\uFEFF${help}${Papa.unparse([headers, row])}\r\n`),
    columns: headers.length,
  };
}
