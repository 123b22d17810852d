import { afterAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { RenderPool } from '../../main/workers/pool.ts';
import { pdfText } from '../helpers/extract.ts';

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
  it('renders in worker threads, in parallel, with results in the right order', async () => {
    const replies = await Promise.all(
      ['один', 'два', 'три', 'четыре'].map((w) => pool.render(request(`Факт ${w}.`), 'pdf')),
    );
    replies.forEach((reply, i) => {
      expect(reply.ok).toBe(true);
      if (reply.ok) expect(pdfText(reply.bytes)).toContain(['один', 'два', 'три', 'четыре'][i]);
    });
  }, 60_000);

  it('cancels a superseded job and keeps working', async () => {
    const controller = new AbortController();
    const long = pool.render(
      request('Очень длинный текст. '.repeat(4000)),
      'pdf',
      controller.signal,
    );
    controller.abort();
    expect((await long).ok).toBe(false);
    const next = await pool.render(request('После отмены.'), 'pdf');
    expect(next.ok).toBe(true);
  }, 60_000);

  it('reports invalid answers as data', async () => {
    const reply = await pool.render(
      { templateId: 'probe', answers: { facts: '' }, lang: 'ru', today: '2026-11-25' },
      'docx',
    );
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.kind).toBe('invalidAnswers');
  }, 60_000);
});
