/**
 * The vault's upkeep under its lock: on open (debris of dead writers, a re-key left half done,
 * older layouts migrated in order, an index gone wrong) and on every newly taken lock (what other
 * processes did meanwhile). What it finds is recorded for `Vault.repairs`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMP_PREFIX } from '../atomic.ts';
import type { Header } from './envelope.ts';
import { VaultError, type VaultErrorCode } from './errors.ts';
import { HEADER, LAYOUT_VERSION, RECORDS, type VaultInternals } from './internals.ts';
import type { LockOwner } from './lock.ts';
import { indexProblem, rebuildIndex } from './matters.ts';
import { MIGRATIONS, type MigrationAccess } from './migrations.ts';
import { recordHeadOnDisk, type RecordKeys } from './records.ts';
import { REKEY_JOURNAL, type RekeyAccess, type RekeyHook } from './rekey.ts';
import { isFileRecord } from './types.ts';

/** What upkeep needs of the Vault beyond its record I/O. */
export interface VaultUpkeep extends VaultInternals {
  isLocked(): boolean;
  /** Zeroes the key (Vault.lock). */
  lock(): void;
  requireKeys(): RecordKeys;
  recordPath(id: string): string;
  /** Writes vault.json and takes it as this process's header. */
  writeHeader(header: Header): void;
  /** Takes the header another process wrote, without writing it. */
  adoptHeader(header: Header): void;
  /** Finishes a re-key a crash interrupted (rekey.ts). */
  resumeRekey(hook?: RekeyHook): void;
  /** Removes the lock attempts of dead processes; how many. */
  removeDeadLockAttempts(): number;
}

/**
 * First thing under a newly taken lock: what other processes did since this one last held it.
 * - Another process re-keyed the vault: this process's key is obsolete, and a record written
 *   under it would open under no passphrase. It locks itself (`locked`: unlock again).
 * - Another process changed the passphrase: its header is taken, so ours does not undo it.
 * - A writer died holding the lock: its debris is removed, a re-key it left half done is
 *   finished (the old key is ours), and the index is rebuilt.
 */
export function catchUp(m: VaultUpkeep, dead: LockOwner | null): void {
  const onDisk = m.isLocked() ? null : headerOnDisk(m.dir);
  // A re-key left half done (its process died, or failed with an error) is finished first.
  const journal = onDisk !== null && existsSync(join(m.dir, REKEY_JOURNAL));
  if (onDisk && onDisk.vaultId === m.header().vaultId) {
    const epoch = onDisk.keyEpoch ?? 0;
    if (epoch > (m.header().keyEpoch ?? 0)) {
      m.lock();
      throw new VaultError(
        'locked',
        'The vault was re-keyed by another program: unlock it with the new passphrase.',
      );
    }
    if (epoch === (m.header().keyEpoch ?? 0)) m.adoptHeader(onDisk);
  }
  if (dead) {
    m.repaired({ kind: 'interruptedWrite', pid: dead.pid, host: dead.host });
    cleanTempFiles(m);
    if (journal) m.resumeRekey();
    if (onDisk && !m.isLocked()) rebuildIndex(m, 'interrupted');
  } else if (journal) m.resumeRekey();
}

/** vault.json as it is now, or null if it cannot be read (a create in progress, a wipe). */
export function headerOnDisk(dir: string): Header | null {
  try {
    const h = JSON.parse(readFileSync(join(dir, HEADER), 'utf8')) as Header;
    return h?.format === 'refuge-vault' ? h : null;
  } catch {
    return null;
  }
}

/**
 * At open, under the lock: debris of dead writers, a re-key left half done, older layouts (in
 * order), an index gone wrong.
 */
export function maintain(m: VaultUpkeep, rekeyHook?: RekeyHook): void {
  cleanTempFiles(m);
  m.resumeRekey(rekeyHook);
  assertHeaderCurrent(m);
  if (m.header().schemaVersion < LAYOUT_VERSION) {
    const from = m.header().schemaVersion;
    const access: MigrationAccess = {
      vault: m,
      resealRecord: (id) => resealRecord(m, id),
    };
    for (let v = from; v < LAYOUT_VERSION; v++) {
      const migrate = MIGRATIONS[v];
      if (!migrate) throw new Error(`no migration from vault layout ${v}`);
      migrate(access);
    }
    rebuildIndex(m, 'migrated');
    m.writeHeader({ ...m.header(), schemaVersion: LAYOUT_VERSION });
    m.requireKeys().acceptFormat1 = false;
    m.repaired({ kind: 'migrated', from, to: LAYOUT_VERSION });
    return;
  }
  const problem = indexProblem(m);
  if (problem) rebuildIndex(m, problem);
}

/**
 * A record sealed under a newer key than the header's means vault.json was replaced by an
 * older copy (the old passphrase's): refused before anything is repaired — a repair under the
 * obsolete key would write records no current passphrase opens.
 */
function assertHeaderCurrent(m: VaultUpkeep): void {
  const epoch = m.header().keyEpoch ?? 0;
  for (const id of m.list())
    if ((recordHeadOnDisk(m.recordPath(id))?.epoch ?? 0) > epoch)
      throw new VaultError(
        'tampered',
        `vault.json is older than record "${id}" (a copy from before a re-key?): nothing was changed.`,
        id,
      );
}

export function resealRecord(m: VaultUpkeep, id: string): void {
  if (recordHeadOnDisk(m.recordPath(id))?.format !== 1) return;
  let plain: Buffer;
  try {
    plain = m.getBytes(id);
  } catch (err) {
    if (err instanceof VaultError && err.code === 'tampered') return; // named by the rebuild
    throw err;
  }
  m.putBytes(id, plain);
}

/**
 * Left-over temp files of crashed writes hold nothing readable; remove them. Only under the
 * lock: every vault write happens under it, so no temp file here belongs to a live writer.
 */
function cleanTempFiles(m: VaultUpkeep): void {
  let count = 0;
  for (const folder of [m.dir, join(m.dir, RECORDS)]) {
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder))
      if (f.startsWith(TEMP_PREFIX)) {
        try {
          m.ops.unlinkSync(join(folder, f));
          count++;
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        }
      }
  }
  count += m.removeDeadLockAttempts();
  if (count > 0) m.repaired({ kind: 'tempFilesRemoved', count });
}

/** Every record that cannot be read; the others stay readable. */
export function unreadableRecords(m: VaultInternals): { id: string; code: VaultErrorCode }[] {
  const bad: { id: string; code: VaultErrorCode }[] = [];
  for (const id of m.list()) {
    try {
      if (isFileRecord(id)) m.getBytes(id);
      else m.get(id);
    } catch (err) {
      if (err instanceof VaultError) bad.push({ id, code: err.code });
      else throw err;
    }
  }
  return bad;
}

/** What a re-key works with (rekey.ts). */
export function rekeyAccess(m: VaultUpkeep): RekeyAccess {
  return {
    dir: m.dir,
    vaultId: m.header().vaultId,
    ops: m.ops,
    header: () => m.header(),
    keys: () => m.requireKeys(),
    list: () => m.list(),
    readPlain: (id) => m.getBytes(id),
    writePlain: (id, plain) => m.putBytes(id, plain),
    recordEpoch: (id) => recordHeadOnDisk(m.recordPath(id))?.epoch ?? null,
    installHeader: (header) => m.writeHeader(header),
  };
}
