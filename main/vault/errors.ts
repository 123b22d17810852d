/**
 * Vault errors, in a module of their own: the CLI recognises them on every command, and must not
 * load the vault (and what it loads) to do so.
 */
export type VaultErrorCode =
  | 'wrongPassphrase'
  | 'tampered'
  | 'notAVault'
  | 'alreadyExists'
  | 'diskFull'
  | 'readOnly'
  | 'locked'
  | 'weakPassphrase'
  | 'notFound'
  | 'notAnExport'
  /** Key-derivation settings in a file that Refuge never writes (kdf-policy.ts). */
  | 'badKdf';

export class VaultError extends Error {
  constructor(
    readonly code: VaultErrorCode,
    message: string,
    readonly recordId?: string,
  ) {
    super(message);
    this.name = 'VaultError';
  }
}
