/**
 * An adult family member is recognised individually (Закон «О беженцах» ст. 11 ч. 2): from the
 * matter page, each adult named in the refugee application gets a matter of their own with an
 * application prefilled from the first (issue 17 item 10).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createHandlers } from '../../main/ipc/handlers.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';
import { folderSaveTarget } from '../../main/bridge/web.ts';
import { ipcCalls } from '../helpers/ipc.ts';
import { sampleFile } from '../helpers/golden.ts';
import { tempDir } from '../helpers/temp.ts';

const root = tempDir('family');
const session = new Session({
  vaultDir: join(root, 'vault'),
  saveTarget: folderSaveTarget(join(root, 'exports')),
  kdf: { N: 2 ** 14 },
});
afterAll(() => session.close());
const { ok } = ipcCalls(createHandlers(getServices(), session));

const spouse = {
  member: {
    lastName: 'Орлова',
    firstName: 'Анна',
    middleName: 'Петровна',
    sex: 'female',
    forms: {},
  },
  relation: 'супруга',
  birthDate: '1994-05-17',
  citizenship: 'Российской Федерации',
};

describe('applications of adult family members', () => {
  it('starts one matter per adult, the adult as applicant, the first listed as family', async () => {
    await ok('vault:create', { passphrase: 'тихий вечер над Алматы', uiLang: 'ru' });
    const first = (await ok('matters:create', { uiLang: 'ru', title: 'Семья Орловых' })).id;
    const answers: Record<string, unknown> = {
      ...sampleFile('templates/refugee-application/samples/simple.json'),
      adultFamily: [spouse],
    };
    await ok('drafts:save', {
      uiLang: 'ru',
      matterId: first,
      templateId: 'refugee-application',
      lang: 'ru',
      answers,
    });

    const { started } = await ok('matters:family', { uiLang: 'ru', matterId: first });
    expect(started.map((s) => s.name)).toEqual(['Орлова Анна Петровна']);
    const theirs = await ok('matters:get', { uiLang: 'ru', matterId: started[0]?.matterId ?? '' });
    expect(theirs.clientName).toBe('Орлова Анна Петровна');
    const draft = await ok('drafts:open', {
      uiLang: 'ru',
      matterId: theirs.id,
      templateId: 'refugee-application',
    });
    expect(draft.answers).toMatchObject({
      applicant: { lastName: 'Орлова', firstName: 'Анна' },
      birthDate: '1994-05-17',
      arrivalDate: answers.arrivalDate,
    });
    const family = draft.answers.adultFamily as { member: { lastName: string } }[];
    expect(family.map((f) => f.member.lastName)).toEqual([
      (answers.applicant as { lastName: string }).lastName,
    ]);
    // The first matter is unchanged, and a matter without adults starts nothing.
    expect((await ok('matters:list', { uiLang: 'ru' })).length).toBe(2);
    const alone = (await ok('matters:create', { uiLang: 'ru', title: 'Один' })).id;
    await ok('drafts:save', {
      uiLang: 'ru',
      matterId: alone,
      templateId: 'refugee-application',
      lang: 'ru',
      answers: { ...answers, adultFamily: [] },
    });
    expect(await ok('matters:family', { uiLang: 'ru', matterId: alone })).toEqual({
      started: [],
    });
  });
});
