/**
 * The vault's layout migrations, in order (main/vault/index.ts LAYOUT_VERSION): run on open,
 * under the lock, by `Vault.open`.
 */
import type { Vault } from './index.ts';
import { VaultError } from './errors.ts';
import { draftRecordId, isMatterRecord, type StoredMatter } from './types.ts';

/** What a migration may do beyond the vault's public reads and writes. */
export interface MigrationAccess {
  readonly vault: Pick<Vault, 'list' | 'get' | 'put'>;
  /** Re-seals one record in record format 2 if it is still in format 1 (unreadable: left). */
  readonly resealRecord: (id: string) => void;
}

/**
 * Ordered migrations of the vault layout (LAYOUT_VERSION): MIGRATIONS[n] takes a vault of layout
 * n to n + 1, under the lock, and may be interrupted and run again (each step is idempotent).
 * The index is rebuilt after the last, and the header, naming the new layout, written last of
 * all: a crash anywhere before it leaves a vault of the old layout that the next open migrates.
 */
export const MIGRATIONS: Readonly<Record<number, (m: MigrationAccess) => void>> = {
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
