/**
 * Unverified cites are flagged inside the draft preview, where they stand in the text — and
 * only there: the exported filing prints the cite alone (issue 17 item 20). An article the
 * lawyer typed is checked the same way.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createHandlers } from '../../main/ipc/handlers.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';
import { folderSaveTarget } from '../../main/bridge/web.ts';
import { ipcCalls } from '../helpers/ipc.ts';
import { pdfText } from '../helpers/extract.ts';
import { flat, sampleFile } from '../helpers/golden.ts';
import { tempDir } from '../helpers/temp.ts';

const root = tempDir('preview');
const session = new Session({
  vaultDir: join(root, 'vault'),
  saveTarget: folderSaveTarget(join(root, 'exports')),
});
afterAll(() => session.close());
const { ok } = ipcCalls(createHandlers(getServices(), session));

// The complex expulsion appeal cites a Supreme Court normative ruling that is not yet verified.
const answers = sampleFile('templates/expulsion-appeal/samples/complex.json');
const CITE = 'нормативное постановление Верховного Суда РК от 13 декабря 2013 года № 4';

describe('the draft preview', () => {
  it('marks each unverified cite where it stands; verified cites stay as they are', async () => {
    const r = await ok('filing:preview', {
      templateId: 'expulsion-appeal',
      answers,
      lang: 'ru',
      uiLang: 'ru',
    });
    if (r.superseded) throw new Error('superseded');
    const text = flat(pdfText(Buffer.from(r.base64, 'base64'), true));
    expect(text).toContain(`${CITE} [не проверено]`);
    // The article the lawyer typed goes through the same check (it is in no verified cite).
    expect(text).toContain('ч. 3 ст. 517 КоАП РК [не проверено]');
    expect(text).not.toContain('ст. 832 КоАП РК [не проверено]');
    expect(r.preflight.unverifiedCites.map((c) => c.key)).toContain('np-vs-2013-4');
  });

  it('never prints the mark in the filing itself', async () => {
    const r = await ok('filing:render', {
      templateId: 'expulsion-appeal',
      answers,
      lang: 'ru',
      uiLang: 'ru',
      format: 'pdf',
      today: '2026-11-25',
    });
    const text = flat(pdfText(Buffer.from(r.base64, 'base64'), true));
    expect(text).toContain(CITE);
    expect(text).not.toContain('[не проверено]');
  });
});

describe('an article typed by the lawyer', () => {
  const keysFor = (offenceArticle: string): string[] =>
    getServices()
      .engine.build({
        templateId: 'expulsion-appeal',
        answers: { ...answers, offenceArticle },
        lang: 'ru',
        today: '2026-11-25',
      })
      .preflight.notices.flatMap((n) => (n.kind === 'unverifiedCite' ? [n.key] : []));

  it('passes when it is word for word a verified cite of the table, in any case and spacing', () => {
    expect(keysFor('ч. 1 ст. 832 КоАП РК').filter((k) => k.startsWith('typed:'))).toEqual([]);
    expect(keysFor('Ч. 1  ст. 832 КоАП РК').filter((k) => k.startsWith('typed:'))).toEqual([]);
  });

  it('is listed for checking otherwise', () => {
    expect(keysFor('ст. 517 КоАП РК')).toContain('typed:ст. 517 коап рк');
  });
});
