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
import {
  createCipheriv,
  createHash,
  createDecipheriv,
  randomBytes,
  scrypt as scryptCallback,
  type ScryptOptions,
} from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { realFileOps, TEMP_PREFIX, writeFileAtomic, type FileOps } from '../atomic.ts';
import { inspectAttachment, type AttachmentMime } from '../bundle/inspect.ts';
import { DEFAULT_LOCK_WAIT, LOCK_FILE, VaultLock, type LockOwner, type LockWait } from './lock.ts';
import type { IndexRebuildReason, VaultRepair } from './repairs.ts';

export { VaultBusyError, VaultError, type VaultErrorCode } from './errors.ts';
import { VaultError, type VaultErrorCode } from './errors.ts';
import * as clock from '../../common/clock.ts';
export type { VaultRepair } from './repairs.ts';
import { checkKdf } from './kdf-policy.ts';
import { safeFileName } from '../../common/file-names.ts';
import type { TriageAnswers } from '../../common/triage.ts';
import { RecordKeys, recordHeadOnDisk } from './records.ts';
import {
  applyRekey,
  prepareRekey,
  REKEY_JOURNAL,
  resumeRekey,
  type RekeyAccess,
  type RekeyHook,
  type RekeyResult,
} from './rekey.ts';

/**
 * Bound into the wrapped key's and the backup file's associated data, and written as a backup's
 * `schemaVersion`: unchanged since the first vault. (Records have their own record format,
 * records.ts; the vault's layout is LAYOUT_VERSION below.)
 */
const ENVELOPE_VERSION = 1;
/**
 * The vault's layout, kept in the header's `schemaVersion` (a vault of layout 1 has 1 there):
 * which records exist and what each holds. Not the record format (records.ts: how one record's
 * bytes are sealed, `RFG1`/`RFG2`), nor ENVELOPE_VERSION above.
 * - 1: a matter's drafts inside its record; records in record format 1.
 * - 2: each draft a record of its own, so saving a draft never rewrites the matter.
 * - 3: every record in record format 2 (key epoch and write version in its associated data);
 *   record format 1 is refused from then on.
 * Older layouts are migrated on open, in order (MIGRATIONS); code that knows only an older
 * layout refuses a newer vault instead of misreading it.
 */
const LAYOUT_VERSION = 3;
/** The first layout whose records are all in record format 2 (records.ts). */
const LAYOUT_ALL_RECORD_FORMAT_2 = 3;
const HEADER = 'vault.json';
const RECORDS = 'records';
/**
 * scrypt N = 2^18, r = 8: 256 MiB and ~0.5 s on this 2-core machine — the cost of every guess for
 * whoever holds the seized laptop. (N = 2^17 unlocked in 0.25 s, under the 0.3 s floor we set.)
 */
/** scrypt's block size and parallelism; N is fitted per vault (below). */
const SCRYPT_R = 8;
const SCRYPT_P = 1;

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
const EXPORT_AAD = `refuge-export|${ENVELOPE_VERSION}`;

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

function scrypt(
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

function seal(
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

function open(key: Buffer, nonce: Buffer, tag: Buffer, data: Buffer, aad: string): Buffer {
  // GCM would accept a tag cut to 4 bytes: only the full 16 authenticate.
  if (tag.length !== 16 || nonce.length !== 12) throw new Error('bad nonce or tag length');
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

const keyAad = (vaultId: string, epoch = 0): string =>
  epoch === 0
    ? `refuge-vault-key|${vaultId}|${ENVELOPE_VERSION}`
    : `refuge-vault-key|${vaultId}|${ENVELOPE_VERSION}|${epoch}`;

function ioError(err: unknown): never {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') throw new VaultError('diskFull', 'The disk is full: nothing was changed.');
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    throw new VaultError('readOnly', 'The vault folder cannot be written: nothing was changed.');
  throw err;
}

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

const RECORD_ID = /^[a-z0-9-]{1,64}$/;

export interface VaultOptions {
  /** Lower scrypt cost, for tests only. */
  readonly kdf?: { readonly N: number; readonly r?: number; readonly p?: number };
  readonly fileOps?: FileOps;
  /** How long to wait for another process's write to finish (tests shorten it). */
  readonly lockWait?: LockWait;
  /** Called at every step of a re-key: tests crash there (rekey.ts). */
  readonly rekeyHook?: RekeyHook;
}

export interface MatterClient {
  readonly lastName: string;
  readonly firstName: string;
  readonly middleName?: string;
}

export interface DraftVersion {
  readonly savedAt: string;
  readonly templateVersion: string;
  readonly lang: 'ru' | 'kk' | 'en';
  readonly answers: Record<string, unknown>;
}

export interface Draft {
  readonly id: string;
  readonly templateId: string;
  readonly versions: readonly DraftVersion[];
}

/**
 * A file attached to a matter (a scanned decision, evidence). What it is lives here, inside the
 * encrypted matter record; its bytes are a binary record of their own (`file-<matter>-<id>`),
 * sealed like every other record, so listing attachments never decrypts a scan.
 */
export interface AttachmentMeta {
  readonly id: string;
  readonly name: string;
  /** Decided by the bytes, not the name. */
  readonly mime: AttachmentMime;
  readonly size: number;
  /** Sheets it adds to a bundle: a PDF's pages, 1 for an image. */
  readonly pages: number;
  readonly sha256: string;
  readonly addedAt: string;
}

export interface Matter {
  readonly id: string;
  readonly title: string;
  readonly client: MatterClient;
  readonly facts: string;
  readonly archived: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly drafts: readonly Draft[];
  /** Absent in matters saved before attachments existed. */
  readonly attachments?: readonly AttachmentMeta[];
  /** The triage answers («Что случилось?»), sealed with the rest of the matter; absent until given. */
  readonly triage?: TriageAnswers;
}

const fileRecordId = (matterId: string, fileId: string): string => `file-${matterId}-${fileId}`;
const isFileRecord = (id: string): boolean => id.startsWith('file-');
/** A draft (all its versions) is a record of its own: `draft-<matter>-<draft>`. */
const draftRecordId = (matterId: string, draftId: string): string => `draft-${matterId}-${draftId}`;
const isDraftRecord = (id: string): boolean => id.startsWith('draft-');
const isMatterRecord = (id: string): boolean => id.startsWith('matter-');

export interface MatterSummary {
  readonly id: string;
  readonly title: string;
  readonly clientName: string;
  readonly archived: boolean;
  readonly updatedAt: string;
}

const MAX_VERSIONS = 50;

export interface VaultSettings {
  readonly autoLockMinutes: number;
  /** The region new matters start in (templates/courts.json id); absent or '': none chosen. */
  readonly region?: string;
}
const DEFAULT_SETTINGS: VaultSettings = { autoLockMinutes: 10 };

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
async function unwrapDataKey(
  dir: string,
  passphrase: string,
): Promise<{ header: Header; dataKey: Buffer }> {
  let header: Header;
  try {
    header = JSON.parse(readFileSync(join(dir, HEADER), 'utf8')) as Header;
  } catch {
    throw new VaultError('notAVault', 'No vault in this folder, or its header is damaged.');
  }
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

/** Case, ё/е and NFC folded, so «Фёдоров» finds «федоров». */
function fold(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('ru').replace(/ё/g, 'е');
}

/** A matter as stored: its drafts live in draft records (layout 2 on), so this holds none. */
type StoredMatter = Omit<Matter, 'drafts'> & { readonly drafts?: readonly Draft[] };

const latestSave = (d: Draft): string => d.versions[d.versions.length - 1]?.savedAt ?? '';

/**
 * The folder holds no vault yet: nothing, or what an interrupted `create` left — dot files (temp
 * files, a dead writer's lock) and an empty index sealed under a key that was never saved.
 */
function emptyOrUnfinished(dir: string): boolean {
  if (!existsSync(dir)) return true;
  return readdirSync(dir).every(
    (f) =>
      f.startsWith('.') ||
      (f === RECORDS &&
        readdirSync(join(dir, RECORDS)).every((r) => r.startsWith('.') || r === 'index.bin')),
  );
}

export class Vault {
  private keys: RecordKeys | null;
  private readonly lockfile: VaultLock;
  private readonly repairLog: VaultRepair[] = [];

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
      vault.transaction(() => vault.maintain(options.rekeyHook));
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
      if (outermost) this.catchUp(dead);
      return write();
    } finally {
      this.lockfile.release();
    }
  }

  /**
   * First thing under a newly taken lock: what other processes did since this one last held it.
   * - Another process re-keyed the vault: this process's key is obsolete, and a record written
   *   under it would open under no passphrase. It locks itself (`locked`: unlock again).
   * - Another process changed the passphrase: its header is taken, so ours does not undo it.
   * - A writer died holding the lock: its debris is removed, a re-key it left half done is
   *   finished (the old key is ours), and the index is rebuilt.
   */
  private catchUp(dead: LockOwner | null): void {
    const onDisk = this.keys ? this.headerOnDisk() : null;
    // A re-key left half done (its process died, or failed with an error) is finished first.
    const journal = onDisk !== null && existsSync(join(this.dir, REKEY_JOURNAL));
    if (onDisk && onDisk.vaultId === this.header.vaultId) {
      const epoch = onDisk.keyEpoch ?? 0;
      if (epoch > (this.header.keyEpoch ?? 0)) {
        this.lock();
        throw new VaultError(
          'locked',
          'The vault was re-keyed by another program: unlock it with the new passphrase.',
        );
      }
      if (epoch === (this.header.keyEpoch ?? 0)) this.header = onDisk;
    }
    if (dead) {
      this.repairLog.push({ kind: 'interruptedWrite', pid: dead.pid, host: dead.host });
      this.cleanTempFiles();
      if (journal) this.resumeRekey();
      if (onDisk && this.keys) this.rebuildIndex('interrupted');
    } else if (journal) this.resumeRekey();
  }

  /** vault.json as it is now, or null if it cannot be read (a create in progress, a wipe). */
  private headerOnDisk(): Header | null {
    try {
      const h = JSON.parse(readFileSync(join(this.dir, HEADER), 'utf8')) as Header;
      return h?.format === 'refuge-vault' ? h : null;
    } catch {
      return null;
    }
  }

  /** Under the lock: a re-key a crash interrupted is finished before anything else is read. */
  private resumeRekey(hook?: RekeyHook): void {
    const done = resumeRekey(this.rekeyAccess(), hook);
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

  /**
   * At open, under the lock: debris of dead writers, a re-key left half done, older layouts (in
   * order), an index gone wrong.
   */
  private maintain(rekeyHook?: RekeyHook): void {
    this.cleanTempFiles();
    this.resumeRekey(rekeyHook);
    this.assertHeaderCurrent();
    if (this.header.schemaVersion < LAYOUT_VERSION) {
      const from = this.header.schemaVersion;
      const access: MigrationAccess = {
        vault: this,
        resealRecord: (id) => this.resealRecord(id),
      };
      for (let v = from; v < LAYOUT_VERSION; v++) {
        const migrate = MIGRATIONS[v];
        if (!migrate) throw new Error(`no migration from vault layout ${v}`);
        migrate(access);
      }
      this.rebuildIndex('migrated');
      this.writeHeader({ ...this.header, schemaVersion: LAYOUT_VERSION });
      this.requireKeys().acceptFormat1 = false;
      this.repairLog.push({ kind: 'migrated', from, to: LAYOUT_VERSION });
      return;
    }
    const problem = this.indexProblem();
    if (problem) this.rebuildIndex(problem);
  }

  /**
   * A record sealed under a newer key than the header's means vault.json was replaced by an
   * older copy (the old passphrase's): refused before anything is repaired — a repair under the
   * obsolete key would write records no current passphrase opens.
   */
  private assertHeaderCurrent(): void {
    const epoch = this.header.keyEpoch ?? 0;
    for (const id of this.list())
      if ((recordHeadOnDisk(this.recordPath(id))?.epoch ?? 0) > epoch)
        throw new VaultError(
          'tampered',
          `vault.json is older than record "${id}" (a copy from before a re-key?): nothing was changed.`,
          id,
        );
  }

  private resealRecord(id: string): void {
    if (recordHeadOnDisk(this.recordPath(id))?.format !== 1) return;
    let plain: Buffer;
    try {
      plain = this.getBytes(id);
    } catch (err) {
      if (err instanceof VaultError && err.code === 'tampered') return; // named by the rebuild
      throw err;
    }
    this.putBytes(id, plain);
  }

  /** Why the index cannot be trusted (damaged, missing, not listing the matter records), or null. */
  private indexProblem(): IndexRebuildReason | null {
    let listed: string[];
    try {
      listed = this.get<{ matters: MatterSummary[] }>('index').matters.map((m) => m.id);
    } catch (err) {
      if (err instanceof VaultError && err.code === 'notFound') return 'missing';
      if (err instanceof VaultError && err.code === 'tampered') return 'damaged';
      throw err;
    }
    const onDisk = this.list()
      .filter(isMatterRecord)
      .map((id) => id.slice('matter-'.length));
    const a = new Set(listed);
    return listed.length === onDisk.length && onDisk.every((id) => a.has(id)) ? null : 'mismatch';
  }

  /**
   * The index derived from the records again: every matter record that opens, with its drafts'
   * latest save. Under the lock. Damaged records are named, not listed.
   */
  private rebuildIndex(reason: IndexRebuildReason): void {
    let before: string[] = [];
    try {
      before = this.get<{ matters: MatterSummary[] }>('index').matters.map((m) => m.id);
    } catch {
      /* damaged or missing: everything listed now is new */
    }
    const matters: MatterSummary[] = [];
    for (const id of this.list()) {
      if (!isMatterRecord(id)) continue;
      try {
        matters.push(this.summary(this.assemble(this.get<StoredMatter>(id), false)));
      } catch (err) {
        if (!(err instanceof VaultError)) throw err;
        this.noteDamaged(err.recordId ?? id);
      }
    }
    this.put('index', { matters });
    const now = new Set(matters.map((m) => m.id));
    const old = new Set(before);
    this.repairLog.push({
      kind: 'indexRebuilt',
      reason,
      added: [...now].filter((id) => !old.has(id)),
      removed: before.filter((id) => !now.has(id)),
    });
  }

  private noteDamaged(id: string): void {
    if (!this.repairLog.some((r) => r.kind === 'damagedRecord' && r.id === id))
      this.repairLog.push({ kind: 'damagedRecord', id });
  }

  /**
   * Left-over temp files of crashed writes hold nothing readable; remove them. Only under the
   * lock: every vault write happens under it, so no temp file here belongs to a live writer.
   */
  private cleanTempFiles(): void {
    let count = 0;
    for (const folder of [this.dir, join(this.dir, RECORDS)]) {
      if (!existsSync(folder)) continue;
      for (const f of readdirSync(folder))
        if (f.startsWith(TEMP_PREFIX)) {
          try {
            this.ops.unlinkSync(join(folder, f));
            count++;
          } catch (err) {
            if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
          }
        }
    }
    count += this.lockfile.removeDeadAttempts();
    if (count > 0) this.repairLog.push({ kind: 'tempFilesRemoved', count });
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

  /** What a re-key works with (rekey.ts). */
  private rekeyAccess(): RekeyAccess {
    return {
      dir: this.dir,
      vaultId: this.id,
      ops: this.ops,
      header: () => this.header,
      keys: () => this.requireKeys(),
      list: () => this.list(),
      readPlain: (id) => this.getBytes(id),
      writePlain: (id, plain) => this.putBytes(id, plain),
      recordEpoch: (id) => recordHeadOnDisk(this.recordPath(id))?.epoch ?? null,
      installHeader: (header) => this.writeHeader(header),
    };
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
    if (opened.why === 'newerKey' && (this.headerOnDisk()?.keyEpoch ?? 0) > keys.writeEpoch) {
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
    const bad: { id: string; code: VaultErrorCode }[] = [];
    for (const id of this.list()) {
      try {
        if (isFileRecord(id)) this.getBytes(id);
        else this.get(id);
      } catch (err) {
        if (err instanceof VaultError) bad.push({ id, code: err.code });
        else throw err;
      }
    }
    return bad;
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
    assertStrongPassphrase(next);
    // The current passphrase checked against the header, nothing opened or written.
    (await unwrapDataKey(this.dir, current)).dataKey.fill(0);
    const kdf = { N: this.header.kdf.N, r: this.header.kdf.r, p: this.header.kdf.p };
    const wrap = async (dataKey: Buffer, epoch: number): Promise<Header> => ({
      ...this.header,
      ...(await wrapKey(next, dataKey, this.id, kdf, epoch)),
      ...(epoch > 0 ? { keyEpoch: epoch } : {}),
    });
    if (options.rekey) {
      // The new key and header (scrypt) outside the lock; every write of the re-key under it,
      // held throughout, so no other process writes a record under the old key meanwhile.
      const prepared = await prepareRekey(this.rekeyAccess(), wrap);
      return this.transaction(() => applyRekey(this.rekeyAccess(), prepared, options.hook));
    }
    const keys = this.requireKeys();
    const key = keys.key(keys.writeEpoch);
    if (!key) throw new VaultError('locked', 'The vault is locked.');
    const epoch = keys.writeEpoch;
    const header = await wrap(key, epoch);
    this.transaction(() => {
      if ((this.header.keyEpoch ?? 0) !== epoch)
        throw new VaultError('locked', 'The vault was re-keyed meanwhile: unlock it again.');
      this.writeHeader({ ...this.header, kdf: header.kdf, wrappedKey: header.wrappedKey });
    });
    return { skipped: [] };
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
    assertStrongPassphrase(passphrase);
    const skipped: string[] = [];
    const records: Record<string, unknown> = {};
    const files: Record<string, string> = {};
    const tryRead = (id: string, read: () => void): void => {
      try {
        read();
      } catch (err) {
        if (!(err instanceof VaultError) || err.code !== 'tampered') throw err;
        skipped.push(err.recordId ?? id);
      }
    };
    // One consistent snapshot: no other process writes while it is read.
    this.readLocked(() => {
      const all = this.list();
      const ids = matterId
        ? [`matter-${matterId}`, ...all.filter((id) => id.startsWith(`file-${matterId}-`))]
        : all.filter((id) => id !== 'index' && !isDraftRecord(id));
      if (matterId) this.get(`matter-${matterId}`); // a damaged single matter: nothing to save
      for (const id of ids) {
        if (isFileRecord(id))
          // The backup is one text file (the restore form reads it as text), so attachments
          // travel base64-encoded inside it; in the vault itself they stay binary records.
          tryRead(id, () => (files[id] = this.getBytes(id).toString('base64')));
        else if (isMatterRecord(id))
          tryRead(id, () => {
            const stored = this.get<StoredMatter>(id);
            const drafts: Draft[] = [];
            for (const draftId of this.draftRecordIds(stored.id))
              tryRead(draftId, () => drafts.push(this.get<Draft>(draftId)));
            records[id] = this.assembleWith(stored, drafts);
          });
        else tryRead(id, () => (records[id] = this.get(id)));
      }
    });
    const salt = randomBytes(32);
    const kdf = { N: this.header.kdf.N, r: this.header.kdf.r, p: this.header.kdf.p };
    const key = await scrypt(passphrase, salt, kdf);
    const sealed = seal(key, Buffer.from(JSON.stringify({ records, files })), EXPORT_AAD);
    key.fill(0);
    const envelope = {
      format: 'refuge-export',
      schemaVersion: ENVELOPE_VERSION,
      kdf: { name: 'scrypt', ...kdf, salt: salt.toString('base64') },
      nonce: sealed.nonce.toString('base64'),
      tag: sealed.tag.toString('base64'),
      data: sealed.data.toString('base64'),
    };
    try {
      writeFileAtomic(file, Buffer.from(JSON.stringify(envelope)), this.ops);
    } catch (err) {
      ioError(err);
    }
    for (const id of skipped) this.noteDamaged(id);
    return { skipped };
  }

  /** Adds the matters of an export file to this vault (same ids are replaced). Returns their ids. */
  async importFrom(file: string, passphrase: string): Promise<string[]> {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch {
      throw new VaultError('notAnExport', 'Not a Refuge export file.');
    }
    return this.importData(content, passphrase);
  }

  /** The same, from the export file's content (the app reads the file the user picked). */
  async importData(content: string, passphrase: string): Promise<string[]> {
    let envelope: { format: string; kdf: Header['kdf']; nonce: string; tag: string; data: string };
    try {
      envelope = JSON.parse(content) as typeof envelope;
    } catch {
      throw new VaultError('notAnExport', 'Not a Refuge export file.');
    }
    if (envelope?.format !== 'refuge-export' || typeof envelope.kdf?.salt !== 'string')
      throw new VaultError('notAnExport', 'Not a Refuge export file.');
    const kdf = checkKdf(envelope.kdf, 'backup');
    const key = await scrypt(passphrase, kdf.salt, kdf);
    let records: Record<string, Matter>;
    let files: Record<string, string>;
    try {
      ({ records, files = {} } = JSON.parse(
        open(
          key,
          Buffer.from(envelope.nonce, 'base64'),
          Buffer.from(envelope.tag, 'base64'),
          Buffer.from(envelope.data, 'base64'),
          EXPORT_AAD,
        ).toString('utf8'),
      ) as { records: Record<string, Matter>; files?: Record<string, string> });
    } catch {
      throw new VaultError('wrongPassphrase', 'Wrong passphrase, or the export file was altered.');
    } finally {
      key.fill(0);
    }
    return this.transaction(() => {
      const imported: string[] = [];
      // Files before the matters that list them: a crash in between leaves unreferenced files,
      // never a matter pointing at a file that is not there.
      for (const [id, base64] of Object.entries(files)) {
        if (!isFileRecord(id) || !RECORD_ID.test(id)) continue;
        if (!Object.hasOwn(records, `matter-${id.split('-')[1] ?? ''}`)) continue;
        this.putBytes(id, Buffer.from(base64, 'base64'));
      }
      for (const [id, value] of Object.entries(records)) {
        if (!id.startsWith('matter-')) continue;
        this.replaceDrafts(value.id, value.drafts ?? []);
        this.writeMatter(value);
        imported.push(value.id);
      }
      return imported;
    });
  }

  /** Preferences that belong to this vault (e.g. auto-lock after N idle minutes). */
  getSettings(): VaultSettings {
    try {
      return { ...DEFAULT_SETTINGS, ...this.get<Partial<VaultSettings>>('settings') };
    } catch (err) {
      if (err instanceof VaultError && err.code === 'notFound') return { ...DEFAULT_SETTINGS };
      throw err;
    }
  }

  putSettings(settings: Partial<VaultSettings>): VaultSettings {
    return this.transaction(() => {
      const next = { ...this.getSettings(), ...settings };
      if (
        !Number.isInteger(next.autoLockMinutes) ||
        next.autoLockMinutes < 1 ||
        next.autoLockMinutes > 240
      )
        throw new VaultError('notFound', 'Auto-lock must be between 1 and 240 minutes.');
      this.put('settings', next);
      return next;
    });
  }

  /** Zeroes the key; nothing can be read until the vault is opened again. */
  lock(): void {
    this.keys?.wipe();
    this.keys = null;
  }

  // --- matters -------------------------------------------------------------------------------

  /** The index, read fresh from disk; damaged or missing, it is rebuilt from the records. */
  private index(): { matters: MatterSummary[] } {
    try {
      return this.get<{ matters: MatterSummary[] }>('index');
    } catch (err) {
      if (!(err instanceof VaultError) || (err.code !== 'tampered' && err.code !== 'notFound'))
        throw err;
      this.transaction(() => this.rebuildIndex(err.code === 'notFound' ? 'missing' : 'damaged'));
      return this.get<{ matters: MatterSummary[] }>('index');
    }
  }

  private summary(m: Matter): MatterSummary {
    const c = m.client;
    return {
      id: m.id,
      title: m.title,
      clientName: [c.lastName, c.firstName, c.middleName ?? ''].filter(Boolean).join(' '),
      archived: m.archived,
      updatedAt: m.updatedAt,
    };
  }

  private draftRecordIds(matterId: string): string[] {
    return this.list().filter((id) => id.startsWith(`draft-${matterId}-`));
  }

  /**
   * The matter as callers know it: its drafts (from their records) inside, the latest saved
   * last. `strict`: a damaged draft fails the read (never a draft silently missing); otherwise
   * (the index's dates) it is left out and named in the repairs.
   */
  private assemble(stored: StoredMatter, strict = true): Matter {
    const drafts: Draft[] = [];
    for (const id of this.draftRecordIds(stored.id)) {
      try {
        drafts.push(this.get<Draft>(id));
      } catch (err) {
        if (strict || !(err instanceof VaultError)) throw err;
        this.noteDamaged(id);
      }
    }
    return this.assembleWith(stored, drafts);
  }

  private assembleWith(stored: StoredMatter, fromRecords: readonly Draft[]): Matter {
    // A layout-1 matter still read in place (a read-only folder) keeps its drafts inside.
    const ids = new Set(fromRecords.map((d) => d.id));
    const drafts = [...(stored.drafts ?? []).filter((d) => !ids.has(d.id)), ...fromRecords].sort(
      (a, b) => (latestSave(a) < latestSave(b) ? -1 : latestSave(a) > latestSave(b) ? 1 : 0),
    );
    const updatedAt = drafts.reduce(
      (max, d) => (latestSave(d) > max ? latestSave(d) : max),
      stored.updatedAt,
    );
    return { ...stored, updatedAt, drafts };
  }

  private getStored(id: string): StoredMatter {
    return this.get<StoredMatter>(`matter-${id}`);
  }

  /** Writes the matter record (never its drafts) and its index entry; under the lock. */
  private writeMatter(matter: StoredMatter): void {
    const { drafts: _drafts, ...stored } = matter;
    this.put(`matter-${matter.id}`, { ...stored, drafts: [] });
    this.putIndexEntry(this.summary(this.assemble({ ...stored, drafts: [] }, false)));
  }

  /** Under the lock: the index as it is now on disk (another process may have written it). */
  private putIndexEntry(summary: MatterSummary): void {
    const index = this.index();
    const rest = index.matters.filter((s) => s.id !== summary.id);
    this.put('index', { matters: [...rest, summary] });
  }

  /** Import: the matter's drafts become exactly `drafts` (same ids replaced, others removed). */
  private replaceDrafts(matterId: string, drafts: readonly Draft[]): void {
    const keep = new Set(drafts.map((d) => draftRecordId(matterId, d.id)));
    for (const d of drafts) this.put(draftRecordId(matterId, d.id), d);
    for (const id of this.draftRecordIds(matterId)) if (!keep.has(id)) this.delete(id);
  }

  createMatter(
    input: { title: string; client: MatterClient; facts?: string },
    now = clock.now(),
  ): Matter {
    const stamp = now.toISOString();
    const matter: Matter = {
      id: randomBytes(8).toString('hex'),
      title: input.title,
      client: input.client,
      facts: input.facts ?? '',
      archived: false,
      createdAt: stamp,
      updatedAt: stamp,
      drafts: [],
    };
    this.transaction(() => this.writeMatter(matter));
    return matter;
  }

  getMatter(id: string): Matter {
    return this.assemble(this.getStored(id));
  }

  updateMatter(
    id: string,
    patch: Partial<Pick<Matter, 'title' | 'client' | 'facts' | 'archived' | 'triage'>>,
    now = clock.now(),
  ): Matter {
    return this.transaction(() => {
      this.writeMatter({ ...this.getStored(id), ...patch, updatedAt: now.toISOString() });
      return this.getMatter(id);
    });
  }

  archiveMatter(id: string, archived = true): Matter {
    return this.updateMatter(id, { archived });
  }

  deleteMatter(id: string): void {
    this.transaction(() => {
      for (const r of this.list())
        if (r.startsWith(`file-${id}-`) || r.startsWith(`draft-${id}-`)) this.delete(r);
      this.delete(`matter-${id}`);
      this.put('index', { matters: this.index().matters.filter((s) => s.id !== id) });
    });
  }

  /** From the one encrypted index record: no matter file is decrypted to list or search. */
  listMatters(options: { query?: string; includeArchived?: boolean } = {}): MatterSummary[] {
    const q = fold(options.query ?? '').trim();
    return this.index()
      .matters.filter((m) => options.includeArchived || !m.archived)
      .filter((m) => q === '' || fold(`${m.title} ${m.clientName}`).includes(q))
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  }

  // --- attachments --------------------------------------------------------------------------

  /**
   * Adds a file to a matter: its type from its bytes, its sheets counted (a password-protected or
   * broken PDF is refused with a named AttachmentError), then the bytes sealed as a binary record.
   */
  async addAttachment(
    matterId: string,
    file: { name: string; bytes: Uint8Array },
    now = clock.now(),
  ): Promise<AttachmentMeta> {
    this.getStored(matterId); // no such matter: refused before the file is inspected
    // The one file-name sanitiser: no bidi override can make «…fdp.exe» show as «…exe.pdf».
    const name = safeFileName(file.name);
    const inspected = await inspectAttachment(file.bytes, name);
    const meta: AttachmentMeta = {
      id: randomBytes(8).toString('hex'),
      name,
      mime: inspected.mime,
      size: file.bytes.length,
      pages: inspected.pages,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      addedAt: now.toISOString(),
    };
    this.transaction(() => {
      const matter = this.getStored(matterId); // as it is now: another process may have saved it
      // The bytes first: a crash before the matter is saved leaves an orphan, never a dangling
      // entry.
      this.putBytes(fileRecordId(matterId, meta.id), file.bytes);
      this.writeMatter({
        ...matter,
        updatedAt: meta.addedAt,
        attachments: [...(matter.attachments ?? []), meta],
      });
    });
    return meta;
  }

  listAttachments(matterId: string): readonly AttachmentMeta[] {
    return this.getStored(matterId).attachments ?? [];
  }

  getAttachmentBytes(matterId: string, fileId: string): Buffer {
    if (!this.listAttachments(matterId).some((a) => a.id === fileId))
      throw new VaultError('notFound', `No attachment "${fileId}" in this matter.`, fileId);
    return this.getBytes(fileRecordId(matterId, fileId));
  }

  removeAttachment(matterId: string, fileId: string, now = clock.now()): void {
    this.transaction(() => {
      const matter = this.getStored(matterId);
      const rest = (matter.attachments ?? []).filter((a) => a.id !== fileId);
      if (rest.length === (matter.attachments ?? []).length)
        throw new VaultError('notFound', `No attachment "${fileId}" in this matter.`, fileId);
      this.writeMatter({ ...matter, updatedAt: now.toISOString(), attachments: rest });
      this.delete(fileRecordId(matterId, fileId));
    });
  }

  /**
   * Saves a version of a filing's answers; answers entered once prefill later filings. Writes
   * the draft's own record (and the index entry's date), never the matter.
   */
  saveDraft(
    matterId: string,
    draft: {
      templateId: string;
      templateVersion: string;
      lang: DraftVersion['lang'];
      answers: Record<string, unknown>;
    },
    now = clock.now(),
    /** Autosave: a save this soon after the latest version amends it instead of adding one. */
    options: { amendWithinMs?: number } = {},
  ): Draft {
    return this.transaction(() => {
      const matter = this.getMatter(matterId); // fresh, under the lock
      const version: DraftVersion = {
        savedAt: now.toISOString(),
        templateVersion: draft.templateVersion,
        lang: draft.lang,
        answers: draft.answers,
      };
      const existing = matter.drafts.find((d) => d.templateId === draft.templateId);
      const previous = existing?.versions[existing.versions.length - 1];
      const amend =
        previous !== undefined &&
        options.amendWithinMs !== undefined &&
        now.getTime() - Date.parse(previous.savedAt) < options.amendWithinMs;
      const kept = existing ? (amend ? existing.versions.slice(0, -1) : existing.versions) : [];
      const updated: Draft = existing
        ? { ...existing, versions: [...kept, version].slice(-MAX_VERSIONS) }
        : {
            id: randomBytes(6).toString('hex'),
            templateId: draft.templateId,
            versions: [version],
          };
      this.put(draftRecordId(matterId, updated.id), updated);
      const drafts = [...matter.drafts.filter((d) => d.id !== updated.id), updated];
      this.putIndexEntry(this.summary(this.assembleWith({ ...matter, drafts: [] }, drafts)));
      return updated;
    });
  }
}

/** What a migration may do beyond the vault's public reads and writes. */
interface MigrationAccess {
  readonly vault: Vault;
  /** Re-seals one record in record format 2 if it is still in format 1 (unreadable: left). */
  readonly resealRecord: (id: string) => void;
}

/**
 * Ordered migrations of the vault layout (LAYOUT_VERSION): MIGRATIONS[n] takes a vault of layout
 * n to n + 1, under the lock, and may be interrupted and run again (each step is idempotent).
 * The index is rebuilt after the last, and the header, naming the new layout, written last of
 * all: a crash anywhere before it leaves a vault of the old layout that the next open migrates.
 */
const MIGRATIONS: Readonly<Record<number, (m: MigrationAccess) => void>> = {
  // 1 → 2: drafts out of the matter record into records of their own. Drafts are written
  // before the matter loses them, so a crash in between leaves them in both places (the same
  // ids: read once), never in neither.
  1: ({ vault }) => {
    for (const id of vault.list()) {
      if (!isMatterRecord(id)) continue;
      let stored: StoredMatter;
      try {
        stored = vault.get<StoredMatter>(id);
      } catch (err) {
        if (err instanceof VaultError && err.code === 'tampered') continue; // named by the rebuild
        throw err;
      }
      if (!stored.drafts || stored.drafts.length === 0) continue;
      for (const d of stored.drafts) vault.put(draftRecordId(stored.id, d.id), d);
      vault.put(id, { ...stored, drafts: [] });
    }
  },
  // 2 → 3: every record still sealed in record format 1 (no key epoch, no write version in its
  // associated data) is sealed again in record format 2; from layout 3 on, format 1 is refused,
  // so an old record-format-1 copy of a record can no longer be swapped in.
  2: ({ vault, resealRecord }) => {
    for (const id of vault.list()) resealRecord(id);
  },
};
