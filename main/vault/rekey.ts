/**
 * «Change passphrase and re-key»: a new data key, every record re-encrypted under it, the header
 * replaced last. Changing the passphrase alone re-wraps the old key, so an old copy of vault.json
 * and the old passphrase would still open every current record; after a re-key they open
 * nothing written since.
 *
 * Crash-safe and resumable after a kill at any point:
 * 1. `rekey.json` is written atomically: the new key sealed under the old one, and the new header
 *    (the new key wrapped by the new passphrase), bound to it by hash. Until this file exists,
 *    nothing has changed.
 * 2. Every record still of the old epoch is re-encrypted under the new key, one atomic write at a
 *    time. A record is either old (old key) or new (new key); records.ts reads both by epoch.
 * 3. The new header is written atomically: from here the new passphrase opens the vault.
 * 4. `rekey.json` is removed.
 * Opening the vault finds a journal left by a crash and finishes the work: with the old
 * passphrase before step 3 (steps 2–4 run again, skipping records already done), with the new
 * one after it (only step 4 is left). The step where a test crashes is chosen by a hook
 * (`RekeyHook`) or, like every vault operation, by the FileOps of test/vault/faults.test.ts.
 *
 * The whole of steps 1–4 runs holding the vault's inter-process lock (lock.ts), so no other
 * process writes a record under the old key meanwhile; a process still holding the old key
 * finds the new epoch in vault.json at its next write and locks itself (Vault.transaction).
 * Drafts, attachments, the index, settings and the pack floor are all records: all re-keyed.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic, type FileOps } from '../atomic.ts';
import { VaultError } from './errors.ts';
import type { RecordKeys } from './records.ts';
import type { Header } from './index.ts';

/** Called before each step: `journal`, `record:<id>`, `header`, `cleanup`, then `done`. */
export type RekeyHook = (step: string) => void;

/** What the vault lends a re-key (Vault.rekeyAccess). */
export interface RekeyAccess {
  readonly dir: string;
  readonly vaultId: string;
  readonly ops: FileOps;
  header(): Header;
  keys(): RecordKeys;
  list(): string[];
  readPlain(id: string): Buffer;
  writePlain(id: string, plain: Uint8Array): void;
  /** The epoch a record file is sealed under, from its first bytes; null if unreadable. */
  recordEpoch(id: string): number | null;
  installHeader(header: Header): void;
}

export const REKEY_JOURNAL = 'rekey.json';

export interface Journal {
  readonly format: 'refuge-rekey';
  readonly fromEpoch: number;
  readonly toEpoch: number;
  readonly nextKey: { readonly nonce: string; readonly tag: string; readonly data: string };
  /** The new header as JSON text, hashed into the sealed key's associated data. */
  readonly nextHeader: string;
}

const journalAad = (vaultId: string, to: number, nextHeader: string): string =>
  `refuge-rekey|${vaultId}|${to}|${createHash('sha256').update(nextHeader).digest('hex')}`;

export interface RekeyResult {
  /** Records that could not be read (already damaged): left as they were, named. */
  readonly skipped: readonly string[];
}

/** A re-key made ready outside the lock (the new passphrase's scrypt takes a while). */
export interface PreparedRekey {
  readonly journal: Journal;
  readonly newKey: Buffer;
}

/** Step 0, no lock held and nothing written: the new key, the new header and the journal. */
export async function prepareRekey(
  access: RekeyAccess,
  wrapNext: (dataKey: Buffer, epoch: number) => Promise<Header>,
): Promise<PreparedRekey> {
  const from = access.header().keyEpoch ?? 0;
  const to = from + 1;
  const oldKey = access.keys().key(from);
  if (!oldKey) throw new VaultError('locked', 'The vault is locked.');
  const newKey = randomBytes(32);
  const nextHeader = JSON.stringify(await wrapNext(newKey, to), null, 2);
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', oldKey, nonce);
  cipher.setAAD(Buffer.from(journalAad(access.vaultId, to, nextHeader), 'utf8'));
  const data = Buffer.concat([cipher.update(newKey), cipher.final()]);
  return {
    journal: {
      format: 'refuge-rekey',
      fromEpoch: from,
      toEpoch: to,
      nextKey: {
        nonce: nonce.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        data: data.toString('base64'),
      },
      nextHeader,
    },
    newKey,
  };
}

/**
 * Steps 1–4, synchronously, by a caller holding the vault's inter-process lock for the whole
 * re-key (Vault.changePassphrase): no other process writes a record under the old key meanwhile.
 */
export function applyRekey(
  access: RekeyAccess,
  { journal, newKey }: PreparedRekey,
  hook?: RekeyHook,
): RekeyResult {
  if (existsSync(join(access.dir, REKEY_JOURNAL)))
    throw new VaultError('tampered', 'A re-key is already under way in this vault.');
  if ((access.header().keyEpoch ?? 0) !== journal.fromEpoch)
    throw new VaultError('locked', 'The vault was re-keyed by another program: unlock it again.');
  hook?.('journal');
  writeFileAtomic(
    join(access.dir, REKEY_JOURNAL),
    Buffer.from(JSON.stringify(journal)),
    access.ops,
  );
  const keys = access.keys();
  keys.add(journal.toEpoch, newKey);
  keys.writeEpoch = journal.toEpoch;
  return finish(access, journal, hook);
}

function finish(access: RekeyAccess, journal: Journal, hook?: RekeyHook): RekeyResult {
  const skipped: string[] = [];
  for (const id of access.list()) {
    if (access.recordEpoch(id) === journal.toEpoch) continue;
    hook?.(`record:${id}`);
    let plain: Buffer;
    try {
      plain = access.readPlain(id);
    } catch (err) {
      if (err instanceof VaultError && err.code === 'tampered') {
        skipped.push(id);
        continue;
      }
      throw err;
    }
    access.writePlain(id, plain);
  }
  hook?.('header');
  access.installHeader(JSON.parse(journal.nextHeader) as Header);
  access.keys().keepOnlyWriteKey();
  hook?.('cleanup');
  removeJournal(access);
  hook?.('done');
  return { skipped };
}

function removeJournal(access: RekeyAccess): void {
  try {
    access.ops.unlinkSync(join(access.dir, REKEY_JOURNAL));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

function readJournal(file: string): Journal {
  try {
    const j = JSON.parse(readFileSync(file, 'utf8')) as Journal;
    if (
      j?.format === 'refuge-rekey' &&
      Number.isInteger(j.fromEpoch) &&
      j.toEpoch === j.fromEpoch + 1 &&
      typeof j.nextHeader === 'string' &&
      typeof j.nextKey?.nonce === 'string' &&
      typeof j.nextKey.tag === 'string' &&
      typeof j.nextKey.data === 'string'
    )
      return j;
  } catch {
    /* below */
  }
  throw new VaultError('tampered', 'The record of an interrupted re-key is damaged.');
}

/**
 * Under the lock (at open, and whenever a transaction finds a journal its dead writer left):
 * finishes a re-key a crash interrupted; nothing when there is none.
 */
export function resumeRekey(access: RekeyAccess, hook?: RekeyHook): RekeyResult | null {
  const file = join(access.dir, REKEY_JOURNAL);
  if (!existsSync(file)) return null;
  const journal = readJournal(file);
  const epoch = access.header().keyEpoch ?? 0;
  if (epoch === journal.toEpoch) {
    // The new header was written: every record was re-encrypted before it. Only the journal
    // (the new key sealed under the old) is left to remove.
    hook?.('cleanup');
    removeJournal(access);
    hook?.('done');
    return { skipped: [] };
  }
  if (epoch !== journal.fromEpoch)
    throw new VaultError(
      'tampered',
      'The record of an interrupted re-key does not match the vault.',
    );
  const keys = access.keys();
  const oldKey = keys.key(journal.fromEpoch);
  if (!oldKey) throw new VaultError('locked', 'The vault is locked.');
  let newKey: Buffer;
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      oldKey,
      Buffer.from(journal.nextKey.nonce, 'base64'),
    );
    decipher.setAAD(
      Buffer.from(journalAad(access.vaultId, journal.toEpoch, journal.nextHeader), 'utf8'),
    );
    const tag = Buffer.from(journal.nextKey.tag, 'base64');
    if (tag.length !== 16) throw new Error('short tag');
    decipher.setAuthTag(tag);
    newKey = Buffer.concat([
      decipher.update(Buffer.from(journal.nextKey.data, 'base64')),
      decipher.final(),
    ]);
  } catch {
    throw new VaultError('tampered', 'The record of an interrupted re-key was altered.');
  }
  keys.add(journal.toEpoch, newKey);
  keys.writeEpoch = journal.toEpoch;
  return finish(access, journal, hook);
}
