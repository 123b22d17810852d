/**
 * One worker_threads pool for preview and batch rendering. Jobs queue; a job can be cancelled
 * (a newer preview supersedes an older one): queued jobs are dropped, a running one has its worker
 * terminated and replaced. A crashed worker fails only its own job.
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
}

interface Pending {
  readonly job: WorkerJob;
  readonly resolve: (reply: WorkerReply) => void;
  readonly signal: AbortSignal | undefined;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
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

  constructor(private readonly options: PoolOptions = {}) {
    const size = Math.max(1, options.size ?? availableParallelism());
    for (let i = 0; i < size; i++) this.slots.push({ worker: this.spawn(), busy: null });
  }

  get size(): number {
    return this.slots.length;
  }

  private spawn(): Worker {
    const { url, execArgv } = workerEntry();
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
    outFile?: string,
  ): Promise<WorkerReply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      if (this.closed) return resolve({ id, ok: false, kind: 'cancelled', message: 'pool closed' });
      if (signal?.aborted)
        return resolve({ id, ok: false, kind: 'cancelled', message: 'cancelled' });
      const pending: Pending = {
        job: { id, request, format, ...(outFile ? { outFile } : {}) },
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
    if (!slot) return;
    // A superseded job may be minutes of layout: stop it rather than wait for it.
    void slot.worker.terminate();
    this.replace(slot, { id: pending.job.id, ok: false, kind: 'cancelled', message: 'cancelled' });
  }

  private replace(slot: Slot, reply: WorkerReply): void {
    const pending = slot.busy;
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
        slot.busy = null;
        pending.resolve(reply);
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
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
