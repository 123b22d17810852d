/**
 * One worker_threads pool for preview and batch rendering. Jobs queue; a job can be cancelled
 * (a newer preview supersedes an older one): queued jobs are dropped; a running one is answered
 * "cancelled" at once and left to finish if it does so within a grace period — a warm worker
 * renders a filing in tens of milliseconds, while a fresh one needs most of a second to load
 * fonts and templates — and only past that is its worker terminated and replaced. A crashed
 * worker fails only its own job. With `depth` > 1 (batch) each worker is handed its next job
 * before it finishes the current one, so it never waits on the main thread between rows.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { appendFileSync, existsSync } from 'node:fs';
import type { BundleJob, WorkerJob, WorkerReply, WorkerRequest } from './protocol.ts';
import type { PackOptions } from '../packs/template-library.ts';
import * as clock from '../../common/clock.ts';

export interface PoolOptions {
  readonly size?: number;
  readonly templatesDir?: string;
  /** Installed template packs and trusted keys, when not the app's defaults (tests). */
  readonly packs?: PackOptions;
  /** Heap limit per worker, MB: one runaway document cannot take the app down. */
  readonly maxOldGenerationSizeMb?: number;
  /** How long a cancelled running job may take to finish before its worker is terminated. */
  readonly cancelGraceMs?: number;
  /** Jobs handed to each worker at a time (1: preview; 2: batch, no idle gap between rows). */
  readonly depth?: number;
}

interface Pending {
  readonly job: WorkerJob;
  readonly resolve: (reply: WorkerReply) => void;
  readonly signal: AbortSignal | undefined;
}

interface Slot {
  worker: Worker;
  /** Jobs handed to this worker, oldest (the one it is working on) first. */
  running: Pending[];
  /** Set while a cancelled job is finishing: terminates the worker if it takes too long. */
  graceTimer: NodeJS.Timeout | null;
}

/**
 * `node --cpu-prof [--cpu-prof-dir=…] …`: each worker writes its own profile too (a worker given
 * its own execArgv inherits none of the process's).
 */
function profilingArgs(): string[] {
  const args: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--cpu-prof') && !arg.startsWith('--heap-prof')) continue;
    args.push(arg);
    // `--cpu-prof-dir dir` as two arguments: the value comes along.
    const next = argv[i + 1];
    if (!arg.includes('=') && /-(dir|name|interval)$/.test(arg) && next !== undefined) {
      args.push(next);
      i++;
    }
  }
  return args;
}

function workerEntry(): { url: URL; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    // Running from sources (tests, npm run cli): the worker registers the TypeScript loader itself.
    return {
      url: new URL('./render-worker-dev.mjs', import.meta.url),
      execArgv: profilingArgs(),
    };
  }
  // Packaged: the worker and everything it reads are unpacked beside app.asar (electron-builder
  // asarUnpack) — an ES-module worker loaded from inside an asar has broken in Electron releases.
  const built = pathToFileURL(
    outsideAsar(fileURLToPath(new URL('./render-worker.js', import.meta.url))),
  );
  if (!existsSync(fileURLToPath(built)))
    throw new Error('render-worker.js is missing from the build');
  return { url: built, execArgv: profilingArgs() };
}

/** `…/app.asar/dist/x.js` → `…/app.asar.unpacked/dist/x.js`; any other path unchanged. */
export function outsideAsar(path: string): string {
  return path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

/** Past this many workers a batch gains little: they share one main thread and memory bus. */
const MAX_DEFAULT_WORKERS = 8;
/** Memory to allow each worker: about 100 MB resident while rendering, up to its heap limit. */
const MEMORY_PER_WORKER = 512 * 1024 * 1024;

/**
 * How many workers a batch starts when not told (`--jobs`): one per core this process may use
 * (cgroup and affinity limits included), at most 8, and no more than the memory holds at 512 MB
 * each — a 4 GB laptop with 8 cores would otherwise swap.
 */
export function defaultWorkerCount(
  cores: number = availableParallelism(),
  memoryBytes: number = totalmem(),
): number {
  return Math.max(
    1,
    Math.min(cores, MAX_DEFAULT_WORKERS, Math.floor(memoryBytes / MEMORY_PER_WORKER)),
  );
}

export class RenderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private started = 0;

  constructor(private readonly options: PoolOptions = {}) {
    const trace = process.env.REFUGE_TRACE_WORKERS; // see render-worker.ts
    if (trace) {
      const at = (performance.timeOrigin + performance.now()).toFixed(1);
      try {
        appendFileSync(trace, `pool ${performance.timeOrigin.toFixed(1)} ${at}\n`);
      } catch {
        // measuring only: never a reason not to render
      }
    }
    const size = Math.max(1, options.size ?? defaultWorkerCount());
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: this.spawn(), running: [], graceTimer: null };
      this.attach(slot);
      this.slots.push(slot);
    }
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
      workerData: { templatesDir: this.options.templatesDir, packs: this.options.packs },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb ?? 512 },
    });
    worker.unref();
    return worker;
  }

  /** Listens to the slot's current worker; events of a worker since replaced are ignored. */
  private attach(slot: Slot): void {
    const worker = slot.worker;
    worker.on('message', (reply: WorkerReply) => {
      if (slot.worker !== worker) return;
      const index = slot.running.findIndex((p) => p.job.id === reply.id);
      if (index < 0) return;
      const [pending] = slot.running.splice(index, 1);
      if (index === 0) this.clearGrace(slot);
      if (slot.running.length === 0) worker.unref();
      pending?.resolve(reply); // no effect if it was already answered "cancelled"
      this.pump();
    });
    worker.on('error', (err: Error) => this.lost(slot, worker, err.message));
    worker.on('exit', (code: number) => this.lost(slot, worker, `worker exited with code ${code}`));
  }

  render(
    request: WorkerRequest,
    format: 'pdf' | 'docx',
    signal?: AbortSignal,
    outFiles?: readonly { readonly format: 'pdf' | 'docx'; readonly file: string }[],
    bundle?: BundleJob,
    hold?: SharedArrayBuffer,
  ): Promise<WorkerReply> {
    const id = this.nextId++;
    // Workers have no clock of their own: the document's timestamp is this process's (pinned) now.
    const stamped = { ...request, now: request.now ?? clock.now().toISOString() };
    return new Promise((resolve) => {
      if (this.closed) return resolve({ id, ok: false, kind: 'cancelled', message: 'pool closed' });
      if (signal?.aborted)
        return resolve({ id, ok: false, kind: 'cancelled', message: 'cancelled' });
      const onAbort = (): void => this.cancel(pending);
      const pending: Pending = {
        job: {
          id,
          request: stamped,
          format,
          ...(outFiles ? { outFiles } : {}),
          ...(bundle ? { bundle } : {}),
          ...(hold ? { hold } : {}),
        },
        resolve: (reply) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(reply);
        },
        signal,
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(pending);
      this.pump();
    });
  }

  private cancel(pending: Pending): void {
    const cancelled = (): void =>
      pending.resolve({ id: pending.job.id, ok: false, kind: 'cancelled', message: 'cancelled' });
    const queued = this.queue.indexOf(pending);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      return cancelled();
    }
    const slot = this.slots.find((s) => s.running.includes(pending));
    if (!slot) return;
    cancelled();
    // Handed over but not started: it will run, briefly, and its reply is dropped.
    if (slot.running[0] !== pending || slot.graceTimer) return;
    // A superseded job may be minutes of layout: past the grace period, stop it.
    slot.graceTimer = setTimeout(() => {
      slot.graceTimer = null;
      if (slot.running[0] !== pending) return;
      const worker = slot.worker;
      this.replace(slot);
      void worker.terminate();
    }, this.options.cancelGraceMs ?? 5_000);
    slot.graceTimer.unref();
  }

  /** The slot's worker died: its current job failed; the jobs handed to it behind that one run again. */
  private lost(slot: Slot, worker: Worker, message: string): void {
    if (slot.worker !== worker) return;
    const [current] = slot.running;
    this.replace(slot);
    current?.resolve({ id: current.job.id, ok: false, kind: 'crashed', message });
  }

  /** A fresh worker for the slot; jobs handed to the old one but not started go back in line. */
  private replace(slot: Slot): void {
    const [, ...waiting] = slot.running;
    this.clearGrace(slot);
    slot.worker.removeAllListeners();
    slot.running = [];
    this.queue.unshift(...waiting.filter((p) => !p.signal?.aborted));
    if (this.closed) return;
    slot.worker = this.spawn();
    this.attach(slot);
    this.pump();
  }

  private clearGrace(slot: Slot): void {
    if (slot.graceTimer) clearTimeout(slot.graceTimer);
    slot.graceTimer = null;
  }

  private pump(): void {
    const depth = Math.max(1, this.options.depth ?? 1);
    for (const slot of this.slots) {
      while (slot.running.length < depth && this.queue.length > 0) {
        const pending = this.queue.shift() as Pending;
        slot.running.push(pending);
        slot.worker.ref();
        slot.worker.postMessage(pending.job);
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0))
      p.resolve({ id: p.job.id, ok: false, kind: 'cancelled', message: 'pool closed' });
    for (const slot of this.slots) {
      this.clearGrace(slot);
      for (const p of slot.running)
        p.resolve({ id: p.job.id, ok: false, kind: 'cancelled', message: 'pool closed' });
      slot.running = [];
      slot.worker.removeAllListeners();
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
