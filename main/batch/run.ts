/**
 * Batch: every row of a spreadsheet rendered in parallel (the worker pool), written atomically
 * under a safe file name; every row either produced or reported with all its errors. One bad row,
 * or one crashed worker, never stops the others.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setMaxListeners } from 'node:events';
import type { Lang, Manifest } from '../../common/manifest.ts';
import type { Preflight } from '../engine/render.ts';
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
import type { Table } from './read.ts';
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
  readonly deadlines: readonly {
    readonly label: string;
    readonly lastDay: string;
    readonly daysLeft: number;
    readonly missed: boolean;
  }[];
  readonly unverifiedCites: number;
  readonly names: readonly string[];
}

/** Two days or less is as urgent as the filing screen's pre-flight marks it. */
const SOON_DAYS = 2;

function rowCheck(preflight: Preflight, manifest: Manifest, lang: Lang): RowCheck | undefined {
  const deadlines = preflight.deadlines
    .filter((d) => d.missed || d.daysLeft <= SOON_DAYS)
    .map((d) => ({
      label: manifest.deadlines.find((s) => s.id === d.id)?.label[lang] ?? d.id,
      lastDay: d.lastDay,
      daysLeft: d.daysLeft,
      missed: d.missed,
    }));
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

export interface BatchOptions {
  readonly manifest: Manifest;
  readonly table: Table;
  readonly outDir: string;
  readonly formats: readonly ('pdf' | 'docx')[];
  /** PDF files as PDF/A-2b. */
  readonly pdfa?: boolean;
  readonly jobs: number;
  /** File name pattern: `{{path}}` tokens substituted from the answers (no Handlebars: it escapes). */
  readonly name: string;
  readonly force: boolean;
  readonly today: string;
  readonly lang: 'ru' | 'kk' | 'en';
  readonly messagesLang: 'ru' | 'kk' | 'en';
  readonly templatesDir?: string;
  readonly onProgress?: (done: number, total: number) => void;
  /** A saved mapping (column → field) instead of matching by key and label. */
  readonly mapping?: Mapping;
  /** Stops the batch: rows not yet rendered are reported "cancelled"; written files stay. */
  readonly signal?: AbortSignal;
  /** Heap limit per worker, MB (default 512): a runaway row kills only its worker. */
  readonly workerHeapMb?: number;
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

export async function runBatch(
  options: BatchOptions,
): Promise<{ results: RowResult[]; mapping: Mapping }> {
  const { manifest, table } = options;
  const mapping: Mapping = {
    ...(options.mapping ?? mapColumns(manifest, table.headers)),
    ...(table.sheets ? mapGroupSheets(manifest, table.headers, table.sheets) : {}),
  };
  mkdirSync(options.outDir, { recursive: true });
  const pool = new RenderPool({
    size: options.jobs,
    depth: 2, // each worker has its next row in hand: no idle gap waiting on this thread
    ...(options.workerHeapMb ? { maxOldGenerationSizeMb: options.workerHeapMb } : {}),
    ...(options.templatesDir ? { templatesDir: options.templatesDir } : {}),
  });
  // Every queued row listens for the stop: a thousand listeners on one signal is the design.
  if (options.signal) setMaxListeners(0, options.signal);
  const taken = new Set<string>();
  let done = 0;
  const total = table.rows.length;
  try {
    const results = await Promise.all(
      table.rows.map(async ({ row, cells }): Promise<RowResult> => {
        const answers = rowToAnswers(manifest, mapping, cells);
        const origins = addSheetItems(manifest, mapping, table.sheets ?? {}, cells, answers);
        let base = fileNameFor(options.name, answers, row, options.today);
        // Collisions are numbered in row order: rows are named before any rendering starts.
        for (let n = 2; taken.has(base.toLowerCase()); n++)
          base = `${fileNameFor(options.name, answers, row, options.today)} (${n})`;
        taken.add(base.toLowerCase());
        const files = options.formats.map((f) => join(options.outDir, `${base}.${f}`));
        try {
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
          const reply = await pool.render(
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
          const written = [...(reply.written ?? [])];
          const check = rowCheck(reply.preflight, manifest, options.messagesLang);
          return { row, status: 'done', files: written, issues: [], ...(check ? { check } : {}) };
        } finally {
          options.onProgress?.(++done, total);
        }
      }),
    );
    return { results, mapping };
  } finally {
    await pool.close();
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

/** report.csv: one line per row problem, and one per produced row. */
export function reportCsv(results: readonly RowResult[]): string {
  const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  const lines = ['row,status,column,message,files'];
  for (const r of [...results].sort((a, b) => a.row - b.row)) {
    if (r.issues.length === 0)
      lines.push([r.row, r.status, '', '', quote(r.files.join('; '))].join(','));
    for (const i of r.issues)
      lines.push([r.row, r.status, quote(i.column), quote(i.message), ''].join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
