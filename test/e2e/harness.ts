/**
 * The browser harness: the renderer built once into a temp folder, the real services behind the
 * loopback bridge (a fresh vault per run), and Debian's Chromium driven by playwright-core.
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startWebApp, type WebApp } from '../../main/bridge/web.ts';
import { tempDir } from '../helpers/temp.ts';

export { latinWords } from '../helpers/latin.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

export interface Harness {
  readonly dir: string;
  readonly vaultDir: string;
  readonly exportDir: string;
  readonly app: WebApp;
  readonly browser: Browser;
  close(): Promise<void>;
}

let builtRenderer: string | undefined;

export async function buildRendererOnce(): Promise<string> {
  if (builtRenderer) return builtRenderer;
  const out = tempDir('renderer');
  await build({
    configFile: 'renderer/vite.config.ts',
    logLevel: 'error',
    build: { outDir: out, emptyOutDir: true },
  });
  builtRenderer = out;
  return out;
}

export async function startHarness(): Promise<Harness> {
  const staticDir = await buildRendererOnce();
  const dir = mkdtempSync(join(tmpdir(), 'refuge-e2e-'));
  const vaultDir = join(dir, 'data', 'vault');
  const exportDir = join(dir, 'exports');
  mkdirSync(join(dir, 'data'), { recursive: true });
  const app = await startWebApp({ vaultDir, exportDir, staticDir, kdf: { N: 2 ** 14 } });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--lang=ru-RU'],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    dir,
    vaultDir,
    exportDir,
    app,
    browser,
    async close() {
      await browser.close();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
