/**
 * The browser harness: the renderer built once into a temp folder, the real services behind the
 * loopback bridge (a fresh vault per run), and Debian's Chromium driven by playwright-core.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import ru from '../../common/locales/ru.ts';
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

/**
 * The set-up every story starts with: the first screen creates the vault (the passphrase twice),
 * then Home shows.
 */
export async function createVault(page: Page, url: string, passphrase: string): Promise<void> {
  await page.goto(url);
  await page.locator('#passphrase').fill(passphrase);
  await page.locator('#passphrase-repeat').fill(passphrase);
  await page.getByRole('button', { name: ru.vault.create }).click();
  await page.getByRole('heading', { name: ru.home.title }).waitFor();
}

/** Opens a section of the Russian filing form by its title and waits until it shows. */
export async function openSection(page: Page, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: ru.form.sections })
    .getByRole('button', { name: title })
    .click();
  await expect.poll(() => page.locator('form.fields h2').innerText()).toBe(title);
}

/** A page of the Russian desktop as the stories see it: a laptop screen, 1280 wide. */
/**
 * The pre-flight list as read, unfolded first (it is folded so the preview stays on screen);
 * no-break spaces (after «п.», «ст.») compared as spaces.
 */
export async function preflightText(page: Page): Promise<string> {
  const list = page.locator('details#preflight');
  if ((await list.getAttribute('open')) === null) await list.locator('summary').click();
  return (await list.innerText()).replace(/\u00A0/g, ' ');
}

export function russianPage(h: Harness, height = 720): Promise<Page> {
  return h.browser.newPage({ viewport: { width: 1280, height }, locale: 'ru-RU' });
}

const AXE = readFileSync(join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe-core in the page: every rule it runs by default, no violation allowed. */
export async function axe(p: Page, where: string): Promise<void> {
  // Evaluated through the debugger, not a <script>: the page's CSP rightly refuses inline code.
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(AXE);
  const violations = await p.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: Document,
        ) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
      };
    };
    const r = await w.axe.run(document);
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
  expect(violations, `axe on ${where}`).toEqual([]);
}

/**
 * A file's story on one Russian page (1280 × `height`): the harness started and the vault
 * created with `passphrase` before its tests, closed after them. Returns the page, once the story
 * has begun.
 */
export function russianStory(
  passphrase: string,
  height?: number,
): (() => Page) & { readonly harness: () => Harness } {
  let started: { readonly harness: Harness; readonly page: Page } | undefined;
  beforeAll(async () => {
    const harness = await startHarness();
    started = { harness, page: await russianPage(harness, height) };
    await createVault(started.page, harness.app.bridge.url, passphrase);
  });
  afterAll(() => started?.harness.close());
  const begun = () => {
    if (!started) throw new Error('the story has not begun: call this inside a test');
    return started;
  };
  // The harness, for a set-up the UI has no short way to (a matter written into the vault).
  return Object.assign(() => begun().page, { harness: () => begun().harness });
}
