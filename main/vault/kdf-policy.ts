/**
 * Which key-derivation parameters the vault accepts from a file (its own header, a backup).
 * Both are read from disk before any passphrase is checked, so whoever crafts the file chooses
 * the cost: N = 2^21 is 2.2 GB and 12 s, N = 2^40 a raw Node error. Refuge only ever writes
 * scrypt with r = 8, p = 1 and a power-of-two N between 2^17 and 2^20 (fitted per machine);
 * tests use down to 2^10, which costs the reader nothing. Anything else is refused here, before
 * any KDF work, with a clear error.
 */
import { VaultError } from './errors.ts';

export const ACCEPTED_KDF = {
  name: 'scrypt',
  minLog2N: 10,
  maxLog2N: 20,
  r: 8,
  p: 1,
  minSaltBytes: 16,
  maxSaltBytes: 64,
} as const;

export interface CheckedKdf {
  readonly N: number;
  readonly r: number;
  readonly p: number;
  readonly salt: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The parameters as the vault will use them, or a `badKdf` VaultError naming what is wrong. */
export function checkKdf(kdf: unknown, what: 'vault' | 'backup'): CheckedKdf {
  const refuse = (detail: string): never => {
    throw new VaultError(
      'badKdf',
      `The ${what === 'vault' ? 'vault header' : 'backup file'} asks for key-derivation settings Refuge never writes (${detail}): refused before any work.`,
    );
  };
  if (typeof kdf !== 'object' || kdf === null) return refuse('none given');
  const { name, N, r, p, salt } = kdf as Record<string, unknown>;
  if (name !== ACCEPTED_KDF.name) return refuse(`KDF ${String(name)}`);
  if (
    typeof N !== 'number' ||
    !Number.isInteger(N) ||
    N < 2 ** ACCEPTED_KDF.minLog2N ||
    N > 2 ** ACCEPTED_KDF.maxLog2N ||
    Math.log2(N) % 1 !== 0
  )
    return refuse(`N = ${String(N)}`);
  if (r !== ACCEPTED_KDF.r) return refuse(`r = ${String(r)}`);
  if (p !== ACCEPTED_KDF.p) return refuse(`p = ${String(p)}`);
  if (typeof salt !== 'string' || salt.length > 128 || !BASE64.test(salt))
    return refuse('salt unreadable');
  const bytes = Buffer.from(salt, 'base64');
  if (bytes.length < ACCEPTED_KDF.minSaltBytes || bytes.length > ACCEPTED_KDF.maxSaltBytes)
    return refuse(`salt of ${bytes.length} bytes`);
  return { N, r, p, salt: bytes };
}
