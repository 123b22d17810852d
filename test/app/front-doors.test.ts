/**
 * The window (IPC) and the `refuge` command are two front doors onto the same use cases
 * (main/app/). Where they had drifted (issue 20), each story is told through both and the
 * results compared: what the lawyer sees must not depend on the door.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Vault } from '../../main/vault/index.ts';
import { createHandlers } from '../../main/ipc/index.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';
import { preflightLines } from '../../main/cli/preflight.ts';
import { ipcCalls } from '../helpers/ipc.ts';
import { sampleOn } from '../helpers/golden.ts';
import { testDay } from '../helpers/clock.ts';
import { tempDir } from '../helpers/temp.ts';

const PASS = 'a long vault passphrase';
const FILING = 'supreme-court-complaint';
const today = testDay();
const home = tempDir('front-doors');
const answers = sampleOn(`templates/${FILING}/samples/simple.json`, today);
/** The same client after the lawyer corrected the surname: «Орлов» → «Орлова-Светлова». */
const corrected = {
  ...answers,
  person: { ...(answers.person as Record<string, unknown>), lastName: 'Орлова-Светлова' },
};

const cli = (args: string[], input = '') =>
  spawnSync(process.execPath, ['bin/refuge.js', ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, REFUGE_HOME: home, REFUGE_LANG: 'en', REFUGE_TODAY: today },
  });

function file(name: string, content: unknown): string {
  const path = join(home, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

const session = new Session({
  vaultDir: join(home, 'app-vault'),
  saveTarget: { choose: async () => null, chooseFolder: async () => null },
  kdf: { N: 2 ** 10 },
});
const ipc = ipcCalls(createHandlers(getServices(), session));
afterAll(() => session.close());

describe('a draft saved with a corrected client name', () => {
  it('renames the matter’s client from `refuge matter draft` as the app’s autosave does', async () => {
    // The command line: a matter from the first answers, then a new draft with the correction.
    const vault = await Vault.create(join(home, 'vault'), PASS, { kdf: { N: 2 ** 10 } });
    vault.lock();
    const made = cli(
      ['matter', 'new', FILING, file('first.json', answers), '--passphrase-stdin'],
      `${PASS}\n`,
    );
    expect(made.status, made.stderr).toBe(0);
    const id = made.stdout.trim();
    const drafted = cli(
      ['matter', 'draft', id, FILING, file('corrected.json', corrected), '--passphrase-stdin'],
      `${PASS}\n`,
    );
    expect(drafted.status, drafted.stderr).toBe(0);
    const listed = cli(['vault', 'list', '--passphrase-stdin'], `${PASS}\n`);
    const cliLine = listed.stdout.split('\n').find((l) => l.startsWith(id)) ?? '';

    // The window: the same two saves on a matter of its own.
    await ipc.ok('vault:create', { passphrase: PASS, uiLang: 'en' });
    const matter = await ipc.ok('matters:create', { uiLang: 'en', title: 'Дело' });
    for (const a of [answers, corrected])
      await ipc.ok('drafts:save', {
        uiLang: 'en',
        matterId: matter.id,
        templateId: FILING,
        lang: 'ru',
        answers: a,
      });
    const [summary] = await ipc.ok('matters:list', { uiLang: 'en' });

    expect(summary?.clientName).toBe('Орлова-Светлова Максим Игоревич');
    expect(cliLine).toContain(`— ${summary?.clientName}`);
  }, 120_000);
});

describe('a filing drafted twice in one matter', () => {
  it('the command line refuses the kind alone, names the drafts, and writes the one named', async () => {
    // Two complaints of one kind, as the window starts them: each under its own id.
    const twiceHome = join(home, 'twice');
    const vaultDir = join(twiceHome, 'vault');
    const vault = await Vault.create(vaultDir, PASS, { kdf: { N: 2 ** 10 } });
    const matter = vault.createMatter({ title: 'Дело', client: { lastName: '', firstName: '' } });
    const ids = ['a1a1a1a1a1a1', 'b2b2b2b2b2b2'];
    for (const draftId of ids)
      vault.saveDraft(matter.id, {
        draftId,
        templateId: FILING,
        templateVersion: getServices().engine.template(FILING).manifest.version,
        lang: 'ru',
        answers,
      });
    vault.lock();
    const twice = (args: string[]) =>
      spawnSync(process.execPath, ['bin/refuge.js', ...args, '--passphrase-stdin'], {
        encoding: 'utf8',
        input: `${PASS}\n`,
        env: {
          ...process.env,
          REFUGE_HOME: twiceHome,
          REFUGE_LANG: 'en',
          REFUGE_TODAY: today,
        },
      });

    const shown = twice(['matter', 'show', matter.id]);
    expect(shown.status, shown.stderr).toBe(0);
    for (const id of ids) expect(shown.stdout).toContain(`${FILING} [${id}]`);

    const guessed = twice(['matter', 'draft', matter.id, FILING, file('twice.json', corrected)]);
    expect(guessed.status).toBe(2);
    expect(guessed.stderr).toContain(`several drafts of ${FILING}: ${ids.join(', ')}`);
    expect(guessed.stderr).toContain('--draft');
    const draftAs = (draftId: string) =>
      twice([
        'matter',
        'draft',
        matter.id,
        FILING,
        file('twice.json', corrected),
        '--draft',
        draftId,
      ]);
    expect(draftAs('c3c3c3c3c3c3').status).toBe(1); // a mistyped id is not a new draft
    const named = draftAs(ids[1] ?? '');
    expect(named.status, named.stderr).toBe(0);
    const filed = twice([
      'matter',
      'filed',
      matter.id,
      FILING,
      '--how',
      'inPerson',
      '--draft',
      ids[0] ?? '',
    ]);
    expect(filed.status, filed.stderr).toBe(0);

    const marked = await Vault.open(vaultDir, PASS);
    const filedOf = new Map(marked.getMatter(matter.id).drafts.map((d) => [d.id, d.filed?.how]));
    marked.lock();
    expect(filedOf).toEqual(
      new Map([
        [ids[0], 'inPerson'],
        [ids[1], undefined],
      ]),
    );

    const deleted = twice(['matter', 'delete-draft', matter.id, ids[0] ?? '']);
    expect(deleted.status, deleted.stderr).toBe(0);
    expect(twice(['matter', 'delete-draft', matter.id, ids[0] ?? '']).status).toBe(1);

    const after = await Vault.open(vaultDir, PASS);
    const drafts = after.getMatter(matter.id).drafts;
    after.lock();
    const byId = new Map(drafts.map((d) => [d.id, d]));
    // The draft marked as handed in was then deleted by its id; the other kept its new version.
    expect([...byId.keys()]).toEqual([ids[1]]);
    expect(byId.get(ids[1] ?? '')?.versions).toHaveLength(2);
    expect(byId.get(ids[1] ?? '')?.filed).toBeUndefined();
  }, 120_000);
});

describe('the pre-flight of a filing', () => {
  it('prints on the command line the lines the window shows, its deadlines included', async () => {
    const out = join(home, 'complaint.pdf');
    const rendered = cli(['render', FILING, file('render.json', answers), '-o', out]);
    expect(rendered.status, rendered.stderr).toBe(0);
    const view = await ipc.ok('filing:render', {
      templateId: FILING,
      answers,
      lang: 'ru',
      uiLang: 'en',
      format: 'pdf',
      today,
    });
    expect(view.preflight.deadlines.length).toBeGreaterThan(0);
    const lines = preflightLines(view.preflight, 'en');
    expect(lines.some((l) => l.includes(view.preflight.deadlines[0]?.label ?? '?'))).toBe(true);
    const printed = rendered.stderr.split('\n');
    for (const line of lines) expect(printed).toContain(line);
    // Written by the app's atomic writer: readable by the user only, like the app's exports.
    expect(statSync(out).mode & 0o777).toBe(0o600);
  }, 120_000);

  it('prints a safe day passed while a later reading runs as that, not as passed', async () => {
    // Served Wed 28.01.2026: 10 суток end Sat 07.02; ten working days, Wed 11.02.
    const appeal = {
      ...sampleOn('templates/expulsion-appeal/samples/simple.json', '2026-02-09'),
      expulsionRulingDate: '2026-01-27',
      rulingServedDate: '2026-01-28',
      // Restoration is asked in the alternative, so its reasons are required.
      restorationReasons: 'Копия постановления вручена без перевода на русский язык.',
    };
    const view = await ipc.ok('filing:render', {
      templateId: 'expulsion-appeal',
      answers: appeal,
      lang: 'ru',
      uiLang: 'ru',
      format: 'pdf',
      today: '2026-02-09',
    });
    expect(view.preflight.deadlines).toMatchObject([{ id: 'appeal', arguable: true }]);
    const lines = preflightLines(view.preflight, 'ru');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^СРОК ПО БЕЗОПАСНОМУ СЧЁТУ ИСТЁК: .* — последний день 07\.02\.2026; по более поздней/,
      ),
    );
    expect(lines.join('\n')).not.toContain('СРОК ИСТЁК:');
  }, 120_000);

  it('prints another step’s term as ended, never as this filing passed or argued', async () => {
    // The refusal of 15.01.2025 called appealable: its three months (six) are long gone.
    const view = await ipc.ok('filing:render', {
      templateId: 'expulsion-appeal',
      answers: {
        ...sampleOn('templates/expulsion-appeal/samples/complex.json', '2026-11-25'),
        refugeeApplicationStage: 'refusedAppealable',
        refugeeRefusalDate: '2025-01-15',
      },
      lang: 'ru',
      uiLang: 'ru',
      format: 'pdf',
      today: '2026-11-25',
    });
    const lines = preflightLines(view.preflight, 'ru').join('\n');
    expect(lines).toContain(
      'Обжалование отказа в статусе беженца (3 месяца; считая от даты отказа): истёк 15.04.2025 (срок другого действия, не этого документа)',
    );
    expect(lines).not.toMatch(/СРОК ИСТЁК: Обжалование отказа/);
  }, 120_000);
});
