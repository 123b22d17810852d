/**
 * The vault's header opened with a passphrase, and the vault destroyed with it: both work on the
 * folder, locked or not, before (or without) any Vault object.
 */
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { realFileOps } from '../atomic.ts';
import { keyAad, open, scrypt, type Header } from './envelope.ts';
import { VaultError } from './errors.ts';
import { HEADER, ioError, LAYOUT_VERSION, RECORDS } from './internals.ts';
import { checkKdf } from './kdf-policy.ts';
import { DEFAULT_LOCK_WAIT, LOCK_FILE, VaultLock } from './lock.ts';
import { REKEY_JOURNAL } from './rekey.ts';
import type { VaultOptions } from './index.ts';

/**
 * Destroys a vault: record files overwritten with random bytes, then every file removed. On SSDs
 * and journaling file systems overwriting is no guarantee; what makes the data unreadable is that
 * the header holding the wrapped key is gone — without it no passphrase opens anything.
 *
 * Only with the vault's passphrase, locked or not (docs/SECURITY.md, «Wipe»): a wrong one wipes
 * nothing. Under the vault's lock, so no other process is halfway through a write meanwhile.
 */
export async function wipeVault(
  dir: string,
  passphrase: string,
  options: Pick<VaultOptions, 'fileOps' | 'lockWait'> = {},
): Promise<void> {
  if (!existsSync(join(dir, HEADER))) throw new VaultError('notAVault', 'No vault in this folder.');
  (await unwrapDataKey(dir, passphrase)).dataKey.fill(0);
  const lock = new VaultLock(
    join(dir, LOCK_FILE),
    options.fileOps ?? realFileOps,
    options.lockWait ?? DEFAULT_LOCK_WAIT,
  );
  try {
    lock.acquire();
  } catch (err) {
    if (err instanceof VaultError) throw err;
    ioError(err);
  }
  try {
    const overwrite = (file: string): void => {
      writeFileSync(file, randomBytes(statSync(file).size));
      unlinkSync(file);
    };
    const records = join(dir, RECORDS);
    for (const f of readdirSync(records)) overwrite(join(records, f));
    // A re-key's journal holds a data key (sealed under the previous one).
    if (existsSync(join(dir, REKEY_JOURNAL))) overwrite(join(dir, REKEY_JOURNAL));
    overwrite(join(dir, HEADER));
    rmSync(dir, { recursive: true, force: true });
  } finally {
    lock.release();
  }
}

/**
 * The header of the vault in `dir` and its data key, unwrapped with `passphrase`: `notAVault`,
 * `badKdf` (refused before any scrypt work) or `wrongPassphrase` otherwise.
 */
export async function unwrapDataKey(
  dir: string,
  passphrase: string,
): Promise<{ header: Header; dataKey: Buffer }> {
  let header: Header;
  try {
    header = JSON.parse(readFileSync(join(dir, HEADER), 'utf8')) as Header;
  } catch {
    throw new VaultError('notAVault', 'No vault in this folder, or its header is damaged.');
  }
  // Newer than this code: refused with its own message, and before the key is even derived, so
  // nothing in the folder is read further or written (the newer app's data stays as it left it).
  if (
    header?.format === 'refuge-vault' &&
    Number.isInteger(header.schemaVersion) &&
    header.schemaVersion > LAYOUT_VERSION
  )
    throw new VaultError(
      'newerFormat',
      `The vault was written by a newer Refuge (layout ${header.schemaVersion}; this one knows up to ${LAYOUT_VERSION}).`,
    );
  if (
    header?.format !== 'refuge-vault' ||
    !(
      Number.isInteger(header.schemaVersion) &&
      header.schemaVersion >= 1 &&
      header.schemaVersion <= LAYOUT_VERSION
    ) ||
    (header.keyEpoch !== undefined && !(Number.isInteger(header.keyEpoch) && header.keyEpoch >= 0))
  )
    throw new VaultError('notAVault', 'Unknown vault format.');
  const kdf = checkKdf(header.kdf, 'vault');
  const kek = await scrypt(passphrase, kdf.salt, kdf);
  let dataKey: Buffer;
  try {
    const w = header.wrappedKey;
    dataKey = open(
      kek,
      Buffer.from(w.nonce, 'base64'),
      Buffer.from(w.tag, 'base64'),
      Buffer.from(w.data, 'base64'),
      keyAad(header.vaultId, header.keyEpoch ?? 0),
    );
  } catch {
    throw new VaultError('wrongPassphrase', 'Wrong passphrase.');
  } finally {
    kek.fill(0);
  }
  return { header, dataKey };
}

/**
 * The folder holds no vault yet: nothing, or what an interrupted `create` left — dot files (temp
 * files, a dead writer's lock) and an empty index sealed under a key that was never saved.
 */
export function emptyOrUnfinished(dir: string): boolean {
  if (!existsSync(dir)) return true;
  return readdirSync(dir).every(
    (f) =>
      f.startsWith('.') ||
      (f === RECORDS &&
        readdirSync(join(dir, RECORDS)).every((r) => r.startsWith('.') || r === 'index.bin')),
  );
}
