/**
 * «Отметить поданным» on the matter page, in a real browser: a day still to come is refused with
 * the reason and nothing changes; a day that came is kept with how and the incoming number, the
 * matter's table says the appeal was in time, and Home's list of open deadlines no longer shows
 * it; taking the mark off brings it back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import ru from '../../common/locales/ru.ts';
import { addDays, formatShortDate } from '../../common/dates.ts';
import { now } from '../../common/clock.ts';
import { axe, russianStory, shot } from './harness.ts';
import { pinTestDay } from '../helpers/clock.ts';
import { sampleOn } from '../helpers/golden.ts';
import { saveDraft } from '../../main/app/drafts.ts';
import { getServices } from '../../main/services.ts';

const today = pinTestDay();
const CLIENT = 'Зимин Егор Романович';
const story = russianStory('поданная жалоба не горит');
let page: Page;
/** The first client's appeal: its «Отметить поданным» controls are named by it. */
let appealDraft = '';

beforeAll(async () => {
  const vault = story.harness().app.session.open();
  const matter = vault.createMatter({
    title: 'Выдворение',
    client: { lastName: 'Зимин', firstName: 'Егор', middleName: 'Романович' },
  });
  const answers = {
    ...sampleOn('templates/expulsion-appeal/samples/simple.json', today),
    expulsionRulingDate: addDays(today, -3),
    rulingServedDate: addDays(today, -2),
    signingDate: today,
  };
  appealDraft = saveDraft(
    vault,
    getServices().engine,
    {
      matterId: matter.id,
      templateId: 'expulsion-appeal',
      lang: 'ru',
      answers,
    },
    now(),
  ).id;
  // A second client's appeal, served a month ago: handed in today, it is late.
  const late = vault.createMatter({
    title: 'Выдворение',
    client: { lastName: 'Кравец', firstName: 'Анна' },
  });
  saveDraft(
    vault,
    getServices().engine,
    {
      matterId: late.id,
      templateId: 'expulsion-appeal',
      lang: 'ru',
      answers: {
        ...answers,
        person: { lastName: 'Кравец', firstName: 'Анна', sex: 'female' },
        expulsionRulingDate: addDays(today, -31),
        rulingServedDate: addDays(today, -30),
      },
    },
    now(),
  );
  // A detained person's border application, the authorities' days long passed.
  saveDraft(
    vault,
    getServices().engine,
    {
      matterId: vault.createMatter({ title: 'Граница', client: { lastName: '', firstName: '' } })
        .id,
      templateId: 'border-asylum-application',
      lang: 'ru',
      answers: sampleOn(
        'templates/border-asylum-application/samples/complex.json',
        addDays(today, -20),
      ),
    },
    now(),
  );
  page = story();
  await page.reload();
});

/** The «Осталось» cell of the appeal's row: served two days ago, ten days, so eight left. */
const leftCell = () => page.locator('table.deadlines tbody tr td').nth(1).innerText();

const homeDeadlines = () =>
  page.getByRole('region', { name: ru.deadlines.title, exact: true }).innerText();

async function openMatter(): Promise<void> {
  await page.getByRole('button', { name: new RegExp(CLIENT) }).click();
  await page.getByRole('heading', { level: 1, name: CLIENT }).waitFor();
}

describe('a filing marked as handed in', () => {
  it('refuses a day still to come, keeps a day that came, and takes the term off the open list', async () => {
    await expect.poll(homeDeadlines).toContain(CLIENT);
    await openMatter();
    expect(await leftCell()).toBe('8 дней');
    await page.locator('summary', { hasText: ru.matter.markFiled }).click();
    const save = page.getByRole('button', { name: ru.matter.saveFiled });
    expect(await save.isDisabled()).toBe(true); // no day, no way yet

    const tomorrow = formatShortDate(addDays(today, 1));
    await page.getByLabel(ru.matter.filedDate).fill(tomorrow);
    await page.getByLabel(ru.matter.filedHow).selectOption({ label: ru.filedHow.post });
    await page.getByLabel(ru.matter.filedReference).fill('RR123456789KZ');
    await save.click();
    await expect
      .poll(() => page.locator(`#filed-${appealDraft}-error`).innerText())
      .toContain(`Дата подачи ${tomorrow} ещё не наступила`);
    await shot(page, 'ru-filed-0-refused');

    await page.getByLabel(ru.matter.filedDate).fill(formatShortDate(today));
    await save.click();
    const mark = `Подано ${formatShortDate(today)}, по почте (RR123456789KZ)`;
    await page.getByText(mark).waitFor();
    expect(await page.locator(`#filed-${appealDraft}-error`).innerText()).toBe('');
    // By post, under the КоАП: in time only if posting counts as filing (verified for the УПК),
    // and the way out is offered beside it.
    const posted = ru.filed.inTimeIfHandedIn.replace('{{date}}', formatShortDate(today));
    const restoring = getServices().engine.template('deadline-restoration').manifest.title.ru;
    expect(await leftCell()).toBe(`${posted}\n${restoring} ${ru.home.start}`);
    await axe(page, 'the matter page with a filed appeal');
    await shot(page, 'ru-filed-1-matter');

    // The filing screen's banner says the same, instead of the days left.
    await page.getByRole('button', { name: /Открыть: Апелляционная жалоба/ }).click();
    const banner = page.locator('#deadline [data-deadline]');
    await expect.poll(() => banner.locator('.days-left').innerText()).toBe(posted);
    expect(await banner.getAttribute('class')).toBe('deadline-filed-inTimeIfHandedIn');
    await shot(page, 'ru-filed-2-banner');

    await page.getByRole('button', { name: ru.nav.home, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: ru.home.title }).waitFor();
    // Waited for the list itself: while it loads («Загрузка…») it names no client either.
    await expect.poll(homeDeadlines).toContain(ru.deadlines.none);
    expect(await homeDeadlines()).not.toContain(CLIENT);
  });

  it('brings the term back when the mark is taken off', async () => {
    await openMatter();
    const unmark = `${ru.matter.unmarkFiled}: ${getServices().engine.template('expulsion-appeal').manifest.title.ru}`;
    await page.getByRole('button', { name: unmark }).click();
    // Asked first, with what it drops; Cancel keeps the mark.
    const question = page.getByRole('group', { name: unmark });
    expect(await question.locator('.warning').innerText()).toBe(ru.matter.unmarkFiledWarning);
    await question.getByRole('button', { name: ru.common.cancel }).click();
    await page.getByText('RR123456789KZ').waitFor();
    await page.getByRole('button', { name: unmark }).click();
    await question.getByRole('button', { name: ru.matter.unmarkFiled, exact: true }).click();
    await page.locator('summary', { hasText: ru.matter.markFiled }).waitFor();
    expect(await leftCell()).toBe('8 дней');
    await page.getByRole('button', { name: ru.nav.home, exact: true }).click();
    await expect.poll(homeDeadlines).toContain(CLIENT);
  });
});

describe('a filing handed in after its term', () => {
  it('says so, and offers the request to restore the term', async () => {
    await page.getByRole('button', { name: /Кравец Анна/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Кравец Анна' }).waitFor();
    await page.locator('summary', { hasText: ru.matter.markFiled }).click();
    await page.getByLabel(ru.matter.filedDate).fill(formatShortDate(today));
    await page.getByLabel(ru.matter.filedHow).selectOption({ label: ru.filedHow.inPerson });
    await page.getByRole('button', { name: ru.matter.saveFiled }).click();
    const restoration = getServices().engine.template('deadline-restoration').manifest.title.ru;
    await expect
      .poll(leftCell)
      .toBe(
        `подано ${formatShortDate(today)} — с пропуском срока\n${restoration} ${ru.home.start}`,
      );
    expect(await page.locator('table.deadlines tbody tr').getAttribute('class')).toBe('missed');
    await shot(page, 'ru-filed-3-late');
    await page.getByRole('button', { name: `${ru.home.start}: ${restoration}` }).click();
    await page.getByRole('heading', { level: 1, name: restoration }).waitFor();
    // It starts from the appeal's own dates: the code, and the day the term ran from.
    await expect
      .poll(() => page.locator('#field-triggerDate').inputValue())
      .toBe(formatShortDate(addDays(today, -30)));
    await shot(page, 'ru-filed-4-restoration');
  });

  it('opens the request it started, not a new one; a second appeal is a draft of its own', async () => {
    const restoration = getServices().engine.template('deadline-restoration').manifest.title.ru;
    const appeal = getServices().engine.template('expulsion-appeal').manifest.title.ru;
    // Something typed: the request is saved into the matter, as started from the appeal's term.
    await page.getByRole('button', { name: /^Пропущенный срок/ }).click();
    await page.locator('#field-decisionNumber').fill('5-77/2026');
    await expect.poll(() => page.locator('.save-state').getAttribute('data-state')).toBe('saved');
    await page.getByRole('button', { name: ru.form.backToMatter }).click();
    await page.locator('table.deadlines').waitFor();
    // The appeal's way out now opens the request started from it; none is offered to start again.
    const reopen = page
      .locator('table.deadlines')
      .getByRole('button', { name: `${ru.matter.openDraft}: ${restoration}` });
    await reopen.waitFor();
    expect(
      await page.getByRole('button', { name: `${ru.home.start}: ${restoration}` }).count(),
    ).toBe(0);
    await reopen.click();
    await page.getByRole('heading', { level: 1, name: restoration }).waitFor();
    await page.getByRole('button', { name: /^Пропущенный срок/ }).click();
    await expect.poll(() => page.locator('#field-decisionNumber').inputValue()).toBe('5-77/2026');

    // A second appeal in the same matter (another ruling): started, typed, listed apart.
    await page.getByRole('button', { name: ru.form.backToMatter }).click();
    await page.locator('#new-filing').selectOption('expulsion-appeal');
    await page.getByRole('button', { name: ru.matter.startFiling, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: appeal }).waitFor();
    await page.getByRole('button', { name: ru.ux.clockSection }).click();
    await page.locator('#field-rulingServedDate').fill(formatShortDate(addDays(today, -1)));
    await expect.poll(() => page.locator('.save-state').getAttribute('data-state')).toBe('saved');
    await page.getByRole('button', { name: ru.form.backToMatter }).click();
    const drafts = page.locator('ul.drafts > li strong');
    await expect
      .poll(() => drafts.allInnerTexts())
      .toEqual(expect.arrayContaining([`${appeal} (черновик 1)`, `${appeal} (черновик 2)`]));
    // The request says which term of which appeal it answers.
    const appealTerm = getServices()
      .engine.template('expulsion-appeal')
      .manifest.deadlines.find((d) => d.id === 'appeal')?.label.ru;
    expect(
      await page
        .locator('ul.drafts > li', { hasText: restoration })
        .locator('.meta')
        .first()
        .innerText(),
    ).toBe(`По сроку: ${appealTerm} — ${appeal} (черновик 1)`);
    await shot(page, 'ru-filed-4a-two-appeals');
    // Each opens its own answers.
    await page
      .getByRole('button', { name: `${ru.matter.openDraft}: ${appeal} (черновик 2)` })
      .click();
    await page.getByRole('heading', { level: 1, name: appeal }).waitFor();
    await page.getByRole('button', { name: ru.ux.clockSection }).click();
    await expect
      .poll(() => page.locator('#field-rulingServedDate').inputValue())
      .toBe(formatShortDate(addDays(today, -1)));
  });
  it('says a filing is drafted already before starting another, and deletes one asked first', async () => {
    const appeal = getServices().engine.template('expulsion-appeal').manifest.title.ru;
    await page.getByRole('button', { name: ru.form.backToMatter }).click();
    await page.locator('#new-filing').selectOption('expulsion-appeal');
    await expect
      .poll(() => page.locator('p.hint', { hasText: ru.matter.alreadyDrafted }).count())
      .toBe(1);
    await shot(page, 'ru-filed-4c-drafted-already');
    await page.locator('#new-filing').selectOption('');

    const second = `${appeal} (черновик 2)`;
    await page.getByRole('button', { name: `${ru.matter.deleteDraft}: ${second}` }).click();
    const question = page.getByRole('group', { name: `${ru.matter.deleteDraft}: ${second}` });
    expect(await question.locator('.warning').innerText()).toBe(ru.matter.deleteDraftWarning);
    await axe(page, 'the matter page asking to delete a draft');
    await shot(page, 'ru-filed-4b-delete-draft');
    // Asked with focus on «Отмена»: Enter changes nothing by accident.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(ru.common.cancel);
    await question.getByRole('button', { name: ru.matter.deleteDraft, exact: true }).click();
    const drafts = page.locator('ul.drafts > li strong');
    await expect.poll(() => drafts.allInnerTexts()).not.toContain(second);
    // The item went with its draft: focus is on the list's heading, not lost to the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('drafts-heading');
    // One appeal left: its own title again, not a number.
    expect(await drafts.allInnerTexts()).toContain(appeal);
  });
});

describe("the authorities' days, passed", () => {
  it('are theirs on the matter page: never «Срок истёк», never red', async () => {
    await page.getByRole('button', { name: ru.nav.home, exact: true }).click();
    await page.getByRole('button', { name: /Граница/ }).click();
    await page.locator('table.deadlines').waitFor();
    const rows = page.locator('table.deadlines tbody tr');
    expect(await rows.count()).toBe(2);
    for (const row of await rows.all()) {
      expect(await row.getAttribute('class')).toBe('arguable');
      expect(await row.locator('td').nth(1).innerText()).toMatch(
        /^истёк \d+ (день|дня|дней) назад \(срок другого действия, не этого документа\)/,
      );
    }
    await shot(page, 'ru-filed-5-authorities');
    // Not registered by their last day: the complaint against their inaction is offered, and
    // starts from the day of detention.
    const complaint = getServices().engine.template('registration-refusal-complaint').manifest.title
      .ru;
    await page.getByRole('button', { name: `${ru.home.start}: ${complaint}` }).click();
    await page.getByRole('heading', { level: 1, name: complaint }).waitFor();
    await expect
      .poll(() => page.locator('#field-detentionDate').inputValue())
      .toBe(formatShortDate(addDays(today, -21)));
  });
});
