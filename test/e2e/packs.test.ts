/**
 * Template updates in the real UI (Chromium over the loopback bridge, real handlers): a lawyer
 * with a draft on 1.0.0 picks a tampered pack and is refused, picks the signed pack, reads what
 * changes, installs it, sees 1.1.0 in the filing list, and finds the old draft still on 1.0.0
 * with the offer to move on — which re-renders it on 1.1.0. The app trusts only the test key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startWebApp, type WebApp } from '../../main/bridge/web.ts';
import { buildRendererOnce, CHROMIUM, SCREENSHOTS, shot, createVault } from './harness.ts';
import {
  baseTemplates,
  flipByte,
  pack,
  packOptions,
  rezip,
  tempDir,
  v2Templates,
} from '../packs/helpers.ts';

const PASSPHRASE = 'тихий вечер над Алматы';
const TITLE = 'Жалоба в Верховный Суд РК на постановление о выдаче (экстрадиции)';
const base = baseTemplates();
const packV2 = Buffer.from(pack(v2Templates(base), 2));
const tampered = Buffer.from(
  rezip(packV2, (e) => flipByte(e, 'templates/supreme-court-complaint/template.ru.hbs')),
);

let dir: string;
let app: WebApp;
let browser: Browser;
let page: Page;

const startApp = async (): Promise<WebApp> =>
  startWebApp({
    vaultDir: join(dir, 'data', 'vault'),
    exportDir: join(dir, 'exports'),
    staticDir: await buildRendererOnce(),
    kdf: { N: 2 ** 14 },
    templatesDir: base,
    packs: packOptions(join(dir, 'data', 'template-packs')),
  });

beforeAll(async () => {
  dir = tempDir('e2e-packs');
  mkdirSync(join(dir, 'data'), { recursive: true });
  app = await startApp();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--lang=ru-RU'],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function pickPack(name: string, bytes: Buffer): Promise<void> {
  await page
    .locator('#pack-file')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
}

describe('template updates in Settings', () => {
  it('a draft is written on 1.0.0', async () => {
    await createVault(page, app.bridge.url, PASSPHRASE);
    const card = page.locator('.card', { hasText: TITLE });
    await expect.poll(() => card.locator('.meta').innerText()).toMatch(/версия 1\.0\.0/);
    await page.getByRole('button', { name: `Начать: ${TITLE}` }).click();
    await page.getByRole('heading', { level: 1, name: /Жалоба в Верховный Суд/ }).waitFor();
    await page
      .getByRole('navigation', { name: 'Разделы формы' })
      .getByRole('button', { name: 'Лицо' })
      .click();
    await page.locator('#field-person-lastName').fill('Орлов');
    await expect.poll(() => page.getByText(/Сохранено/).count()).toBeGreaterThan(0);
    expect(await page.locator('#template-updated').count()).toBe(0);
  });

  it('refuses a tampered pack and shows what a signed pack changes before installing', async () => {
    await page.getByRole('button', { name: 'Настройки' }).click();
    await page.getByRole('heading', { name: 'Обновление шаблонов' }).waitFor();
    // The app's own version stands beside it: what a pack for a newer Refuge is measured against.
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    await expect
      .poll(() => page.locator('#packs-installed').innerText())
      .toBe(`Действуют шаблоны, поставленные с программой. Версия Refuge: ${version}.`);

    await pickPack('templates-2.refugepack', tampered);
    await expect
      .poll(() => page.locator('#pack-error').innerText())
      .toMatch(/изменён после подписания.*Ничего не изменено/);
    expect(await page.locator('.pack-summary').count()).toBe(0);
    await shot(page, 'ru-packs-refused');

    await pickPack('templates-2.refugepack', packV2);
    const summary = page.locator('.pack-summary');
    await summary.waitFor();
    expect(await page.locator('#pack-error').innerText()).toBe('');
    const text = await summary.innerText();
    expect(text).toContain('Пакет 2 от 26.11.2026: что изменится');
    expect(text).toContain(`Обновлён: ${TITLE}, 1.0.0 → 1.1.0`);
    expect(text).toContain(`Новый документ: ${TITLE} (1.1.0)`);
    expect(text).toMatch(
      /Исправлена ссылка: ч\.\s1\sст\.\s592\sУПК\sРК \(в ред\. 2026\) \(проверена: (да → нет|нет → да)\)/,
    );
    expect(text).toContain('Общий блок доводов «Риск пыток»: изменён');
    await shot(page, 'ru-packs-summary');

    await summary.getByRole('button', { name: 'Установить пакет 2' }).click();
    await expect
      .poll(() => page.locator('#packs-installed').innerText())
      .toBe(`Действует пакет шаблонов 2. Версия Refuge: ${version}.`);
    await page.getByText('Пакет шаблонов 2 установлен.').waitFor();
  });

  it('the filing list shows 1.1.0; the old draft stays on 1.0.0 until moved on', async () => {
    await page.getByRole('button', { name: 'Главная' }).click();
    const card = page.locator('.card', { hasText: TITLE }).first();
    await expect.poll(() => card.locator('.meta').innerText()).toMatch(/версия 1\.1\.0/);

    await page.locator('.matter-title').first().click();
    await page.getByRole('button', { name: `Открыть: ${TITLE}` }).click();
    const notice = page.locator('#template-updated');
    await expect
      .poll(() => notice.innerText())
      .toContain('Шаблон обновлён: 1.0.0 → 1.1.0. Перейти на новую версию?');
    await shot(page, 'ru-packs-draft-notice');
    await notice.getByRole('button', { name: 'Перейти на 1.1.0' }).click();
    await expect.poll(() => page.locator('#template-updated').count()).toBe(0);
    await page
      .getByRole('navigation', { name: 'Разделы формы' })
      .getByRole('button', { name: 'Лицо' })
      .click();
    expect(await page.locator('#field-person-lastName').inputValue()).toBe('Орлов');
    await shot(page, 'ru-packs-draft-moved');

    // Saved on 1.1.0 at once: opened again, the draft no longer offers the move.
    await page.getByRole('button', { name: 'Главная' }).click();
    await page.locator('.matter-title').first().click();
    await page.getByRole('button', { name: `Открыть: ${TITLE}` }).click();
    await page.getByRole('heading', { level: 1, name: /Жалоба в Верховный Суд/ }).waitFor();
    await page.locator('form.fields').waitFor();
    expect(await page.locator('#template-updated').count()).toBe(0);
  });

  it('a newest pack removed from the folder is said on every screen until a pack is installed', async () => {
    await app.close();
    rmSync(join(dir, 'data', 'template-packs', 'pack-2.refugepack'));
    app = await startApp();
    await page.goto(app.bridge.url);
    await page.locator('#passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Открыть', exact: true }).click();
    const alert = page.locator('.pack-alert');
    await expect
      .poll(() => alert.innerText())
      .toMatch(/пакет шаблонов 2 удалён из папки пакетов.*похоже на вмешательство/s);
    await shot(page, 'ru-packs-removed-alert');
    await page.locator('.matter-title').first().click();
    await expect.poll(() => alert.count()).toBe(1);
    await alert.getByRole('button', { name: 'Открыть обновление шаблонов' }).click();
    await page.getByRole('heading', { name: 'Обновление шаблонов' }).waitFor();
    await pickPack('templates-3.refugepack', Buffer.from(pack(v2Templates(base), 3)));
    await page.locator('.pack-summary').getByRole('button', { name: 'Установить пакет 3' }).click();
    await expect.poll(() => alert.count()).toBe(0);
  });
});
