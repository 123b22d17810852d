/** vault:* — validated, then handed to the session or app/vault.ts. */
import type { AppContext } from '../app/context.ts';
import {
  backupVault,
  changeVaultSettings,
  changePassphrase,
  restoreVault,
  unlockVault,
  wipeVault,
} from '../app/vault.ts';
import { domainHandlers } from './result.ts';

export function vaultHandlers(ctx: AppContext, touch: () => void) {
  const { session } = ctx;
  return domainHandlers(
    {
      'vault:status': () => session.status(),
      'vault:create': ({ passphrase }) => session.create(passphrase),
      'vault:unlock': (p) => unlockVault(ctx, p),
      'vault:lock': () => session.lock(),
      'vault:settings': (p) => changeVaultSettings(ctx, p),
      'vault:wipe': (p) => wipeVault(ctx, p),
      'vault:passphrase': (p) => changePassphrase(ctx, p),
      'vault:backup': (p) => backupVault(ctx, p),
      'vault:restore': (p) => restoreVault(ctx, p),
    },
    { touch, quiet: ['vault:status', 'vault:create', 'vault:unlock', 'vault:lock', 'vault:wipe'] },
  );
}
