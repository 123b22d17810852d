/**
 * A draft pinned to an older filing version (issue 20): the matter page's deadlines and the blank
 * form follow the version the draft was written on, not the newest installed. Version 1.1.0 of
 * the complaint here gives 15 days instead of 10 and adds a sentence, so either slip shows.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHandlers } from '../../main/ipc/handlers.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';
import { folderSaveTarget } from '../../main/bridge/web.ts';
import { ipcCalls } from '../helpers/ipc.ts';
import { pdfText } from '../helpers/extract.ts';
import { sampleFile } from '../helpers/golden.ts';
import { V2_MARKER, baseTemplates, pack, packOptions, tempDir, v2Templates } from './helpers.ts';

const base = baseTemplates();
const later = v2Templates(base, { complaintDays: 15 });

const root = tempDir('pinned-version');
const packs = packOptions(join(root, 'template-packs'));
const exports = join(root, 'exports');
const session = new Session({
  vaultDir: join(root, 'vault'),
  saveTarget: folderSaveTarget(exports),
  kdf: { N: 2 ** 10 },
  templatesDir: base,
  packs,
});
const { ok } = ipcCalls(createHandlers(getServices(base, packs), session));
afterAll(() => {
  session.close();
  for (const dir of [root, dirname(base), dirname(later)])
    rmSync(dir, { recursive: true, force: true });
});

const TODAY = '2026-12-01';
const answers = {
  ...sampleFile(join(base, 'supreme-court-complaint', 'samples', 'complex.json')),
  copyReceivedDate: '2026-11-30',
};

describe('a draft pinned to 1.0.0 after 1.1.0 is installed', () => {
  let matterId = '';
  it('is saved on 1.0.0', async () => {
    await ok('vault:create', { passphrase: 'correct horse battery', uiLang: 'ru' });
    matterId = (await ok('matters:create', { uiLang: 'ru', title: 'Дело' })).id;
    await ok('drafts:save', {
      uiLang: 'ru',
      matterId,
      templateId: 'supreme-court-complaint',
      lang: 'ru',
      answers,
    });
    await ok('pack:import', {
      uiLang: 'ru',
      content: Buffer.from(pack(later, 2)).toString('base64'),
    });
    const draft = await ok('drafts:open', {
      uiLang: 'ru',
      matterId,
      templateId: 'supreme-court-complaint',
    });
    expect([draft.templateVersion, draft.currentVersion]).toEqual(['1.0.0', '1.1.0']);
  });

  it('the matter page counts its deadline by 1.0.0 (10 days), not by the newest (15)', async () => {
    const matter = await ok('matters:get', { uiLang: 'ru', matterId, today: TODAY });
    expect(matter.deadlines.map((d) => d.lastDay)).toEqual(['2026-12-10']);
  });

  it('the blank form of 1.0.0 is 1.0.0; without a version it is the newest', async () => {
    const blank = async (templateVersion?: string): Promise<string> => {
      const { savedTo } = await ok('filing:blank', {
        templateId: 'supreme-court-complaint',
        ...(templateVersion ? { templateVersion } : {}),
        answers: {},
        lang: 'ru',
        uiLang: 'ru',
        format: 'pdf',
      });
      if (!savedTo) throw new Error('not saved');
      const text = pdfText(readFileSync(savedTo));
      rmSync(savedTo);
      return text;
    };
    expect(await blank('1.0.0')).not.toContain(V2_MARKER);
    expect(await blank()).toContain(V2_MARKER);
  });
});
