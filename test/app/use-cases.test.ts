/**
 * The use cases that moved out of the IPC adapter (main/app/) and had no test of their own:
 * resolving a filing reference, the names of exported files, and saving a draft — which keeps
 * the matter's client in step with the answers, but never blanks a known client.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { getServices } from '../../main/services.ts';
import { Vault } from '../../main/vault/index.ts';
import { exportFileName, resolveFiling } from '../../main/app/filings.ts';
import { openDraft, saveDraft } from '../../main/app/drafts.ts';
import { UnknownTemplate } from '../../main/app/errors.ts';
import { sample } from '../helpers/golden.ts';
import { pinTestDay } from '../helpers/clock.ts';
import { tempDir } from '../helpers/temp.ts';
import { setClock, systemClock } from '../../common/clock.ts';

const FILING = 'supreme-court-complaint';
const { engine } = getServices();
let today = '';
beforeAll(() => {
  today = pinTestDay();
});
afterAll(() => setClock(systemClock));

describe('resolveFiling', () => {
  it('keeps the pinned version, defaults the language and the day, names the UI language', () => {
    const { manifest } = engine.template(FILING);
    const filing = resolveFiling(engine, {
      templateId: FILING,
      templateVersion: manifest.version,
      answers: {},
      uiLang: 'kk',
    });
    expect(filing.request).toEqual({
      templateId: FILING,
      templateVersion: manifest.version,
      answers: {},
      lang: manifest.languages[0],
      messagesLang: 'kk',
      today,
    });
    expect(
      resolveFiling(engine, { templateId: FILING, answers: {}, uiLang: 'ru' }).request,
    ).not.toHaveProperty('templateVersion');
  });

  it('refuses a version no set holds rather than render another text', () => {
    expect(() =>
      resolveFiling(engine, {
        templateId: FILING,
        templateVersion: '0.0.1-never',
        answers: {},
        uiLang: 'ru',
      }),
    ).toThrow(UnknownTemplate);
  });
});

describe('exportFileName', () => {
  const { manifest } = engine.template(FILING);
  const answers = sample(FILING, 'simple');

  it('carries initials only, unless the lawyer asked for names in file names', () => {
    const initials = exportFileName(manifest, 'ru', answers, false, '2026-11-25');
    expect(initials).toBe(`${manifest.title.ru} — О. М. — 2026-11-25`);
    expect(initials).not.toContain('Орлов');
    expect(exportFileName(manifest, 'en', answers, true, '2026-11-25', 'with annexes')).toBe(
      `${manifest.title.en} — Орлов — with annexes — 2026-11-25`,
    );
  });
});

describe('saveDraft', () => {
  const now = new Date('2026-11-25T09:00:00Z');
  let vault: Vault;
  beforeAll(async () => {
    vault = await Vault.create(join(tempDir('use-cases'), 'vault'), 'a long vault passphrase', {
      kdf: { N: 2 ** 10 },
    });
  });
  afterAll(() => vault.lock());

  it('records the version it was written on and follows the client the answers name', () => {
    const matter = vault.createMatter(
      { title: 'Дело', client: { lastName: '', firstName: '' } },
      now,
    );
    const answers = sample(FILING, 'simple');
    const draft = saveDraft(
      vault,
      engine,
      { matterId: matter.id, templateId: FILING, answers },
      now,
    );
    expect(draft.versions.at(-1)?.templateVersion).toBe(engine.template(FILING).manifest.version);
    expect(vault.getMatter(matter.id).client).toMatchObject({
      lastName: 'Орлов',
      firstName: 'Максим',
      middleName: 'Игоревич',
    });
  });

  it('does not blank a known client while the form is still without a surname', () => {
    const matter = vault.createMatter(
      { title: 'Дело', client: { lastName: 'Ким', firstName: 'Алина' } },
      now,
    );
    const answers = { ...sample(FILING, 'simple'), person: { lastName: '', firstName: '' } };
    saveDraft(vault, engine, { matterId: matter.id, templateId: FILING, answers }, now);
    expect(vault.getMatter(matter.id).client).toMatchObject({
      lastName: 'Ким',
      firstName: 'Алина',
    });
  });

  it('opens the saved version at its own filing version, and a new draft prefilled from it', () => {
    const [summary] = vault.listMatters({ query: 'Орлов' });
    const id = summary?.id ?? '';
    const saved = openDraft(
      vault,
      engine,
      undefined,
      { uiLang: 'ru', matterId: id, templateId: FILING },
      now,
    );
    expect(saved.templateVersion).toBe(engine.template(FILING).manifest.version);
    expect(saved.savedAt).toBe(now.toISOString());
    const other = engine.templates.find(
      (t) => t.manifest.id !== FILING && t.manifest.fields.some((f) => f.key === 'person'),
    );
    if (!other) throw new Error('no other filing asks for the person');
    const fresh = openDraft(
      vault,
      engine,
      undefined,
      { uiLang: 'ru', matterId: id, templateId: other.manifest.id },
      now,
    );
    expect(fresh.savedAt).toBeNull();
    expect(fresh.prefilledFrom).toEqual([FILING]);
    expect(fresh.answers.person).toMatchObject({ lastName: 'Орлов' });
  });
});
