import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';

import { join } from 'node:path';
import {
  chooseScryptN,
  KDF_CEILING_N,
  KDF_FLOOR_N,
  Vault,
  VaultError,
  wipeVault,
} from '../../main/vault/index.ts';
import { realFileOps } from '../../main/atomic.ts';
import { tempDir } from '../helpers/temp.ts';

const FAST = { kdf: { N: 2 ** 10 } };
const PASS = 'correct horse battery';
const fresh = (): string => join(tempDir('vault'), 'vault');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

function folderHash(dir: string): string {
  const h = createHash('sha256');
  for (const f of filesUnder(dir).sort()) h.update(f).update(readFileSync(f));
  return h.digest('hex');
}

async function code(promise: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (err) {
    if (err instanceof VaultError) return err.code;
    throw err;
  }
  return 'ok';
}

describe('vault', () => {
  it.each([
    [1000, 2 ** 17], // a slow machine still gets the floor: 128 MiB per guess
    [172, 2 ** 17], // 2^15 in 172 ms → 2^17 ≈ 690 ms
    [64, 2 ** 18], // → 2^18 ≈ 512 ms
    [40, 2 ** 19], // → 2^19 ≈ 640 ms
    [1, 2 ** 20], // never past the ceiling
  ])('fits scrypt to the machine: a 2^15 probe of %i ms gives N = %i', (probeMs, n) => {
    expect(chooseScryptN(probeMs)).toBe(n);
  });

  it('creates a vault with the fitted N, kept in its header, and opens it', async () => {
    const dir = fresh();
    const vault = await Vault.create(dir, PASS);
    vault.put('x', { ok: true });
    const header = JSON.parse(readFileSync(join(dir, 'vault.json'), 'utf8')) as {
      kdf: { name: string; N: number; r: number };
    };
    expect(header.kdf.name).toBe('scrypt');
    expect(header.kdf.r).toBe(8);
    expect(header.kdf.N).toBeGreaterThanOrEqual(KDF_FLOOR_N);
    expect(header.kdf.N).toBeLessThanOrEqual(KDF_CEILING_N);
    expect(Math.log2(header.kdf.N) % 1).toBe(0);
    expect((await Vault.open(dir, PASS)).get('x')).toEqual({ ok: true });
  }, 60_000);

  it('round-trips records and matters, lists and searches them from the index', async () => {
    const dir = fresh();
    const vault = await Vault.create(dir, PASS, FAST);
    const a = vault.createMatter(
      { title: 'Экстрадиция', client: { lastName: 'Фёдоров', firstName: 'Илья' } },
      new Date('2026-11-01'),
    );
    const b = vault.createMatter(
      { title: 'Статус беженца', client: { lastName: 'Әбілов', firstName: 'Нұрлан' } },
      new Date('2026-11-02'),
    );
    vault.saveDraft(a.id, {
      templateId: 'supreme-court-complaint',
      templateVersion: '1.0.0',
      lang: 'ru',
      answers: { facts: 'первая' },
    });
    vault.saveDraft(a.id, {
      templateId: 'supreme-court-complaint',
      templateVersion: '1.0.0',
      lang: 'ru',
      answers: { facts: 'вторая' },
    });
    const reopened = await Vault.open(dir, PASS);
    expect(reopened.listMatters().map((m) => m.id)).toEqual([a.id, b.id]);
    expect(reopened.listMatters({ query: 'федоров' }).map((m) => m.clientName)).toEqual([
      'Фёдоров Илья',
    ]);
    expect(reopened.getMatter(a.id).drafts[0]?.versions.map((v) => v.answers.facts)).toEqual([
      'первая',
      'вторая',
    ]);
    // Read together from one listing (Home's list), each matter is what reading it alone gives.
    vault.saveDraft(b.id, {
      templateId: 'refugee-application',
      templateVersion: '1.0.0',
      lang: 'kk',
      answers: { facts: 'үшінші' },
    });
    expect(reopened.getMatters([b.id, a.id])).toEqual([
      reopened.getMatter(b.id),
      reopened.getMatter(a.id),
    ]);
    expect(reopened.getMatters([b.id])[0]?.drafts).toHaveLength(1);
    reopened.archiveMatter(b.id);
    expect(reopened.listMatters().map((m) => m.id)).toEqual([a.id]);
    expect(reopened.listMatters({ includeArchived: true })).toHaveLength(2);
    reopened.deleteMatter(b.id);
    expect(await code(() => reopened.getMatter(b.id))).toBe('notFound');
  });

  it('refuses a wrong passphrase and changes nothing on disk', async () => {
    const dir = fresh();
    (await Vault.create(dir, PASS, FAST)).createMatter({
      title: 't',
      client: { lastName: 'Кузнецов', firstName: 'Дмитрий' },
    });
    const before = folderHash(dir);
    expect(await code(Vault.open(dir, 'wrong passphrase'))).toBe('wrongPassphrase');
    expect(folderHash(dir)).toBe(before);
    expect(await code(Vault.create(fresh(), 'short', FAST))).toBe('weakPassphrase');
  });

  it('detects a flipped byte, a truncation, swapped files and a record from another vault — others stay readable', async () => {
    const dir = fresh();
    const vault = await Vault.create(dir, PASS, FAST);
    for (const id of ['a', 'b', 'c', 'd', 'e']) vault.put(id, { id });
    const rec = (id: string, d = dir): string => join(d, 'records', `${id}.bin`);
    const flipped = readFileSync(rec('a'));
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 1) ^ 1, flipped.length - 1);
    writeFileSync(rec('a'), flipped);
    writeFileSync(rec('b'), readFileSync(rec('b')).subarray(0, 20));
    const c = readFileSync(rec('c'));
    writeFileSync(rec('c'), readFileSync(rec('d')));
    writeFileSync(rec('d'), c);
    const other = fresh();
    (await Vault.create(other, PASS, FAST)).put('e', { id: 'other' });
    cpSync(rec('e', other), rec('e'));
    vault.put('f', { id: 'f' });
    expect(
      vault
        .verify()
        .map((b) => `${b.id}:${b.code}`)
        .sort(),
    ).toEqual(['a:tampered', 'b:tampered', 'c:tampered', 'd:tampered', 'e:tampered']);
    expect(vault.get('f')).toEqual({ id: 'f' });
    expect(vault.get('index')).toEqual({ matters: [] });
  });

  it('changes the passphrase with one header write; records are untouched', async () => {
    const dir = fresh();
    const vault = await Vault.create(dir, PASS, FAST);
    vault.put('x', { secret: 1 });
    const record = readFileSync(join(dir, 'records', 'x.bin'));
    await vault.changePassphrase(PASS, 'a brand new passphrase');
    expect(await code(Vault.open(dir, PASS))).toBe('wrongPassphrase');
    expect((await Vault.open(dir, 'a brand new passphrase')).get('x')).toEqual({ secret: 1 });
    expect(readFileSync(join(dir, 'records', 'x.bin')).equals(record)).toBe(true);
    expect(await code(vault.changePassphrase('not it at all', 'another one!'))).toBe(
      'wrongPassphrase',
    );
  });

  it('leaves no plaintext of client data on disk', async () => {
    const dir = fresh();
    const vault = await Vault.create(dir, PASS, FAST);
    const names = ['Кузнецов', 'Әбілов', 'KUZNETSOV', 'Приозёрск'];
    const m = vault.createMatter({
      title: 'Дело Кузнецов',
      client: { lastName: 'Кузнецов', firstName: 'Әбілов' },
      facts: 'Задержан в Приозёрск, KUZNETSOV',
    });
    vault.saveDraft(m.id, {
      templateId: 'refugee-application',
      templateVersion: '1.0.0',
      lang: 'ru',
      answers: { note: 'Кузнецов KUZNETSOV' },
    });
    vault.lock();
    expect(await code(() => vault.get('index'))).toBe('locked');
    for (const file of filesUnder(dir)) {
      const bytes = readFileSync(file);
      for (const name of names) {
        expect(bytes.includes(Buffer.from(name, 'utf8')), `${name} in ${file}`).toBe(false);
        expect(bytes.includes(Buffer.from(name, 'utf16le')), `${name} (UTF-16) in ${file}`).toBe(
          false,
        );
      }
      expect(statSync(file).mode & 0o077).toBe(0);
    }
  });

  it('exports the vault or one matter to one encrypted file and imports it elsewhere', async () => {
    const vault = await Vault.create(fresh(), PASS, FAST);
    const a = vault.createMatter({
      title: 'A',
      client: { lastName: 'Кузнецов', firstName: 'Дмитрий' },
    });
    vault.createMatter({ title: 'B', client: { lastName: 'Волков', firstName: 'Андрей' } });
    const file = join(tempDir('export'), 'backup.refuge');
    await vault.exportTo(file, 'export passphrase');
    expect(readFileSync(file).includes(Buffer.from('Кузнецов'))).toBe(false);
    const target = await Vault.create(fresh(), 'other machine pass', FAST);
    expect(await code(target.importFrom(file, 'wrong passphrase!'))).toBe('wrongPassphrase');
    expect((await target.importFrom(file, 'export passphrase')).sort()).toEqual(
      vault
        .listMatters()
        .map((m) => m.id)
        .sort(),
    );
    expect(target.listMatters({ query: 'кузнецов' })).toHaveLength(1);
    const one = join(tempDir('export'), 'one.refuge');
    await vault.exportTo(one, 'export passphrase', a.id);
    const third = await Vault.create(fresh(), 'third machine pass', FAST);
    expect(await third.importFrom(one, 'export passphrase')).toEqual([a.id]);
  });

  it('keeps its settings inside the vault and wipes itself completely', async () => {
    const dir = fresh();
    const vault = await Vault.create(dir, PASS, FAST);
    expect(vault.getSettings().autoLockMinutes).toBe(10);
    vault.putSettings({ autoLockMinutes: 3 });
    expect((await Vault.open(dir, PASS)).getSettings().autoLockMinutes).toBe(3);
    expect(await code(wipeVault(dir, 'not the passphrase'))).toBe('wrongPassphrase');
    expect(existsSync(dir)).toBe(true);
    await wipeVault(dir, PASS);
    expect(existsSync(dir)).toBe(false);
    expect(await code(Vault.open(dir, PASS))).toBe('notAVault');
  });

  it('reports a full disk and keeps the old version', async () => {
    const dir = fresh();
    const vault = await Vault.create(dir, PASS, FAST);
    vault.put('x', { v: 1 });
    const diskFull = (): never => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    const crippled = await Vault.open(dir, PASS, {
      fileOps: { ...realFileOps, writeSync: diskFull },
    });
    expect(await code(() => crippled.put('x', { v: 2 }))).toBe('diskFull');
    expect((await Vault.open(dir, PASS)).get('x')).toEqual({ v: 1 });
    expect(readdirSync(join(dir, 'records')).filter((f) => f.startsWith('.tmp'))).toEqual([]);
  });

  it('survives being killed mid-write, many times: every record at its old or new version', async () => {
    const dir = fresh();
    const vault = await Vault.create(dir, PASS, FAST);
    for (const id of ['alpha', 'beta', 'gamma']) vault.put(id, { id, n: 0, padding: '' });
    const script = new URL('./crash-writer.ts', import.meta.url).pathname;
    for (let kill = 0; kill < 12; kill++) {
      const child = spawn(process.execPath, ['--import', 'tsx', script, dir, PASS], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 80));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const reopened = await Vault.open(dir, PASS);
      expect(reopened.verify()).toEqual([]);
      for (const id of ['alpha', 'beta', 'gamma'])
        expect(reopened.get<{ id: string }>(id).id).toBe(id);
    }
  }, 120_000);
});
