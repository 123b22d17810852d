/**
 * Spreadsheet batches in the window: what each column fills (in the lawyer's words), starting a
 * run into a folder the user picks, its progress, and the empty spreadsheet to fill in.
 */
import type { Lang, Manifest } from '../../common/manifest.ts';
import type { BatchProgress, Payload, Results } from '../api.ts';
import { safeFileName } from '../../common/file-names.ts';
import { parseTable, TableError, type Table } from '../batch/read.ts';
import { mapColumns, mapGroupSheets, type ColumnTarget } from '../batch/mapping.ts';
import { batchTemplate, sampleAnswers } from '../batch/template.ts';
import { LanguageUnavailable } from '../engine/index.ts';
import { VaultError } from '../vault/errors.ts';
import { dayOf } from './clock.ts';
import { namesInFileNames, type AppContext, type Library } from './context.ts';
import { BadSpreadsheet } from './errors.ts';
import { defaultWorkerCount, runBatchIntoFolder } from './batch-run.ts';
import { defaultNamePattern } from '../batch/jobs.ts';
import { saveAs } from './filings.ts';
import { localize } from '../../common/locales/index.ts';

/** What a spreadsheet column fills, as the user knows the field: its label in the UI language. */
function targetLabel(manifest: Manifest, target: ColumnTarget, lang: Lang): string {
  const field = manifest.fields.find((f) => f.key === target.key);
  if (!field) return target.key;
  if (target.kind === 'person')
    return `${field.label[lang]} › ${localize(lang, `batchColumns.${target.part}`)}`;
  if (target.kind === 'group' && field.type === 'group') {
    const sub = field.fields.find((f) => f.key === target.sub);
    return `${field.itemLabel[lang]} № ${target.index + 1} › ${sub?.label[lang] ?? target.sub}`;
  }
  return field.label[lang];
}

async function readSpreadsheet(fileName: string, base64: string): Promise<Table> {
  try {
    return await parseTable(Buffer.from(base64, 'base64'), fileName);
  } catch (err) {
    if (err instanceof TableError && err.limit)
      throw new BadSpreadsheet(fileName, err.limit, err.params);
    throw new BadSpreadsheet(fileName);
  }
}

export async function inspectBatch(
  ctx: AppContext,
  p: Payload<'batch:inspect'>,
): Promise<Results['batch:inspect']> {
  ctx.session.open(); // a locked app reads and renders nothing
  const manifest = ctx.services.engine.template(p.templateId).manifest;
  const table = await readSpreadsheet(p.fileName, p.content);
  const mapping = mapColumns(manifest, table.headers);
  const sheets = table.sheets ? mapGroupSheets(manifest, table.headers, table.sheets) : {};
  return {
    rows: table.rows.length,
    columns: table.headers.map((header) => {
      const target = mapping.columns[header];
      const tied = (sheets.groupSheets ?? []).filter((g) => g.mainId === header);
      if (tied.length > 0)
        return {
          header,
          field: `${localize(p.uiLang, 'batchColumns.rowIdLabel')} ${tied.map((g) => `«${g.sheet}»`).join(', ')}`,
        };
      return { header, field: target ? targetLabel(manifest, target, p.uiLang) : null };
    }),
    groupSheets: (sheets.groupSheets ?? []).map((g) => {
      const field = manifest.fields.find((f) => f.key === g.key);
      return {
        sheet: g.sheet,
        field: field?.label[p.uiLang] ?? g.key,
        lines: table.sheets?.[g.sheet]?.rows.length ?? 0,
        unmapped: g.unmapped,
      };
    }),
    ignoredSheets: sheets.unmappedSheets ?? [],
    canReveal: ctx.session.options.saveTarget.reveal !== undefined,
  };
}

export async function startBatch(
  ctx: AppContext,
  p: Payload<'batch:start'>,
): Promise<Results['batch:start']> {
  const { session } = ctx;
  session.open(); // a locked app reads and renders nothing
  const manifest = ctx.services.engine.template(p.templateId).manifest;
  if (!manifest.languages.includes(p.lang)) throw new LanguageUnavailable(p.templateId, p.lang);
  const table = await readSpreadsheet(p.fileName, p.content);
  const today = dayOf();
  const folder = safeFileName(
    `${manifest.title[p.uiLang]} — ${p.fileName.replace(/\.[^.]+$/, '')} — ${today}`,
  );
  const outDir = await session.options.saveTarget.chooseFolder(folder);
  if (outDir === null) return { runId: null, outDir: null };
  const name = defaultNamePattern(manifest, namesInFileNames(ctx));
  const runId = session.batches.start(table.rows.length, outDir, (hooks) =>
    runBatchIntoFolder({
      manifest,
      table,
      outDir,
      formats: p.formats,
      jobs: defaultWorkerCount(),
      name,
      force: p.force,
      today,
      lang: p.lang,
      messagesLang: p.uiLang,
      ...hooks,
      ...(session.options.templatesDir ? { templatesDir: session.options.templatesDir } : {}),
    }),
  );
  return { runId, outDir };
}

export function batchProgress(ctx: AppContext, runId: string): BatchProgress {
  const progress = ctx.session.batches.progress(runId);
  if (!progress) throw new VaultError('notFound', 'No such batch.');
  return progress;
}

export function cancelBatch(ctx: AppContext, runId: string): BatchProgress {
  ctx.session.batches.cancel(runId);
  return batchProgress(ctx, runId);
}

export async function revealBatch(ctx: AppContext, runId: string): Promise<{ revealed: boolean }> {
  const reveal = ctx.session.options.saveTarget.reveal;
  if (!reveal) return { revealed: false };
  await reveal(batchProgress(ctx, runId).outDir);
  return { revealed: true };
}

/**
 * The spreadsheet to fill in, one column per field and a sample row: the window saves it where
 * the user picks, `refuge batch-template` where told. No client data in it.
 */
export async function makeBatchTemplate(
  engine: Library,
  templateId: string,
  uiLang: Lang,
  format: 'xlsx' | 'csv',
): Promise<{ name: string; bytes: Uint8Array; columns: number }> {
  const bundle = engine.template(templateId);
  const made = await batchTemplate(bundle.manifest, uiLang, format, sampleAnswers(bundle.origin));
  const name = safeFileName(
    `${bundle.manifest.title[uiLang]} — ${localize(uiLang, 'fileNames.batchTemplateSuffix')}`,
  );
  return { name, bytes: made.bytes, columns: made.columns };
}

/** Asked for without the vault: the spreadsheet carries no client data. */
export async function saveBatchTemplate(
  ctx: AppContext,
  p: Payload<'batch:template'>,
): Promise<Results['batch:template']> {
  const made = await makeBatchTemplate(ctx.services.engine, p.templateId, p.uiLang, p.format);
  return { savedTo: await saveAs(ctx, made.name, p.format, made.bytes) };
}
