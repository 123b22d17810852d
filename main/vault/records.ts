/**
 * The sealed form of a vault record (the «record format»), and the keys that open it.
 *
 * The record format is not the vault layout: the layout (vault.json `schemaVersion`, index.ts
 * LAYOUT_VERSION) says which records exist and what they hold; the record format says how one
 * record's bytes are sealed. Record format 1 is magic `RFG1`, record format 2 magic `RFG2`.
 *
 * Record format 2 (issue 21): `RFG2 | epoch u32 | version u32 | nonce 12 | tag 16 | data`,
 * AES-256-GCM with the associated data `refuge-record|<vault>|<record>|<epoch>|<version>`.
 * - `epoch` is the data key's generation: 0 for the key a vault was created with, +1 for every
 *   re-key. A record is opened with the key of its own epoch, so during a re-key (old and new key
 *   both held) no record can be relabelled from one key to the other.
 * - `version` counts the writes of that record. The vault refuses a version lower than one it
 *   has already seen or written for that record: an older ciphertext of the record swapped in
 *   under it is refused as tampering, however valid its tag.
 *
 * Record format 1 (`RFG1 | nonce | tag | data`, associated data `<vault>|<record>|1`) is what
 * vaults wrote before. It is accepted explicitly as epoch 0, version 0 — only while the vault's
 * layout is older than 3 (opening a vault migrates it to layout 3, which re-seals every record
 * in record format 2) and only under the key of epoch 0, so it never opens under a newer key
 * nor in a migrated vault.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

const MAGIC_V1 = Buffer.from('RFG1');
const MAGIC_V2 = Buffer.from('RFG2');
const V2_HEAD = 4 + 4 + 4;

export interface ParsedRecord {
  readonly format: 1 | 2;
  readonly epoch: number;
  readonly version: number;
  readonly nonce: Buffer;
  readonly tag: Buffer;
  readonly data: Buffer;
}

export function parseRecord(bytes: Buffer): ParsedRecord | null {
  if (bytes.length >= 4 + 12 + 16 && bytes.subarray(0, 4).equals(MAGIC_V1))
    return {
      format: 1,
      epoch: 0,
      version: 0,
      nonce: bytes.subarray(4, 16),
      tag: bytes.subarray(16, 32),
      data: bytes.subarray(32),
    };
  if (bytes.length >= V2_HEAD + 12 + 16 && bytes.subarray(0, 4).equals(MAGIC_V2))
    return {
      format: 2,
      epoch: bytes.readUInt32BE(4),
      version: bytes.readUInt32BE(8),
      nonce: bytes.subarray(V2_HEAD, V2_HEAD + 12),
      tag: bytes.subarray(V2_HEAD + 12, V2_HEAD + 28),
      data: bytes.subarray(V2_HEAD + 28),
    };
  return null;
}

/** Epoch and version from a record file's first bytes (no decryption); null if none. */
export function recordHeadOnDisk(
  file: string,
): { format: 1 | 2; epoch: number; version: number } | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const head = Buffer.alloc(V2_HEAD);
    const n = readSync(fd, head, 0, V2_HEAD, 0);
    if (n >= 4 && head.subarray(0, 4).equals(MAGIC_V1)) return { format: 1, epoch: 0, version: 0 };
    if (n === V2_HEAD && head.subarray(0, 4).equals(MAGIC_V2))
      return { format: 2, epoch: head.readUInt32BE(4), version: head.readUInt32BE(8) };
    return null;
  } finally {
    closeSync(fd);
  }
}

const aadV1 = (vaultId: string, id: string): string => `${vaultId}|${id}|1`;
const aadV2 = (vaultId: string, id: string, epoch: number, version: number): string =>
  `refuge-record|${vaultId}|${id}|${epoch}|${version}`;

/** The data keys a vault holds while open: the one it writes with, and during a re-key the old. */
export class RecordKeys {
  private readonly keys = new Map<number, Buffer>();
  /** Highest version seen or written per record id, while the vault is open. */
  private readonly versions = new Map<string, number>();

  constructor(
    public writeEpoch: number,
    key: Buffer,
    /** Record format 1 is read (vault layouts 1 and 2, before their migration); then never. */
    public acceptFormat1: boolean,
  ) {
    this.keys.set(writeEpoch, key);
  }

  add(epoch: number, key: Buffer): void {
    this.keys.set(epoch, key);
  }

  key(epoch: number): Buffer | undefined {
    return this.keys.get(epoch);
  }

  /** Drops (and zeroes) every key but the write key: the end of a re-key. */
  keepOnlyWriteKey(): void {
    for (const [epoch, key] of this.keys)
      if (epoch !== this.writeEpoch) {
        key.fill(0);
        this.keys.delete(epoch);
      }
  }

  wipe(): void {
    for (const key of this.keys.values()) key.fill(0);
    this.keys.clear();
    this.versions.clear();
  }

  seal(
    vaultId: string,
    id: string,
    plaintext: Uint8Array,
    onDisk: number | null,
  ): { bytes: Buffer; version: number } {
    const key = this.keys.get(this.writeEpoch);
    if (!key) throw new Error('no write key');
    const version = Math.max(this.versions.get(id) ?? 0, onDisk ?? 0) + 1;
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(Buffer.from(aadV2(vaultId, id, this.writeEpoch, version), 'utf8'));
    const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const head = Buffer.alloc(V2_HEAD);
    MAGIC_V2.copy(head, 0);
    head.writeUInt32BE(this.writeEpoch, 4);
    head.writeUInt32BE(version, 8);
    return { bytes: Buffer.concat([head, nonce, cipher.getAuthTag(), data]), version };
  }

  /** After the sealed record is on disk (not before: a failed write leaves the old version). */
  written(id: string, version: number): void {
    this.versions.set(id, Math.max(this.versions.get(id) ?? 0, version));
  }

  /**
   * The plaintext, or a reason it cannot be had: `damaged` (not a record), `rolledBack` (an
   * older version than one already seen), `forged` (wrong key, altered, or not this record),
   * `newerKey` (sealed under a later key generation than this process holds).
   */
  open(
    vaultId: string,
    id: string,
    bytes: Buffer,
  ):
    | { ok: true; plain: Buffer; epoch: number }
    | { ok: false; why: 'damaged' | 'rolledBack' | 'forged' | 'newerKey' } {
    const rec = parseRecord(bytes);
    if (!rec || (rec.format === 1 && !this.acceptFormat1)) return { ok: false, why: 'damaged' };
    // Format 1 is epoch 0: opened only while the key of epoch 0 is held (never after a re-key).
    const key = this.keys.get(rec.epoch);
    // Sealed under a key newer than any held: another process re-keyed the vault meanwhile.
    if (!key) return { ok: false, why: rec.epoch > this.writeEpoch ? 'newerKey' : 'forged' };
    if (rec.version < (this.versions.get(id) ?? 0)) return { ok: false, why: 'rolledBack' };
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, rec.nonce);
      decipher.setAAD(
        Buffer.from(
          rec.format === 1 ? aadV1(vaultId, id) : aadV2(vaultId, id, rec.epoch, rec.version),
          'utf8',
        ),
      );
      decipher.setAuthTag(rec.tag);
      const plain = Buffer.concat([decipher.update(rec.data), decipher.final()]);
      this.versions.set(id, Math.max(this.versions.get(id) ?? 0, rec.version));
      return { ok: true, plain, epoch: rec.epoch };
    } catch {
      return { ok: false, why: 'forged' };
    }
  }
}
