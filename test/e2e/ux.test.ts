/**
 * Issue 22 in a real browser, in each UI language: the deadline asked first and shown in a banner
 * from then on; opening and leaving a filing leaves no matter; review before export, with a
 * finding accepted knowingly; the preview on screen at 1280×720 with the whole pre-flight list
 * open; focus after each move; axe-core on every screen with no violation; a screenshot of each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { addDays, formatShortDate, formatWeekday } from '../../common/dates.ts';
import type { Lang } from '../../common/lang.ts';
import { pinTestDay } from '../helpers/clock.ts';
import { oracleAddDays } from '../helpers/calendar-oracle.ts';
import { pdfText } from '../helpers/extract.ts';
import { sampleOn } from '../helpers/golden.ts';
import {
  axe,
  SCREENSHOTS,
  shot,
  startHarness,
  type Harness,
  createVault,
  russianPage,
} from './harness.ts';
import ExcelJS from 'exceljs';
import ru from '../../common/locales/ru.ts';
import kk from '../../common/locales/kk.ts';
import en from '../../common/locales/en.ts';

const PASSPHRASE = 'тихий вечер над Алматы';
const ID = 'expulsion-appeal';
const manifest = JSON.parse(readFileSync(`templates/${ID}/manifest.json`, 'utf8')) as {
  version: string;
  title: Record<Lang, string>;
  sections: { id: string; title: Record<Lang, string> }[];
};
const STRINGS = { ru, kk, en } as const;
const LOCALES = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' } as const;
const today = pinTestDay();

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await russianPage(h);
  await createVault(page, h.app.bridge.url, PASSPHRASE);
});
afterAll(async () => h?.close());

/** What has focus, as the user would name it: the element's tag and its text. */
async function focused(p: Page): Promise<{ tag: string; text: string; id: string }> {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? '', text: el?.innerText.trim() ?? '', id: el?.id ?? '' };
  });
}

const matterCount = (): number => h.app.session.open().listMatters().length;

async function useLang(lang: Lang): Promise<void> {
  await page.locator('.lang-switch select').selectOption(lang);
  await page
    .getByRole('navigation')
    .getByRole('button', { name: STRINGS[lang].nav.home })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: STRINGS[lang].home.title }).waitFor();
}

describe.each(['ru', 'kk', 'en'] as const)('filing screen in %s', (lang) => {
  const s = STRINGS[lang];
  const title = manifest.title[lang];

  it('asks first for the day the clock starts; opening and leaving creates no matter', async () => {
    await useLang(lang);
    await axe(page, `${lang} home`);
    await shot(page, `${lang}-ux-1-home`);
    const before = matterCount();
    await page.getByRole('button', { name: `${s.home.start}: ${title}` }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // Focus is on the new screen's heading, never on <body>.
    await expect.poll(async () => (await focused(page)).tag).toBe('H1');
    expect((await focused(page)).text).toBe(title);
    // The first section is the date that starts the clock; no banner before it is known.
    expect(await page.locator('form.fields h2').innerText()).toBe(s.ux.clockSection);
    expect(await page.locator('#field-rulingServedDate').count()).toBe(1);
    expect(await page.locator('.deadline-banner').count()).toBe(0);
    await axe(page, `${lang} new filing`);
    await shot(page, `${lang}-ux-2-clock-section`);
    await page.getByRole('navigation').getByRole('button', { name: s.nav.home }).first().click();
    await page.getByRole('heading', { level: 1, name: s.home.title }).waitFor();
    expect(matterCount()).toBe(before);
  });

  it('shows the last day with its weekday and the days left as soon as the date is typed', async () => {
    await page.getByRole('button', { name: `${s.home.start}: ${title}` }).click();
    await page.locator('#field-rulingServedDate').waitFor();
    const served = addDays(today, -3);
    // The calendar beside the field speaks the UI language and starts its weeks on Monday.
    await page.getByRole('button', { name: s.form.pickDate }).click();
    const calendar = page.getByRole('dialog', { name: s.form.pickDate });
    await calendar.waitFor();
    // 5 January 2026 is a Monday: its short name in the UI language heads the first column (in
    // Kazakh from the browser's data, or from our own table where it has none: never Russian).
    const monday = (locale: string): string =>
      new Intl.DateTimeFormat(locale, { weekday: 'short' })
        .format(new Date(Date.UTC(2026, 0, 5, 12)))
        .toLowerCase();
    const firstDay = (await calendar.locator('thead th').first().innerText()).toLowerCase();
    // In Kazakh, «Дс» (дүйсенбі) whether the browser has Kazakh data or not (our own table).
    expect(lang === 'kk' ? [monday('kk-KZ'), 'дс'] : [monday(LOCALES[lang])]).toContain(firstDay);
    await axe(page, `${lang} calendar`);
    await shot(page, `${lang}-ux-2a-calendar`);
    await page.keyboard.press('Escape');
    await page.locator('#field-rulingServedDate').fill(formatShortDate(served));
    const banner = page.locator('.deadline-banner');
    // Ten days in a row from the day after service (КоАП ст. 832 ч. 1, no move off a day off).
    const lastDay = oracleAddDays(served, 10);
    await expect
      .poll(() => banner.innerText())
      .toContain(`${formatShortDate(lastDay)}\u00A0(${formatWeekday(lastDay, lang)})`);
    const ux: Readonly<Record<string, string>> = s.ux;
    const left = (ux[lang === 'ru' ? 'daysLeft_many' : 'daysLeft_other'] ?? '').replace(
      '{{count}}',
      '7',
    );
    expect((await banner.innerText()).replace(/\u00A0/g, ' ')).toContain(
      lang === 'ru' ? 'осталось 7 дней' : left,
    );
    // Nothing that follows the typing — the save, the preview, the pre-flight — moves the form
    // under the user's pointer: the later reading is in the banner at once, not with the preview.
    const next = page.getByRole('button', { name: `${s.form.next} →` });
    const before = await next.boundingBox();
    await expect.poll(() => page.locator('.save-state').getAttribute('data-state')).toBe('saved');
    await page.locator('.preview[data-all-painted="true"]').waitFor();
    expect(await next.boundingBox()).toEqual(before);
    // The late flag is a fact worked out from the dates, not a box to tick.
    await next.click();
    // «Next» moves focus to the new section's heading.
    await expect.poll(async () => (await focused(page)).tag).toBe('H2');
    expect((await focused(page)).text).toBe(manifest.sections[0]?.title[lang]);
    // The banner stays at the top in every later section.
    expect(await banner.isVisible()).toBe(true);
    await axe(page, `${lang} filing with banner`);
    await shot(page, `${lang}-ux-3-banner`);
    // Something was typed: now, and only now, the matter exists — unnamed, so its name field
    // never contradicts its heading (the client) with the filing's title.
    await expect.poll(() => page.locator('.save-state').getAttribute('data-state')).toBe('saved');
    expect(
      h.app.session
        .open()
        .listMatters()
        .map((m) => m.title),
    ).not.toContain(title);
  });

  it('reviews every answer, has a finding accepted, and exports; the preview stays in view', async () => {
    // A finished draft, written earlier: its dates moved to today.
    const vault = h.app.session.open();
    const matter = vault.createMatter({
      title: `UX ${lang}`,
      client: { lastName: 'Петров', firstName: 'Пётр', middleName: '' },
    });
    const answers = sampleOn(`templates/${ID}/samples/simple.json`, today);
    vault.saveDraft(matter.id, {
      templateId: ID,
      templateVersion: manifest.version,
      lang: 'ru',
      answers,
    });
    // A reload returns to the screen the user was on: the filing just begun, its date kept.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('button', { name: s.ux.clockSection }).click();
    await expect
      .poll(() => page.locator('#field-rulingServedDate').inputValue())
      .toBe(formatShortDate(addDays(today, -3)));
    await page.getByRole('navigation').getByRole('button', { name: s.nav.home }).first().click();
    await page.getByRole('heading', { level: 1, name: s.home.title }).waitFor();
    await page.getByRole('button', { name: new RegExp(`UX ${lang}`) }).click();
    await page.getByRole('button', { name: `${s.matter.openDraft}: ${title}` }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.locator('.deadline-banner').waitFor();
    await page.locator('.preview-pages canvas').first().waitFor();
    await page.locator('.preview[data-all-painted="true"]').waitFor();

    // The whole pre-flight list open: the preview is still on screen at 1280×720.
    const list = page.locator('details#preflight');
    await expect.poll(() => list.locator('summary').innerText()).toMatch(/\d/);
    await list.locator('summary').click();
    await expect.poll(() => list.getAttribute('open')).toBe('');
    await page.screenshot({ path: join(SCREENSHOTS, `${lang}-ux-4a-viewport-1280x720.png`) });
    const box = await page.locator('.preview-pages canvas').first().boundingBox();
    expect(box).not.toBeNull();
    expect(box?.y ?? 9999).toBeLessThan(720 - 100);
    expect((box?.x ?? 9999) + 100).toBeLessThan(1280);
    await axe(page, `${lang} pre-flight open`);
    await shot(page, `${lang}-ux-4-preflight`);
    const findings = await list.locator('li').count();
    expect(findings).toBeGreaterThan(0);
    expect(await list.innerText()).not.toContain(s.preflight.nothing);

    // The fast path lists only what is open, and leads to the review.
    await page.locator('[data-export="toolbar-pdf"]').click();
    await page.locator('.export-confirm').waitFor();
    await expect.poll(async () => (await focused(page)).id).toBe('export-confirm-heading');
    expect(await page.locator('.export-confirm li').count()).toBe(findings);
    await axe(page, `${lang} export confirmation`);
    await shot(page, `${lang}-ux-5-confirm`);
    await page.getByRole('button', { name: s.ux.toReview }).click();
    await expect.poll(async () => (await focused(page)).id).toBe('review-heading');

    // Every answer by section, each with a link back.
    const review = page.locator('section.review');
    for (const section of manifest.sections.slice(0, 2))
      expect(await review.innerText()).toContain(section.title[lang]);
    expect(await review.innerText()).toContain(formatShortDate(answers.rulingServedDate as string));
    await axe(page, `${lang} review`);
    await shot(page, `${lang}-ux-6-review`);

    // Each finding accepted knowingly, then the file.
    const boxes = review.getByRole('checkbox', { name: s.ux.accept });
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
    await expect.poll(() => review.innerText()).toContain(s.ux.allResolved);
    const before = new Set(existsSync(h.exportDir) ? readdirSync(h.exportDir) : []);
    await review.locator('[data-export="review-pdf"]').click();
    await expect.poll(async () => (await focused(page)).id).toBe('export-result');
    expect(await page.locator('#export-result').innerText()).toContain(s.export.saved);
    const file = readdirSync(h.exportDir).find((f) => !before.has(f) && f.endsWith('.pdf'));
    expect(file).toBeDefined();
    const text = pdfText(readFileSync(join(h.exportDir, file ?? ''))).replace(/\s+/g, ' ');
    expect(text).toContain('АПЕЛЛЯЦИОННАЯ ЖАЛОБА');
    await shot(page, `${lang}-ux-7-exported`);

    // The back link leads to the section, focus on its heading.
    await review.getByRole('button', { name: `${s.ux.edit}: ${s.ux.clockSection}` }).click();
    await expect.poll(async () => (await focused(page)).text).toBe(s.ux.clockSection);

    // «Создать» on the matter page: focus lands on the new filing's heading, not on <body>.
    await page.getByRole('button', { name: s.form.backToMatter }).click();
    // No filing is chosen for the lawyer: «Создать» waits for one.
    const create = page.getByRole('button', { name: s.matter.startFiling, exact: true });
    await expect.poll(() => page.locator('#new-filing').inputValue()).toBe('');
    await expect.poll(() => create.isDisabled()).toBe(true);
    await page.locator('#new-filing').selectOption('supreme-court-complaint');
    await create.click();
    await page.locator('form.fields').waitFor();
    await expect.poll(async () => (await focused(page)).tag).toBe('H1');
    await axe(page, `${lang} filing from a matter`);
  });
});

describe('home', () => {
  it('offers to delete the empty matters left by earlier versions, and only those', async () => {
    const vault = h.app.session.open();
    const none = { lastName: '', firstName: '', middleName: '' };
    vault.createMatter({ title: ru.home.title, client: none });
    vault.createMatter({ title: ru.home.title, client: none });
    const kept = vault.createMatter({ title: 'С фактами', client: none, facts: 'Задержан 01.12.' });
    const before = matterCount();
    await useLang('ru');
    await page.reload();
    const offer = page.getByRole('button', { name: ru.ux.deleteEmpty_few });
    await offer.waitFor();
    expect(await page.locator('#empty-matters-text').innerText()).toBe(
      ru.ux.emptyMatters_few.replace('{{count}}', '2'),
    );
    await axe(page, 'home with the empty-matters offer');
    await shot(page, 'ru-ux-8-empty-matters');
    await offer.click();
    await expect.poll(() => matterCount()).toBe(before - 2);
    expect(h.app.session.open().getMatter(kept.id).facts).toBe('Задержан 01.12.');
    await expect.poll(() => offer.count()).toBe(0);
  });
});

const REFUGEE = JSON.parse(readFileSync('templates/refugee-application/manifest.json', 'utf8')) as {
  fields: { key: string; label: Record<Lang, string> }[];
};

describe.each(['ru', 'kk', 'en'] as const)('batch screen in %s', (lang) => {
  const s = STRINGS[lang];
  it('from the template download, through the folded column map, to the report', async () => {
    await useLang(lang);
    await page.getByRole('navigation').getByRole('button', { name: s.nav.batch }).click();
    await page.getByRole('heading', { level: 1, name: s.batch.title }).waitFor();
    // No filing is chosen for the paralegal; nothing to download until one is.
    expect(await page.locator('#batch-template').inputValue()).toBe('');
    const download = page.getByRole('button', { name: s.ux.batchTemplate });
    expect(await download.isDisabled()).toBe(true);
    await axe(page, `${lang} batch`);
    await shot(page, `${lang}-ux-9-batch`);
    await page.locator('#batch-template').selectOption('refugee-application');
    await download.click();
    const saved = page.locator('#batch-template-saved');
    await saved.waitFor();
    await expect.poll(async () => (await focused(page)).id).toBe('batch-template-saved');
    const path = await saved.locator('.path').innerText();
    expect(path.endsWith('.xlsx')).toBe(true);

    // The template: the columns the batch reads, each explained in the UI language.
    const book = new ExcelJS.Workbook();
    const bytes = readFileSync(path);
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const col = header.indexOf('arrivalDate');
    expect(col).toBeGreaterThan(0);
    const arrival = REFUGEE.fields.find((f) => f.key === 'arrivalDate')?.label[lang] ?? '?';
    expect(JSON.stringify(sheet.getRow(1).getCell(col).note)).toContain(arrival);
    // Filled in as a paralegal would: the example row, a second client, and one wrong date.
    const example = sheet.getRow(2).values as unknown[];
    const last = header.indexOf('applicant.lastName');
    sheet.addRow(example.slice(1)).getCell(last).value = 'Второй';
    const bad = sheet.addRow(example.slice(1));
    bad.getCell(last).value = 'Третий';
    bad.getCell(col).value = '32.11.2026';
    await page.locator('#batch-file').setInputFiles({
      name: 'clients.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    // Every column of our own template maps by itself: folded, nothing to decide.
    const auto = page.locator('details.auto-mapped');
    await auto.waitFor();
    expect(await auto.getAttribute('open')).toBeNull();
    expect(
      await page.locator('section[aria-labelledby="batch-plan"] > table.mapping').count(),
    ).toBe(0);
    await axe(page, `${lang} batch plan`);
    await shot(page, `${lang}-ux-10-batch-plan`);

    // The screen still shows the previous language's run until this one starts.
    const folder = page.locator('.batch-progress code.path');
    const previous = (await folder.count()) > 0 ? await folder.innerText() : '';
    await page.locator('section[aria-labelledby="batch-run"] button.primary').click();
    await expect
      .poll(() => folder.count().then((n) => (n ? folder.innerText() : '')))
      .not.toBe(previous);
    await page.getByRole('heading', { name: s.batch.finished, exact: true }).waitFor();
    const report = page.locator('table.report');
    await report.waitFor();
    expect(await report.innerText()).toContain('32.11.2026');
    // The produced rows' own pre-flight, as the filing screen would list it.
    const checks = page.locator('table.checks');
    await checks.waitFor();
    const rows = await checks.locator('tbody tr td:first-child').allInnerTexts();
    expect(rows).toEqual(['2', '3']);
    expect(await checks.innerText()).toContain(s.preflight.names);
    await axe(page, `${lang} batch report`);
    await shot(page, `${lang}-ux-11-batch-report`);
  });
});

describe.each(['ru', 'kk', 'en'] as const)('settings in %s', (lang) => {
  const s = STRINGS[lang];
  it('shows an error at the field it is about, not at the top of the page', async () => {
    await useLang(lang);
    await page.getByRole('navigation').getByRole('button', { name: s.nav.settings }).click();
    await page.getByRole('heading', { level: 1, name: s.settings.title }).waitFor();
    await axe(page, `${lang} settings`);
    await shot(page, `${lang}-ux-12-settings`);
    await page.locator('#autolock').fill('0');
    await page
      .locator('section[aria-labelledby="autolock-heading"]')
      .getByRole('button', { name: s.common.save })
      .click();
    const error = page.locator('#autolock-error');
    await expect.poll(() => error.innerText()).toBe(s.settings.minutesRange);
    expect(await page.locator('#autolock').getAttribute('aria-describedby')).toBe('autolock-error');
    expect(await page.locator('#settings-error').innerText()).toBe('');
    await axe(page, `${lang} settings with an error`);
    await shot(page, `${lang}-ux-13-settings-error`);
    await page.locator('#autolock').fill('10');
  });
});

describe.each(['ru', 'kk', 'en'] as const)('a blank form in %s', (lang) => {
  const s = STRINGS[lang];
  const un = JSON.parse(readFileSync('templates/un-interim-measures/manifest.json', 'utf8')) as {
    title: Record<Lang, string>;
    fields: { key: string; label: Record<Lang, string> }[];
  };
  const label = (key: string): string => un.fields.find((f) => f.key === key)?.label[lang] ?? key;

  it('is refused until the choices its text depends on are made, and says which', async () => {
    await useLang(lang);
    await page.getByRole('button', { name: `${s.home.start}: ${un.title[lang]}` }).click();
    await page.getByRole('heading', { level: 1, name: un.title[lang] }).waitFor();
    const exported = (): number => (existsSync(h.exportDir) ? readdirSync(h.exportDir).length : 0);
    const before = exported();
    await page.getByText(s.form.moreActions).click();
    await page.getByRole('button', { name: s.blank.button }).click();
    const places = ['unCommittee', 'removalType', 'removalStage']
      .map((key) => `«${label(key)}»`)
      .join(', ');
    await expect
      .poll(() => page.locator('.filing-extras').innerText())
      .toContain(s.blank.needsChoices.replace('{{places}}', places));
    expect(exported()).toBe(before);
    await shot(page, `${lang}-ux-16-blank-needs-choices`);
  });
});

describe.each(['ru', 'kk', 'en'] as const)('the other screens in %s', (lang) => {
  const s = STRINGS[lang];
  it('the matter page and the locked vault pass axe, and are photographed', async () => {
    await useLang(lang);
    await page.getByRole('button', { name: new RegExp(`UX ${lang}`) }).click();
    await page.getByRole('heading', { name: s.matter.deadlines }).waitFor();
    await axe(page, `${lang} matter`);
    await shot(page, `${lang}-ux-14-matter`);
    await page.getByRole('button', { name: s.vault.lock, exact: true }).click();
    await page.getByRole('heading', { name: s.vault.unlockTitle }).waitFor();
    await axe(page, `${lang} locked`);
    await shot(page, `${lang}-ux-15-locked`);
    await page.locator('#passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: s.vault.unlock, exact: true }).click();
    // Back where the lawyer was.
    await page.getByRole('heading', { name: s.matter.deadlines }).waitFor();
  });
});
