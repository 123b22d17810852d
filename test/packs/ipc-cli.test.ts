/**
 * Template packs through the two front doors: the IPC handlers the Settings screen calls (real
 * vault, real workers) and `refuge pack …` with its exit codes (0 done, 2 refused or invalid).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { Vault } from '../../main/vault/index.ts';
import { join } from 'node:path';
import { createHandlers } from '../../main/ipc/handlers.ts';
import { ipcCalls } from '../helpers/ipc.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';
import { folderSaveTarget } from '../../main/bridge/web.ts';
import { runPackCli } from '../../main/cli/commands/pack.ts';
import { APP_VERSION } from '../../main/app-version.ts';
import { runCli } from '../../main/cli/index.ts';
import { pdfText } from '../helpers/extract.ts';
import {
  TEST_KEY,
  V2_MARKER,
  baseTemplates,
  flipByte,
  pack,
  packOptions,
  rezip,
  tempDir,
  v2Templates,
} from './helpers.ts';
import { sampleFile } from '../helpers/golden.ts';
import { installPack } from '../../main/packs/store.ts';

const base = baseTemplates();
const v2dir = v2Templates(base);
const packV2 = pack(v2dir, 2);
const packV1 = pack(base, 1);
const PASSPHRASE = 'тихий вечер над Алматы';
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

describe('template packs through IPC', () => {
  const root = tempDir('packs-ipc');
  const packs = packOptions(join(root, 'template-packs'));
  const session = new Session({
    vaultDir: join(root, 'vault'),
    saveTarget: folderSaveTarget(join(root, 'exports')),
    kdf: { N: 2 ** 14 },
    templatesDir: base,
    packs,
  });
  const handlers = createHandlers(getServices(base, packs), session);
  afterAll(() => session.close());

  const { ok, fails } = ipcCalls(handlers);

  const sample = sampleFile(join(base, 'supreme-court-complaint', 'samples', 'complex.json'));
  let matterId = '';

  it('a draft saved on 1.0.0 records it', async () => {
    await ok('vault:create', { passphrase: 'тихий вечер над Алматы', uiLang: 'ru' });
    matterId = (await ok('matters:create', { uiLang: 'ru', title: 'Дело' })).id;
    await ok('drafts:save', {
      uiLang: 'ru',
      matterId,
      templateId: 'supreme-court-complaint',
      lang: 'ru',
      answers: sample,
    });
    const draft = await ok('drafts:open', {
      uiLang: 'ru',
      matterId,
      templateId: 'supreme-court-complaint',
    });
    expect([draft.templateVersion, draft.currentVersion]).toEqual(['1.0.0', '1.0.0']);
  });

  it('inspect shows the change summary in the UI language and installs nothing', async () => {
    expect(await ok('pack:status', { uiLang: 'ru' })).toEqual({
      appVersion: APP_VERSION,
      installedVersion: null,
      warnings: [],
    });
    const summary = await ok('pack:inspect', { uiLang: 'ru', content: b64(packV2) });
    expect(summary.packVersion).toBe(2);
    expect(summary.signer).toBe(TEST_KEY.holder);
    expect(summary.installedVersion).toBeNull();
    expect(summary.filingsChanged).toEqual([
      {
        id: 'supreme-court-complaint',
        title: 'Жалоба в Верховный Суд РК на постановление о выдаче (экстрадиции)',
        from: '1.0.0',
        to: '1.1.0',
        older: false,
      },
    ]);
    expect(summary.filingsAdded.map((f) => f.id)).toEqual(['supreme-court-complaint-2']);
    expect((await ok('pack:status', { uiLang: 'ru' })).installedVersion).toBeNull();
  });

  it('a locked app neither inspects nor installs a pack', async () => {
    await ok('vault:lock', {});
    expect((await fails('pack:inspect', { uiLang: 'ru', content: b64(packV2) })).code).toBe(
      'locked',
    );
    expect((await fails('pack:import', { uiLang: 'ru', content: b64(packV2) })).code).toBe(
      'locked',
    );
    await ok('vault:unlock', { passphrase: 'тихий вечер над Алматы', uiLang: 'ru' });
    expect((await ok('pack:status', { uiLang: 'ru' })).installedVersion).toBeNull();
  });

  it('refuses a tampered pack with a localized message', async () => {
    const bad = rezip(packV2, (e) =>
      flipByte(e, 'templates/supreme-court-complaint/template.ru.hbs'),
    );
    const ru = await fails('pack:import', { uiLang: 'ru', content: b64(bad) });
    expect(ru.code).toBe('packRefused');
    expect(ru.message).toMatch(/изменён после подписания.*Ничего не изменено/);
    const kk = await fails('pack:inspect', { uiLang: 'kk', content: b64(bad) });
    expect(kk.message).toMatch(/Ештеңе өзгертілмеді/);
    const en = await fails('pack:inspect', { uiLang: 'en', content: b64(new Uint8Array(10)) });
    expect(en.message).toBe(
      'The file is not a Refuge template pack or is damaged. Nothing was changed.',
    );
  });

  it('import: the list shows 1.1.0; the saved draft keeps 1.0.0 until moved on', async () => {
    expect(await ok('pack:import', { uiLang: 'ru', content: b64(packV2) })).toEqual({
      appVersion: APP_VERSION,
      installedVersion: 2,
      warnings: [],
    });
    const list = await ok('templates:list', { uiLang: 'ru' });
    expect(list.find((t) => t.id === 'supreme-court-complaint')?.version).toBe('1.1.0');
    const draft = await ok('drafts:open', {
      uiLang: 'ru',
      matterId,
      templateId: 'supreme-court-complaint',
    });
    expect([draft.templateVersion, draft.currentVersion]).toEqual(['1.0.0', '1.1.0']);

    // The preview (a fresh worker, restarted by the import) renders each version asked for.
    const preview = async (templateVersion?: string): Promise<string> => {
      const r = await ok('filing:preview', {
        templateId: 'supreme-court-complaint',
        ...(templateVersion ? { templateVersion } : {}),
        answers: sample,
        lang: 'ru',
        uiLang: 'ru',
      });
      if (r.superseded) throw new Error('superseded');
      return pdfText(Buffer.from(r.base64, 'base64'));
    };
    expect(await preview('1.0.0')).not.toContain(V2_MARKER);
    expect(await preview()).toContain(V2_MARKER);

    // Moving on: saved with the new version, the draft says so.
    await ok('drafts:save', {
      uiLang: 'ru',
      matterId,
      templateId: 'supreme-court-complaint',
      templateVersion: '1.1.0',
      lang: 'ru',
      answers: sample,
    });
    const moved = await ok('drafts:open', {
      uiLang: 'ru',
      matterId,
      templateId: 'supreme-court-complaint',
    });
    expect(moved.templateVersion).toBe('1.1.0');
    expect((await fails('pack:import', { uiLang: 'en', content: b64(packV2) })).message).toMatch(
      /not newer than the installed one \(pack 2, installed 2\)/,
    );
  });
});

describe('refuge pack', () => {
  const root = tempDir('packs-cli');
  const packs = { ...packOptions(join(root, 'template-packs')), builtInDir: base };
  const run = async (...args: string[]): Promise<{ code: number; out: string; err: string }> => {
    let out = '';
    let err = '';
    const code = await runPackCli(
      args,
      'en',
      { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) },
      packs,
    );
    return { code, out, err };
  };

  it('keygen writes a private key only its owner can read, and never overwrites one', async () => {
    const dir = join(root, 'keys');
    const made = await run('keygen', '-o', dir);
    expect(made.code).toBe(0);
    expect(statSync(join(dir, 'private.pem')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'public.pem'), 'utf8')).toMatch(/BEGIN PUBLIC KEY/);
    const again = await run('keygen', '-o', dir);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/nothing was overwritten/);
  });

  it('build, inspect and import: exit 0 with the summary; refused packs exit 2', async () => {
    const file = join(root, 'v2.refugepack');
    const built = await run(
      'build',
      v2dir,
      '--key',
      'test/fixtures/packs/TEST-ONLY-private.pem',
      '-o',
      file,
      '--pack-version',
      '2',
    );
    expect(built.code).toBe(0);
    expect(built.out).toMatch(new RegExp(`Pack 2 signed with ${TEST_KEY.id}`));

    const inspected = await run('inspect', file);
    expect(inspected.code).toBe(0);
    expect(inspected.out).toContain(
      'Filing updated: Complaint to the Supreme Court against an extradition decision 1.0.0 → 1.1.0',
    );

    const tampered = join(root, 'tampered.refugepack');
    writeFileSync(
      tampered,
      rezip(readFileSync(file), (e) => flipByte(e, 'templates/cites.json')),
    );
    const refused = await run('import', tampered);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/altered after it was signed/);

    const unknown = await run('import', join(root, 'keys', 'public.pem'));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/not a Refuge template pack/);

    const imported = await run('import', file);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/Installed pack 2/);
    const replay = await run('import', file);
    expect(replay.code).toBe(2);
    expect((await run('status')).out.trim()).toBe('2');
  });

  it('inspect --key checks a pack against the key it was signed with, and refuses a file that is no key', async () => {
    const file = join(root, 'signed.refugepack');
    const key = 'test/fixtures/packs/TEST-ONLY-private.pem';
    expect((await run('build', v2dir, '--key', key, '-o', file, '--pack-version', '3')).code).toBe(
      0,
    );
    // The private half checks too: its public half is what is trusted.
    const mine = await run('inspect', file, '--key', key);
    expect(mine.code, mine.err).toBe(0);
    expect(mine.out).toMatch(new RegExp(`Pack 3 of .*, signed by ${key} \\(${TEST_KEY.id}\\)`));
    const other = await run('inspect', file, '--key', join(root, 'keys', 'public.pem'));
    expect(other.code).toBe(2);
    const notAKey = await run('inspect', file, '--key', v2dir + '/cites.json');
    expect(notAKey.code).toBe(2);
    expect(notAKey.err).toContain('cites.json: not a PEM key');
  });

  it('build --min-app-version: inspect names it, and a newer one than this app is refused', async () => {
    const key = 'test/fixtures/packs/TEST-ONLY-private.pem';
    const file = join(root, 'needs.refugepack');
    const bad = await run('build', v2dir, '--key', key, '-o', file, '--min-app-version', 'v1');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--min-app-version v1: a version such as 1.2.3 is needed');
    expect(existsSync(file)).toBe(false);

    expect((await run('build', v2dir, '--key', key, '-o', file, '--pack-version', '5')).code).toBe(
      0,
    );
    const named = await run('inspect', file);
    expect(named.out).toContain(`Needs Refuge ${APP_VERSION} or newer.`);

    const newer = join(root, 'newer.refugepack');
    const built = await run(
      'build',
      v2dir,
      '--key',
      key,
      '-o',
      newer,
      '--pack-version',
      '6',
      '--min-app-version',
      '99.0.0',
    );
    expect(built.code).toBe(0);
    const refused = await run('import', newer);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('This template pack is made for Refuge 99.0.0 or newer');
  });

  it('usage errors exit 2 through the refuge command', async () => {
    let err = '';
    const io = { out: () => undefined, err: (t: string) => (err += t) };
    expect(await runCli(['pack', 'build', v2dir], io)).toBe(2);
    expect(err).toMatch(/pack build <templates-dir> --key <private.pem> -o <file.refugepack>/);
  });
});

describe('refuge pack import on a machine with a vault', () => {
  it('asks for the passphrase, raises the floor kept in the vault, and refuses a rollback after the state file is lost', async () => {
    const home = tempDir('pack-vault-home');
    const packsDir = join(home, 'template-packs');
    const vault = await Vault.create(join(home, 'vault'), PASSPHRASE, { kdf: { N: 2 ** 10 } });
    vault.lock();
    const v1 = join(home, 'v1.refugepack');
    const v2 = join(home, 'v2.refugepack');
    writeFileSync(v1, packV1);
    writeFileSync(v2, packV2);
    const run = (...args: string[]) =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', 'test/packs/pack-cli-child.ts', packsDir, base, ...args],
        {
          encoding: 'utf8',
          input: `${PASSPHRASE}\n`,
          env: { ...process.env, REFUGE_HOME: home, REFUGE_LANG: 'en' },
        },
      );
    const first = run('import', v2, '--passphrase-stdin');
    expect(first.status, first.stderr).toBe(0);
    expect(run('import', v2).status).toBe(2); // no terminal, no --passphrase-stdin: asks, refuses
    // The state file is lost (or deleted): the older pack is not taken for a fresh install.
    rmSync(join(packsDir, 'state.json'), { force: true });
    for (const f of readdirSync(packsDir)) rmSync(join(packsDir, f), { recursive: true });
    const rollback = run('import', v1, '--passphrase-stdin');
    expect(rollback.status).toBe(2);
    expect(rollback.stderr).toMatch(
      /the vault remembers pack 2.*looks like tampering, not a fresh install/,
    );
  });
});

describe('refuge render with a pack that fails its check', () => {
  it('says so before the document, and still drafts with the templates that hold', () => {
    const home = tempDir('pack-render-home');
    const packsDir = join(home, 'template-packs');
    // Installed by the test key, which the real CLI does not trust: a pack that fails its check.
    installPack(packV2, packsDir, packOptions(packsDir).trustedKeys);
    const out = join(home, 'out.pdf');
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'main/cli/index.ts',
        'render',
        'refugee-application',
        'templates/refugee-application/samples/simple.json',
        '-o',
        out,
      ],
      { encoding: 'utf8', env: { ...process.env, REFUGE_HOME: home, REFUGE_LANG: 'en' } },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/template pack 2 failed its signature check and is not used/);
    expect(statSync(out).size).toBeGreaterThan(1000);
    rmSync(home, { recursive: true, force: true });
  });
});
