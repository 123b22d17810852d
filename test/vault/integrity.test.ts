/**
 * The records are the truth, the index is derived; two processes share the vault through a lock
 * held per write. In-process checks (the crash and two-process checks are in faults.test.ts and
 * concurrent.test.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Vault, VaultBusyError, VaultError, type Matter } from '../../main/vault/index.ts';
import { isStale, processStart, VaultLock } from '../../main/vault/lock.ts';
import { realFileOps } from '../../main/atomic.ts';
import { describeRepair } from '../../main/vault/repairs.ts';
import { vaultErrorText } from '../../main/app/errors.ts';

const FAST = { kdf: { N: 2 ** 10 } };
const PASS = 'correct horse battery';
const parents: string[] = [];
const fresh = (): string => {
  const parent = mkdtempSync(join(tmpdir(), 'refuge-integrity-'));
  parents.push(parent);
  return join(parent, 'vault');
};
afterAll(() => {
  for (const p of parents) rmSync(p, { recursive: true, force: true });
});

/** A pid that certainly belonged to a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

const lockRecord = (pid: number, token = 'feedfacefeedface'): string =>
  JSON.stringify({ pid, host: hostname(), started: '', token });

const draft = (facts: string): Parameters<Vault['saveDraft']>[1] => ({
  templateId: 'supreme-court-complaint',
  templateVersion: '1',
  lang: 'ru',
  answers: { facts },
});

async function seeded(): Promise<{ dir: string; vault: Vault; a: Matter; b: Matter }> {
  const dir = fresh();
  const vault = await Vault.create(dir, PASS, FAST);
  const at = new Date('2026-02-01T10:00:00Z');
  const a = vault.createMatter(
    { title: 'Дело А', client: { lastName: 'Аров', firstName: 'А' } },
    at,
  );
  const b = vault.createMatter(
    { title: 'Дело Б', client: { lastName: 'Бэров', firstName: 'Б' } },
    at,
  );
  vault.saveDraft(a.id, draft('первая'), new Date('2026-03-01T10:00:00Z'));
  return { dir, vault, a, b };
}

function flipByte(file: string, at = 40): void {
  const bytes = readFileSync(file);
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  writeFileSync(file, bytes);
}

describe('the index is derived from the records', () => {
  it('a flipped byte in the index: the vault opens, lists every matter and says it rebuilt the list', async () => {
    const { dir, a, b } = await seeded();
    flipByte(join(dir, 'records', 'index.bin'));
    const vault = await Vault.open(dir, PASS);
    expect(vault.listMatters().map((m) => m.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(vault.repairs).toContainEqual(
      expect.objectContaining({ kind: 'indexRebuilt', reason: 'damaged' }),
    );
    expect(describeRepair(vault.repairs.at(-1)!, 'ru')).toMatch(/восстановлен/);
    // And a new matter works again (it failed until the user gave up).
    vault.createMatter({ title: 'Новое', client: { lastName: 'Вэров', firstName: 'В' } });
    expect(vault.listMatters()).toHaveLength(3);
  });

  it('a matter written without its index entry (a kill in between) is listed again', async () => {
    const { dir, vault, a } = await seeded();
    const orphan = { ...vault.getMatter(a.id), id: '0123456789abcdef', title: 'Без индекса' };
    vault.put(`matter-${orphan.id}`, { ...orphan, drafts: [] });
    const reopened = await Vault.open(dir, PASS);
    expect(reopened.listMatters().map((m) => m.title)).toContain('Без индекса');
    expect(reopened.repairs).toContainEqual(
      expect.objectContaining({ kind: 'indexRebuilt', reason: 'mismatch', added: [orphan.id] }),
    );
    expect((await Vault.open(dir, PASS)).repairs).toEqual([]); // repaired once, for good
  });

  it('a damaged index found while the vault is open is rebuilt, not fatal', async () => {
    const { dir, vault } = await seeded();
    flipByte(join(dir, 'records', 'index.bin'));
    expect(vault.listMatters()).toHaveLength(2);
    expect(vault.repairs.map((r) => r.kind)).toContain('indexRebuilt');
  });

  it('export leaves out a damaged record, names it, and saves the rest', async () => {
    const { dir, vault, a, b } = await seeded();
    flipByte(join(dir, 'records', `matter-${b.id}.bin`));
    const file = join(dir, '..', 'backup.refuge');
    const { skipped } = await vault.exportTo(file, PASS);
    expect(skipped).toEqual([`matter-${b.id}`]);
    const other = await Vault.create(join(dir, '..', 'other'), PASS, FAST);
    expect(await other.importFrom(file, PASS)).toEqual([a.id]);
    expect(other.getMatter(a.id).drafts[0]?.versions[0]?.answers).toEqual({ facts: 'первая' });
  });
});

describe('a vault folder that cannot be written', () => {
  it('still exports (the lock cannot be taken there, and no one can be writing)', async () => {
    const { dir, a } = await seeded();
    const inVault = (path: unknown): boolean => String(path).startsWith(dir);
    const erofs = (): never => {
      throw Object.assign(new Error('read-only file system'), { code: 'EROFS' });
    };
    const vault = await Vault.open(dir, PASS, {
      fileOps: {
        ...realFileOps,
        openSync: ((path, flags, mode) =>
          inVault(path) && flags === 'wx'
            ? erofs()
            : realFileOps.openSync(path, flags, mode)) as typeof realFileOps.openSync,
      },
    });
    expect(() => vault.saveDraft(a.id, draft('нельзя'))).toThrow(/cannot be written/);
    const file = join(dir, '..', 'from-read-only.refuge');
    expect(await vault.exportTo(file, PASS)).toEqual({ skipped: [] });
    const other = await Vault.create(join(dir, '..', 'other-ro'), PASS, FAST);
    expect((await other.importFrom(file, PASS)).sort()).toHaveLength(2);
  });
});

describe('drafts are records of their own', () => {
  it('saving a draft never rewrites the matter record', async () => {
    const { dir, vault, a } = await seeded();
    const matterFile = join(dir, 'records', `matter-${a.id}.bin`);
    const before = createHash('sha256').update(readFileSync(matterFile)).digest('hex');
    vault.saveDraft(a.id, draft('вторая'), new Date('2026-03-02T10:00:00Z'));
    vault.saveDraft(a.id, { ...draft('иск'), templateId: 'other' }, new Date('2026-03-03T10:00Z'));
    expect(createHash('sha256').update(readFileSync(matterFile)).digest('hex')).toBe(before);
    const m = vault.getMatter(a.id);
    expect(m.drafts.map((d) => d.versions.length)).toEqual([2, 1]);
    expect(m.updatedAt).toBe('2026-03-03T10:00:00.000Z');
    expect(vault.listMatters()[0]).toMatchObject({ id: a.id, updatedAt: m.updatedAt });
    vault.deleteMatter(a.id); // and its drafts with it
    expect(readdirSync(join(dir, 'records')).filter((f) => f.includes(a.id))).toEqual([]);
  });
});

describe('the lock between processes', () => {
  it('opening never deletes the temp file of a live writer: it waits, then names the holder', async () => {
    const { dir, vault } = await seeded();
    vault.lock();
    const inFlight = join(dir, 'records', '.tmp-index.bin-0a0b0c0d0e0f');
    writeFileSync(inFlight, 'sealed bytes on their way');
    writeFileSync(join(dir, '.refuge-lock'), lockRecord(process.pid)); // alive: this process
    const err = await Vault.open(dir, PASS, { lockWait: { attempts: 3, intervalMs: 1 } }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(VaultBusyError);
    expect((err as VaultBusyError).pid).toBe(process.pid);
    expect((err as VaultBusyError).message).toContain(String(process.pid));
    expect(existsSync(inFlight)).toBe(true);
  });

  it("a dead writer's lock is broken; its temp files go and the index is checked", async () => {
    const { dir, vault, a } = await seeded();
    vault.lock();
    const dead = deadPid();
    writeFileSync(join(dir, 'records', '.tmp-index.bin-0a0b0c0d0e0f'), 'torn');
    writeFileSync(join(dir, '.refuge-lock'), lockRecord(dead));
    writeFileSync(join(dir, '.refuge-lock.feedfacefeedface'), lockRecord(dead));
    const reopened = await Vault.open(dir, PASS);
    expect(reopened.repairs).toContainEqual({
      kind: 'interruptedWrite',
      pid: dead,
      host: hostname(),
    });
    expect(reopened.repairs).toContainEqual({ kind: 'tempFilesRemoved', count: 2 });
    expect(readdirSync(dir).sort()).toEqual(['records', 'vault.json']);
    expect(readdirSync(join(dir, 'records')).some((f) => f.startsWith('.'))).toBe(false);
    expect(reopened.getMatter(a.id).drafts).toHaveLength(1);
  });

  it('is exclusive and re-entrant; a second holder in the same process waits, then is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'refuge-lock-'));
    parents.push(dir);
    const file = join(dir, '.refuge-lock');
    const one = new VaultLock(file, realFileOps, { attempts: 2, intervalMs: 1 });
    const two = new VaultLock(file, realFileOps, { attempts: 2, intervalMs: 1 });
    expect(one.acquire()).toBeNull();
    expect(one.acquire()).toBeNull();
    expect(() => two.acquire()).toThrow(VaultBusyError);
    one.release();
    expect(() => two.acquire()).toThrow(VaultBusyError); // still held once
    one.release();
    expect(two.acquire()).toBeNull();
    two.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a lock whose pid was reused by a newer process is stale; one on another host never is', () => {
    const me = {
      pid: process.pid,
      host: hostname(),
      started: processStart(process.pid),
      token: 't',
    };
    expect(isStale(me)).toBe(false);
    if (me.started !== '') expect(isStale({ ...me, started: `${me.started}1` })).toBe(true);
    expect(isStale({ ...me, pid: deadPid() })).toBe(true);
    expect(isStale({ ...me, pid: deadPid(), host: 'another-laptop' })).toBe(false);
  });

  it('a writer that finds a busy vault changes nothing and says so in the user language', async () => {
    const { dir, vault, a } = await seeded();
    const before = readdirSync(join(dir, 'records')).sort();
    writeFileSync(join(dir, '.refuge-lock'), lockRecord(process.pid));
    const slow = await Vault.open(dir, PASS, { lockWait: { attempts: 1, intervalMs: 1 } }).catch(
      (e: unknown) => e,
    );
    expect(slow).toBeInstanceOf(VaultError);
    expect(() => vault.saveDraft(a.id, draft('x'))).toThrow(VaultBusyError);
    expect(readdirSync(join(dir, 'records')).sort()).toEqual(before);
    const { describeBusy } = await import('../../main/vault/repairs.ts');
    expect(describeBusy(process.pid, hostname(), 'kk')).toContain(String(process.pid));
  }, 30_000);
});

describe('layout 1 (drafts inside the matter, record format 1) is migrated on open, in order', () => {
  const fixture = new URL('../fixtures/vault-v1/', import.meta.url).pathname;
  const expected = JSON.parse(readFileSync(join(fixture, 'expected.json'), 'utf8')) as {
    passphrase: string;
    matters: Matter[];
    settings: { autoLockMinutes: number };
    attachment: { matterId: string; id: string; sha256: string };
  };

  it('opens the old fixture: every matter, draft version, attachment and setting is there', async () => {
    const dir = fresh();
    cpSync(join(fixture, 'vault'), dir, { recursive: true });
    const vault = await Vault.open(dir, expected.passphrase);
    expect(vault.repairs).toContainEqual({ kind: 'migrated', from: 1, to: 3 });
    for (const m of expected.matters) expect(vault.getMatter(m.id)).toEqual(m);
    expect(
      vault
        .listMatters({ includeArchived: true })
        .map((m) => m.id)
        .sort(),
    ).toEqual(expected.matters.map((m) => m.id).sort());
    const { matterId, id, sha256 } = expected.attachment;
    expect(createHash('sha256').update(vault.getAttachmentBytes(matterId, id)).digest('hex')).toBe(
      sha256,
    );
    expect(vault.getSettings()).toEqual(expected.settings);
    // On disk now: layout 3 — drafts in records of their own, none left inside the matters
    // (layout 2), and every record re-sealed in record format 2 (layout 3).
    expect(JSON.parse(readFileSync(join(dir, 'vault.json'), 'utf8')).schemaVersion).toBe(3);
    for (const f of readdirSync(join(dir, 'records')))
      expect(
        readFileSync(join(dir, 'records', f))
          .subarray(0, 4)
          .toString(),
        f,
      ).toBe('RFG2');
    expect(vault.list().filter((r) => r.startsWith('draft-'))).toHaveLength(2);
    for (const m of expected.matters)
      expect(vault.get<{ drafts: unknown[] }>(`matter-${m.id}`).drafts).toEqual([]);
    const again = await Vault.open(dir, expected.passphrase);
    expect(again.repairs).toEqual([]);
    for (const m of expected.matters) expect(again.getMatter(m.id)).toEqual(m);
  });
});

describe('a vault written by a newer Refuge', () => {
  /** Every file under the folder with its bytes' hash: what «never touched» means. */
  function snapshot(dir: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const name of readdirSync(dir, { recursive: true }) as string[]) {
      const path = join(dir, name);
      if (statSync(path).isFile())
        out[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
    return out;
  }

  it('is refused as newer, with the right passphrase or a wrong one, and nothing in it changes', async () => {
    const { dir, vault } = await seeded();
    vault.lock();
    const header = JSON.parse(readFileSync(join(dir, 'vault.json'), 'utf8')) as {
      schemaVersion: number;
    };
    writeFileSync(
      join(dir, 'vault.json'),
      JSON.stringify({ ...header, schemaVersion: header.schemaVersion + 1 }, null, 2),
    );
    const before = snapshot(dir);
    for (const passphrase of [PASS, 'not the passphrase']) {
      const refused = await Vault.open(dir, passphrase).catch((err: unknown) => err);
      expect(refused).toBeInstanceOf(VaultError);
      expect((refused as VaultError).code).toBe('newerFormat');
    }
    expect(snapshot(dir)).toEqual(before);
    // What the window and the CLI say, in each language.
    expect(vaultErrorText('newerFormat', 'ru')).toBe(
      'Хранилище записано более новой версией Refuge — обновите программу. Ничего не изменено.',
    );
    expect(vaultErrorText('newerFormat', 'kk')).toContain('Ештеңе өзгертілмеді');
    expect(vaultErrorText('newerFormat', 'en')).toContain('update the app');
  });
});
