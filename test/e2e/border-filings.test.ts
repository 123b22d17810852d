/**
 * The unaccompanied-minor mode in the browser (issue 18 item 2c): in the refugee application at
 * the border, choosing «Представитель за несовершеннолетнего без родителей» asks for the
 * representative, the capacity and the document of authority, and hides nothing else the child's
 * own answers need; back to «Сам заявитель», the representative's fields are gone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pinTestDay } from '../helpers/clock.ts';
import { openSection, russianStory, shot } from './harness.ts';

pinTestDay();

const story = russianStory('граница на замке, а ключ у юриста');
let page: Page;

beforeAll(() => {
  page = story();
});

const section = (title: string): Promise<void> => openSection(page, title);

describe('border-asylum-application: a representative files for an unaccompanied minor', () => {
  it('asks for the representative only in that mode', async () => {
    await page
      .getByRole('button', { name: /^Начать: Ходатайство о присвоении статуса беженца на границе/ })
      .click();
    await page
      .getByRole('heading', {
        level: 1,
        name: /Ходатайство о присвоении статуса беженца на границе/,
      })
      .waitFor();

    await section('Заявитель');
    const form = page.locator('form.fields');
    const filedBy = page.locator('#field-filedBy');
    expect(await filedBy.getByLabel('Сам заявитель').isChecked()).toBe(true);
    expect(await page.locator('#field-representativeAuthority').count()).toBe(0);

    await filedBy.getByLabel('Представитель за несовершеннолетнего без родителей').check();
    await expect.poll(() => form.innerText()).toContain('Документ о полномочиях');
    const text = await form.innerText();
    for (const label of ['Представитель: ФИО', 'Кем приходится', 'Адрес и телефон представителя'])
      expect(text).toContain(label);
    // The child's own answers are still asked.
    expect(text).toContain('Дата рождения');
    await shot(page, 'border-asylum-application-minor-ru');

    await filedBy.getByLabel('Сам заявитель').check();
    await expect.poll(() => page.locator('#field-representativeAuthority').count()).toBe(0);
  });
});
