/**
 * Court bundles in the browser against the real services: a scan added on the matter page (its
 * sheets counted from the file), linked into the complaint's «Приложение:» on the filing screen,
 * exported as one PDF with the stamp on every annex page. Screenshots go to test-results/.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { pdfPageCount, pdfText } from '../helpers/extract.ts';
import { makePdf } from '../bundle/fixtures.ts';
import { latinWords, russianStory, shot, type Harness } from './harness.ts';
import { sampleFile } from '../helpers/golden.ts';
import { tempDir } from '../helpers/temp.ts';

const story = russianStory('тихий вечер над Алматы', 900);
let h: Harness;
let page: Page;

beforeAll(() => {
  h = story.harness();
  page = story();
});

describe('court bundle', () => {
  it('adds a scan to a matter and exports the complaint with it as a stamped annex', async () => {
    // A matter with a finished draft of the complaint, as if written earlier.
    const vault = h.app.session.open();
    const sample = sampleFile('templates/supreme-court-complaint/samples/complex.json');
    const matter = vault.createMatter({
      title: 'Экстрадиция',
      client: { lastName: 'Орлов', firstName: 'Максим', middleName: 'Игоревич' },
    });
    vault.saveDraft(matter.id, {
      templateId: 'supreme-court-complaint',
      templateVersion: '1.0.0',
      lang: 'ru',
      answers: { ...sample, attachments: [] },
    });
    await page.reload();
    await page.getByRole('button', { name: /Орлов Максим Игоревич/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Орлов Максим Игоревич' }).waitFor();

    const dir = tempDir('e2e-scan');
    const scan = join(dir, 'Постановление о выдаче.pdf');
    writeFileSync(scan, await makePdf(3));
    await page.locator('#attach-file').setInputFiles(scan);
    await expect
      .poll(() => page.locator('table.files').innerText())
      .toMatch(/Постановление о выдаче\.pdf\s+3/);
    await shot(page, 'ru-bundle-1-matter-files');
    // The file's own name is the user's text; everything else is in Russian.
    const shown = (await page.locator('main').innerText()).replaceAll(
      'Постановление о выдаче.pdf',
      '',
    );
    expect(latinWords(shown)).toEqual([]);

    await page.getByRole('button', { name: /Открыть: Жалоба в Верховный Суд/ }).click();
    await page.getByText('Печать, пустой бланк, комплект с приложениями').click();
    await page.getByRole('heading', { name: 'Комплект: документ с приложениями' }).waitFor();
    await page
      .getByRole('button', { name: 'Добавить в «Приложение:»: Постановление о выдаче.pdf' })
      .click();
    await page.getByText('в «Приложении:»').waitFor();
    await page.getByRole('button', { name: 'Экспорт комплекта (PDF)' }).click();
    const status = page.locator('.bundle [role="status"]');
    await expect.poll(() => status.innerText(), { timeout: 60_000 }).toMatch(/Комплект сохранён/);
    await page.locator('.bundle').scrollIntoViewIfNeeded();
    await shot(page, 'ru-bundle-2-exported');

    const saved = /сохранён: (.+?) — (\d+) стр\./.exec(await status.innerText());
    const bytes = readFileSync(saved?.[1] ?? '');
    const pages = pdfPageCount(bytes);
    expect(pages).toBe(Number(saved?.[2]));
    const text = pdfText(bytes, true).replace(/\s+/g, ' ');
    const number = /(\d)\. Постановление о выдаче — на 3 л\./.exec(text)?.[1];
    expect(number).toBeDefined();
    expect(text).toContain('ОПИСЬ ПРИЛОЖЕНИЙ');
    expect(pdfText(bytes, false, pages)).toContain(`Прил. ${number}, л. 3`);

    // The same bundle goes to the printer, after the warning, without a file written for it.
    await page.evaluate(() => {
      const w = window as unknown as { print: () => void; printedPages?: number };
      w.print = () => {
        w.printedPages = document.querySelectorAll('#print-root img').length;
      };
    });
    await page.getByRole('button', { name: 'Печать комплекта…' }).click();
    const warning = page.getByRole('alertdialog', { name: 'Печать комплекта…' });
    await expect.poll(() => warning.innerText()).toMatch(/в открытом виде/);
    await warning.getByRole('button', { name: 'Печатать' }).click();
    await expect
      .poll(() => page.locator('.bundle [role="status"]').allInnerTexts(), { timeout: 60_000 })
      .toContainEqual(expect.stringMatching(/Отправлено на печать/));
    expect(
      await page.evaluate(() => (window as unknown as { printedPages?: number }).printedPages),
    ).toBe(pages);
  });
});
