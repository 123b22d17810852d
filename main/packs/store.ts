/**
 * Installed template packs in the user-data folder: `<data>/template-packs/pack-<N>.refugepack`
 * (the signed file exactly as imported, so it is verified again every time it is loaded) and
 * `state.json` (the highest pack version ever installed, so an older pack cannot be replayed
 * even after a newer one was removed). Templates are not client data: plaintext is fine, but
 * every write is atomic.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from '../../common/zod.ts';
import { writeFileAtomic } from '../atomic.ts';
import { dataHome } from '../paths.ts';
import {
  assertAppCanUse,
  PackError,
  templatesOf,
  verifyPack,
  type TrustedKey,
  type VerifiedPack,
} from './pack.ts';
import type { LoadedTemplates } from '../templates.ts';

export function defaultPacksDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataHome(env), 'template-packs');
}

const stateSchema = z.object({ installedVersion: z.number().int().nonnegative() }).strict();
const PACK_FILE = /^pack-(\d{1,15})\.refugepack$/;

export interface InstalledPack {
  readonly packVersion: number;
  readonly file: string;
  readonly pack: VerifiedPack;
  readonly loaded: LoadedTemplates;
}

export interface PackLoad {
  readonly packs: readonly InstalledPack[];
  /** Packs that failed verification on load (altered on disk, key no longer trusted …). */
  readonly warnings: readonly { readonly file: string; readonly error: PackError }[];
}

export function installedVersion(dir: string): number {
  const file = join(dir, 'state.json');
  if (!existsSync(file)) return 0;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data.installedVersion;
  } catch {
    /* unreadable state: fall through to the pack files themselves */
  }
  // A damaged state file must not open the door to replays: the packs on disk still count.
  return Math.max(0, ...listPackFiles(dir).map((p) => p.packVersion));
}

function listPackFiles(dir: string): { packVersion: number; file: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const m = PACK_FILE.exec(name);
      return m ? [{ packVersion: Number(m[1]), file: join(dir, name) }] : [];
    })
    .sort((a, b) => a.packVersion - b.packVersion);
}

/** Every installed pack, each verified again; one that fails is skipped with a warning. */
export function loadInstalledPacks(dir: string, trusted: readonly TrustedKey[]): PackLoad {
  const packs: InstalledPack[] = [];
  const warnings: { file: string; error: PackError }[] = [];
  for (const { packVersion, file } of listPackFiles(dir)) {
    try {
      const pack = verifyPack(readFileSync(file), trusted);
      assertAppCanUse(pack);
      if (pack.manifest.packVersion !== packVersion)
        throw new PackError('tampered', `${file} holds pack ${pack.manifest.packVersion}`);
      const loaded = templatesOf(pack.files, file);
      if (loaded.errors.length > 0)
        throw new PackError('badTemplates', loaded.errors.map((e) => e.message).join('\n'));
      packs.push({ packVersion, file, pack, loaded });
    } catch (err) {
      const error =
        err instanceof PackError ? err : new PackError('malformed', (err as Error).message);
      warnings.push({ file, error });
    }
  }
  // The record says a newer pack was installed than any the folder still holds: the newest was
  // removed (or replaced by garbage that failed above, already reported), and new drafts would
  // quietly fall back to older templates. Checked without the vault, so the CLI sees it too;
  // the vault's own floor (floor.ts) catches a record deleted along with the pack.
  const expected = installedVersion(dir);
  const newest = Math.max(0, ...packs.map((p) => p.packVersion));
  const failedNewer = listPackFiles(dir).some(
    (p) => p.packVersion >= expected && warnings.some((w) => w.file === p.file),
  );
  if (expected > newest && !failedNewer)
    warnings.push({
      file: join(dir, 'state.json'),
      error: new PackError(
        'packMissing',
        `${dir} records pack ${expected} but holds ${newest || 'none'}`,
        { floor: expected, installed: newest || '—' },
      ),
    });
  return { packs, warnings };
}

/**
 * Verifies a pack for import: signature, hashes, templates that load, and a version newer than
 * anything installed before. Returns it with its templates; nothing is written.
 */
export function checkPackForImport(
  bytes: Uint8Array,
  dir: string,
  trusted: readonly TrustedKey[],
  /** The floor the vault remembers (floor.ts); absent where no vault is open. */
  vaultFloor?: number,
): { pack: VerifiedPack; loaded: LoadedTemplates; installed: number } {
  const pack = verifyPack(bytes, trusted);
  assertAppCanUse(pack);
  const onDisk = installedVersion(dir);
  // A pack older than the vault's floor that only the lost state would let in: tampering. A pack
  // newer than the floor is no rollback, and installing it puts the folder right.
  if (vaultFloor !== undefined && vaultFloor > onDisk && pack.manifest.packVersion <= vaultFloor)
    throw new PackError(
      'stateLost',
      `the vault remembers pack ${vaultFloor}, ${dir} shows ${onDisk || 'none'}`,
      { floor: vaultFloor, installed: onDisk || '—' },
    );
  const installed = Math.max(onDisk, vaultFloor ?? 0);
  if (pack.manifest.packVersion <= installed)
    throw new PackError(
      'replayed',
      `pack ${pack.manifest.packVersion} is not newer than the installed pack ${installed}`,
      { version: pack.manifest.packVersion, installed },
    );
  const loaded = templatesOf(pack.files, `pack ${pack.manifest.packVersion}`);
  if (loaded.errors.length > 0)
    throw new PackError('badTemplates', loaded.errors.map((e) => e.message).join('\n'));
  return { pack, loaded, installed };
}

/** Installs a checked pack: the pack file first, then the state (a crash between leaves both usable). */
export function installPack(
  bytes: Uint8Array,
  dir: string,
  trusted: readonly TrustedKey[],
  vaultFloor?: number,
): number {
  const { pack } = checkPackForImport(bytes, dir, trusted, vaultFloor);
  mkdirSync(dir, { recursive: true });
  const version = pack.manifest.packVersion;
  writeFileAtomic(join(dir, `pack-${version}.refugepack`), bytes);
  writeFileAtomic(
    join(dir, 'state.json'),
    new TextEncoder().encode(`${JSON.stringify({ installedVersion: version })}\n`),
  );
  return version;
}
