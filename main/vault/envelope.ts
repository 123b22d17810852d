/**
 * The vault's key envelope: the data key wrapped by a key derived from the passphrase (scrypt,
 * its cost fitted to the machine), AES-256-GCM sealing with associated data, and the passphrase
 * rule. Split from main/vault/index.ts, which re-exports what others import.
 */
import {
  createCipheriv,
  createDecipheriv,
  randomBytes,
  scrypt as scryptCallback,
  type ScryptOptions,
} from 'node:crypto';
import { VaultError } from './errors.ts';

/**
 * Bound into the wrapped key's and the backup file's associated data, and written as a backup's
 * `schemaVersion`: unchanged since the first vault. (Records have their own record format,
 * records.ts; the vault's layout is LAYOUT_VERSION below.)
 */
export const ENVELOPE_VERSION = 1;
/**
 * scrypt N = 2^18, r = 8: 256 MiB and ~0.5 s on this 2-core machine — the cost of every guess for
 * whoever holds the seized laptop. (N = 2^17 unlocked in 0.25 s, under the 0.3 s floor we set.)
 */
/** scrypt's block size and parallelism; N is fitted per vault (below). */
export const SCRYPT_R = 8;
export const SCRYPT_P = 1;

/**
 * The scrypt cost is fitted to the machine the vault is created on: every passphrase guess
 * should cost ~0.3–1 s there. A probe at N = 2^15 is timed and scaled (scrypt's time is linear
 * in N); we take the largest power of two expected to stay under 700 ms, never below 2^17
 * (128 MiB per guess) nor above 2^20. The choice is stored in the header, so opening a vault on
 * another machine uses the same N.
 */
export const KDF_FLOOR_N = 2 ** 17;
export const KDF_CEILING_N = 2 ** 20;
const KDF_PROBE_N = 2 ** 15;
const KDF_TARGET_MS = 700;

export function chooseScryptN(probeMs: number): number {
  let n = KDF_FLOOR_N;
  while (n < KDF_CEILING_N && probeMs * ((n * 2) / KDF_PROBE_N) <= KDF_TARGET_MS) n *= 2;
  return n;
}

export async function calibrateScryptN(): Promise<number> {
  const started = performance.now();
  await scrypt('calibration', randomBytes(16), { N: KDF_PROBE_N, r: SCRYPT_R, p: SCRYPT_P });
  return chooseScryptN(performance.now() - started);
}
const MIN_PASSPHRASE = 8;

/** Every passphrase the vault takes (its own, a new one, a backup's) is at least this long. */
export function assertStrongPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_PASSPHRASE)
    throw new VaultError(
      'weakPassphrase',
      `The passphrase needs at least ${MIN_PASSPHRASE} characters.`,
    );
}
export const EXPORT_AAD = `refuge-export|${ENVELOPE_VERSION}`;

export interface Header {
  readonly format: 'refuge-vault';
  readonly schemaVersion: number;
  readonly vaultId: string;
  readonly kdf: {
    readonly name: 'scrypt';
    readonly N: number;
    readonly r: number;
    readonly p: number;
    readonly salt: string;
  };
  readonly wrappedKey: { readonly nonce: string; readonly tag: string; readonly data: string };
  /** The data key's generation (records.ts); absent in vaults never re-keyed (epoch 0). */
  readonly keyEpoch?: number;
}

export function scrypt(
  passphrase: string,
  salt: Buffer,
  kdf: { N: number; r: number; p: number },
): Promise<Buffer> {
  const options: ScryptOptions = {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    maxmem: 256 * 1024 * 1024 + 128 * kdf.N * kdf.r,
  };
  return new Promise((resolve, reject) =>
    scryptCallback(passphrase.normalize('NFC'), salt, 32, options, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

export function seal(
  key: Buffer,
  plaintext: Buffer,
  aad: string,
): { nonce: Buffer; tag: Buffer; data: Buffer } {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { nonce, tag: cipher.getAuthTag(), data };
}

export function open(key: Buffer, nonce: Buffer, tag: Buffer, data: Buffer, aad: string): Buffer {
  // GCM would accept a tag cut to 4 bytes: only the full 16 authenticate.
  if (tag.length !== 16 || nonce.length !== 12) throw new Error('bad nonce or tag length');
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

export const keyAad = (vaultId: string, epoch = 0): string =>
  epoch === 0
    ? `refuge-vault-key|${vaultId}|${ENVELOPE_VERSION}`
    : `refuge-vault-key|${vaultId}|${ENVELOPE_VERSION}|${epoch}`;

/** The data key wrapped by a fresh passphrase key: the KDF and wrapped-key part of a header. */
export async function wrapKey(
  passphrase: string,
  dataKey: Buffer,
  vaultId: string,
  kdf: { N: number; r: number; p: number },
  epoch = 0,
): Promise<Pick<Header, 'kdf' | 'wrappedKey'>> {
  const salt = randomBytes(32);
  const kek = await scrypt(passphrase, salt, kdf);
  const wrapped = seal(kek, dataKey, keyAad(vaultId, epoch));
  kek.fill(0);
  return {
    kdf: { name: 'scrypt', ...kdf, salt: salt.toString('base64') },
    wrappedKey: {
      nonce: wrapped.nonce.toString('base64'),
      tag: wrapped.tag.toString('base64'),
      data: wrapped.data.toString('base64'),
    },
  };
}
