/**
 * A filing to a Kazakh body written in Kazakh, in the browser (issue 18.3): the lawyer picks
 * Kazakh as the document language of the extradition objection, the form then asks the answers
 * bound to the language of the text in Kazakh (citizenship, the requesting body) instead of their
 * Russian genitive forms, and the pre-flight names the client's Kazakh case ending and the
 * unverified cite in its Kazakh wording. Switching back to Russian brings the Russian fields back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pinTestDay } from '../helpers/clock.ts';
import { openSection, preflightText, russianStory, shot } from './harness.ts';

pinTestDay();

const story = russianStory('таулардың үстіндегі бұлт');
let page: Page;

beforeAll(() => {
  page = story();
});

const preflight = (): Promise<string> => preflightText(page);

const section = (title: string): Promise<void> => openSection(page, title);

describe('the extradition objection in Kazakh', () => {
  it('asks the language-bound answers in Kazakh and checks the Kazakh text', async () => {
    await page
      .getByRole('button', {
        name: 'Начать: Ходатайство об отказе в выдаче (экстрадиции) в Генеральную прокуратуру РК',
      })
      .click();
    await page.getByRole('heading', { level: 1, name: /Ходатайство об отказе в выдаче/ }).waitFor();
    const language = page.getByLabel('Язык документа');
    expect(await language.inputValue()).toBe('ru');
    await language.selectOption('kk');

    await section('Лицо');
    await page.locator('#field-person-lastName').fill('Зайцев');
    await page.locator('#field-person-firstName').fill('Павел');
    await page.locator('#field-person-middleName').fill('Олегович');
    await page.locator('#field-person').getByLabel('мужской').check();
    // The Russian genitive is not asked for a Kazakh text; its Kazakh nominative is.
    await expect.poll(() => page.locator('#field-citizenship').count()).toBe(0);
    expect(await page.locator('#field-citizenshipKk').inputValue()).toBe('Ресей Федерациясы');
    await expect
      .poll(() => page.locator('form.fields').innerText())
      .toContain('Гражданство — для текста на казахском языке');

    await section('Запрос о выдаче');
    await expect.poll(() => page.locator('#field-requestingBody').count()).toBe(0);
    expect(await page.locator('#field-requestingBodyKk').inputValue()).toBe(
      'Ресей Федерациясының Бас прокуратурасы',
    );

    await section('Основания');
    await page.getByLabel('Политическое преследование').check();
    // The pre-flight reads the Kazakh text: the client's Kazakh genitive to check, and the
    // unverified cite of the shared block in its Kazakh wording.
    await expect.poll(preflight).toContain('Зайцев Павел Олеговичтің');
    await expect.poll(preflight).toContain('«Босқындар туралы» ҚР Заңының 1-бабының 1) тармақшасы');
    await shot(page, 'kk-doc-extradition-objection');

    await language.selectOption('ru');
    await section('Лицо');
    await expect.poll(() => page.locator('#field-citizenshipKk').count()).toBe(0);
    expect(await page.locator('#field-citizenship').inputValue()).toBe('Российской Федерации');
    await expect.poll(preflight).toContain('пп. 1) ст. 1 Закона РК «О беженцах»');
  });
});
