/**
 * Batch: every row of a spreadsheet rendered in parallel (the worker pool), written atomically
 * under a safe file name; every row either produced or reported with all its errors. One bad row,
 * or one crashed worker, never stops the others.
 */
import {
  closeSync,
  existsSync,
  fchmodSync,
  fsyncSync,
  mkdirSync,
  openSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { setMaxListeners } from 'node:events';
import type { Manifest } from '../../common/manifest.ts';
import type { Lang } from '../../common/lang.ts';
import { deadlineView, type DeadlineView } from '../../common/filing-deadlines.ts';
import { SOON_DAYS } from '../../common/days-left.ts';
import type { Preflight } from '../engine/index.ts';
import { formatMessage } from '../../common/messages.ts';
import { RenderPool } from '../workers/pool.ts';
import {
  addSheetItems,
  mapColumns,
  mapGroupSheets,
  rowToAnswers,
  type ItemOrigins,
  type Mapping,
} from './mapping.ts';
import type { Sheet, TableRow } from './read.ts';
import { clientLabel, safeFileName } from '../../common/file-names.ts';

export interface RowIssue {
  readonly column: string;
  readonly message: string;
}

export interface RowResult {
  readonly row: number;
  readonly status: 'done' | 'skipped' | 'failed' | 'cancelled';
  readonly files: readonly string[];
  readonly issues: readonly RowIssue[];
  /** A produced row's pre-flight: what to look at before filing it (issue 22). */
  readonly check?: RowCheck;
}

/** The per-row pre-flight: deadlines passed or within two days, unverified cites, names. */
export interface RowCheck {
  readonly deadlines: readonly Pick<
    DeadlineView,
    'label' | 'lastDay' | 'daysLeft' | 'missed' | 'arguable' | 'related'
  >[];
  readonly unverifiedCites: number;
  readonly names: readonly string[];
}

function rowCheck(preflight: Preflight, manifest: Manifest, lang: Lang): RowCheck | undefined {
  const deadlines = preflight.deadlines
    .filter((d) => d.missed || d.daysLeft <= SOON_DAYS)
    .map((d) => {
      // Labelled as every other screen labels it; the report prints no cite texts.
      const { label, lastDay, daysLeft, missed, arguable, related } = deadlineView(
        d,
        manifest,
        lang,
        (key) => key,
      );
      return { label, lastDay, daysLeft, missed, arguable, related };
    });
  const cites = new Set(
    preflight.notices.flatMap((n) => (n.kind === 'unverifiedCite' ? [n.key] : [])),
  );
  const names = [
    ...new Set(
      preflight.notices.flatMap((n) =>
        (n.kind === 'autoDeclined' || n.kind === 'undeclined') && n.name.trim() !== ''
          ? [n.name]
          : [],
      ),
    ),
  ];
  if (deadlines.length === 0 && cites.size === 0 && names.length === 0) return undefined;
  return { deadlines, unverifiedCites: cites.size, names };
}

export interface BatchCounts {
  done: number;
  skipped: number;
  failed: number;
  cancelled: number;
}

/** A table in memory, or rows read from a file as they are needed (`total` known beforehand). */
export interface BatchTable {
  readonly headers: readonly string[];
  readonly sheets?: Readonly<Record<string, Sheet>>;
  readonly rows: Iterable<TableRow> | AsyncIterable<TableRow>;
  /** The number of rows, for progress (an array's length by default). */
  readonly total?: number;
}

export interface BatchOptions {
  readonly manifest: Manifest;
  readonly table: BatchTable;
  readonly outDir: string;
  readonly formats: readonly ('pdf' | 'docx')[];
  /** PDF files as PDF/A-2b. */
  readonly pdfa?: boolean;
  readonly jobs: number;
  /** File name pattern: `{{path}}` tokens substituted from the answers (no Handlebars: it escapes). */
  readonly name: string;
  readonly force: boolean;
  readonly today: string;
  readonly lang: Lang;
  readonly messagesLang: Lang;
  readonly templatesDir?: string;
  readonly onProgress?: (done: number, total: number) => void;
  /** A saved mapping (column → field) instead of matching by key and label. */
  readonly mapping?: Mapping;
  /** Stops the batch: rows not yet rendered are reported "cancelled"; written files stay. */
  readonly signal?: AbortSignal;
  /** Heap limit per worker, MB (default 512): a runaway row kills only its worker. */
  readonly workerHeapMb?: number;
  /** Rows read and not yet reported, at most (default: 16 per worker). */
  readonly window?: number;
  /** Each row's result in row order, as soon as it and every row before it are finished. */
  readonly onResult?: (result: RowResult) => void;
  /** Keep every result in the returned list (default); false: only `onResult` and the counts. */
  readonly keepResults?: boolean;
}

export { safeFileName };

function lookup(answers: Record<string, unknown>, path: string): string {
  // `{{applicant.initials}}`: a person's initials, for names that carry no surname.
  const person = /^(.+)\.initials$/.exec(path);
  if (person?.[1]) {
    const holder = lookupValue(answers, person[1]);
    return holder !== null && typeof holder === 'object'
      ? clientLabel(holder as { lastName?: string; firstName?: string }, false)
      : '';
  }
  const cur = lookupValue(answers, path);
  return typeof cur === 'string' || typeof cur === 'number' ? String(cur) : '';
}

function lookupValue(answers: Record<string, unknown>, path: string): unknown {
  let cur: unknown = answers;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, part)) return null;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

export function fileNameFor(
  pattern: string,
  answers: Record<string, unknown>,
  row: number,
  today: string,
): string {
  const filled = pattern.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_m, path: string) =>
    path === 'row' ? String(row) : path === 'date' ? today : lookup(answers, path),
  );
  return safeFileName(filled);
}

/**
 * Rows read and not yet reported, per worker, by default. Reports go out in row order, so one
 * slow row holds back the finished rows behind it: a window of a few rows per worker left the
 * other workers idle behind it. Sixteen rows of answers per worker are still a few hundred KB.
 */
const WINDOW_PER_WORKER = 16;

/** Rows handed to each worker at once (see the pool's `depth`). */
const BATCH_DEPTH = 4;

export async function runBatch(
  options: BatchOptions,
): Promise<{ results: RowResult[]; counts: BatchCounts; mapping: Mapping }> {
  const { manifest, table } = options;
  const mapping: Mapping = {
    ...(options.mapping ?? mapColumns(manifest, table.headers)),
    ...(table.sheets ? mapGroupSheets(manifest, table.headers, table.sheets) : {}),
  };
  mkdirSync(options.outDir, { recursive: true });
  // Started for the first row that needs rendering: a rerun with every row done starts no worker.
  const started: { pool: RenderPool | null } = { pool: null };
  const pool = (): RenderPool =>
    (started.pool ??= new RenderPool({
      size: options.jobs,
      // Each worker holds its next rows: while this thread waits for a core (a busy machine), the
      // workers go on. Traced with --jobs 2 at load 20, two rows in hand left each worker idle
      // 2–15 % of the batch, four 1–7 %; a cancel lets the rows in hand finish (ms each).
      depth: BATCH_DEPTH,
      ...(options.workerHeapMb ? { maxOldGenerationSizeMb: options.workerHeapMb } : {}),
      ...(options.templatesDir ? { templatesDir: options.templatesDir } : {}),
    }));
  // Every row in flight listens for the stop.
  if (options.signal) setMaxListeners(0, options.signal);
  const taken = new Set<string>();
  const total = table.total ?? (Array.isArray(table.rows) ? table.rows.length : 0);
  const window = Math.max(1, options.window ?? options.jobs * WINDOW_PER_WORKER);
  const keep = options.keepResults ?? true;
  const results: RowResult[] = [];
  const counts: BatchCounts = { done: 0, skipped: 0, failed: 0, cancelled: 0 };
  // Results are handed on in row order: a finished row waits for the slower ones before it.
  const finished = new Map<number, RowResult>();
  let read = 0;
  let reported = 0;
  let progress = 0;
  let wake: (() => void) | null = null;
  let failure: { err: unknown } | null = null as { err: unknown } | null;
  const report = (index: number, result: RowResult): void => {
    finished.set(index, result);
    for (let next = finished.get(reported); next; next = finished.get(reported)) {
      finished.delete(reported++);
      counts[next.status]++;
      if (keep) results.push(next);
      options.onResult?.(next);
    }
    wake?.();
  };

  const renderRow = async ({ row, cells }: TableRow): Promise<RowResult> => {
    const answers = rowToAnswers(manifest, mapping, cells);
    const origins = addSheetItems(manifest, mapping, table.sheets ?? {}, cells, answers);
    let base = fileNameFor(options.name, answers, row, options.today);
    // Collisions are numbered in row order: rows are named as they are read, in file order.
    for (let n = 2; taken.has(base.toLowerCase()); n++)
      base = `${fileNameFor(options.name, answers, row, options.today)} (${n})`;
    taken.add(base.toLowerCase());
    const files = options.formats.map((f) => join(options.outDir, `${base}.${f}`));
    if (options.signal?.aborted) return { row, status: 'cancelled', files: [], issues: [] };
    if (!options.force && files.every((f) => existsSync(f)))
      return { row, status: 'skipped', files, issues: [] };
    const request = {
      templateId: manifest.id,
      answers,
      lang: options.lang,
      messagesLang: options.messagesLang,
      today: options.today,
      ...(options.pdfa ? { pdfa: true } : {}),
    };
    const outFiles = options.formats.map((format, i) => ({ format, file: files[i] ?? '' }));
    const reply = await pool().render(
      request,
      options.formats[0] ?? 'pdf',
      options.signal,
      outFiles,
    );
    if (!reply.ok && reply.kind === 'cancelled')
      return { row, status: 'cancelled', files: [], issues: [] };
    if (!reply.ok) {
      const issues =
        reply.kind === 'invalidAnswers'
          ? reply.issues.map((i) => ({
              column: columnFor(mapping, i.path, origins),
              message: `${i.place}: ${i.message}`,
            }))
          : [
              {
                column: '',
                message: formatMessage(
                  reply.kind === 'crashed' ? 'renderCrashed' : 'renderFailed',
                  options.messagesLang,
                  { detail: reply.kind === 'crashed' ? `(${reply.message})` : reply.message },
                ),
              },
            ];
      return { row, status: 'failed', files: [], issues };
    }
    const check = rowCheck(reply.preflight, manifest, options.messagesLang);
    return {
      row,
      status: 'done',
      files: [...(reply.written ?? [])],
      issues: [],
      ...(check ? { check } : {}),
    };
  };

  try {
    for await (const row of table.rows) {
      const index = read++;
      void renderRow(row)
        .catch((err: unknown): RowResult => ({
          // Whatever goes wrong with one row is that row's problem: the batch goes on.
          row: row.row,
          status: 'failed',
          files: [],
          issues: [
            {
              column: '',
              message: formatMessage('renderFailed', options.messagesLang, {
                detail: err instanceof Error ? err.message : String(err),
              }),
            },
          ],
        }))
        .then((result) => {
          options.onProgress?.(++progress, total);
          report(index, result);
        })
        .catch((err: unknown) => {
          // The report could not be written (disk full …): the batch stops and says so.
          failure ??= { err };
          wake?.();
        });
      // At most `window` rows read and not yet reported: memory is the window's, not the file's.
      while (read - reported >= window && !failure) await new Promise<void>((r) => (wake = r));
      if (failure) throw failure.err;
    }
    while (reported < read && !failure) await new Promise<void>((r) => (wake = r));
    if (failure) throw failure.err;
    return { results, counts, mapping };
  } finally {
    await started.pool?.close();
  }
}

/**
 * The spreadsheet column an answer path came from (`children[0].name` → `children1_name`), or the
 * group sheet's line and column (`Несовершеннолетние дети!3:Дата рождения`).
 */
function columnFor(mapping: Mapping, path: string, origins: ItemOrigins = {}): string {
  const m = /^(\w+)(?:\[(\d+)\]\.(\w+))?$/.exec(path);
  const origin = m?.[2] !== undefined ? origins[`${m[1]}[${m[2]}]`] : undefined;
  if (origin) {
    const sheet = mapping.groupSheets?.find((g) => g.sheet === origin.sheet);
    const header =
      Object.entries(sheet?.columns ?? {}).find(([, sub]) => sub === m?.[3])?.[0] ?? m?.[3];
    return `${origin.sheet}!${origin.row}:${header}`;
  }
  for (const [header, t] of Object.entries(mapping.columns)) {
    if (t.kind === 'field' && t.key === path) return header;
    if (t.kind === 'group' && m && t.key === m[1] && t.index === Number(m[2]) && t.sub === m[3])
      return header;
    if (t.kind === 'person' && t.key === path) return header;
  }
  // No such column: name the one to add, as `refuge batch-template` writes it.
  if (m?.[2] !== undefined) return `${m[1]}${Number(m[2]) + 1}_${m[3]}`;
  return path;
}

const REPORT_HEADER = '\uFEFFrow,status,column,message,files\r\n';

/** A row's lines of report.csv: one per problem, or one for a row without any. */
function reportLines(r: RowResult): string {
  const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  if (r.issues.length === 0)
    return `${[r.row, r.status, '', '', quote(r.files.join('; '))].join(',')}\r\n`;
  return r.issues
    .map((i) => `${[r.row, r.status, quote(i.column), quote(i.message), ''].join(',')}\r\n`)
    .join('');
}

/** report.csv: one line per row problem, and one per produced row. */
export function reportCsv(results: readonly RowResult[]): string {
  return (
    REPORT_HEADER +
    [...results]
      .sort((a, b) => a.row - b.row)
      .map(reportLines)
      .join('')
  );
}

/**
 * report.csv written as rows finish (they come in row order from `onResult`), so a batch of
 * 10 000 rows never holds its report, and a batch stopped half-way leaves the report of what it
 * did. The same bytes as `reportCsv` of the same results. Client names and errors: as private as
 * the PDFs beside it (0600), whoever made the file before.
 */
export class ReportFile {
  private readonly fd: number;

  constructor(readonly file: string) {
    this.fd = openSync(file, 'w', 0o600);
    fchmodSync(this.fd, 0o600);
    writeSync(this.fd, REPORT_HEADER);
  }

  add(result: RowResult): void {
    writeSync(this.fd, reportLines(result));
  }

  close(): void {
    fsyncSync(this.fd);
    closeSync(this.fd);
  }
}
