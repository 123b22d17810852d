/**
 * A rendering worker: its own engine (fonts parsed once per worker), one job at a time.
 * Runs off the main thread so a 100 000-character statement never freezes menus, IPC or autosave.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { appendFileSync } from 'node:fs';
import { getServices, type PackOptions } from '../services.ts';
import { AnswersInvalid, type OutputFormat, type RenderRequest } from '../engine/index.ts';
import type { WorkerReply, WorkerJob } from './protocol.ts';
import { writeFileAtomic } from '../atomic.ts';
import { withFilePages } from '../../common/attachments.ts';
import { AttachmentError } from '../bundle/messages.ts';
import { loadFontBytes } from '../fonts.ts';

const { templatesDir, packs } = (workerData ?? {}) as {
  templatesDir?: string;
  packs?: PackOptions;
};
const services = getServices(templatesDir, packs);

// REFUGE_TRACE_WORKERS=<file>: when this worker was ready (code and templates loaded) and each
// job's start and end, ms since the epoch, a line each: how busy the workers are (`npm run bench
// -- batch --trace`). Times only, no client data.
const traceFile = process.env.REFUGE_TRACE_WORKERS;
const stamp = (): string => (performance.timeOrigin + performance.now()).toFixed(1);
if (traceFile) trace(`worker ${threadId} ${stamp()}`);

let jobStart = '';

/** The job's reply; traced first, since the pool may end this worker as soon as it has it. */
function post(reply: WorkerReply, transfer: ArrayBuffer[] = []): void {
  if (traceFile) trace(`job ${threadId} ${jobStart} ${stamp()}`);
  parentPort?.postMessage(reply, transfer);
}

/** A trace that cannot be written is left out: it must never cost a row its reply. */
function trace(line: string): void {
  try {
    if (traceFile) appendFileSync(traceFile, `${line}\n`);
  } catch {
    // measuring only
  }
}

// One job at a time, in order: the pool may hand over the next job before this one is done,
// and a job that kills the worker must be the one it was working on.
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (job: WorkerJob) => {
  queue = queue.then(() => {
    if (job.hold) Atomics.wait(new Int32Array(job.hold), 0, 0);
    jobStart = traceFile ? stamp() : '';
    return handle(job);
  });
});

async function handle(job: WorkerJob): Promise<void> {
  let reply: WorkerReply;
  try {
    const now = new Date(job.request.now);
    const request: RenderRequest = { ...job.request, now };
    if (job.outFiles) {
      // Batch: the document is built once for all its formats, and written here, which keeps
      // the main thread free to coordinate; temp + rename, no fsync (a rerun regenerates a file
      // lost to a power cut, and waiting for the disk halves throughput).
      const built = services.engine.build(request);
      let pages: number | null = null;
      for (const { format, file } of job.outFiles) {
        const bytes =
          format === 'pdf'
            ? await services.engine.writePdf(built.document, now, {
                pdfa: request.pdfa === true,
              })
            : await services.engine.writeDocx(built.document, now);
        writeFileAtomic(file, bytes, undefined, false);
        pages ??= countPages(bytes, format);
      }
      const written: WorkerReply = {
        id: job.id,
        ok: true,
        bytes: new Uint8Array(0),
        preflight: built.preflight,
        pages,
        written: job.outFiles.map((f) => f.file),
      };
      post(written);
      return;
    }
    if (job.bundle) {
      const { files, bytes: fileBytes, index, dpi } = job.bundle;
      const answers = request.answers as Record<string, unknown>;
      const rendered = await services.engine.render(
        { ...request, answers: withFilePages(answers, files) },
        'pdf',
      );
      // Loaded for the first bundle only: image decoders and PDF copying are not a render's.
      const { assembleBundle } = await import('../bundle/assemble.ts');
      const bundle = await assembleBundle({
        document: rendered.document,
        answers: rendered.answers,
        filingPdf: rendered.bytes,
        files,
        readFile: (id) => {
          const b = fileBytes[id];
          if (!b) throw new AttachmentError('annexMissing', id);
          return b;
        },
        fonts: loadFontBytes(),
        index,
        dpi,
      });
      const out = bundle.bytes;
      post(
        {
          id: job.id,
          ok: true,
          bytes: out,
          preflight: rendered.preflight,
          pages: bundle.pages,
          bundle: { pages: bundle.pages, warnings: bundle.warnings },
        } satisfies WorkerReply,
        [out.buffer as ArrayBuffer],
      );
      return;
    }
    const result = await services.engine.render(request, job.format as OutputFormat);
    const bytes = result.bytes;
    reply = {
      id: job.id,
      ok: true,
      bytes,
      preflight: result.preflight,
      pages: countPages(bytes, job.format),
    };
    post(reply, [bytes.buffer as ArrayBuffer]);
    return;
  } catch (err) {
    reply =
      err instanceof AttachmentError
        ? {
            id: job.id,
            ok: false,
            kind: 'attachment',
            message: err.message,
            code: err.code,
            place: err.place,
            params: err.params,
          }
        : err instanceof AnswersInvalid
          ? {
              id: job.id,
              ok: false,
              kind: 'invalidAnswers',
              message: err.message,
              issues: err.issues,
            }
          : {
              id: job.id,
              ok: false,
              kind: 'failed',
              message: err instanceof Error ? err.message : String(err),
            };
  }
  post(reply);
}

function countPages(bytes: Uint8Array, format: string): number | null {
  if (format !== 'pdf') return null;
  const text = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, 4096),
  ).toString('latin1');
  const m =
    /\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/.exec(text) ??
    /\/Count\s+(\d+)/.exec(Buffer.from(bytes).toString('latin1'));
  return m ? Number(m[1]) : null;
}
