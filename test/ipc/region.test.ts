/**
 * The region chosen in Settings reaches a new matter and its document (issue 22 item 9): a new
 * draft starts with the region's court and place of signing; the matter keeps its region when
 * Settings change later, and a matter made afterwards takes the new one.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createHandlers } from '../../main/ipc/handlers.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';
import { folderSaveTarget } from '../../main/bridge/web.ts';
import { ipcCalls } from '../helpers/ipc.ts';
import { expulsionAppealWithoutRegion, flat, sample, GOLDEN_TODAY } from '../helpers/golden.ts';
import { pdfText } from '../helpers/extract.ts';
import { tempDir } from '../helpers/temp.ts';

const root = tempDir('region');
const session = new Session({
  vaultDir: join(root, 'vault'),
  saveTarget: folderSaveTarget(join(root, 'exports')),
  kdf: { N: 2 ** 14 },
});
afterAll(() => session.close());
const { ok, fails } = ipcCalls(createHandlers(getServices(), session));

const typed = expulsionAppealWithoutRegion('simple');

async function newDraft(matterId: string) {
  return ok('drafts:open', { uiLang: 'ru', matterId, templateId: 'expulsion-appeal' });
}

describe('the region from Settings', () => {
  it('reaches a new matter and its PDF; the matter keeps it when Settings change', async () => {
    await ok('vault:create', { passphrase: 'тихий вечер над Алматы', uiLang: 'ru' });
    expect((await ok('vault:status', {})).region).toBeUndefined();
    expect((await fails('vault:settings', { uiLang: 'ru', region: 'atlantis' })).code).toBeTruthy();
    expect((await ok('vault:settings', { uiLang: 'ru', region: 'aktobe' })).region).toBe('aktobe');

    const matterId = (await ok('matters:create', { uiLang: 'ru', title: 'Актобе' })).id;
    const draft = await newDraft(matterId);
    expect(draft.answers).toMatchObject({
      region: 'aktobe',
      higherCourt: 'Актюбинский областной суд',
      expulsionCourt: 'специализированный административный суд г. Актобе',
      signingPlace: 'г. Актобе',
    });
    const answers = { ...draft.answers, ...typed };
    await ok('drafts:save', {
      uiLang: 'ru',
      matterId,
      templateId: 'expulsion-appeal',
      lang: 'ru',
      answers,
    });
    const rendered = await ok('filing:render', {
      templateId: 'expulsion-appeal',
      answers,
      lang: 'ru',
      uiLang: 'ru',
      format: 'pdf',
      today: GOLDEN_TODAY,
    });
    const text = flat(pdfText(Buffer.from(rendered.base64, 'base64')));
    expect(text).toContain('В Актюбинский областной суд');
    expect(text).toMatch(/г\. Актобе _+ Е\. Р\. Зимин\s*$/);
    expect(text).not.toContain('Алматинский городской суд');
    expect(
      rendered.preflight.answerNotices
        .filter((n) => n.code === 'courtUnverified')
        .map((n) => n.message),
    ).toEqual([
      expect.stringContaining('Название суда не сверено — проверьте'),
      expect.stringContaining('Название суда не сверено — проверьте'),
    ]);

    // Settings move on; the matter stays in Aktobe region, a new matter takes Almaty.
    await ok('vault:settings', { uiLang: 'ru', region: 'almaty' });
    expect((await newDraft(matterId)).answers).toMatchObject({
      region: 'aktobe',
      signingPlace: 'г. Актобе',
    });
    const later = (await ok('matters:create', { uiLang: 'ru', title: 'Алматы' })).id;
    expect((await newDraft(later)).answers).toMatchObject({
      region: 'almaty',
      higherCourt: 'Алматинский городской суд',
      signingPlace: 'г. Алматы',
    });
    // A family member's matter made from an Aktobe refugee application is in Aktobe region too.
    const refugee = await ok('drafts:open', {
      uiLang: 'ru',
      matterId,
      templateId: 'refugee-application',
    });
    expect(refugee.answers).toMatchObject({ region: 'aktobe', signingPlace: 'г. Актобе' });
    await ok('drafts:save', {
      uiLang: 'ru',
      matterId,
      templateId: 'refugee-application',
      lang: 'ru',
      answers: {
        ...refugee.answers,
        ...sample('refugee-application', 'simple'),
        signingPlace: 'г. Актобе',
        region: 'aktobe',
        adultFamily: [
          {
            member: { lastName: 'Орлова', firstName: 'Анна', sex: 'female', forms: {} },
            relation: 'супруга',
            birthDate: '1994-05-17',
            citizenship: 'Российской Федерации',
          },
        ],
      },
    });
    const { started } = await ok('matters:family', { uiLang: 'ru', matterId });
    const theirs = await ok('drafts:open', {
      uiLang: 'ru',
      matterId: started[0]?.matterId ?? '',
      templateId: 'refugee-application',
    });
    expect(theirs.answers).toMatchObject({ region: 'aktobe', signingPlace: 'г. Актобе' });

    // Locked and opened again, Settings still hold the region.
    await ok('vault:lock', {});
    await ok('vault:unlock', { passphrase: 'тихий вечер над Алматы', uiLang: 'ru' });
    expect((await ok('vault:status', {})).region).toBe('almaty');
  });
});
