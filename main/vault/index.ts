/**
 * The vault: client data encrypted at rest (DESIGN.md, "Vault"). Threat model: a powered-off or
 * locked laptop that is seized. Envelope encryption — a random data key wrapped by a key derived
 * from the passphrase (scrypt) in one header, so changing the passphrase is one atomic write.
 * Every record is AES-256-GCM with a fresh nonce and associated data binding it to its vault and
 * id, so records can be neither read, altered nor swapped without the key.
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

export { VaultError, type VaultErrorCode } from './errors.ts';
import { VaultError, type VaultErrorCode } from './errors.ts';
import { checkKdf } from './kdf-policy.ts';
import { safeFileName } from '../../common/file-names.ts';
import { RecordKeys, recordHeadOnDisk } from './records.ts';
import { rekey, resumeRekey, type RekeyAccess, type RekeyHook, type RekeyResult } from './rekey.ts';

const SCHEMA_VERSION = 1;
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
const EXPORT_AAD = `refuge-export|${SCHEMA_VERSION}`;

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
    ? `refuge-vault-key|${vaultId}|${SCHEMA_VERSION}`
    : `refuge-vault-key|${vaultId}|${SCHEMA_VERSION}|${epoch}`;

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
}

const fileRecordId = (matterId: string, fileId: string): string => `file-${matterId}-${fileId}`;
const isFileRecord = (id: string): boolean => id.startsWith('file-');

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
}
const DEFAULT_SETTINGS: VaultSettings = { autoLockMinutes: 10 };

/**
 * Destroys a vault: record files overwritten with random bytes, then every file removed. On SSDs
 * and journaling file systems overwriting is no guarantee; what makes the data unreadable is that
 * the header holding the wrapped key is gone — without it no passphrase opens anything.
 */
export function wipeVault(dir: string): void {
  if (!existsSync(join(dir, HEADER))) throw new VaultError('notAVault', 'No vault in this folder.');
  const records = join(dir, RECORDS);
  for (const f of readdirSync(records)) {
    const file = join(records, f);
    writeFileSync(file, randomBytes(statSync(file).size));
    unlinkSync(file);
  }
  writeFileSync(join(dir, HEADER), randomBytes(statSync(join(dir, HEADER)).size));
  unlinkSync(join(dir, HEADER));
  rmSync(dir, { recursive: true, force: true });
}

/** Case, ё/е and NFC folded, so «Фёдоров» finds «федоров». */
function fold(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('ru').replace(/ё/g, 'е');
}

export class Vault {
  private keys: RecordKeys | null;

  private constructor(
    readonly dir: string,
    private header: Header,
    key: Buffer,
    private readonly ops: FileOps,
  ) {
    this.keys = new RecordKeys(header.keyEpoch ?? 0, key);
  }

  get id(): string {
    return this.header.vaultId;
  }

  get isLocked(): boolean {
    return this.keys === null;
  }

  static async create(dir: string, passphrase: string, options: VaultOptions = {}): Promise<Vault> {
    assertStrongPassphrase(passphrase);
    if (existsSync(join(dir, HEADER)))
      throw new VaultError('alreadyExists', 'A vault already exists in this folder.');
    if (existsSync(dir) && readdirSync(dir).some((f) => !f.startsWith('.')))
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
      schemaVersion: SCHEMA_VERSION,
      vaultId,
      ...(await wrapKey(passphrase, dataKey, vaultId, kdf)),
    };
    try {
      mkdirSync(join(dir, RECORDS), { recursive: true, mode: 0o700 });
      writeFileAtomic(join(dir, HEADER), Buffer.from(JSON.stringify(header, null, 2)), ops);
    } catch (err) {
      ioError(err);
    }
    const vault = new Vault(dir, header, dataKey, ops);
    vault.put('index', { matters: [] });
    return vault;
  }

  static async open(
    dir: string,
    passphrase: string,
    options: Pick<VaultOptions, 'fileOps' | 'rekeyHook'> = {},
  ): Promise<Vault> {
    let header: Header;
    try {
      header = JSON.parse(readFileSync(join(dir, HEADER), 'utf8')) as Header;
    } catch {
      throw new VaultError('notAVault', 'No vault in this folder, or its header is damaged.');
    }
    if (
      header?.format !== 'refuge-vault' ||
      header.schemaVersion !== SCHEMA_VERSION ||
      (header.keyEpoch !== undefined &&
        !(Number.isInteger(header.keyEpoch) && header.keyEpoch >= 0))
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
    const vault = new Vault(dir, header, dataKey, options.fileOps ?? realFileOps);
    vault.cleanTempFiles();
    // A re-key a crash interrupted is finished now (rekey.ts), before anything else is read.
    await resumeRekey(vault.rekeyAccess(), options.rekeyHook);
    return vault;
  }

  /** Left-over temp files of a crash hold nothing readable; remove them. */
  private cleanTempFiles(): void {
    for (const folder of [this.dir, join(this.dir, RECORDS)]) {
      for (const f of readdirSync(folder))
        if (f.startsWith(TEMP_PREFIX)) unlinkSync(join(folder, f));
    }
  }

  private requireKeys(): RecordKeys {
    if (!this.keys) throw new VaultError('locked', 'The vault is locked.');
    return this.keys;
  }

  /** What a re-key works with (rekey.ts); not for other callers. */
  rekeyAccess(): RekeyAccess {
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
      installHeader: (header) => {
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
      },
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
    const sealed = this.requireKeys().seal(
      this.id,
      id,
      plaintext,
      recordHeadOnDisk(file)?.version ?? null,
    );
    try {
      writeFileAtomic(file, sealed.bytes, this.ops);
      this.requireKeys().written(id, sealed.version);
    } catch (err) {
      ioError(err);
    }
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
    try {
      unlinkSync(this.recordPath(id));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') ioError(err);
    }
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
    const checked = await Vault.open(this.dir, current, { fileOps: this.ops });
    checked.lock();
    const kdf = { N: this.header.kdf.N, r: this.header.kdf.r, p: this.header.kdf.p };
    const wrap = async (dataKey: Buffer, epoch: number): Promise<Header> => ({
      ...this.header,
      ...(await wrapKey(next, dataKey, this.id, kdf, epoch)),
      ...(epoch > 0 ? { keyEpoch: epoch } : {}),
    });
    if (options.rekey) return rekey(this.rekeyAccess(), wrap, options.hook);
    const keys = this.requireKeys();
    const key = keys.key(keys.writeEpoch);
    if (!key) throw new VaultError('locked', 'The vault is locked.');
    this.rekeyAccess().installHeader(await wrap(key, keys.writeEpoch));
    return { skipped: [] };
  }

  /**
   * The whole vault as one encrypted file (its own salt and key from `passphrase`), to move to
   * another machine or keep as a backup; `matterId` exports one matter only.
   */
  async exportTo(file: string, passphrase: string, matterId?: string): Promise<void> {
    assertStrongPassphrase(passphrase);
    const all = this.list();
    const ids = matterId
      ? [`matter-${matterId}`, ...all.filter((id) => id.startsWith(`file-${matterId}-`))]
      : all.filter((id) => id !== 'index');
    const records = Object.fromEntries(
      ids.filter((id) => !isFileRecord(id)).map((id) => [id, this.get(id)]),
    );
    // The backup is one text file (the restore form reads it as text), so attachments travel
    // base64-encoded inside it; in the vault itself they stay binary records.
    const files = Object.fromEntries(
      ids.filter(isFileRecord).map((id) => [id, this.getBytes(id).toString('base64')]),
    );
    const salt = randomBytes(32);
    const kdf = { N: this.header.kdf.N, r: this.header.kdf.r, p: this.header.kdf.p };
    const key = await scrypt(passphrase, salt, kdf);
    const sealed = seal(key, Buffer.from(JSON.stringify({ records, files })), EXPORT_AAD);
    key.fill(0);
    const envelope = {
      format: 'refuge-export',
      schemaVersion: SCHEMA_VERSION,
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
      this.saveMatter(value);
      imported.push(value.id);
    }
    return imported;
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
    const next = { ...this.getSettings(), ...settings };
    if (
      !Number.isInteger(next.autoLockMinutes) ||
      next.autoLockMinutes < 1 ||
      next.autoLockMinutes > 240
    )
      throw new VaultError('notFound', 'Auto-lock must be between 1 and 240 minutes.');
    this.put('settings', next);
    return next;
  }

  /** Zeroes the key; nothing can be read until the vault is opened again. */
  lock(): void {
    this.keys?.wipe();
    this.keys = null;
  }

  // --- matters -------------------------------------------------------------------------------

  private index(): { matters: MatterSummary[] } {
    return this.get<{ matters: MatterSummary[] }>('index');
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

  private saveMatter(matter: Matter): Matter {
    this.put(`matter-${matter.id}`, matter);
    const index = this.index();
    const rest = index.matters.filter((s) => s.id !== matter.id);
    this.put('index', { matters: [...rest, this.summary(matter)] });
    return matter;
  }

  createMatter(
    input: { title: string; client: MatterClient; facts?: string },
    now = new Date(),
  ): Matter {
    const stamp = now.toISOString();
    return this.saveMatter({
      id: randomBytes(8).toString('hex'),
      title: input.title,
      client: input.client,
      facts: input.facts ?? '',
      archived: false,
      createdAt: stamp,
      updatedAt: stamp,
      drafts: [],
    });
  }

  getMatter(id: string): Matter {
    return this.get<Matter>(`matter-${id}`);
  }

  updateMatter(
    id: string,
    patch: Partial<Pick<Matter, 'title' | 'client' | 'facts' | 'archived'>>,
    now = new Date(),
  ): Matter {
    return this.saveMatter({ ...this.getMatter(id), ...patch, updatedAt: now.toISOString() });
  }

  archiveMatter(id: string, archived = true): Matter {
    return this.updateMatter(id, { archived });
  }

  deleteMatter(id: string): void {
    for (const file of this.list().filter((r) => r.startsWith(`file-${id}-`))) this.delete(file);
    this.delete(`matter-${id}`);
    this.put('index', { matters: this.index().matters.filter((s) => s.id !== id) });
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
    now = new Date(),
  ): Promise<AttachmentMeta> {
    const matter = this.getMatter(matterId);
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
    // The bytes first: a crash before the matter is saved leaves an orphan, never a dangling entry.
    this.putBytes(fileRecordId(matterId, meta.id), file.bytes);
    this.saveMatter({
      ...matter,
      updatedAt: meta.addedAt,
      attachments: [...(matter.attachments ?? []), meta],
    });
    return meta;
  }

  listAttachments(matterId: string): readonly AttachmentMeta[] {
    return this.getMatter(matterId).attachments ?? [];
  }

  getAttachmentBytes(matterId: string, fileId: string): Buffer {
    if (!this.listAttachments(matterId).some((a) => a.id === fileId))
      throw new VaultError('notFound', `No attachment "${fileId}" in this matter.`, fileId);
    return this.getBytes(fileRecordId(matterId, fileId));
  }

  removeAttachment(matterId: string, fileId: string, now = new Date()): void {
    const matter = this.getMatter(matterId);
    const rest = (matter.attachments ?? []).filter((a) => a.id !== fileId);
    if (rest.length === (matter.attachments ?? []).length)
      throw new VaultError('notFound', `No attachment "${fileId}" in this matter.`, fileId);
    this.saveMatter({ ...matter, updatedAt: now.toISOString(), attachments: rest });
    this.delete(fileRecordId(matterId, fileId));
  }

  /** Saves a version of a filing's answers; answers entered once prefill later filings. */
  saveDraft(
    matterId: string,
    draft: {
      templateId: string;
      templateVersion: string;
      lang: DraftVersion['lang'];
      answers: Record<string, unknown>;
    },
    now = new Date(),
    /** Autosave: a save this soon after the latest version amends it instead of adding one. */
    options: { amendWithinMs?: number } = {},
  ): Draft {
    const matter = this.getMatter(matterId);
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
      : { id: randomBytes(6).toString('hex'), templateId: draft.templateId, versions: [version] };
    this.saveMatter({
      ...matter,
      updatedAt: version.savedAt,
      drafts: [...matter.drafts.filter((d) => d.id !== updated.id), updated],
    });
    return updated;
  }
}
