/**
 * Signed template packs in the window: the status (with the vault's pack floor, so tampering
 * with the packs folder shows), what a pack would change, and installing it.
 */
import { APP_VERSION } from '../app-version.ts';
import type { Lang } from '../../common/manifest.ts';
import type { PackStatusView, Payload, Results } from '../api.ts';
import { packLoadAlerts, packMessage } from '../packs/messages.ts';
import { checkPackForImport, installedVersion, installPack } from '../packs/store.ts';
import { packChanges } from '../packs/summary.ts';
import { raiseVaultPackFloor, vaultPackFloor } from '../packs/floor.ts';
import type { TrustedKey, VerifiedPack } from '../packs/pack.ts';
import type { PackChanges } from '../packs/summary.ts';
import type { Vault } from '../vault/index.ts';
import type { AppContext, Library } from './context.ts';

/** Where packs install; a services instance without one (a test's fixture folder) has none. */
function packsConfig(ctx: AppContext): PackPlace {
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

/** Where packs install and the keys they must be signed with. */
export interface PackPlace {
  readonly dir: string;
  readonly trusted: readonly TrustedKey[];
}

/**
 * What importing `bytes` would change, checked as the install will check it: signature, the
 * templates in it, and — where there is a vault (none for `refuge pack inspect` on a machine
 * without one) — the rollback floor it keeps. The window and `refuge pack` both ask this.
 */
export function previewPackImport(
  engine: Library,
  bytes: Uint8Array,
  place: PackPlace,
  vault: Vault | null,
): { pack: VerifiedPack; installed: number; changes: PackChanges } {
  const floor = vault ? adoptedPackFloor(vault, place.dir) : undefined;
  const { pack, loaded, installed } = checkPackForImport(bytes, place.dir, place.trusted, floor);
  return { pack, installed, changes: packChanges(engine, loaded) };
}

/**
 * Installs `bytes` over the rollback floor and raises the floor kept in the vault to it: a pack
 * once installed cannot be replaced by an older one, even with the packs folder's record gone.
 */
export function installPackOver(bytes: Uint8Array, place: PackPlace, vault: Vault | null): number {
  const floor = vault ? adoptedPackFloor(vault, place.dir) : undefined;
  const version = installPack(bytes, place.dir, place.trusted, floor);
  if (vault) raiseVaultPackFloor(vault, version);
  return version;
}

export function packStatus(ctx: AppContext, uiLang: Lang): PackStatusView {
  const dir = ctx.services.packs?.packsDir;
  const version = dir ? installedVersion(dir) : 0;
  // Tampering with the packs folder shows here as soon as the vault is open.
  const floor = dir && ctx.session.status().state === 'unlocked' ? packFloor(ctx, dir) : 0;
  return {
    appVersion: APP_VERSION,
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
  const { pack, installed, changes } = previewPackImport(
    ctx.services.engine,
    Buffer.from(p.content, 'base64'),
    packsConfig(ctx),
    ctx.session.open(),
  );
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
  installPackOver(Buffer.from(p.content, 'base64'), packsConfig(ctx), ctx.session.open());
  ctx.services.engine.reload();
  ctx.session.templatesChanged();
  return packStatus(ctx, p.uiLang);
}

// The packs service's words and alerts, for the CLI's own messages (main/cli/).
export { PACK_LOAD_WARNING, packLoadAlerts, packMessage } from '../packs/messages.ts';
export { PackError } from '../packs/pack.ts';
export { installedVersion } from '../packs/store.ts';
export type { PackChanges } from '../packs/summary.ts';
