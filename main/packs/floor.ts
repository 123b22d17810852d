/**
 * The pack rollback floor, kept in the vault. `state.json` in the packs folder is an unsigned
 * file: deleting it (and the newer pack files) made an older signed pack installable again, as
 * on a fresh install. The highest pack version ever installed is therefore also kept as a
 * vault record (encrypted and authenticated like every record); a folder that shows less than
 * the vault remembers is tampering, and is refused as such.
 */
import { VaultError, type Vault } from '../vault/index.ts';

const RECORD = 'pack-floor';

export function vaultPackFloor(vault: Vault): number {
  try {
    const { installedVersion } = vault.get<{ installedVersion?: unknown }>(RECORD);
    return typeof installedVersion === 'number' && Number.isSafeInteger(installedVersion)
      ? installedVersion
      : 0;
  } catch (err) {
    if (err instanceof VaultError && err.code === 'notFound') return 0;
    throw err;
  }
}

/** Raises the floor (never lowers it). */
export function raiseVaultPackFloor(vault: Vault, version: number): void {
  if (version > vaultPackFloor(vault)) vault.put(RECORD, { installedVersion: version });
}
