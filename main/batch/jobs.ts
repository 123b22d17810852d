/**
 * Batches started from the desktop app: each runs in the background (app/batch-run.ts, on its
 * own worker pool) while the page polls its progress; it can be cancelled, and when it ends its
 * report.csv is beside the files. Nothing of a batch is kept once the app quits: the spreadsheet lives in
 * memory only, the output is where the user chose to put it.
 */
import { randomBytes } from 'node:crypto';
import type { Manifest } from '../../common/manifest.ts';
import { CLIENT_KEYS } from '../../common/prefill.ts';
import type { RowCheck, RowResult } from './run.ts';
import * as clock from '../../common/clock.ts';

export interface BatchProgress {
  readonly runId: string;
  readonly total: number;
  readonly done: number;
  readonly produced: number;
  readonly skipped: number;
  readonly failed: number;
  readonly cancelled: number;
  /** Rows per second so far, and the seconds left at that rate (null until it is known). */
  readonly rate: number;
  readonly etaSeconds: number | null;
  readonly finished: boolean;
  readonly outDir: string;
  /** When finished: every problem, row by row, as in report.csv. */
  readonly problems: readonly { row: number; column: string; message: string }[];
  /** When finished: each produced row's pre-flight, row by row (only rows with something). */
  readonly checks: readonly ({ readonly row: number } & RowCheck)[];
  readonly reportFile: string | null;
}

interface Job {
  readonly runId: string;
  readonly outDir: string;
  readonly total: number;
  readonly started: number;
  readonly controller: AbortController;
  done: number;
  results: RowResult[] | null;
  reportFile: string | null;
  error: unknown;
}

/** `{{applicant.lastName}}-{{row}}`: files named after the client, or the filing and the row. */
/** Initials and row by default («Ж. А.-3»); the surname only when the lawyer asked for names. */
export function defaultNamePattern(manifest: Manifest, includeNames = false): string {
  const client = manifest.fields.find(
    (f) => f.type === 'person' && (CLIENT_KEYS as readonly string[]).includes(f.key),
  );
  if (!client) return `${manifest.id}-{{row}}`;
  return `{{${client.key}.${includeNames ? 'lastName' : 'initials'}}}-{{row}}`;
}

export class BatchJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly now: () => number = clock.nowMs) {}

  /**
   * Starts `run` in the background as a batch of `total` rows into `outDir`: it is handed the
   * stop signal and where to count rows done, and resolves to the results and report.csv.
   */
  start(
    total: number,
    outDir: string,
    run: (hooks: {
      readonly signal: AbortSignal;
      readonly onProgress: (done: number) => void;
    }) => Promise<{ readonly results: RowResult[]; readonly reportFile: string }>,
  ): string {
    const runId = randomBytes(8).toString('hex');
    const job: Job = {
      runId,
      outDir,
      total,
      started: this.now(),
      controller: new AbortController(),
      done: 0,
      results: null,
      reportFile: null,
      error: null,
    };
    this.jobs.set(runId, job);
    const hooks = {
      signal: job.controller.signal,
      onProgress: (done: number): void => {
        job.done = done;
      },
    };
    void Promise.resolve()
      .then(() => run(hooks))
      .then(({ results, reportFile }) => {
        job.reportFile = reportFile;
        job.results = results;
      })
      .catch((err: unknown) => {
        job.error = err;
        job.results = [];
      });
    return runId;
  }

  cancel(runId: string): void {
    this.jobs.get(runId)?.controller.abort();
  }

  /** Cancels every batch (the vault locks, the app quits). */
  cancelAll(): void {
    for (const job of this.jobs.values()) job.controller.abort();
  }

  progress(runId: string): BatchProgress | null {
    const job = this.jobs.get(runId);
    if (!job) return null;
    if (job.error) throw job.error;
    const results = job.results ?? [];
    const count = (status: RowResult['status']): number =>
      results.filter((r) => r.status === status).length;
    const seconds = (this.now() - job.started) / 1000;
    const rate = seconds > 0 ? job.done / seconds : 0;
    const finished = job.results !== null;
    return {
      runId,
      total: job.total,
      done: job.done,
      produced: count('done'),
      skipped: count('skipped'),
      failed: count('failed'),
      cancelled: count('cancelled'),
      rate,
      etaSeconds: finished ? 0 : rate > 0 ? Math.ceil((job.total - job.done) / rate) : null,
      finished,
      outDir: job.outDir,
      problems: results
        .filter((r) => r.status === 'failed')
        .sort((a, b) => a.row - b.row)
        .flatMap((r) => r.issues.map((i) => ({ row: r.row, ...i }))),
      checks: results
        .flatMap((r) => (r.check ? [{ row: r.row, ...r.check }] : []))
        .sort((a, b) => a.row - b.row),
      reportFile: job.reportFile,
    };
  }
}
