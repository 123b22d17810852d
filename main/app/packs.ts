/**
 * Signed template packs in the window: the status (with the vault's pack floor, so tampering
 * with the packs folder shows), what a pack would change, and installing it.
 */
import type { Lang } from '../../common/manifest.ts';
import type { PackStatusView, Payload, Results } from '../api.ts';
import { packLoadAlerts, packMessage } from '../packs/messages.ts';
import { checkPackForImport, installedVersion, installPack } from '../packs/store.ts';
import { packChanges } from '../packs/summary.ts';
import { raiseVaultPackFloor, vaultPackFloor } from '../packs/floor.ts';
import type { Services } from '../services.ts';
import type { Vault } from '../vault/index.ts';
import type { AppContext } from './context.ts';

/** Where packs install; a services instance without one (a test's fixture folder) has none. */
function packsConfig(ctx: AppContext): {
  dir: string;
  trusted: NonNullable<Services['packs']>['trustedKeys'];
} {
  const packs = ctx.services.packs;
  if (!packs?.packsDir) throw new Error('template packs are not enabled for these services');
  return { dir: packs.packsDir, trusted: packs.trustedKeys };
}

/**
 * The vault's pack floor (packs/floor.ts), first raised to what the folder shows: a vault
 * opened on packs installed before the floor existed adopts them. The window and
 * `refuge pack import` both check a pack against this.
 */
export function adoptedPackFloor(vault: Vault, dir: string): number {
  const floor = vaultPackFloor(vault);
  const onDisk = installedVersion(dir);
  if (floor === 0 && onDisk > 0) {
    raiseVaultPackFloor(vault, onDisk);
    return onDisk;
  }
  return floor;
}

function packFloor(ctx: AppContext, dir: string): number {
  return adoptedPackFloor(ctx.session.open(), dir);
}

export function packStatus(ctx: AppContext, uiLang: Lang): PackStatusView {
  const dir = ctx.services.packs?.packsDir;
  const version = dir ? installedVersion(dir) : 0;
  // Tampering with the packs folder shows here as soon as the vault is open.
  const floor = dir && ctx.session.status().state === 'unlocked' ? packFloor(ctx, dir) : 0;
  return {
    installedVersion: version || null,
    warnings: [
      ...(floor > version
        ? [packMessage('stateLost', uiLang, { floor, installed: version || '—' })]
        : []),
      ...packLoadAlerts(ctx.services.engine.warnings, uiLang),
    ],
  };
}

/** What importing the pack would change; a locked app changes nothing, templates included. */
export function inspectPack(ctx: AppContext, p: Payload<'pack:inspect'>): Results['pack:inspect'] {
  ctx.session.open();
  const { dir, trusted } = packsConfig(ctx);
  const { pack, loaded, installed } = checkPackForImport(
    Buffer.from(p.content, 'base64'),
    dir,
    trusted,
    packFloor(ctx, dir),
  );
  const changes = packChanges(ctx.services.engine, loaded);
  return {
    packVersion: pack.manifest.packVersion,
    createdAt: pack.manifest.createdAt,
    signer: pack.signer.holder,
    installedVersion: installed || null,
    filingsAdded: changes.filingsAdded.map((f) => ({
      id: f.id,
      title: f.title[p.uiLang],
      version: f.version,
    })),
    filingsChanged: changes.filingsChanged.map((f) => ({ ...f, title: f.title[p.uiLang] })),
    citesChanged: changes.citesChanged.map((c) => ({ ...c })),
    partialsChanged: changes.partialsChanged.map((x) => ({ ...x })),
  };
}

export function importPack(ctx: AppContext, p: Payload<'pack:import'>): PackStatusView {
  const vault = ctx.session.open();
  const { dir, trusted } = packsConfig(ctx);
  const version = installPack(Buffer.from(p.content, 'base64'), dir, trusted, packFloor(ctx, dir));
  raiseVaultPackFloor(vault, version);
  ctx.services.engine.reload();
  ctx.session.templatesChanged();
  return packStatus(ctx, p.uiLang);
}

// `refuge pack` builds, signs, checks and installs packs itself (maintainers' tools beside the
// lawyer's import): the pack service's entry points, through app/.
export {
  buildPack,
  generatePackKeys,
  keyIdOf,
  PackError,
  verifyPack,
  type TrustedKey,
} from '../packs/pack.ts';
export { checkPackForImport, installedVersion, installPack } from '../packs/store.ts';
export { packChanges, type PackChanges } from '../packs/summary.ts';
export { PACK_LOAD_WARNING, packLoadAlerts, packMessage } from '../packs/messages.ts';
export { raiseVaultPackFloor, vaultPackFloor } from '../packs/floor.ts';
