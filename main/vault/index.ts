/**
 * The vault: client data encrypted at rest (DESIGN.md, "Vault"). Threat model: a powered-off or
 * locked laptop that is seized. Envelope encryption — a random data key wrapped by a key derived
 * from the passphrase (scrypt) in one header, so changing the passphrase is one atomic write.
 * Every record is AES-256-GCM with a fresh nonce and associated data binding it to its vault,
 * id, key generation and write version (records.ts), so records can be neither read, altered,
 * swapped nor (within a session) rolled back without the key. Several processes share a vault:
 * every write runs under an inter-process lock (lock.ts), the index is derived from the records
 * and repaired on open (repairs.ts), and a re-key (rekey.ts) is one transaction under that lock.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as clock from '../../common/clock.ts';
import { realFileOps, TEMP_PREFIX, writeFileAtomic, type FileOps } from '../atomic.ts';
import * as attachments from './attachments.ts';
import { exportTo, importData, importFrom } from './backup.ts';
import {
  SCRYPT_P,
  SCRYPT_R,
  assertStrongPassphrase,
  calibrateScryptN,
  wrapKey,
  type Header,
} from './envelope.ts';
import { VaultError, type VaultErrorCode } from './errors.ts';
import {
  HEADER,
  ioError,
  LAYOUT_ALL_RECORD_FORMAT_2,
  LAYOUT_VERSION,
  RECORD_ID,
  RECORDS,
  type VaultInternals,
} from './internals.ts';
import { DEFAULT_LOCK_WAIT, LOCK_FILE, VaultLock, type LockOwner, type LockWait } from './lock.ts';
import {
  catchUp,
  headerOnDisk,
  maintain,
  rekeyAccess,
  unreadableRecords,
  type VaultUpkeep,
} from './maintenance.ts';
import { changePassphrase } from './passphrase.ts';
import * as matters from './matters.ts';
import type { FiledMark } from '../../common/filed.ts';
import { RecordKeys, recordHeadOnDisk } from './records.ts';
import { resumeRekey, type RekeyHook, type RekeyResult } from './rekey.ts';
import type { VaultRepair } from './repairs.ts';
import { getSettings, putSettings } from './settings.ts';
import type {
  AttachmentMeta,
  Draft,
  Matter,
  MatterClient,
  MatterSummary,
  VaultSettings,
} from './types.ts';
import { emptyOrUnfinished, unwrapDataKey } from './unlock.ts';

// The vault's parts live beside this file (one module per concern); importers keep this path.
export { AmbiguousDraft, VaultBusyError, VaultError, type VaultErrorCode } from './errors.ts';
export { draftOf, type DraftRef } from './matters.ts';
import type { DraftRef } from './matters.ts';
export type { VaultRepair } from './repairs.ts';
export {
  KDF_CEILING_N,
  KDF_FLOOR_N,
  assertStrongPassphrase,
  calibrateScryptN,
  chooseScryptN,
  wrapKey,
  type Header,
} from './envelope.ts';
export type * from './types.ts';
export { wipeVault } from './unlock.ts';

export interface VaultOptions {
  /** Lower scrypt cost, for tests only. */
  readonly kdf?: { readonly N: number; readonly r?: number; readonly p?: number };
  readonly fileOps?: FileOps;
  /** How long to wait for another process's write to finish (tests shorten it). */
  readonly lockWait?: LockWait;
  /** Called at every step of a re-key: tests crash there (rekey.ts). */
  readonly rekeyHook?: RekeyHook;
}

export class Vault {
  private keys: RecordKeys | null;
  private readonly lockfile: VaultLock;
  private readonly repairLog: VaultRepair[] = [];
  /** This vault's record I/O and lock, for the modules of its concerns (internals.ts). */
  private readonly internals: VaultInternals;
  /** The same and more, for the upkeep under the lock (maintenance.ts). */
  private readonly upkeep: VaultUpkeep;

  private constructor(
    readonly dir: string,
    private header: Header,
    key: Buffer,
    private readonly ops: FileOps,
    lockWait: LockWait,
  ) {
    this.keys = new RecordKeys(
      header.keyEpoch ?? 0,
      key,
      header.schemaVersion < LAYOUT_ALL_RECORD_FORMAT_2,
    );
    this.lockfile = new VaultLock(join(dir, LOCK_FILE), ops, lockWait);
    this.internals = {
      dir,
      ops,
      header: () => this.header,
      transaction: (write) => this.transaction(write),
      readLocked: (read) => this.readLocked(read),
      put: (id, value) => this.put(id, value),
      get: <T>(id: string) => this.get<T>(id),
      putBytes: (id, plaintext) => this.putBytes(id, plaintext),
      getBytes: (id) => this.getBytes(id),
      delete: (id) => this.delete(id),
      list: () => this.list(),
      repaired: (repair) => this.repairLog.push(repair),
      noteDamaged: (id) => this.noteDamaged(id),
    };
    this.upkeep = {
      ...this.internals,
      isLocked: () => this.isLocked,
      lock: () => this.lock(),
      requireKeys: () => this.requireKeys(),
      recordPath: (id) => this.recordPath(id),
      writeHeader: (header) => this.writeHeader(header),
      adoptHeader: (header) => (this.header = header),
      resumeRekey: (hook) => this.resumeRekey(hook),
      removeDeadLockAttempts: () => this.lockfile.removeDeadAttempts(),
    };
  }

  get id(): string {
    return this.header.vaultId;
  }
  get isLocked(): boolean {
    return this.keys === null;
  }
  /** What opening (and using) this vault repaired, oldest first. */
  get repairs(): readonly VaultRepair[] {
    return this.repairLog;
  }

  static async create(dir: string, passphrase: string, options: VaultOptions = {}): Promise<Vault> {
    assertStrongPassphrase(passphrase);
    if (existsSync(join(dir, HEADER)))
      throw new VaultError('alreadyExists', 'A vault already exists in this folder.');
    if (!emptyOrUnfinished(dir))
      throw new VaultError('notAVault', 'The folder is not empty and is not a vault.');
    const ops = options.fileOps ?? realFileOps;
    const kdf = {
      N: options.kdf?.N ?? (await calibrateScryptN()),
      r: options.kdf?.r ?? SCRYPT_R,
      p: options.kdf?.p ?? SCRYPT_P,
    };
    const vaultId = randomBytes(16).toString('hex');
    const dataKey = randomBytes(32);
    const header: Header = {
      format: 'refuge-vault',
      schemaVersion: LAYOUT_VERSION,
      vaultId,
      ...(await wrapKey(passphrase, dataKey, vaultId, kdf)),
    };
    try {
      mkdirSync(join(dir, RECORDS), { recursive: true, mode: 0o700 });
    } catch (err) {
      ioError(err);
    }
    const vault = new Vault(dir, header, dataKey, ops, options.lockWait ?? DEFAULT_LOCK_WAIT);
    // The index first, the header last: a crash in between leaves no vault, and a new `create`
    // in the same folder works (the orphan index is sealed under a key nobody has).
    vault.transaction(() => {
      if (existsSync(join(dir, HEADER)))
        throw new VaultError('alreadyExists', 'A vault already exists in this folder.');
      vault.put('index', { matters: [] });
      vault.writeHeader(header);
    });
    return vault;
  }

  static async open(
    dir: string,
    passphrase: string,
    options: Pick<VaultOptions, 'fileOps' | 'lockWait' | 'rekeyHook'> = {},
  ): Promise<Vault> {
    const { header, dataKey } = await unwrapDataKey(dir, passphrase);
    const vault = new Vault(
      dir,
      header,
      dataKey,
      options.fileOps ?? realFileOps,
      options.lockWait ?? DEFAULT_LOCK_WAIT,
    );
    try {
      vault.transaction(() => maintain(vault.upkeep, options.rekeyHook));
    } catch (err) {
      // A read-only folder or a full disk still opens and reads (an older layout too: reads
      // take drafts from either place, and record format 1 is read until the migration); every
      // other error is an error.
      if (!(err instanceof VaultError && (err.code === 'readOnly' || err.code === 'diskFull'))) {
        vault.lock();
        throw err;
      }
    }
    return vault;
  }

  /**
   * Runs `write` holding the vault's lock. Every change to the vault goes through here, so while
   * a process holds the lock no other process has a write in flight. If the previous holder died
   * mid-transaction, the index is rebuilt from the records before `write` runs.
   */
  private transaction<T>(write: () => T): T {
    const outermost = !this.lockfile.held;
    let dead: LockOwner | null;
    try {
      dead = this.lockfile.acquire();
    } catch (err) {
      if (err instanceof VaultError) throw err;
      ioError(err);
    }
    try {
      if (outermost) catchUp(this.upkeep, dead);
      return write();
    } finally {
      this.lockfile.release();
    }
  }

  /** Under the lock: a re-key a crash interrupted is finished before anything else is read. */
  private resumeRekey(hook?: RekeyHook): void {
    const done = resumeRekey(rekeyAccess(this.upkeep), hook);
    for (const id of done?.skipped ?? []) this.noteDamaged(id);
  }

  /**
   * Reads under the lock, so no other process writes meanwhile; a folder where the lock cannot
   * be written (read-only, full) has no writer to wait for, and is read as it is.
   */
  private readLocked(read: () => void): void {
    try {
      this.transaction(read);
    } catch (err) {
      if (!(err instanceof VaultError && (err.code === 'readOnly' || err.code === 'diskFull')))
        throw err;
      read();
    }
  }

  private noteDamaged(id: string): void {
    if (!this.repairLog.some((r) => r.kind === 'damagedRecord' && r.id === id))
      this.repairLog.push({ kind: 'damagedRecord', id });
  }

  private writeHeader(header: Header): void {
    try {
      writeFileAtomic(
        join(this.dir, HEADER),
        Buffer.from(JSON.stringify(header, null, 2)),
        this.ops,
      );
    } catch (err) {
      ioError(err);
    }
    this.header = header;
  }

  private requireKeys(): RecordKeys {
    if (!this.keys) throw new VaultError('locked', 'The vault is locked.');
    return this.keys;
  }

  private recordPath(id: string): string {
    if (!RECORD_ID.test(id)) throw new VaultError('notFound', `Bad record id "${id}".`);
    return join(this.dir, RECORDS, `${id}.bin`);
  }

  put(id: string, value: unknown): void {
    this.putBytes(id, Buffer.from(JSON.stringify(value), 'utf8'));
  }

  /** A record whose plaintext is raw bytes (attachments): same format and AEAD as JSON records. */
  private putBytes(id: string, plaintext: Uint8Array): void {
    const file = this.recordPath(id);
    this.transaction(() => {
      // Sealed under the lock: the version follows the one on disk, whoever wrote it.
      const keys = this.requireKeys();
      const sealed = keys.seal(this.id, id, plaintext, recordHeadOnDisk(file)?.version ?? null);
      try {
        writeFileAtomic(file, sealed.bytes, this.ops);
      } catch (err) {
        ioError(err);
      }
      keys.written(id, sealed.version);
    });
  }

  get<T = unknown>(id: string): T {
    const plain = this.getBytes(id);
    try {
      return JSON.parse(plain.toString('utf8')) as T;
    } catch {
      throw new VaultError('tampered', `Record "${id}" is not a JSON record.`, id);
    }
  }

  private getBytes(id: string): Buffer {
    const keys = this.requireKeys();
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.recordPath(id));
    } catch {
      throw new VaultError('notFound', `No record "${id}".`, id);
    }
    const opened = keys.open(this.id, id, bytes);
    if (opened.ok) return opened.plain;
    if (opened.why === 'newerKey' && (headerOnDisk(this.dir)?.keyEpoch ?? 0) > keys.writeEpoch) {
      // Another process re-keyed the vault: this one's key is obsolete.
      this.lock();
      throw new VaultError(
        'locked',
        'The vault was re-keyed by another program: unlock it with the new passphrase.',
      );
    }
    throw new VaultError(
      'tampered',
      opened.why === 'damaged'
        ? `Record "${id}" is damaged or truncated.`
        : opened.why === 'rolledBack'
          ? `Record "${id}" was replaced by an older copy of itself.`
          : `Record "${id}" was altered, truncated or does not belong here.`,
      id,
    );
  }

  delete(id: string): void {
    const path = this.recordPath(id);
    this.transaction(() => {
      try {
        this.ops.unlinkSync(path);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') ioError(err);
      }
    });
  }

  list(): string[] {
    return readdirSync(join(this.dir, RECORDS))
      .filter((f) => f.endsWith('.bin') && !f.startsWith(TEMP_PREFIX))
      .map((f) => f.slice(0, -4))
      .sort();
  }

  /** Every record that cannot be read; the others stay readable. */
  verify(): { id: string; code: VaultErrorCode }[] {
    return unreadableRecords(this.internals);
  }

  /**
   * A new passphrase. By default the data key is re-wrapped: one atomic header write, records
   * untouched — fast, but an old copy of vault.json with the old passphrase still opens every
   * record. `rekey: true` also replaces the data key and re-encrypts every record (rekey.ts,
   * crash-safe and resumable): the choice whenever the old passphrase may be known to others.
   */
  async changePassphrase(
    current: string,
    next: string,
    options: { rekey?: boolean; hook?: RekeyHook } = {},
  ): Promise<RekeyResult> {
    return changePassphrase(this.upkeep, current, next, options);
  }

  /**
   * The whole vault as one encrypted file (its own salt and key from `passphrase`), to move to
   * another machine or keep as a backup; `matterId` exports one matter only. A record that
   * cannot be read is left out and named in `skipped`; the rest is saved. (The file's format is
   * unchanged since layout 1: each matter with its drafts inside.)
   */
  async exportTo(
    file: string,
    passphrase: string,
    matterId?: string,
  ): Promise<{ readonly skipped: readonly string[] }> {
    return exportTo(this.internals, file, passphrase, matterId);
  }

  /** Adds the matters of an export file to this vault (same ids are replaced). Returns their ids. */
  async importFrom(file: string, passphrase: string): Promise<string[]> {
    return importFrom(this.internals, file, passphrase);
  }

  /** The same, from the export file's content (the app reads the file the user picked). */
  async importData(content: string, passphrase: string): Promise<string[]> {
    return importData(this.internals, content, passphrase);
  }

  /** Preferences that belong to this vault (e.g. auto-lock after N idle minutes). */
  getSettings(): VaultSettings {
    return getSettings(this.internals);
  }
  putSettings(settings: Partial<VaultSettings>): VaultSettings {
    return putSettings(this.internals, settings);
  }

  /** Zeroes the key; nothing can be read until the vault is opened again. */
  lock(): void {
    this.keys?.wipe();
    this.keys = null;
  }

  // --- matters and drafts (matters.ts) ------------------------------------------------------

  createMatter(
    input: { title: string; client: MatterClient; facts?: string },
    now = clock.now(),
  ): Matter {
    return matters.createMatter(this.internals, input, now);
  }

  getMatter(id: string): Matter {
    return matters.getMatter(this.internals, id);
  }
  /** Several matters from one listing of the records: Home's list reads every one. */
  getMatters(ids: readonly string[]): Matter[] {
    return matters.getMatters(this.internals, ids);
  }
  updateMatter(
    id: string,
    patch: Partial<Pick<Matter, 'title' | 'client' | 'facts' | 'archived' | 'triage'>>,
    now = clock.now(),
  ): Matter {
    return matters.updateMatter(this.internals, id, patch, now);
  }

  archiveMatter(id: string, archived = true): Matter {
    return this.updateMatter(id, { archived });
  }
  deleteMatter(id: string): void {
    matters.deleteMatter(this.internals, id);
  }
  /** One draft and all its versions; the matter and its other drafts stay. */
  deleteDraft(matterId: string, draftId: string): void {
    matters.deleteDraft(this.internals, matterId, draftId);
  }

  /** From the one encrypted index record: no matter file is decrypted to list or search. */
  listMatters(options: { query?: string; includeArchived?: boolean } = {}): MatterSummary[] {
    return matters.listMatters(this.internals, options);
  }

  /**
   * Saves a version of a draft's answers: writes its own record (and the index entry's date),
   * never the matter. Autosave's `amendWithinMs`: a save this soon after the latest amends it.
   */
  saveDraft(
    matterId: string,
    draft: matters.DraftInput,
    now = clock.now(),
    options: { amendWithinMs?: number } = {},
  ): Draft {
    return matters.saveDraft(this.internals, matterId, draft, now, options);
  }

  /** Marks a draft (`draftOf`) as handed in, or (null) takes the mark off. */
  markFiled(matter: string, draft: DraftRef, mark: FiledMark | null, now = clock.now()): Draft {
    return matters.markFiled(this.internals, matter, draft, mark, now);
  }

  // --- attachments (attachments.ts) ---------------------------------------------------------

  /**
   * Adds a file to a matter: its type from its bytes, its sheets counted (a password-protected or
   * broken PDF is refused with a named AttachmentError), then the bytes sealed as a binary record.
   */
  addAttachment(
    matterId: string,
    file: { name: string; bytes: Uint8Array },
    now = clock.now(),
  ): Promise<AttachmentMeta> {
    return attachments.addAttachment(this.internals, matterId, file, now);
  }

  listAttachments(matterId: string): readonly AttachmentMeta[] {
    return attachments.listAttachments(this.internals, matterId);
  }

  getAttachmentBytes(matterId: string, fileId: string): Buffer {
    return attachments.getAttachmentBytes(this.internals, matterId, fileId);
  }

  removeAttachment(matterId: string, fileId: string, now = clock.now()): void {
    attachments.removeAttachment(this.internals, matterId, fileId, now);
  }
}
