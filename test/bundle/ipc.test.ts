/**
 * Attachments and the bundle through the IPC handlers, as the matter page and the filing screen
 * drive them: a file added (type and sheets from its bytes), a bad one refused with a message
 * naming it, the bundle exported to the chosen place with its warnings, a file removed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Channel, Results } from '../../main/api.ts';
import { createHandlers } from '../../main/ipc/handlers.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';
import { folderSaveTarget } from '../../main/bridge/web.ts';
import { pdfPageCount, pdfText } from '../helpers/extract.ts';
import { makePdf } from './fixtures.ts';
import { tempDir } from '../helpers/tmp.ts';

const root = tempDir('refuge-bundle-ipc-');
const session = new Session({
  vaultDir: join(root, 'vault'),
  saveTarget: folderSaveTarget(join(root, 'exports')),
  kdf: { N: 2 ** 12 },
});
const handlers = createHandlers(getServices(), session);
afterAll(() => session.close());

async function ok<C extends Channel>(channel: C, payload: unknown): Promise<Results[C]> {
  const r = await handlers[channel](payload);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

describe('attachments and bundles over IPC', () => {
  it('adds, lists, bundles and removes a file', async () => {
    await ok('vault:create', { uiLang: 'ru', passphrase: 'тихий вечер над Алматы' });
    const matter = await ok('matters:create', { uiLang: 'ru', title: 'Выдача' });
    const content = Buffer.from(await makePdf(2)).toString('base64');
    const added = await ok('attachments:add', {
      uiLang: 'ru',
      matterId: matter.id,
      name: 'решение.pdf',
      content,
    });
    expect(added).toMatchObject({ name: 'решение.pdf', mime: 'application/pdf', pages: 2 });
    expect(await ok('attachments:list', { uiLang: 'ru', matterId: matter.id })).toEqual([added]);

    const refused = await handlers['attachments:add']({
      uiLang: 'kk',
      matterId: matter.id,
      name: 'хат.docx',
      content: Buffer.from('PK\x03\x04').toString('base64'),
    });
    expect(refused.ok ? null : refused.error).toEqual({
      code: 'badAttachment',
      message: '«хат.docx»: бұл PDF, JPEG немесе PNG емес (атауы емес, мазмұны тексерілді)',
    });

    const sample = JSON.parse(
      readFileSync('templates/supreme-court-complaint/samples/complex.json', 'utf8'),
    ) as Record<string, unknown>;
    const exported = await ok('bundle:export', {
      uiLang: 'en',
      matterId: matter.id,
      templateId: 'supreme-court-complaint',
      answers: {
        ...sample,
        attachments: [{ title: 'Решение суда', fileId: added.id, pages: 3 }],
      },
      lang: 'ru',
      index: true,
      dpi: 150,
    });
    expect(exported.savedTo).not.toBeNull();
    const bytes = readFileSync(exported.savedTo as string);
    expect(exported.bytes).toBe(bytes.length);
    expect(pdfPageCount(bytes)).toBe(exported.pages);
    expect(pdfText(bytes, false, exported.pages)).toContain('л. 2');
    expect(exported.warnings).toEqual([
      expect.stringMatching(
        /^Annex \d “Решение суда”: the filing says 3 sheet\(s\), the file has 2/,
      ),
    ]);

    await ok('attachments:remove', { uiLang: 'ru', matterId: matter.id, fileId: added.id });
    expect(await ok('attachments:list', { uiLang: 'ru', matterId: matter.id })).toEqual([]);
  });
});
