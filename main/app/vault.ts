/** The vault as the window drives it: unlock with what opening repaired, wipe, backup, restore. */
import { WIPE_CONFIRMATION, type Payload, type Results } from '../api.ts';
import { findRegion } from '../../common/courts.ts';
import { VaultError } from '../vault/errors.ts';
import { clientLabel, safeFileName } from '../../common/file-names.ts';
import { assertStrongPassphrase, Vault, wipeVault as destroyVault } from '../vault/index.ts';
import type { Lang } from '../../common/manifest.ts';
import { describeRepair, describeSkipped } from '../vault/repairs.ts';
import { dayOf } from './clock.ts';
import { namesInFileNames, type AppContext } from './context.ts';
import { ConfirmationMismatch } from './errors.ts';

export async function unlockVault(
  ctx: AppContext,
  p: Payload<'vault:unlock'>,
): Promise<Results['vault:unlock']> {
  const status = await ctx.session.unlock(p.passphrase);
  const repairs = ctx.session.repairs().map((r) => describeRepair(r, p.uiLang));
  return repairs.length > 0 ? { ...status, repairs } : status;
}

/** The typed confirmation first: a slip of the hand wipes nothing. */
export async function wipeVault(
  ctx: AppContext,
  p: Payload<'vault:wipe'>,
): Promise<Results['vault:wipe']> {
  if (p.confirm.trim() !== WIPE_CONFIRMATION[p.uiLang]) throw new ConfirmationMismatch();
  return ctx.session.wipe(p.passphrase);
}

export async function changePassphrase(
  ctx: AppContext,
  p: Payload<'vault:passphrase'>,
): Promise<Results['vault:passphrase']> {
  const { skipped } = await ctx.session.open().changePassphrase(p.current, p.next, {
    rekey: p.rekey,
  });
  return { rekeyed: p.rekey, skipped: skipped.length };
}

/** An encrypted backup (of one matter or all); a backup missing records says so. */
export async function backupVault(
  ctx: AppContext,
  p: Payload<'vault:backup'>,
): Promise<Results['vault:backup']> {
  const vault = ctx.session.open();
  const subject = p.matterId
    ? clientLabel(vault.getMatter(p.matterId).client, namesInFileNames(ctx))
    : '';
  const name = safeFileName(['Refuge', subject, dayOf()].filter(Boolean).join(' — '));
  assertStrongPassphrase(p.passphrase); // before any dialog opens
  const target = await ctx.session.options.saveTarget.choose(`${name}.refuge`, 'refuge');
  if (target === null) return { savedTo: null };
  const { skipped } = await vault.exportTo(target, p.passphrase, p.matterId);
  if (skipped.length === 0) return { savedTo: target };
  return { savedTo: target, skipped, warning: describeSkipped(skipped, p.uiLang) };
}

export async function restoreVault(
  ctx: AppContext,
  p: Payload<'vault:restore'>,
): Promise<Results['vault:restore']> {
  return { imported: (await ctx.session.open().importData(p.content, p.passphrase)).length };
}

// The CLI has no session: it opens the vault for one command and locks it after.
export type { Vault } from '../vault/index.ts';
export { describeSkipped };

/** Opens the vault in `dir`, with what opening repaired in the user's language. */
export async function openVaultAt(
  dir: string,
  passphrase: string,
  ui: Lang,
): Promise<{ vault: Vault; repairs: string[] }> {
  const vault = await Vault.open(dir, passphrase);
  return { vault, repairs: vault.repairs.map((r) => describeRepair(r, ui)) };
}

export async function createVaultAt(dir: string, passphrase: string): Promise<void> {
  await Vault.create(dir, passphrase);
}

/** The passphrase proves this is the owner; the caller asked for the typed confirmation. */
export async function wipeVaultAt(dir: string, passphrase: string): Promise<void> {
  await destroyVault(dir, passphrase);
}

/**
 * vault:settings — the idle lock and the region new matters start in. Only a region of the court
 * table is taken: the list in Settings offers nothing else.
 */
export function changeVaultSettings(
  ctx: AppContext,
  p: Payload<'vault:settings'>,
): Results['vault:settings'] {
  const { session } = ctx;
  if (p.region !== undefined) {
    if (p.region !== '' && !findRegion(ctx.services.loaded.courts, p.region))
      throw new VaultError('notFound', `No region "${p.region}".`);
    session.setRegion(p.region);
  }
  return p.autoLockMinutes === undefined
    ? session.status()
    : session.setAutoLock(p.autoLockMinutes);
}

/** courts:list — the regions and their courts (templates/courts.json or a pack's). */
export function courtTable(ctx: AppContext): Results['courts:list'] {
  return ctx.services.loaded.courts ?? null;
}
