import { describe, expect, it, vi } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as crypto from 'node:crypto';
import { Vault, VaultError } from '../../main/vault/index.ts';
import { checkKdf } from '../../main/vault/kdf-policy.ts';
import { tempDir } from '../helpers/temp.ts';

// Counts scrypt calls, to prove a refused file costs no key derivation at all.
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return { ...real, scrypt: vi.fn(real.scrypt) };
});
const scryptCalls = (): number => vi.mocked(crypto.scrypt).mock.calls.length;

const PASS = 'correct horse battery';
const SALT = Buffer.alloc(32, 7).toString('base64');

function crafted(kdf: Record<string, unknown>): string {
  return JSON.stringify({
    format: 'refuge-export',
    schemaVersion: 1,
    kdf: { name: 'scrypt', salt: SALT, ...kdf },
    nonce: Buffer.alloc(12).toString('base64'),
    tag: Buffer.alloc(16).toString('base64'),
    data: Buffer.alloc(40).toString('base64'),
  });
}

async function errorOf(p: Promise<unknown>): Promise<VaultError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof VaultError) return err;
    throw err;
  }
  throw new Error('no error');
}

describe('KDF parameters read from a file (issue 21 item 4)', () => {
  it.each([
    ['N = 2^21 (2.2 GB, 12 s before)', { N: 2 ** 21, r: 8, p: 1 }],
    ['N = 2^40 (a raw Node error before)', { N: 2 ** 40, r: 8, p: 1 }],
    ['N not a power of two', { N: 3000, r: 8, p: 1 }],
    ['r = 1e6', { N: 2 ** 10, r: 1e6, p: 1 }],
    ['p = 64', { N: 2 ** 10, r: 8, p: 64 }],
    ['N as a string', { N: '1024', r: 8, p: 1 }],
    ['a short salt', { N: 2 ** 10, r: 8, p: 1, salt: 'AAAA' }],
  ])('refuses a backup with %s before any KDF work', async (_label, kdf) => {
    const vault = await Vault.create(join(tempDir(), 'v'), PASS, { kdf: { N: 2 ** 10 } });
    const before = scryptCalls();
    const err = await errorOf(vault.importData(crafted(kdf), PASS));
    expect(err.code).toBe('badKdf');
    expect(err.message).toMatch(/never writes/);
    expect(scryptCalls()).toBe(before);
  });

  it('refuses a vault header with N = 2^40 the same way, before any KDF work', async () => {
    const dir = join(tempDir(), 'v');
    (await Vault.create(dir, PASS, { kdf: { N: 2 ** 10 } })).lock();
    const header = JSON.parse(readFileSync(join(dir, 'vault.json'), 'utf8')) as {
      kdf: { N: number };
    };
    header.kdf.N = 2 ** 40;
    writeFileSync(join(dir, 'vault.json'), JSON.stringify(header));
    const before = scryptCalls();
    expect((await errorOf(Vault.open(dir, PASS))).code).toBe('badKdf');
    expect(scryptCalls()).toBe(before);
  });

  it('accepts exactly what Refuge writes: scrypt, r = 8, p = 1, N a power of two in 2^10..2^20', () => {
    for (let log = 10; log <= 20; log++)
      expect(checkKdf({ name: 'scrypt', N: 2 ** log, r: 8, p: 1, salt: SALT }, 'backup').N).toBe(
        2 ** log,
      );
    expect(() => checkKdf({ name: 'argon2', N: 1024, r: 8, p: 1, salt: SALT }, 'backup')).toThrow(
      VaultError,
    );
  });

  it('a backup Refuge wrote still restores', async () => {
    const dir = tempDir();
    const a = await Vault.create(join(dir, 'a'), PASS, { kdf: { N: 2 ** 10 } });
    a.createMatter({ title: 'T', client: { lastName: 'Л', firstName: 'И' } }, new Date(0));
    await a.exportTo(join(dir, 'b.refuge'), PASS);
    const b = await Vault.create(join(dir, 'b'), PASS, { kdf: { N: 2 ** 10 } });
    expect(await b.importFrom(join(dir, 'b.refuge'), PASS)).toHaveLength(1);
  });
});
