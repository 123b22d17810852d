/**
 * A new passphrase for an open vault: the data key re-wrapped (one header write), or replaced and
 * every record re-encrypted (rekey.ts).
 */
import { assertStrongPassphrase, wrapKey, type Header } from './envelope.ts';
import { VaultError } from './errors.ts';
import { rekeyAccess, type VaultUpkeep } from './maintenance.ts';
import { applyRekey, prepareRekey, type RekeyHook, type RekeyResult } from './rekey.ts';
import { unwrapDataKey } from './unlock.ts';

export async function changePassphrase(
  m: VaultUpkeep,
  current: string,
  next: string,
  options: { rekey?: boolean; hook?: RekeyHook },
): Promise<RekeyResult> {
  assertStrongPassphrase(next);
  // The current passphrase checked against the header, nothing opened or written.
  (await unwrapDataKey(m.dir, current)).dataKey.fill(0);
  const { kdf: k, vaultId } = m.header();
  const kdf = { N: k.N, r: k.r, p: k.p };
  const wrap = async (dataKey: Buffer, epoch: number): Promise<Header> => ({
    ...m.header(),
    ...(await wrapKey(next, dataKey, vaultId, kdf, epoch)),
    ...(epoch > 0 ? { keyEpoch: epoch } : {}),
  });
  if (options.rekey) {
    // The new key and header (scrypt) outside the lock; every write of the re-key under it,
    // held throughout, so no other process writes a record under the old key meanwhile.
    const prepared = await prepareRekey(rekeyAccess(m), wrap);
    return m.transaction(() => applyRekey(rekeyAccess(m), prepared, options.hook));
  }
  const keys = m.requireKeys();
  const key = keys.key(keys.writeEpoch);
  if (!key) throw new VaultError('locked', 'The vault is locked.');
  const epoch = keys.writeEpoch;
  const header = await wrap(key, epoch);
  m.transaction(() => {
    if ((m.header().keyEpoch ?? 0) !== epoch)
      throw new VaultError('locked', 'The vault was re-keyed meanwhile: unlock it again.');
    m.writeHeader({ ...m.header(), kdf: header.kdf, wrappedKey: header.wrappedKey });
  });
  return { skipped: [] };
}
