/**
 * Questions the audit of 2026-12-07 added, as a lawyer meets them in the form: the suspension
 * request asks for a ground to defer the transfer (ст. 593 ч. 1) only once the Supreme Court has
 * dismissed the complaint, and what the ground is only once one is chosen — without it the filing
 * must not cite ст. 593 ч. 3, which applies during a deferral. A refusal of refugee status called
 * appealable carries its own term, shown beside the filing's and warned about once passed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pinTestDay } from '../helpers/clock.ts';
import { addDays, formatShortDate } from '../../common/dates.ts';
import { openSection, preflightText, russianStory, shot } from './harness.ts';

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
    const arguable = banner.locator('[data-deadline="applicationIrregular"]');
    await expect.poll(() => arguable.getAttribute('class')).toBe('deadline-arguable');
    expect(await arguable.locator('.later-reading').innerText()).toContain(
      'пункт пропуска был — общий срок п. 1 ст. 10: пять календарных дней по прибытии',
    );
    await shot(page, 'refugee-application-checkpoint-ru');
  });
});

describe('expulsion-appeal: what the court was told, and whether asylum was asked for', () => {
  it('asks both before the appeal says either', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Главная' }).first().click();
    await page
      .getByRole('button', {
        name: 'Начать: Апелляционная жалоба на постановление суда о выдворении (КоАП РК)',
      })
      .click();
    await page.getByRole('heading', { level: 1, name: /Апелляционная жалоба/ }).waitFor();
    await openSection(page, 'Доводы');
    const form = page.locator('form.fields');
    // Required, with no answer chosen for the lawyer.
    const told = page.locator('#field-firstInstanceArguments');
    await expect.poll(() => told.count()).toBe(1);
    await expect
      .poll(() => form.innerText())
      .toContain('Заявлялись ли эти доводы в суде первой инстанции');

    // The wish to seek asylum is asked once the ban on return is argued without an application.
    const wish = page.getByLabel('Лицо уже заявило о желании обратиться за убежищем в Казахстане');
    expect(await wish.count()).toBe(0);
    await page.getByLabel('Преследование на родине (риск при возвращении)').check();
    await expect.poll(() => wish.count()).toBe(1);
    await wish.check();
    await expect.poll(() => page.locator('#field-asylumWishDate').count()).toBe(1);
    await expect.poll(() => form.innerText()).toContain('Как заявлено');
    await shot(page, 'expulsion-appeal-questions-ru');

    // With the refugee application argued, its own section says who the person is.
    await page
      .getByLabel(
        'Процедура по ходатайству о статусе беженца не завершена (в том числе обжалование отказа)',
      )
      .check();
    await expect.poll(() => wish.count()).toBe(0);
  });

  it('a refusal called appealable shows its own term, and a warning once it has passed', async () => {
    await page.getByLabel('Отказано, срок обжалования не истёк').check();
    // Refused 200 days ago: three months and six have both passed.
    await page.locator('#field-refugeeRefusalDate').fill(formatShortDate(addDays(today, -200)));
    const term = page.locator('.deadline-banner [data-deadline="refusalAppeal"]');
    // Passed, and worded as another step's term: never as this appeal's lateness.
    await expect.poll(() => term.getAttribute('class')).toBe('deadline-related-passed');
    expect(await term.innerText()).toContain('Обжалование отказа в статусе беженца');
    expect(await term.locator('.days-left').innerText()).toMatch(
      /^истёк \d+ (день|дня|дней) назад \(срок другого действия, не этого документа\)$/,
    );
    await expect
      .poll(() => preflightText(page))
      .toContain('По дате отказа трёхмесячный срок его обжалования');
    // Another step's term: the form does not move its questions into the clock section.
    await openSection(page, 'Когда начался срок');
    expect(await page.locator('form.fields #field-refugeeRefusalDate').count()).toBe(0);
    await shot(page, 'expulsion-appeal-refusal-term-ru');
  });
});

describe('extradition-objection: the 72 hours of ст. 587 are asked, never assumed', () => {
  it('asks only while no judge has ruled, unticked until the lawyer knows it', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Главная' }).first().click();
    await page
      .getByRole('button', { name: /^Начать: Ходатайство об отказе в выдаче \(экстрадиции\)/ })
      .click();
    await page.getByRole('heading', { level: 1, name: /Ходатайство об отказе в выдаче/ }).waitFor();
    await openSection(page, 'Лицо');
    await page.getByLabel('Лицо содержится под стражей').check();
    const hours = page.getByLabel(
      '72 часа с момента задержания истекли, а к следственному судье не доставили',
    );
    const custody = page.locator('#field-custody');
    await custody.getByLabel('Временное содержание под стражей (ст. 588 УПК РК, 40 суток)').check();
    expect(await hours.count()).toBe(0);
    await custody
      .getByLabel('Задержание, судья ещё не решал (ст. 587 УПК РК, до 72 часов)')
      .check();
    await expect.poll(() => hours.count()).toBe(1);
    expect(await hours.isChecked()).toBe(false);
    await hours.check();
    await shot(page, 'extradition-objection-72-hours-ru');
  });
});
