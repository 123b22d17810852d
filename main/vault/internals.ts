/**
 * What the vault's concerns (matters.ts, attachments.ts, backup.ts, settings.ts) work with: the
 * Vault's record I/O and lock, handed over explicitly so each module names what it touches and
 * the class keeps its public methods as thin delegations.
 */
import type { FileOps } from '../atomic.ts';
import type { Header } from './envelope.ts';
import { VaultError } from './errors.ts';
import type { VaultRepair } from './repairs.ts';

/**
 * The vault's layout, kept in the header's `schemaVersion` (a vault of layout 1 has 1 there):
 * which records exist and what each holds. Not the record format (records.ts: how one record's
 * bytes are sealed, `RFG1`/`RFG2`), nor ENVELOPE_VERSION (envelope.ts).
 * - 1: a matter's drafts inside its record; records in record format 1.
 * - 2: each draft a record of its own, so saving a draft never rewrites the matter.
 * - 3: every record in record format 2 (key epoch and write version in its associated data);
 *   record format 1 is refused from then on.
 * Older layouts are migrated on open, in order (MIGRATIONS); code that knows only an older
 * layout refuses a newer vault instead of misreading it.
 */
export const LAYOUT_VERSION = 3;
/** The first layout whose records are all in record format 2 (records.ts). */
export const LAYOUT_ALL_RECORD_FORMAT_2 = 3;
/** The vault's layout on disk: the header file and the folder of sealed records. */
export const HEADER = 'vault.json';
export const RECORDS = 'records';
export const RECORD_ID = /^[a-z0-9-]{1,64}$/;

/** A write the file system refused, as the vault's own error (nothing was changed). */
export function ioError(err: unknown): never {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') throw new VaultError('diskFull', 'The disk is full: nothing was changed.');
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    throw new VaultError('readOnly', 'The vault folder cannot be written: nothing was changed.');
  throw err;
}

export interface VaultInternals {
  readonly dir: string;
  readonly ops: FileOps;
  /** The header as this process last read or wrote it. */
  header(): Header;
  /** Runs `write` holding the vault's inter-process lock (Vault.transaction). */
  transaction<T>(write: () => T): T;
  /** Reads under the lock where the lock can be written, as it is otherwise. */
  readLocked(read: () => void): void;
  put(id: string, value: unknown): void;
  get<T = unknown>(id: string): T;
  putBytes(id: string, plaintext: Uint8Array): void;
  getBytes(id: string): Buffer;
  delete(id: string): void;
  list(): string[];
  /** Records a repair for `Vault.repairs`. */
  repaired(repair: VaultRepair): void;
  /** Names a record that cannot be read, once. */
  noteDamaged(id: string): void;
}
