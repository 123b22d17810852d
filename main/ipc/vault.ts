/** vault:* — validated, then handed to the session or app/vault.ts. */
import type { Handlers } from '../api.ts';
import type { AppContext } from '../app/context.ts';
import {
  backupVault,
  changeVaultSettings,
  changePassphrase,
  restoreVault,
  unlockVault,
  wipeVault,
} from '../app/vault.ts';
import { handler } from './result.ts';

export function vaultHandlers(ctx: AppContext, touch: () => void) {
  const { session } = ctx;
  return {
    'vault:status': handler('vault:status', () => session.status()),
    'vault:create': handler('vault:create', ({ passphrase }) => session.create(passphrase)),
    'vault:unlock': handler('vault:unlock', (p) => unlockVault(ctx, p)),
    'vault:lock': handler('vault:lock', () => session.lock()),
    'vault:settings': handler('vault:settings', (p) => changeVaultSettings(ctx, p), touch),
    'vault:wipe': handler('vault:wipe', (p) => wipeVault(ctx, p)),
    'vault:passphrase': handler('vault:passphrase', (p) => changePassphrase(ctx, p), touch),
    'vault:backup': handler('vault:backup', (p) => backupVault(ctx, p), touch),
    'vault:restore': handler('vault:restore', (p) => restoreVault(ctx, p), touch),
  } satisfies Partial<Handlers>;
}
