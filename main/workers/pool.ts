/**
 * One worker_threads pool for preview and batch rendering. Jobs queue; a job can be cancelled
 * (a newer preview supersedes an older one): queued jobs are dropped; a running one is answered
 * "cancelled" at once and left to finish if it does so within a grace period — a warm worker
 * renders a filing in tens of milliseconds, while a fresh one needs most of a second to load
 * fonts and templates — and only past that is its worker terminated and replaced. A crashed
 * worker fails only its own job.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import type { WorkerJob, WorkerReply, WorkerRequest } from './protocol.ts';

export interface PoolOptions {
  readonly size?: number;
  readonly templatesDir?: string;
  /** Heap limit per worker, MB: one runaway document cannot take the app down. */
  readonly maxOldGenerationSizeMb?: number;
  /** How long a cancelled running job may take to finish before its worker is terminated. */
  readonly cancelGraceMs?: number;
}

interface Pending {
  readonly job: WorkerJob;
  readonly resolve: (reply: WorkerReply) => void;
  readonly signal: AbortSignal | undefined;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
  /** Set while a cancelled job is finishing: terminates the worker if it takes too long. */
  graceTimer: NodeJS.Timeout | null;
}

function workerEntry(): { url: URL; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    // Running from sources (tests, npm run cli): the worker registers the TypeScript loader itself.
    return { url: new URL('./render-worker-dev.mjs', import.meta.url), execArgv: [] };
  }
  const built = new URL('./render-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(built)))
    throw new Error('render-worker.js is missing from the build');
  return { url: built, execArgv: [] };
}

export class RenderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private started = 0;

  constructor(private readonly options: PoolOptions = {}) {
    const size = Math.max(1, options.size ?? availableParallelism());
    for (let i = 0; i < size; i++)
      this.slots.push({ worker: this.spawn(), busy: null, graceTimer: null });
  }

  get size(): number {
    return this.slots.length;
  }

  /** Workers started so far, replacements included. */
  get workersStarted(): number {
    return this.started;
  }

  private spawn(): Worker {
    const { url, execArgv } = workerEntry();
    this.started += 1;
    const worker = new Worker(url, {
      execArgv,
      workerData: { templatesDir: this.options.templatesDir },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb ?? 512 },
    });
    worker.unref();
    return worker;
  }

  render(
    request: WorkerRequest,
    format: 'pdf' | 'docx',
    signal?: AbortSignal,
    outFiles?: readonly { readonly format: 'pdf' | 'docx'; readonly file: string }[],
  ): Promise<WorkerReply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      if (this.closed) return resolve({ id, ok: false, kind: 'cancelled', message: 'pool closed' });
      if (signal?.aborted)
        return resolve({ id, ok: false, kind: 'cancelled', message: 'cancelled' });
      const pending: Pending = {
        job: { id, request, format, ...(outFiles ? { outFiles } : {}) },
        resolve,
        signal,
      };
      signal?.addEventListener('abort', () => this.cancel(pending), { once: true });
      this.queue.push(pending);
      this.pump();
    });
  }

  private cancel(pending: Pending): void {
    const queued = this.queue.indexOf(pending);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      pending.resolve({ id: pending.job.id, ok: false, kind: 'cancelled', message: 'cancelled' });
      return;
    }
    const slot = this.slots.find((s) => s.busy === pending);
    if (!slot || slot.graceTimer) return;
    pending.resolve({ id: pending.job.id, ok: false, kind: 'cancelled', message: 'cancelled' });
    // A superseded job may be minutes of layout: past the grace period, stop it.
    slot.graceTimer = setTimeout(() => {
      slot.graceTimer = null;
      if (slot.busy !== pending) return;
      void slot.worker.terminate();
      this.replace(slot, {
        id: pending.job.id,
        ok: false,
        kind: 'cancelled',
        message: 'cancelled',
      });
    }, this.options.cancelGraceMs ?? 5_000);
    slot.graceTimer.unref();
  }

  private clearGrace(slot: Slot): void {
    if (slot.graceTimer) clearTimeout(slot.graceTimer);
    slot.graceTimer = null;
  }

  private replace(slot: Slot, reply: WorkerReply): void {
    const pending = slot.busy;
    this.clearGrace(slot);
    slot.worker.removeAllListeners();
    slot.busy = null;
    if (!this.closed) slot.worker = this.spawn();
    pending?.resolve(reply);
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length === 0) continue;
      const pending = this.queue.shift() as Pending;
      slot.busy = pending;
      const worker = slot.worker;
      worker.ref();
      const onMessage = (reply: WorkerReply): void => {
        if (reply.id !== pending.job.id) return;
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        worker.unref();
        this.clearGrace(slot);
        slot.busy = null;
        pending.resolve(reply); // no effect if it was already answered "cancelled"
        this.pump();
      };
      const onError = (err: Error): void => {
        if (slot.busy !== pending) return;
        this.replace(slot, {
          id: pending.job.id,
          ok: false,
          kind: 'crashed',
          message: err.message,
        });
      };
      const onExit = (code: number): void => {
        if (slot.busy !== pending) return;
        this.replace(slot, {
          id: pending.job.id,
          ok: false,
          kind: 'crashed',
          message: `worker exited with code ${code}`,
        });
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(pending.job);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0))
      p.resolve({ id: p.job.id, ok: false, kind: 'cancelled', message: 'pool closed' });
    for (const slot of this.slots) this.clearGrace(slot);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
