/**
 * The questions before a deletion on the matter page, in a real browser: removing a file asks in
 * its row (Cancel keeps it, yes removes it), deleting the matter asks with its warning (yes
 * deletes it and Home no longer lists it). No other browser test answered either question.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import ru from '../../common/locales/ru.ts';
import { makePdf } from '../bundle/fixtures.ts';
import { axe, russianStory, shot } from './harness.ts';
import { tempDir } from '../helpers/temp.ts';

const SCAN = 'Решение о выдворении.pdf';
const story = russianStory('долгий путь через степь');
let page: Page;

beforeAll(async () => {
  story
    .harness()
    .app.session.open()
    .createMatter({
      title: 'Выдворение',
      client: { lastName: 'Орлова', firstName: 'Анна', middleName: 'Сергеевна' },
    });
  page = story();
  await page.reload();
  await page.getByRole('button', { name: /Орлова Анна Сергеевна/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Орлова Анна Сергеевна' }).waitFor();
});

const files = () => page.getByRole('region', { name: ru.files.title, exact: true });

describe('the questions before a deletion', () => {
  it('removes a file only when the question in its row is answered yes', async () => {
    const scan = join(tempDir('e2e-confirm'), SCAN);
    writeFileSync(scan, await makePdf(2));
    await page.locator('#attach-file').setInputFiles(scan);
    await expect.poll(() => files().locator('table').innerText()).toContain(SCAN);

    const remove = `${ru.files.remove}: ${SCAN}`;
    await files().getByRole('button', { name: remove }).click();
    const question = files().getByRole('group', { name: remove });
    expect((await question.innerText()).trim()).toBe(`${ru.files.removeYes} ${ru.common.cancel}`);
    expect(await question.locator('.warning').count()).toBe(0);
    await axe(page, 'the question before removing a file');
    await shot(page, 'ru-confirm-1-remove-file');
    await question.getByRole('button', { name: ru.common.cancel }).click();
    await files().getByRole('button', { name: remove }).waitFor();
    expect(await files().locator('table').innerText()).toContain(SCAN);

    await files().getByRole('button', { name: remove }).click();
    await question.getByRole('button', { name: ru.files.removeYes }).click();
    await files().getByText(ru.files.none).waitFor();
    expect(await files().locator('table').count()).toBe(0);
    // What the section says now is the removal, not the adding of the file just removed.
    const said = await files().getByRole('status').innerText();
    expect(said).toBe(ru.files.removed.replace('{{name}}', SCAN));
  });

  it('deletes the matter after its warning, and Home no longer lists it', async () => {
    await page.getByRole('button', { name: ru.matter.delete, exact: true }).click();
    const question = page.getByRole('group', { name: ru.matter.delete });
    expect((await question.innerText()).trim()).toBe(
      `${ru.matter.deleteConfirm} ${ru.matter.deleteYes} ${ru.common.cancel}`,
    );
    await shot(page, 'ru-confirm-2-delete-matter');
    await question.getByRole('button', { name: ru.matter.deleteYes }).click();
    await page.getByRole('heading', { level: 1, name: ru.home.title }).waitFor();
    await expect
      .poll(() => page.getByRole('region', { name: ru.home.matters, exact: true }).innerText())
      .toContain(ru.home.noMatters);
    expect(await page.getByText('Орлова Анна Сергеевна').count()).toBe(0);
  });
});
