import { afterAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { defaultWorkerCount, RenderPool } from '../../main/workers/pool.ts';
import { pdfText } from '../helpers/extract.ts';
import { tempDir } from '../helpers/temp.ts';
import { readTrace } from '../../bench/batch.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const templatesDir = fileURLToPath(new URL('../fixtures/templates', import.meta.url));
const pool = new RenderPool({ size: 2, templatesDir });
afterAll(() => pool.close());

const answers = (facts: string) => ({
  client: { lastName: 'Әбілов', firstName: 'Нұрлан', sex: 'male', latinName: 'ABILOV Nurlan' },
  facts,
  note: '',
  items: [],
});
const request = (facts: string) => ({
  templateId: 'probe',
  answers: answers(facts),
  lang: 'ru' as const,
  today: '2026-11-25',
});

describe('render pool', () => {
  it('starts one worker per core by default, at most 8, and no more than 512 MB each allows', () => {
    const gb = 1024 ** 3;
    expect(defaultWorkerCount(2, 16 * gb)).toBe(2);
    expect(defaultWorkerCount(6, 16 * gb)).toBe(6);
    expect(defaultWorkerCount(64, 256 * gb)).toBe(8);
    expect(defaultWorkerCount(8, 2 * gb)).toBe(4);
    expect(defaultWorkerCount(1, 0.25 * gb)).toBe(1);
    expect(defaultWorkerCount()).toBeGreaterThanOrEqual(1);
  });

  it('hands each worker its next job ahead (depth 2) and still answers every job with its own result', async () => {
    const ahead = new RenderPool({ size: 2, templatesDir, depth: 2 });
    try {
      const words = Array.from({ length: 9 }, (_, i) => `Строка${i}`);
      const replies = await Promise.all(
        words.map((w) => ahead.render(request(`Факт ${w}.`), 'pdf')),
      );
      replies.forEach((reply, i) => {
        expect(reply.ok && pdfText(reply.bytes)).toContain(words[i]);
      });
      expect(ahead.workersStarted).toBe(2);
    } finally {
      await ahead.close();
    }
  }, 60_000);

  it('traces when each worker was ready and each job ran, when REFUGE_TRACE_WORKERS names a file', async () => {
    const file = join(tempDir('trace'), 'trace.txt');
    process.env.REFUGE_TRACE_WORKERS = file;
    const traced = new RenderPool({ size: 2, templatesDir, depth: 2 });
    delete process.env.REFUGE_TRACE_WORKERS; // workers copied the environment as they started
    try {
      const replies = await Promise.all(
        Array.from({ length: 5 }, (_, i) => traced.render(request(`Факт ${i}.`), 'docx')),
      );
      expect(replies.every((r) => r.ok)).toBe(true);
    } finally {
      await traced.close();
    }
    const { pool: poolAt, workers } = readTrace(readFileSync(file, 'utf8'));
    expect(workers.reduce((sum, w) => sum + w.jobs, 0)).toBe(5);
    for (const w of workers) {
      expect(w.ready).toBeGreaterThanOrEqual(poolAt);
      expect(w.firstJob).toBeGreaterThanOrEqual(w.ready);
      expect(w.idle).toBeGreaterThan(-0.01); // one job at a time: never two at once
    }
  }, 60_000);

  it('renders in worker threads, in parallel, with results in the right order', async () => {
    const replies = await Promise.all(
      ['один', 'два', 'три', 'четыре'].map((w) => pool.render(request(`Факт ${w}.`), 'pdf')),
    );
    replies.forEach((reply, i) => {
      expect(reply.ok).toBe(true);
      if (reply.ok) expect(pdfText(reply.bytes)).toContain(['один', 'два', 'три', 'четыре'][i]);
    });
  }, 60_000);

  it('answers a cancelled job at once; a slow one loses its worker, a quick one keeps it', async () => {
    const strict = new RenderPool({ size: 1, templatesDir, cancelGraceMs: 0 });
    const patient = new RenderPool({ size: 1, templatesDir, cancelGraceMs: 60_000 });
    try {
      for (const p of [strict, patient])
        expect((await p.render(request('Разогрев.'), 'pdf')).ok).toBe(true);

      // Each cancelled job is held in its worker until released, so it is certainly still
      // running when cancelled, however busy the machine: no timer races the render.
      const stuck = new SharedArrayBuffer(4);
      const controller = new AbortController();
      const long = strict.render(
        request('Долгий текст.'),
        'pdf',
        controller.signal,
        undefined,
        undefined,
        stuck,
      );
      controller.abort();
      expect(await long).toMatchObject({ ok: false, kind: 'cancelled' });
      const next = await strict.render(request('После отмены.'), 'pdf');
      expect(next.ok && pdfText(next.bytes)).toContain('После отмены.');
      expect(strict.workersStarted).toBe(2); // past its grace: terminated and replaced

      const held = new SharedArrayBuffer(4);
      const quick = new AbortController();
      const superseded = patient.render(
        request('Старый текст.'),
        'pdf',
        quick.signal,
        undefined,
        undefined,
        held,
      );
      const newer = patient.render(request('Новый текст.'), 'pdf');
      quick.abort();
      expect(await superseded).toMatchObject({ ok: false, kind: 'cancelled' });
      // Within its grace the cancelled job finishes; then the same worker takes the next one.
      Atomics.store(new Int32Array(held), 0, 1);
      Atomics.notify(new Int32Array(held), 0);
      const fresh = await newer;
      expect(fresh.ok && pdfText(fresh.bytes)).toContain('Новый текст.');
      expect(patient.workersStarted).toBe(1);
    } finally {
      await Promise.all([strict.close(), patient.close()]);
    }
  }, 60_000);

  it.each([1, 2])(
    'a worker that dies (out of memory) fails only its own job; the next jobs run on a new one (depth %i)',
    async (depth) => {
      // A tight heap makes one runaway document kill its worker, as a crash would.
      const tight = new RenderPool({ size: 1, templatesDir, maxOldGenerationSizeMb: 32, depth });
      try {
        // One paragraph of 192 000 characters, near the field's cap: a 32 MB heap lays out no
        // more than some 110 000 of them (2 500 repeats crash, 1 900 no longer do).
        const huge = 'Очень длинный текст о преследовании заявителя. '.repeat(4000);
        const replies = await Promise.all([
          tight.render(request('До сбоя.'), 'pdf'),
          tight.render(request(huge), 'pdf'),
          tight.render(request('После сбоя.'), 'pdf'),
        ]);
        expect(replies.map((r) => (r.ok ? 'ok' : r.kind))).toEqual(['ok', 'crashed', 'ok']);
        const after = replies[2];
        expect(after?.ok && pdfText(after.bytes)).toContain('После сбоя.');
        expect(tight.workersStarted).toBe(2);
      } finally {
        await tight.close();
      }
    },
    60_000,
  );

  it('reports invalid answers as data', async () => {
    const reply = await pool.render(
      { templateId: 'probe', answers: { facts: '' }, lang: 'ru', today: '2026-11-25' },
      'docx',
    );
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.kind).toBe('invalidAnswers');
  }, 60_000);
});
