/**
 * Courts by region in a real browser, in each UI language (issue 22 item 9): the region chosen
 * once in Settings reaches a new filing; the court is picked from the region's list beside the
 * field; the preview's PDF prints it; the pre-flight says the name is not verified. axe-core on
 * Settings and the filing screen; a screenshot of each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page, Response } from 'playwright-core';
import type { Lang } from '../../common/manifest.ts';
import { courtTableSchema } from '../../common/courts.ts';
import { pinTestDay } from '../helpers/clock.ts';
import { pdfText } from '../helpers/extract.ts';
import { flat } from '../helpers/golden.ts';
import { axe, createVault, russianPage, shot, startHarness, type Harness } from './harness.ts';
import ru from '../../common/locales/ru.ts';
import kk from '../../common/locales/kk.ts';
import en from '../../common/locales/en.ts';

const PASSPHRASE = 'тихий вечер над Алматы';
const ID = 'expulsion-appeal';
const manifest = JSON.parse(readFileSync(`templates/${ID}/manifest.json`, 'utf8')) as {
  title: Record<Lang, string>;
  sections: { id: string; title: Record<Lang, string> }[];
};
const courts = courtTableSchema.parse(JSON.parse(readFileSync('templates/courts.json', 'utf8')));
const STRINGS = { ru, kk, en } as const;
pinTestDay();

/** What the pre-flight says of a court from the list, in each UI language (common/messages.ts). */
const UNVERIFIED: Record<Lang, string> = {
  ru: 'Название суда не сверено — проверьте',
  kk: 'Сот атауы салыстырылмаған — тексеріңіз',
  en: 'The court’s name is not verified — check it',
};
/** A region per UI language, so each run changes the setting; the Russian one is Aktobe's. */
const REGION: Record<Lang, string> = { ru: 'aktobe', kk: 'abai', en: 'shymkent' };

let h: Harness;
let page: Page;
let lastPreview = '';

beforeAll(async () => {
  h = await startHarness();
  page = await russianPage(h);
  // The preview is drawn on canvases: what it shows is read from the PDF the page was sent.
  page.on('response', (r: Response) => {
    if (!r.url().endsWith('/api/filing:preview')) return;
    void r
      .json()
      .then((body: { ok: boolean; value?: { superseded: boolean; base64?: string } }) => {
        if (body.ok && body.value && !body.value.superseded && body.value.base64)
          lastPreview = flat(pdfText(Buffer.from(body.value.base64, 'base64')));
      })
      .catch(() => undefined);
  });
  await createVault(page, h.app.bridge.url, PASSPHRASE);
});
afterAll(async () => h?.close());

describe.each(['ru', 'kk', 'en'] as const)('courts by region in %s', (lang) => {
  const s = STRINGS[lang];
  const region = courts.regions.find((r) => r.id === REGION[lang])!;
  const regional = region.courts.find((c) => c.kind === 'regional')!;

  it('region in Settings → a new filing → the court from the list → preview and pre-flight', async () => {
    await page.locator('.lang-switch select').selectOption(lang);
    await page.getByRole('navigation').getByRole('button', { name: s.nav.settings }).click();
    await page.getByRole('heading', { level: 1, name: s.settings.title }).waitFor();
    await page.getByLabel(s.courts.settingsLabel).selectOption(region.id);
    await page.getByText(s.courts.saved).waitFor();
    await axe(page, `${lang} settings with a region`);
    await shot(page, `${lang}-courts-1-settings-region`);

    await page.getByRole('navigation').getByRole('button', { name: s.nav.home }).first().click();
    await page.getByRole('heading', { level: 1, name: s.home.title }).waitFor();
    const title = manifest.title[lang];
    await page.getByRole('button', { name: `${s.home.start}: ${title}` }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // The new filing is in the region of Settings.
    await expect.poll(() => page.locator('#matter-region').inputValue()).toBe(region.id);

    const ruling = manifest.sections.find((x) => x.id === 'ruling')!.title[lang];
    // The section's button also names its badge («2 !»): matched by how its name starts.
    await page
      .getByRole('button', { name: new RegExp(`^${ruling}`) })
      .first()
      .click();
    const field = page.locator('#field-higherCourt');
    await field.waitFor();
    // Filled from the region already; typed over, then picked back from the list.
    expect(await field.inputValue()).toBe(regional.name.ru.accusative);
    const picker = page.getByLabel(s.courts.pick.replace('{{region}}', region.name[lang])).first();
    // The list says which of its courts the field holds, and none for a name typed by hand.
    await expect.poll(() => picker.inputValue()).toBe(regional.id);
    await field.fill('суд, набранный вручную');
    await expect.poll(() => picker.inputValue()).toBe('');
    await picker.selectOption(regional.id);
    await expect.poll(() => field.inputValue()).toBe(regional.name.ru.accusative);
    await expect.poll(() => picker.inputValue()).toBe(regional.id);

    await expect
      .poll(() => lastPreview, { timeout: 60_000 })
      .toContain(`В ${regional.name.ru.accusative}`);
    expect(lastPreview).toContain(region.place.ru);
    expect(lastPreview).not.toContain('Алматинский городской суд');

    const list = page.locator('details#preflight');
    await expect.poll(() => list.locator('summary').innerText()).toMatch(/\d/);
    await list.locator('summary').click();
    await expect.poll(() => list.getAttribute('open')).toBe('');
    await expect.poll(() => list.innerText(), { timeout: 60_000 }).toContain(UNVERIFIED[lang]);
    expect(await list.innerText()).toContain(regional.name.ru.accusative);
    await axe(page, `${lang} filing with a court from the list`);
    await shot(page, `${lang}-courts-2-filing-court-picked`);
    // The matter moves to Almaty: the court still holding the old region's name follows it.
    const almaty = courts.regions.find((r) => r.id === 'almaty')!;
    await page.locator('#matter-region').selectOption('almaty');
    await expect
      .poll(() => field.inputValue())
      .toBe(almaty.courts.find((c) => c.kind === 'regional')!.name.ru.accusative);
    await page.getByRole('navigation').getByRole('button', { name: s.nav.home }).first().click();
    await page.getByRole('heading', { level: 1, name: s.home.title }).waitFor();
  });
});

describe('the calendar in the Kazakh UI', () => {
  // Debian's Chromium has no Kazakh calendar data: month and weekday names come from our table.
  it('names months and weekdays in Kazakh, weeks from Monday (Дс)', async () => {
    await page.locator('.lang-switch select').selectOption('kk');
    await page.getByRole('navigation').getByRole('button', { name: kk.nav.home }).first().click();
    await page.getByRole('heading', { level: 1, name: kk.home.title }).waitFor();
    const title = manifest.title.kk;
    await page.getByRole('button', { name: `${kk.home.start}: ${title}` }).click();
    await page.locator('#field-rulingServedDate').fill('15.12.2026');
    await page.getByRole('button', { name: kk.form.pickDate }).click();
    const calendar = page.getByRole('dialog', { name: kk.form.pickDate });
    await calendar.waitFor();
    expect((await calendar.locator('h2.react-aria-Heading').innerText()).toLowerCase()).toBe(
      'желтоқсан 2026',
    );
    const heads = await calendar.locator('thead th').allInnerTexts();
    expect(heads.map((x) => x.trim())).toEqual(['Дс', 'Сс', 'Ср', 'Бс', 'Жм', 'Сн', 'Жс']);
    await calendar.getByRole('button', { name: kk.ux.previousMonth }).click();
    expect((await calendar.locator('h2.react-aria-Heading').innerText()).toLowerCase()).toBe(
      'қараша 2026',
    );
    await axe(page, 'kk calendar with Kazakh names');
    await shot(page, 'kk-courts-3-calendar');
    await page.keyboard.press('Escape');
    await page.locator('#field-rulingServedDate').fill('');
  });
});
