// Render worker start: a fresh process starts the built render worker and asks it for one PDF.
// Prints the milliseconds from `new Worker` to the PDF bytes back on the main thread.
// Usage: node bench/worker-start.mjs <dist/render-worker.js> <answers.json> <today>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const [entry, answersFile, today] = process.argv.slice(2);
const answers = JSON.parse(readFileSync(answersFile, 'utf8'));
const started = performance.now();
const worker = new Worker(pathToFileURL(entry));
worker.postMessage({
  id: 1,
  request: {
    templateId: 'supreme-court-complaint',
    answers,
    lang: 'ru',
    today,
    now: '2026-11-25T07:00:00.000Z',
  },
  format: 'pdf',
});
worker.on('message', (reply) => {
  const ms = performance.now() - started;
  if (!reply.ok) {
    process.stderr.write(`worker failed: ${reply.message}\n`);
    process.exitCode = 1;
  } else process.stdout.write(`workerMs=${ms.toFixed(1)} bytes=${reply.bytes.byteLength}\n`);
  void worker.terminate();
});
