/**
 * Questions the audit of 2026-12-07 added, as a lawyer meets them in the form: the suspension
 * request asks for a ground to defer the transfer (ст. 593 ч. 1) only once the Supreme Court has
 * dismissed the complaint, and what the ground is only once one is chosen — without it the filing
 * must not cite ст. 593 ч. 3, which applies during a deferral.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pinTestDay } from '../helpers/clock.ts';
import { addDays, formatShortDate } from '../../common/dates.ts';
import { openSection, russianStory, shot } from './harness.ts';

const today = pinTestDay();

const story = russianStory('отсрочка не отказ');
let page: Page;

beforeAll(() => {
  page = story();
});

describe('extradition-suspension-request: the ground to defer the transfer', () => {
  it('is asked after a dismissed complaint, its details after a ground', async () => {
    await page
      .getByRole('button', { name: /^Начать: Ходатайство о приостановлении выдачи/ })
      .click();
    await page
      .getByRole('heading', { level: 1, name: /Ходатайство о приостановлении выдачи/ })
      .waitFor();

    const form = page.locator('form.fields');
    const ground = page.locator('#field-deferralGround');
    const decision = (): Promise<void> => openSection(page, 'Решение о выдаче и его обжалование');
    // Where the appeal stands decides the deadline: it is asked with what starts the clock.
    const appeal = async (status: string): Promise<void> => {
      await openSection(page, 'Когда начался срок');
      await page.locator('#field-appealStatus').getByLabel(status).check();
      await decision();
    };
    await decision();
    expect(await ground.count()).toBe(0);

    await appeal('Верховный Суд оставил жалобу без удовлетворения');
    await expect.poll(() => ground.count()).toBe(1);
    expect(await ground.getByLabel('Нет ни одного из оснований ч. 1 ст. 593').isChecked()).toBe(
      true,
    );
    expect(await page.locator('#field-deferralDetails').count()).toBe(0);

    await ground.getByLabel('Тяжёлое заболевание: выдача невозможна без вреда здоровью').check();
    await expect.poll(() => form.innerText()).toContain('В чём основание отсрочки');
    await shot(page, 'extradition-suspension-request-deferral-ru');

    // While the complaint is pending the question has no place: the Supreme Court decides.
    await appeal('Жалоба подана, не рассмотрена');
    await expect.poll(() => ground.count()).toBe(0);
    expect(await page.locator('#field-deferralDetails').count()).toBe(0);
  });
});

describe('refugee-application: a forced irregular crossing where a crossing point existed', () => {
  it('asks before assuming the one-day clause, and then shows п. 1’s five days beside it', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Главная' }).first().click();
    await page
      .getByRole('button', {
        name: 'Начать: Ходатайство о присвоении статуса беженца',
        exact: true,
      })
      .click();
    await page
      .getByRole('heading', { level: 1, name: /Ходатайство о присвоении статуса беженца/ })
      .waitFor();
    // What starts the clock is asked first: how the claim arises and the day of arrival.
    expect(await page.locator('form.fields h2').innerText()).toBe('Когда начался срок');
    await page
      .locator('#field-claimRoute')
      .selectOption({ label: 'После вынужденного незаконного пересечения границы' });
    // Crossed three days ago: one day has passed, five have not.
    await page.locator('#field-arrivalDate').fill(formatShortDate(addDays(today, -3)));
    const banner = page.locator('.deadline-banner');
    await expect
      .poll(() => banner.locator('[data-deadline="applicationIrregular"]').getAttribute('class'))
      .toBe('deadline-passed');

    // The condition of the one-day clause is asked with what starts the clock, never assumed.
    const asked = page.getByLabel(/На этом участке границы был пункт пропуска/);
    await asked.check();
    const arguable = banner.locator('[data-deadline="applicationIrregularCheckpoint"]');
    await expect.poll(() => arguable.getAttribute('class')).toBe('deadline-arguable');
    expect(await arguable.locator('.later-reading').innerText()).toContain(
      'пункт пропуска был — общий срок п. 1 ст. 10: пять календарных дней по прибытии',
    );
    await shot(page, 'refugee-application-checkpoint-ru');
  });
});
