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
  /** Another process is writing to the vault and did not finish in time. */
  | 'busy'
  /** Key-derivation settings in a file that Refuge never writes (kdf-policy.ts). */
  | 'badKdf'
  /** A vault whose layout a newer Refuge wrote: refused before anything is read or written. */
  | 'newerFormat';

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

/** The vault's lock is held by another process, named here so the user can find it. */
export class VaultBusyError extends VaultError {
  constructor(
    readonly pid: number,
    readonly host: string,
  ) {
    super(
      'busy',
      `The vault is busy: process ${pid}${host ? ` on ${host}` : ''} is writing to it. Try again in a moment, or close that program.`,
    );
  }
}

/**
 * A draft named only by its filing, in a matter that holds several drafts of it: nothing is
 * written on a guess. The caller names one of `draftIds`.
 */
export class AmbiguousDraft extends Error {
  constructor(
    readonly templateId: string,
    readonly draftIds: readonly string[],
  ) {
    super(
      `The matter has ${draftIds.length} drafts of ${templateId}: name one (${draftIds.join(', ')}).`,
    );
    this.name = 'AmbiguousDraft';
  }
}
