import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { startBridge, type Bridge } from '../../main/bridge/server.ts';
import { createHandlers } from '../../main/ipc/handlers.ts';
import { contract } from '../../main/api.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';
import { pdfText } from '../helpers/extract.ts';
import { sampleFile } from '../helpers/golden.ts';

let bridge: Bridge;
const handlers = createHandlers(
  getServices(),
  new Session({
    vaultDir: '/nonexistent/refuge-vault',
    saveTarget: { choose: async () => null, chooseFolder: async () => null },
  }),
);
beforeAll(async () => {
  bridge = await startBridge(handlers);
});
afterAll(() => bridge.close());

function call(
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        path,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          host: `127.0.0.1:${bridge.port}`,
          'x-refuge-token': bridge.token,
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            json: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('loopback bridge', () => {
  it('binds to 127.0.0.1 with a token in the URL fragment', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{32}$/);
  });

  it.each([
    ['a foreign Host (DNS rebinding)', { host: 'evil.example:80' }, 421],
    ['a foreign Origin', { origin: 'http://evil.example' }, 403],
    ['no token', { 'x-refuge-token': '' }, 401],
    ['a wrong token', { 'x-refuge-token': 'x'.repeat(32) }, 401],
    ['a form post', { 'content-type': 'text/plain' }, 415],
  ])('refuses %s', async (_what, headers, status) => {
    expect((await call('/api/templates:list', '{"uiLang":"ru"}', headers)).status).toBe(status);
  });

  it('serves the real handlers, with errors as data in the user language', async () => {
    const list = await call('/api/templates:list', '{"uiLang":"kk"}', {});
    expect(list.json).toMatchObject({
      ok: true,
      value: expect.arrayContaining([
        expect.objectContaining({
          id: 'supreme-court-complaint',
          title: 'Ұстап беру (экстрадиция) туралы қаулыға ҚР Жоғарғы Сотына шағым',
        }),
      ]),
    });
    const bad = await call(
      '/api/filing:render',
      '{"templateId":"supreme-court-complaint","uiLang":"ru"}',
      {},
    );
    expect(bad.json).toMatchObject({ ok: false, error: { code: 'invalidPayload' } });
    const answers = sampleFile('templates/supreme-court-complaint/samples/simple.json');
    const invalid = await call(
      '/api/filing:render',
      JSON.stringify({
        templateId: 'supreme-court-complaint',
        answers: { ...answers, birthDate: '31.02.1996' },
        lang: 'ru',
        uiLang: 'ru',
        format: 'pdf',
        today: '2026-11-25',
      }),
      {},
    );
    expect(invalid.json).toMatchObject({
      ok: false,
      error: {
        code: 'invalidAnswers',
        message: 'В ответах есть ошибки',
        issues: [expect.objectContaining({ path: 'birthDate' })],
      },
    });
    const rendered = await call(
      '/api/filing:render',
      JSON.stringify({
        templateId: 'supreme-court-complaint',
        answers,
        lang: 'ru',
        uiLang: 'en',
        format: 'pdf',
        today: '2026-11-25',
      }),
      {},
    );
    const value = (
      rendered.json as {
        value: { base64: string; preflight: { deadlines: { label: string; lastDay: string }[] } };
      }
    ).value;
    expect(pdfText(Buffer.from(value.base64, 'base64'))).toContain('Верховный Суд');
    expect(value.preflight.deadlines[0]).toMatchObject({
      label: 'Complaint to the Supreme Court (10 days)',
      lastDay: '2026-11-30',
    });
  });

  it('has one handler per contract channel and validates every payload', async () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
    for (const channel of Object.keys(contract) as (keyof typeof contract)[]) {
      expect(await handlers[channel]({ unexpected: true })).toMatchObject({
        ok: false,
        error: { code: 'invalidPayload' },
      });
    }
  });
});
