/**
 * The vault through the IPC handlers, as the desktop app drives it: create, matters, drafts with
 * prefill, export to the chosen place, lock (by hand and on idle), a wrong passphrase that
 * changes nothing, and a wipe that needs the typed word. Real vault, real engine, real workers.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { createHandlers } from '../../main/ipc/handlers.ts';
import { ipcCalls } from '../helpers/ipc.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';
import { folderSaveTarget } from '../../main/bridge/web.ts';
import { addDays } from '../../common/dates.ts';
import { almatyNoonMs, manualClock, setClock } from '../../common/clock.ts';
import { testDay } from '../helpers/clock.ts';
import {
  oracleAddDays,
  oracleDaysBetween,
  oracleRolledLastDay,
} from '../helpers/calendar-oracle.ts';
import { pdfText } from '../helpers/extract.ts';
import { sampleOn } from '../helpers/golden.ts';
import { tempDir } from '../helpers/temp.ts';

const root = tempDir('session');
const vaultDir = join(root, 'vault');
const exportDir = join(root, 'exports');
// The test's day (each date of the sweep, or the real one), at noon in Almaty; moved by hand.
const today = testDay();
const clock = manualClock(almatyNoonMs(today));
setClock(clock);
let locks = 0;
const session = new Session({
  vaultDir,
  saveTarget: folderSaveTarget(exportDir),
  kdf: { N: 2 ** 14 },
  onLock: () => (locks += 1),
});
const handlers = createHandlers(getServices(), session);
afterAll(() => session.close());

const PASSPHRASE = 'тихий вечер над Алматы';
const sample = sampleOn('templates/supreme-court-complaint/samples/complex.json', today);
const answers: Record<string, unknown> = {
  ...sample,
  decisionDate: addDays(today, -6),
  copyReceivedDate: addDays(today, -3),
  signingDate: today,
  deadlineMissed: false,
};

const { ok, fails } = ipcCalls(handlers);

/** Every file under the vault folder with a hash of its bytes. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[path] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(vaultDir);
  return out;
}

let matterId = '';

describe('the vault through IPC', () => {
  it('starts with no vault; refuses a short passphrase in the user language', async () => {
    expect((await ok('vault:status', {})).state).toBe('none');
    expect(await fails('matters:list', { uiLang: 'kk' })).toMatchObject({ code: 'locked' });
    const weak = await fails('vault:create', { passphrase: 'коротко', uiLang: 'ru' });
    expect(weak.code).toBe('weakPassphrase');
    expect(weak.message).toMatch(/[а-я]/);
    expect((await ok('vault:status', {})).state).toBe('none');
  });

  it('creates the vault once', async () => {
    expect((await ok('vault:create', { passphrase: PASSPHRASE, uiLang: 'ru' })).state).toBe(
      'unlocked',
    );
    expect(await fails('vault:create', { passphrase: PASSPHRASE, uiLang: 'ru' })).toMatchObject({
      code: 'vaultExists',
    });
  });

  it('keeps a draft: autosaves amend one version, the matter takes the client name and deadline', async () => {
    matterId = (await ok('matters:create', { uiLang: 'ru', title: 'Новое дело' })).id;
    const fresh = await ok('drafts:open', {
      uiLang: 'ru',
      matterId,
      templateId: 'supreme-court-complaint',
    });
    expect(fresh).toMatchObject({ savedAt: null, versions: [], prefilledFrom: [] });

    const save = { uiLang: 'ru', matterId, templateId: 'supreme-court-complaint', lang: 'ru' };
    await ok('drafts:save', { ...save, answers: { ...answers, facts: 'первая редакция' } });
    clock.advance(60_000);
    const second = await ok('drafts:save', { ...save, answers });
    expect(second.versions).toBe(1); // autosave a minute later amends, not piles up
    clock.advance(11 * 60_000);
    session.touch();
    expect((await ok('drafts:save', { ...save, answers })).versions).toBe(2);

    const matter = await ok('matters:get', { uiLang: 'ru', matterId });
    expect(matter.clientName).toBe('Волков Андрей Павлович');
    const deadline = matter.deadlines.find((d) => d.templateId === 'supreme-court-complaint');
    // Ten days from the copy received three days ago (ч. 1 ст. 592 УПК РК): the safe day is the
    // tenth, whatever the weekday; a last day off work moved on (ст. 48 ч. 4) is the later reading
    // beside it. Both from the hand-written calendar.
    const copy = addDays(today, -3);
    const lastDay = oracleAddDays(copy, 10);
    const rolled = oracleRolledLastDay(copy, 10);
    expect(deadline).toMatchObject({
      lastDay,
      daysLeft: oracleDaysBetween(today, lastDay),
      missed: false,
    });
    expect(deadline?.later).toEqual(
      rolled === lastDay
        ? []
        : [expect.stringContaining(`${rolled.slice(8)}.${rolled.slice(5, 7)}.`)],
    );
    if (rolled !== lastDay)
      expect(deadline?.later[0]).toMatch(/^возможно,\sпо\s.*\sвключительно: /);
    expect(deadline?.basis.map((b) => b.replace(/\u00A0/g, ' '))).toContain('ч. 1 ст. 592 УПК РК');
    expect(matter.drafts).toEqual([
      expect.objectContaining({
        templateId: 'supreme-court-complaint',
        versions: [expect.anything(), expect.anything()],
      }),
    ]);
    const reopened = await ok('drafts:open', {
      uiLang: 'ru',
      matterId,
      templateId: 'supreme-court-complaint',
    });
    expect(reopened.answers).toMatchObject({ facts: answers.facts });
    const first = await ok('drafts:open', {
      uiLang: 'ru',
      matterId,
      templateId: 'supreme-court-complaint',
      version: 0,
    });
    expect(first.answers).toMatchObject({ facts: answers.facts });
  });

  it('prefills a new filing of the matter from what was typed before', async () => {
    const draft = await ok('drafts:open', {
      uiLang: 'ru',
      matterId,
      templateId: 'extradition-objection',
    });
    expect(draft.prefilledFrom).toEqual(['supreme-court-complaint']);
    expect(draft.answers).toMatchObject({
      person: expect.objectContaining({ lastName: 'Волков', firstName: 'Андрей' }),
      birthDate: answers.birthDate,
    });
  });

  it('marks the complaint as handed in: its term leaves the open list, a future day is refused', async () => {
    const mark = { uiLang: 'kk', matterId, templateId: 'supreme-court-complaint' };
    const tomorrow = addDays(today, 1);
    const refused = await fails('drafts:filed', {
      ...mark,
      filed: { on: tomorrow, how: 'post' },
    });
    expect(refused.code).toBe('badFiledDate');
    expect(refused.message).toContain(`${tomorrow.slice(8)}.${tomorrow.slice(5, 7)}.`);
    expect(refused.message).toContain('Ештеңе өзгертілмеді');
    const invalid = await fails('drafts:filed', { ...mark, filed: { on: today, how: 'fax' } });
    expect(invalid.code).toBe('invalidPayload');

    const open = async () =>
      (await ok('deadlines:list', { uiLang: 'ru' })).filter((d) => d.matterId === matterId);
    expect(await open()).toHaveLength(1);
    const matter = await ok('drafts:filed', {
      ...mark,
      filed: { on: today, how: 'detention', reference: 'вх. № 17' },
    });
    expect(matter.drafts[0]?.filed).toEqual({ on: today, how: 'detention', reference: 'вх. № 17' });
    expect(matter.deadlines[0]?.filed).toEqual({ on: today, timeliness: 'inTime' });
    expect(await open()).toEqual([]);

    await ok('drafts:filed', { ...mark, filed: null });
    expect(await open()).toHaveLength(1);
  });

  it('keeps a second draft of the complaint apart, and deletes it alone, asked by its id', async () => {
    const draftId = 'abcdefabcdef';
    await ok('drafts:save', {
      uiLang: 'ru',
      matterId,
      templateId: 'supreme-court-complaint',
      draftId,
      lang: 'ru',
      answers,
    });
    const both = await ok('matters:get', { uiLang: 'ru', matterId });
    const numbered = both.drafts
      .filter((d) => d.templateId === 'supreme-court-complaint')
      .map((d) => d.templateTitle);
    expect(numbered).toHaveLength(2);
    expect(numbered.every((title) => /\(черновик [12]\)$/.test(title))).toBe(true);
    // Named by its filing alone, the window's request is refused rather than guessed.
    const guessed = await fails('drafts:open', {
      uiLang: 'ru',
      matterId,
      templateId: 'supreme-court-complaint',
    });
    expect(guessed.code).toBe('invalidPayload');
    expect((await fails('drafts:delete', { uiLang: 'ru', matterId, draftId: 'x' })).code).toBe(
      'invalidPayload',
    );
    expect(
      (await fails('drafts:delete', { uiLang: 'ru', matterId, draftId: 'fedcbafedcba' })).code,
    ).toBe('notFound');

    const after = await ok('drafts:delete', { uiLang: 'ru', matterId, draftId });
    expect(after.drafts.map((d) => d.id)).not.toContain(draftId);
    expect(after.drafts.filter((d) => d.templateId === 'supreme-court-complaint')).toHaveLength(1);
    // Home's list dates the matter by what it still holds, as the matter page does.
    const listed = (await ok('matters:list', { uiLang: 'ru' })).find((m) => m.id === matterId);
    expect(listed?.updatedAt).toBe(after.updatedAt);
    // One left: its title is the filing's again.
    expect(after.drafts.filter((d) => d.templateTitle.includes('черновик'))).toEqual([]);
  });

  it('exports to the chosen place under a name that says what and whose', async () => {
    const done = await ok('filing:export', {
      templateId: 'supreme-court-complaint',
      answers,
      lang: 'ru',
      uiLang: 'ru',
      format: 'pdf',
      matterId,
    });
    expect(done.savedTo).toMatch(/Жалоба в Верховный Суд.* — В\. А\. — \d{4}-\d{2}-\d{2}\.pdf$/);
    expect(pdfText(readFileSync(done.savedTo ?? ''))).toContain('Волкова Андрея Павловича');
    const again = await ok('filing:export', {
      templateId: 'supreme-court-complaint',
      answers,
      lang: 'ru',
      uiLang: 'ru',
      format: 'pdf',
    });
    expect(again.savedTo).toMatch(/ \(2\)\.pdf$/); // never overwrites an earlier export
    const incomplete = await fails('filing:export', {
      templateId: 'supreme-court-complaint',
      answers: { ...answers, complainantAddress: '' },
      lang: 'ru',
      uiLang: 'ru',
      format: 'docx',
    });
    expect(incomplete.code).toBe('invalidAnswers');
  });

  it('exports PDF/A-2b only when asked; the default export stays plain PDF', async () => {
    const request = {
      templateId: 'supreme-court-complaint',
      answers,
      lang: 'ru',
      uiLang: 'ru',
      format: 'pdf',
    } as const;
    const plain = await ok('filing:export', request);
    const archival = await ok('filing:export', { ...request, pdfa: true });
    const bytes = (file: string | null): string => readFileSync(file ?? '').toString('latin1');
    expect(bytes(plain.savedTo)).not.toContain('/Metadata');
    expect(bytes(archival.savedTo)).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(bytes(archival.savedTo)).toContain('/GTS_PDFA1');
    expect(pdfText(readFileSync(archival.savedTo ?? ''))).toBe(
      pdfText(readFileSync(plain.savedTo ?? '')),
    );
  });

  it('locks on idle after the chosen minutes; a wrong passphrase changes nothing', async () => {
    expect((await ok('vault:settings', { uiLang: 'ru', autoLockMinutes: 5 })).autoLockMinutes).toBe(
      5,
    );
    clock.advance(4 * 60_000);
    expect(session.lockIfIdle()).toBe(false);
    clock.advance(60_000);
    const before = locks;
    expect(session.lockIfIdle()).toBe(true);
    expect(locks).toBe(before + 1);
    expect(await fails('matters:get', { uiLang: 'en', matterId })).toMatchObject({
      code: 'locked',
    });

    const files = snapshot();
    const wrong = await fails('vault:unlock', { passphrase: PASSPHRASE + '!', uiLang: 'ru' });
    expect(wrong.code).toBe('wrongPassphrase');
    expect(wrong.message).toMatch(/[а-я]/);
    expect(snapshot()).toEqual(files);
    expect((await ok('vault:status', {})).state).toBe('locked');

    expect(
      (await ok('vault:unlock', { passphrase: PASSPHRASE, uiLang: 'ru' })).autoLockMinutes,
    ).toBe(5);
    expect((await ok('matters:list', { uiLang: 'ru' })).map((m) => m.id)).toEqual([matterId]);
  });

  it('holds off the idle lock only for calls that read or change client data', async () => {
    // Five minutes, as chosen above. The status, the templates and the calendar are no client's.
    clock.advance(4 * 60_000);
    await ok('vault:status', {});
    await ok('templates:list', { uiLang: 'ru' });
    await ok('calendar:get', {});
    await ok('pack:status', { uiLang: 'ru' });
    clock.advance(60_000);
    expect(session.lockIfIdle()).toBe(true);
    await ok('vault:unlock', { passphrase: PASSPHRASE, uiLang: 'ru' });
    clock.advance(4 * 60_000);
    await ok('matters:list', { uiLang: 'ru' });
    clock.advance(60_000);
    expect(session.lockIfIdle()).toBe(false);
  });

  it('backs up to one encrypted file and restores it into another vault', async () => {
    expect(await fails('vault:backup', { uiLang: 'ru', passphrase: 'кратко' })).toMatchObject({
      code: 'weakPassphrase',
    });
    const backup = await ok('vault:backup', { uiLang: 'ru', passphrase: 'пароль копии дела' });
    expect(backup.savedTo).toMatch(/Refuge — \d{4}-\d{2}-\d{2}\.refuge$/);
    const bytes = readFileSync(backup.savedTo ?? '');
    expect(bytes.includes(Buffer.from('Волков'))).toBe(false);
    const one = await ok('vault:backup', {
      uiLang: 'ru',
      passphrase: 'пароль копии дела',
      matterId,
    });
    expect(one.savedTo).toMatch(/Refuge — В\. А\. — /); // initials: names stay in the vault

    const other = new Session({
      vaultDir: join(root, 'other-vault'),
      saveTarget: folderSaveTarget(exportDir),
      kdf: { N: 2 ** 14 },
    });
    try {
      const there = createHandlers(getServices(), other);
      await there['vault:create']({ passphrase: 'другой компьютер', uiLang: 'ru' });
      const content = bytes.toString('utf8');
      expect(
        await there['vault:restore']({ uiLang: 'ru', passphrase: 'не тот пароль', content }),
      ).toMatchObject({ ok: false, error: { code: 'wrongPassphrase' } });
      expect(
        await there['vault:restore']({ uiLang: 'en', passphrase: 'x'.repeat(8), content: 'PDF' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'notABackup', message: 'This is not a Refuge backup file' },
      });
      expect(
        await there['vault:restore']({ uiLang: 'ru', passphrase: 'пароль копии дела', content }),
      ).toEqual({ ok: true, value: { imported: 1 } });
      const listed = await there['matters:list']({ uiLang: 'ru' });
      expect(listed.ok && listed.value.map((m) => m.clientName)).toEqual([
        'Волков Андрей Павлович',
      ]);
    } finally {
      await other.close();
    }
  });

  it('wipes only when the word is typed back in the UI language', async () => {
    expect(
      await fails('vault:wipe', { uiLang: 'kk', confirm: 'УДАЛИТЬ', passphrase: PASSPHRASE }),
    ).toMatchObject({
      code: 'confirmationMismatch',
    });
    expect((await ok('vault:status', {})).state).toBe('unlocked');
    expect(
      (await ok('vault:wipe', { uiLang: 'kk', confirm: ' ЖОЮ ', passphrase: PASSPHRASE })).state,
    ).toBe('none');
    expect(readdirSync(root)).not.toContain('vault');
  });
});
