/**
 * `npm run web`: the renderer and the real main-process services on http://127.0.0.1 — the same
 * UI as the desktop app, in any browser, without Electron. Also what the browser tests start.
 * Binds to loopback only; exports go to one folder (there is no native save dialog here).
 */
import { mkdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { getServices, type PackOptions } from '../services.ts';
import { createHandlers } from '../ipc/index.ts';
import { Session, type SaveTarget } from '../session.ts';
import { startBridge, type Bridge } from './server.ts';
import { vaultDir as defaultVaultDir } from '../paths.ts';
import type { VaultOptions } from '../vault/index.ts';
import * as clock from '../../common/clock.ts';

export interface WebApp {
  readonly bridge: Bridge;
  readonly session: Session;
  close(): Promise<void>;
}

/** Saves into one folder, numbering names that are taken: the bridge's stand-in for a dialog. */
export function folderSaveTarget(dir: string): SaveTarget {
  const unique = (stem: string, ext: string): string => {
    mkdirSync(dir, { recursive: true });
    let candidate = join(dir, `${stem}${ext}`);
    for (let n = 2; existsSync(candidate); n++) candidate = join(dir, `${stem} (${n})${ext}`);
    return candidate;
  };
  return {
    async choose(suggestedName) {
      const dot = suggestedName.lastIndexOf('.');
      return unique(suggestedName.slice(0, dot), suggestedName.slice(dot));
    },
    async chooseFolder(suggestedName) {
      return unique(suggestedName, '');
    },
  };
}

export const RENDERER_DIST = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export async function startWebApp(options: {
  vaultDir: string;
  exportDir: string;
  staticDir?: string;
  port?: number;
  kdf?: VaultOptions['kdf'];
  /** Tests: their own templates folder and template packs (installed where, trusting whom). */
  templatesDir?: string;
  packs?: PackOptions;
}): Promise<WebApp> {
  const session = new Session({
    vaultDir: options.vaultDir,
    saveTarget: folderSaveTarget(options.exportDir),
    ...(options.kdf ? { kdf: options.kdf } : {}),
    ...(options.templatesDir ? { templatesDir: options.templatesDir } : {}),
    ...(options.packs ? { packs: options.packs } : {}),
  });
  const services = getServices(options.templatesDir, options.packs);
  const bridge = await startBridge(createHandlers(services, session), {
    staticDir: options.staticDir ?? RENDERER_DIST,
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  return {
    bridge,
    session,
    async close() {
      await bridge.close();
      await session.close();
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, 'export-dir': { type: 'string' } },
  });
  if (!existsSync(join(RENDERER_DIST, 'index.html'))) {
    console.error('The renderer is not built: run `npm run build` first (npm run web does).');
    process.exit(2);
  }
  // A demo or a test may pin the day; the page then says so in its header.
  try {
    clock.setClock(clock.clockFromSetting(process.env.REFUGE_TODAY));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  const exportDir = resolve(values['export-dir'] ?? 'refuge-exports');
  const app = await startWebApp({
    vaultDir: defaultVaultDir(),
    exportDir,
    ...(values.port ? { port: Number(values.port) } : {}),
  });
  console.log(`Refuge is running at ${app.bridge.url}`);
  console.log(`Vault: ${defaultVaultDir()}`);
  console.log(`Exports are saved to: ${exportDir}`);
  console.log('Loopback only. Press Ctrl+C to stop.');
  const stop = (): void => void app.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
