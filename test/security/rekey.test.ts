/**
 * Issue 21 item 7: «change passphrase and re-key», crash-safe and resumable at every step (an
 * injected hook picks the step); a record version bound into the associated data; vaults of the
 * old record format still open.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { createHash } from 'node:crypto';
import { Vault, VaultBusyError, VaultError, type Matter } from '../../main/vault/index.ts';
import { tempDir } from '../helpers/temp.ts';

const OLD = 'old passphrase, known to others';
const NEW = 'new passphrase, mine alone';
const FAST = { kdf: { N: 2 ** 10 } };

class Crash extends Error {}

async function code(p: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (err) {
    if (err instanceof VaultError) return err.code;
    throw err;
  }
  return 'ok';
}

const magicOf = (dir: string): string[] =>
  readdirSync(join(dir, 'records'))
    .sort()
    .map((f) => {
      const b = readFileSync(join(dir, 'records', f));
      return `${b.subarray(0, 4).toString()}:${b.subarray(0, 4).toString() === 'RFG2' ? b.readUInt32BE(4) : 0}`;
    });

/** A vault with three matters, drafts and one attachment; what it holds, to compare later. */
async function populated(): Promise<{ dir: string; snapshot: string }> {
  const dir = join(tempDir(), 'vault');
  const v = await Vault.create(dir, OLD, FAST);
  for (const [i, last] of ['Жылдызбаева', 'Әбілов', 'Ким'].entries()) {
    const m = v.createMatter(
      { title: `Дело ${i}`, client: { lastName: last, firstName: 'А' } },
      new Date(Date.UTC(2026, 10, i + 1)),
    );
    v.saveDraft(
      m.id,
      { templateId: 't', templateVersion: '1', lang: 'ru', answers: { facts: `факты ${i}` } },
      new Date(Date.UTC(2026, 10, i + 2)),
    );
    if (i === 0)
      await v.addAttachment(
        m.id,
        { name: 'скан.png', bytes: PNG.sync.write(new PNG({ width: 3, height: 3 })) },
        new Date(Date.UTC(2026, 10, 5)),
      );
  }
  const snapshot = snapshotOf(v);
  v.lock();
  return { dir, snapshot };
}

function snapshotOf(v: Vault): string {
  return JSON.stringify(
    v.listMatters({ includeArchived: true }).map((s) => {
      const m = v.getMatter(s.id);
      return {
        m,
        files: (m.attachments ?? []).map((a) =>
          v.getAttachmentBytes(m.id, a.id).toString('base64'),
        ),
      };
    }),
  );
}

/** Opens with whichever passphrase the header now takes (old before the header step). */
async function reopen(dir: string): Promise<{ vault: Vault; pass: string }> {
  try {
    return { vault: await Vault.open(dir, OLD), pass: OLD };
  } catch (err) {
    if (err instanceof VaultError && err.code === 'wrongPassphrase')
      return { vault: await Vault.open(dir, NEW), pass: NEW };
    throw err;
  }
}

describe('change passphrase and re-key', () => {
  it('an old copy of vault.json with the old passphrase opens nothing after a re-key', async () => {
    const { dir, snapshot } = await populated();
    const oldHeader = readFileSync(join(dir, 'vault.json'));
    const v = await Vault.open(dir, OLD);
    expect(await v.changePassphrase(OLD, NEW, { rekey: true })).toEqual({ skipped: [] });
    expect(snapshotOf(v)).toBe(snapshot);
    v.lock();
    expect(magicOf(dir).every((m) => m === 'RFG2:1')).toBe(true);
    // Drafts are records of their own (vault layout 2): re-keyed like the rest.
    expect(readdirSync(join(dir, 'records')).filter((f) => f.startsWith('draft-'))).toHaveLength(3);
    expect(existsSync(join(dir, 'rekey.json'))).toBe(false);
    expect(snapshotOf(await Vault.open(dir, NEW))).toBe(snapshot);

    writeFileSync(join(dir, 'vault.json'), oldHeader); // the attacker's old copy
    // The old passphrase unwraps the old key, which opens nothing: the records are of a newer
    // key generation than that header, so opening refuses it before reading or repairing.
    expect(await code(Vault.open(dir, OLD))).toBe('tampered');
  });

  it('a passphrase change without re-key leaves the old key (the fast path, documented)', async () => {
    const { dir } = await populated();
    const oldHeader = readFileSync(join(dir, 'vault.json'));
    const v = await Vault.open(dir, OLD);
    await v.changePassphrase(OLD, NEW);
    writeFileSync(join(dir, 'vault.json'), oldHeader);
    expect((await Vault.open(dir, OLD)).listMatters()).toHaveLength(3);
  });

  it('resumes after a crash at every step: the vault opens and every record is there', async () => {
    // The steps of one re-key, as the hook sees them.
    const { dir: probe } = await populated();
    const steps: string[] = [];
    await (
      await Vault.open(probe, OLD)
    ).changePassphrase(OLD, NEW, {
      rekey: true,
      hook: (s) => void steps.push(s),
    });
    expect(steps.length).toBeGreaterThanOrEqual(8);
    // Record ids differ from vault to vault: the crash step is the k-th call of the hook.
    for (const [k, name] of steps.entries()) {
      const step = name.replace(/:.*/, `:#${k}`);
      const { dir, snapshot } = await populated();
      const oldHeader = readFileSync(join(dir, 'vault.json'));
      const v = await Vault.open(dir, OLD);
      await expect(
        v.changePassphrase(OLD, NEW, {
          rekey: true,
          hook: (() => {
            let call = 0;
            return () => {
              if (call++ === k) throw new Crash(step);
            };
          })(),
        }),
      ).rejects.toBeInstanceOf(Crash);
      v.lock(); // the process is gone; what is on disk is all there is
      const { vault, pass } = await reopen(dir);
      expect(snapshotOf(vault), step).toBe(snapshot);
      vault.lock();
      expect(existsSync(join(dir, 'rekey.json')), step).toBe(false);
      if (step === 'journal') {
        // Crashed before the journal: nothing changed, the old passphrase still rules.
        expect(pass).toBe(OLD);
        continue;
      }
      // Before the new header is written the old passphrase opens (and finishes the re-key);
      // after it, the new one. Either way the new passphrase and key rule from then on.
      expect(pass, step).toBe(step === 'cleanup' || step === 'done' ? NEW : OLD);
      expect(snapshotOf(await Vault.open(dir, NEW))).toBe(snapshot);
      expect(
        magicOf(dir).every((m) => m === 'RFG2:1'),
        step,
      ).toBe(true);
      writeFileSync(join(dir, 'vault.json'), oldHeader);
      expect(await code(async () => (await Vault.open(dir, OLD)).listMatters()), step).toBe(
        'tampered',
      );
    }
  });

  it('resumes after a real kill -9 in the middle of the records', async () => {
    const { dir, snapshot } = await populated();
    const script = new URL('./rekey-child.ts', import.meta.url).pathname;
    const victim = readdirSync(join(dir, 'records'))
      .sort()[2]
      ?.replace(/\.bin$/, '');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', script, dir, OLD, NEW, `record:${victim}`],
      { encoding: 'utf8' },
    );
    expect(run.signal).toBe('SIGKILL');
    expect(existsSync(join(dir, 'rekey.json'))).toBe(true);
    // Some records are re-keyed, some not yet: the old passphrase finishes the job.
    expect(new Set(magicOf(dir)).size).toBe(2);
    const v = await Vault.open(dir, OLD);
    expect(snapshotOf(v)).toBe(snapshot);
    expect(existsSync(join(dir, 'rekey.json'))).toBe(false);
    expect(await code(Vault.open(dir, OLD))).toBe('wrongPassphrase');
  });
});

describe('re-key and the inter-process lock', () => {
  const liveLock = (dir: string): void =>
    writeFileSync(
      join(dir, '.refuge-lock'),
      JSON.stringify({
        pid: process.pid,
        host: hostname(),
        started: '',
        token: 'feedfacefeedface',
      }),
    );

  it('waits for the lock like every write: while another process writes, nothing is re-keyed', async () => {
    const { dir, snapshot } = await populated();
    const before = magicOf(dir);
    const header = readFileSync(join(dir, 'vault.json'), 'utf8');
    const v = await Vault.open(dir, OLD, { lockWait: { attempts: 2, intervalMs: 1 } });
    liveLock(dir);
    await expect(v.changePassphrase(OLD, NEW, { rekey: true })).rejects.toBeInstanceOf(
      VaultBusyError,
    );
    expect(magicOf(dir)).toEqual(before);
    expect(readFileSync(join(dir, 'vault.json'), 'utf8')).toBe(header);
    expect(existsSync(join(dir, 'rekey.json'))).toBe(false);
    unlinkSync(join(dir, '.refuge-lock'));
    expect(snapshotOf(v)).toBe(snapshot);
  });

  it('a process still holding the old key writes nothing under it after another re-keyed', async () => {
    const { dir, snapshot } = await populated();
    const a = await Vault.open(dir, OLD);
    const b = await Vault.open(dir, OLD); // another process, opened before the re-key
    const [first] = b.listMatters();
    await a.changePassphrase(OLD, NEW, { rekey: true });
    const after = magicOf(dir);
    expect(
      await code(() =>
        b.saveDraft(first?.id ?? '', {
          templateId: 't',
          templateVersion: '1',
          lang: 'ru',
          answers: { facts: 'под старым ключом' },
        }),
      ),
    ).toBe('locked');
    expect(b.isLocked).toBe(true); // it must be unlocked again, with the new passphrase
    expect(magicOf(dir)).toEqual(after);
    const c = await Vault.open(dir, OLD, { lockWait: { attempts: 0, intervalMs: 1 } }).catch(
      (e: unknown) => e,
    );
    expect(c).toMatchObject({ code: 'wrongPassphrase' });
    expect(snapshotOf(await Vault.open(dir, NEW))).toBe(snapshot);
  });

  it('a reader holding the old key is locked at its next read, not told of tampering', async () => {
    const { dir } = await populated();
    const a = await Vault.open(dir, OLD);
    const b = await Vault.open(dir, OLD);
    await a.changePassphrase(OLD, NEW, { rekey: true });
    const [first] = a.listMatters();
    expect(await code(() => b.getMatter(first?.id ?? ''))).toBe('locked');
    expect(b.isLocked).toBe(true);
  });
});

describe('record version in the associated data', () => {
  it('an older copy of a record swapped in under a newer one is refused as tampering', async () => {
    const dir = join(tempDir(), 'vault');
    const v = await Vault.create(dir, OLD, FAST);
    const m = v.createMatter({ title: 'Дело', client: { lastName: 'Ким', firstName: 'А' } });
    const file = join(dir, 'records', `matter-${m.id}.bin`);
    const older = readFileSync(file);
    v.updateMatter(m.id, { facts: 'новые факты: ходатайство отозвано' });
    writeFileSync(file, older);
    const err = await code(() => v.getMatter(m.id));
    expect(err).toBe('tampered');
  });

  it('a record cannot pose as another version: the version is authenticated', async () => {
    const dir = join(tempDir(), 'vault');
    const v = await Vault.create(dir, OLD, FAST);
    const m = v.createMatter({ title: 'Дело', client: { lastName: 'Ким', firstName: 'А' } });
    const file = join(dir, 'records', `matter-${m.id}.bin`);
    const bytes = readFileSync(file);
    bytes.writeUInt32BE(bytes.readUInt32BE(8) + 5, 8);
    writeFileSync(file, bytes);
    v.lock();
    expect(await code(async () => (await Vault.open(dir, OLD)).getMatter(m.id))).toBe('tampered');
  });

  it('a vault written before (layout 1, record format 1) opens, migrates, writes, and re-keys', async () => {
    // The one fixture of the format before issue 21 (test/fixtures/vault-v1, also migrated in
    // test/vault/integrity.test.ts and crashed at every step in test/vault/faults.test.ts).
    const fixture = new URL('../fixtures/vault-v1/', import.meta.url).pathname;
    const expected = JSON.parse(readFileSync(join(fixture, 'expected.json'), 'utf8')) as {
      passphrase: string;
      matters: Matter[];
      attachment: { matterId: string; id: string; sha256: string };
    };
    const dir = join(tempDir(), 'legacy');
    cpSync(join(fixture, 'vault'), dir, { recursive: true });
    const pass = expected.passphrase;
    expect(magicOf(dir).every((x) => x === 'RFG1:0')).toBe(true);
    const v = await Vault.open(dir, pass);
    // Opening migrated it: drafts in records of their own, every record in record format 2.
    expect(v.repairs).toContainEqual({ kind: 'migrated', from: 1, to: 3 });
    expect(magicOf(dir).every((x) => x === 'RFG2:0')).toBe(true);
    for (const m of expected.matters) expect(v.getMatter(m.id)).toEqual(m);
    const { matterId, id, sha256 } = expected.attachment;
    expect(createHash('sha256').update(v.getAttachmentBytes(matterId, id)).digest('hex')).toBe(
      sha256,
    );
    const matter = expected.matters[0];
    if (!matter) throw new Error('the fixture has matters');
    const before = snapshotOf(v);
    v.updateMatter(matter.id, { facts: 'дополнено' }, new Date('2026-12-01T00:00:00Z'));
    await v.changePassphrase(pass, NEW, { rekey: true });
    v.lock();
    expect(magicOf(dir).every((x) => x === 'RFG2:1')).toBe(true);
    const after = await Vault.open(dir, NEW);
    expect(after.getMatter(matter.id).facts).toBe('дополнено');
    expect(after.getMatter(matter.id).drafts).toEqual(matter.drafts);
    const files = (snapshot: string): unknown =>
      (JSON.parse(snapshot) as { files: string[] }[]).map((x) => x.files);
    expect(files(snapshotOf(after))).toEqual(files(before));
  });

  it('once migrated, a record in record format 1 is refused (no old copy swapped back in)', async () => {
    const fixture = new URL('../fixtures/vault-v1/', import.meta.url).pathname;
    const { passphrase } = JSON.parse(readFileSync(join(fixture, 'expected.json'), 'utf8')) as {
      passphrase: string;
    };
    const dir = join(tempDir(), 'legacy');
    cpSync(join(fixture, 'vault'), dir, { recursive: true });
    const settings = join(dir, 'records', 'settings.bin');
    const format1 = readFileSync(settings);
    (await Vault.open(dir, passphrase)).lock();
    writeFileSync(settings, format1);
    const v = await Vault.open(dir, passphrase);
    expect(await code(() => v.getSettings())).toBe('tampered');
  });
});

describe('re-key from the app and the CLI', () => {
  it('the app offers it (vault:passphrase with rekey) and it does what it says', async () => {
    const { createHandlers } = await import('../../main/ipc/handlers.ts');
    const { getServices } = await import('../../main/services.ts');
    const { Session } = await import('../../main/session.ts');
    const { folderSaveTarget } = await import('../../main/bridge/web.ts');
    const root = tempDir();
    const session = new Session({
      vaultDir: join(root, 'vault'),
      saveTarget: folderSaveTarget(join(root, 'out')),
      kdf: FAST.kdf,
    });
    try {
      await session.create(OLD);
      session.open().createMatter({ title: 'Дело', client: { lastName: 'Ким', firstName: 'А' } });
      const oldHeader = readFileSync(join(root, 'vault', 'vault.json'));
      const handlers = createHandlers(getServices(), session);
      expect(
        await handlers['vault:passphrase']({ uiLang: 'ru', current: OLD, next: NEW, rekey: true }),
      ).toEqual({ ok: true, value: { rekeyed: true, skipped: 0 } });
      expect(session.open().listMatters()).toHaveLength(1);
      expect(
        await handlers['vault:passphrase']({
          uiLang: 'ru',
          current: 'not the passphrase',
          next: OLD,
          rekey: true,
        }),
      ).toMatchObject({ ok: false, error: { code: 'wrongPassphrase' } });
      writeFileSync(join(root, 'vault', 'vault.json'), oldHeader);
      expect(
        await code(async () => (await Vault.open(join(root, 'vault'), OLD)).listMatters()),
      ).toBe('tampered');
    } finally {
      await session.close();
    }
  });

  it('a second app on the vault is locked, not broken, once the first re-keyed', async () => {
    const { Session } = await import('../../main/session.ts');
    const { folderSaveTarget } = await import('../../main/bridge/web.ts');
    const root = tempDir();
    const app = () =>
      new Session({
        vaultDir: join(root, 'vault'),
        saveTarget: folderSaveTarget(join(root, 'out')),
        kdf: FAST.kdf,
      });
    const one = app();
    const two = app();
    try {
      await one.create(OLD);
      await two.unlock(OLD);
      await one.open().changePassphrase(OLD, NEW, { rekey: true });
      expect(await code(() => two.open().listMatters())).toBe('locked');
      expect(two.status().state).toBe('locked');
      await two.unlock(NEW);
      expect(two.open().listMatters()).toEqual([]);
    } finally {
      await one.close();
      await two.close();
    }
  });

  it('`refuge vault passwd` re-keys by default; --keep-key only re-wraps', async () => {
    const home = tempDir();
    const dir = join(home, 'vault');
    (await Vault.create(dir, OLD, FAST)).lock();
    const passwd = (extra: string[], input: string) =>
      spawnSync(
        process.execPath,
        ['bin/refuge.js', 'vault', 'passwd', ...extra, '--passphrase-stdin'],
        { encoding: 'utf8', input, env: { ...process.env, REFUGE_HOME: home, REFUGE_LANG: 'en' } },
      );
    const first = passwd([], `${OLD}\n${OLD}\n${NEW}\n`);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/re-encrypted under a new key/);
    expect(magicOf(dir).every((m) => m === 'RFG2:1')).toBe(true);
    const second = passwd(['--keep-key'], `${NEW}\n${NEW}\n${OLD}\n`);
    expect(second.status).toBe(0);
    expect(magicOf(dir).every((m) => m === 'RFG2:1')).toBe(true);
  });
});
