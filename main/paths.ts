/**
 * Where Refuge keeps its data — the one answer for the desktop app's main process, the CLI and
 * the web bridge, so a matter made in the app can be batched or bundled from the CLI:
 *   REFUGE_HOME if set; else, in portable mode, `RefugeData` beside the app; else the OS's
 *   application-data folder + `Refuge` (the productName): %APPDATA%\Refuge on Windows,
 *   ~/Library/Application Support/Refuge on macOS, $XDG_DATA_HOME/Refuge (~/.local/share) on Linux.
 * The app's main pins the answer into REFUGE_HOME for its own process and its workers
 * (electron/main.ts), so nothing there can resolve a different folder.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, posix, win32 } from 'node:path';

export const PRODUCT_NAME = 'Refuge';

export interface DataHomeContext {
  readonly env?: NodeJS.ProcessEnv;
  readonly platform?: NodeJS.Platform;
  readonly home?: string;
  /** The folder of a portable app (PORTABLE_EXECUTABLE_DIR or a `portable` marker beside it). */
  readonly portableDir?: string | undefined;
}

/** The data folder for this process (REFUGE_HOME or the OS's folder). */
export function dataHome(env: NodeJS.ProcessEnv = process.env): string {
  return resolveDataHome({ env });
}

/** The data folder for any OS and mode: what dataHome answers, spelled out for the app and tests. */
export function resolveDataHome(context: DataHomeContext = {}): string {
  const env = context.env ?? process.env;
  const platform = context.platform ?? process.platform;
  const home = context.home ?? homedir();
  // Paths are joined by the rules of the OS asked about, so a test can ask about every OS.
  const path = platform === 'win32' ? win32 : posix;
  if (env.REFUGE_HOME) return env.REFUGE_HOME;
  if (context.portableDir) return path.join(context.portableDir, `${PRODUCT_NAME}Data`);
  if (platform === 'win32')
    return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_DATA_HOME || path.join(home, '.local', 'share'), PRODUCT_NAME);
}

/**
 * The portable app's folder, or undefined: electron-builder's Windows portable target sets
 * PORTABLE_EXECUTABLE_DIR (the .exe's folder, not the temp folder it unpacks to); an unpacked
 * app is made portable by an empty file named `portable` beside its executable.
 */
export function portableDir(
  execPath: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (env.PORTABLE_EXECUTABLE_DIR) return env.PORTABLE_EXECUTABLE_DIR;
  return existsSync(join(dirname(execPath), 'portable')) ? dirname(execPath) : undefined;
}

/** The encrypted vault: everything about clients lives here and nowhere else. */
export function vaultDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataHome(env), 'vault');
}

/**
 * Where builds before the one data folder kept the desktop app's vault on Linux: Electron's
 * default userData, named after the package, under ~/.config. On Windows and macOS the old
 * folder differed from today's only in case, which their file systems ignore: the same folder.
 */
export function legacyAppVaultDir(context: DataHomeContext = {}): string | undefined {
  const env = context.env ?? process.env;
  if ((context.platform ?? process.platform) !== 'linux') return undefined;
  if (env.REFUGE_HOME || context.portableDir) return undefined;
  const home = context.home ?? homedir();
  return posix.join(env.XDG_CONFIG_HOME || posix.join(home, '.config'), 'refuge', 'vault');
}

/**
 * Moves a vault an older desktop build made (legacyAppVaultDir) into the data folder, once, when
 * the data folder has none yet: without it the lawyer's matters would seem gone after an update.
 * One rename, so all or nothing; across file systems (or without permission) the old vault stays
 * where it is, untouched, and docs/INSTALL.md says how to move it by hand.
 */
export function adoptLegacyVault(context: DataHomeContext = {}): 'moved' | 'none' | 'kept' {
  const legacy = legacyAppVaultDir(context);
  if (!legacy || !existsSync(join(legacy, 'vault.json'))) return 'none';
  const target = join(resolveDataHome(context), 'vault');
  if (existsSync(target)) return 'kept';
  try {
    mkdirSync(dirname(target), { recursive: true });
    renameSync(legacy, target);
    return 'moved';
  } catch {
    return 'kept';
  }
}
