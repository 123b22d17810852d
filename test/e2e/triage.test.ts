/**
 * «Что случилось?» end to end in Debian's Chromium: from Home, in each UI language, the lawyer
 * answers triage for a situation, sees the filings that apply with their last days, starts one and
 * lands in a filing prefilled from the answers. Then Home lists the matters' deadlines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, formatShortDate } from '../../common/dates.ts';
import type { TriageDecision, TriagePlace } from '../../common/triage.ts';
import { pinTestDay } from '../helpers/clock.ts';
import { shot, startHarness, type Harness, createVault, russianPage } from './harness.ts';
import { loadTemplates } from '../../main/templates.ts';
import type { Lang } from '../../common/lang.ts';

const manifests = new Map(loadTemplates().templates.map((t) => [t.manifest.id, t.manifest]));
const titleOf = (id: string, ui: Lang): string => manifests.get(id)?.title[ui] ?? id;

const PASSPHRASE = 'тихий вечер над Алматы';
// The server's clock (and the page's through it) is pinned to the test day.
const today = pinTestDay();
const decided = addDays(today, -1);
const detained = addDays(today, -2);

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await startHarness();
  page = await russianPage(h, 900);
});
afterAll(async () => {
  await h?.close();
});

const UI = {
  ru: { lang: 'Язык интерфейса', home: 'Главная', title: 'Что случилось?', start: 'Начать' },
  kk: { lang: 'Интерфейс тілі', home: 'Басты бет', title: 'Не болды?', start: 'Бастау' },
  en: { lang: 'Interface language', home: 'Home', title: 'What happened?', start: 'Start' },
} as const;
type Ui = keyof typeof UI;

interface Situation {
  readonly ui: Ui;
  readonly place: TriagePlace;
  readonly decision: TriageDecision;
  readonly asylumPending?: boolean;
  /** The day of the decision, when not yesterday. */
  readonly decidedOn?: string;
  /** The day of detention, when not the day before yesterday. */
  readonly detainedOn?: string;
  /** The filing started (its title is looked up in the UI language). */
  readonly filing: string;
  /** The field the answers prefill, and what it shows. */
  readonly field: string;
  readonly shows: string;
  /** What the triage card says about the deadline. */
  readonly says: RegExp;
}

const SITUATIONS: readonly Situation[] = [
  {
    ui: 'ru',
    place: 'free',
    decision: 'expulsionRuling',
    filing: 'expulsion-appeal',
    field: 'rulingServedDate',
    shows: formatShortDate(decided),
    says: new RegExp(`по\\s${formatShortDate(addDays(decided, 10)).replace(/\./g, '\\.')}\\s\\(`),
  },
  {
    ui: 'ru',
    place: 'detained',
    decision: 'extraditionArrest',
    // Pronounced two days ago: the 3-day complaint's last day is tomorrow.
    decidedOn: addDays(today, -2),
    filing: 'extradition-arrest-complaint',
    field: 'pronouncementDate',
    shows: formatShortDate(addDays(today, -2)),
    says: /последний день — завтра/,
  },
  {
    ui: 'kk',
    place: 'detained',
    decision: 'extraditionDecision',
    filing: 'supreme-court-complaint',
    field: 'copyReceivedDate',
    shows: formatShortDate(decided),
    says: /қоса алғанға дейін — \d+ күн қалды/,
  },
  {
    ui: 'kk',
    place: 'free',
    decision: 'refugeeRefusal',
    filing: 'refugee-refusal-complaint',
    field: 'refusalReceivedDate',
    shows: formatShortDate(decided),
    says: /қоса алғанға дейін/,
  },
  {
    ui: 'en',
    place: 'detained',
    decision: 'extraditionDetention',
    filing: 'extradition-objection',
    field: 'detentionDate',
    shows: formatShortDate(detained),
    says: /up to and including .* — \d+ days left/,
  },
  {
    // Detained 45 days ago: the forty суток of temporary detention have run. The objection stays
    // open, and its card says what it is now for: release, no arrest having followed.
    ui: 'ru',
    place: 'detained',
    decision: 'extraditionDetention',
    detainedOn: addDays(today, -45),
    filing: 'extradition-objection',
    field: 'detentionDate',
    shows: formatShortDate(addDays(today, -45)),
    says: /срок другого действия, не этого документа[\s\S]*Сорок суток временного содержания под стражей истекли[\s\S]*п\. 2\) ч\. 8 ст\. 588/,
  },
  {
    // Served eleven days ago: the 10 суток ended yesterday, but ten working days (КоАП ст. 739
    // ч. 3) span at least twelve: the appeal is argued to be in time, never shown as simply late.
    ui: 'en',
    place: 'free',
    decision: 'expulsionRuling',
    decidedOn: addDays(today, -11),
    filing: 'expulsion-appeal',
    field: 'rulingServedDate',
    shows: formatShortDate(addDays(today, -11)),
    says: /passed 1 day ago on the safe count; still running on another reading/,
  },
  {
    ui: 'en',
    place: 'transit',
    decision: 'entryRefused',
    filing: 'border-asylum-application',
    field: 'claimRoute',
    shows: 'refusedEntry',
    says: /file as soon as possible/,
  },
];

async function answer(s: Situation): Promise<void> {
  const triage = page.locator('section.triage');
  await triage.locator(`input[name="triage-place"][value="${s.place}"]`).check();
  await triage.locator('#triage-decision').selectOption(s.decision);
  const date = triage.locator('#triage-decision-date');
  if (await date.count()) {
    // A day that does not exist is named as such, with the question it answers.
    await date.fill('31.02.2026');
    await expect
      .poll(() => triage.locator('#triage-decision-date-error').innerText())
      .toContain('31.02.2026');
    await date.fill(formatShortDate(s.decidedOn ?? decided));
    await expect.poll(() => triage.locator('#triage-decision-date-error').innerText()).toBe('');
  }
  const det = triage.locator('#triage-detention-date');
  if (await det.count()) await det.fill(formatShortDate(s.detainedOn ?? detained));
  const pending = triage.getByRole('checkbox');
  if ((await pending.isChecked()) !== (s.asylumPending ?? false))
    await pending.setChecked(s.asylumPending ?? false);
}

describe('triage from Home in every UI language', () => {
  it('sets up the vault', async () => {
    await createVault(page, h.app.bridge.url, PASSPHRASE);
  });

  for (const [i, s] of SITUATIONS.entries()) {
    it(`${s.ui}: ${s.place}, ${s.decision} → a prefilled filing`, async () => {
      const ui = UI[s.ui];
      const current = await page.evaluate(() => document.documentElement.lang);
      if (current !== s.ui) {
        await page.getByLabel(UI[current as Ui].lang).selectOption(s.ui);
      }
      await page.getByRole('heading', { name: ui.title }).waitFor();
      await answer(s);
      const results = page.locator('.triage-results');
      const card = results
        .locator('li')
        .filter({ has: page.getByRole('heading', { name: titleOf(s.filing, s.ui), exact: true }) })
        .first();
      await card.waitFor();
      await expect.poll(() => card.innerText()).toMatch(s.says);
      await shot(page, `triage-${i + 1}-${s.ui}-${s.decision}`);
      await card
        .getByRole('button', { name: new RegExp(`^${ui.start}:`) })
        .first()
        .click();
      await page
        .getByRole('heading', { level: 1, name: titleOf(s.filing, s.ui), exact: true })
        .waitFor();
      await shot(page, `triage-${i + 1}-${s.ui}-filing`);
      // The form shows one section at a time: open each until the field is there.
      const field = page.locator(`#field-${s.field}`);
      const sections = page.locator('nav.sections button');
      for (let n = 0; n < (await sections.count()) && (await field.count()) === 0; n++)
        await sections.nth(n).click();
      // A text or select field's value; a radio group's checked choice.
      await expect
        .poll(() =>
          field.evaluate((el) =>
            el instanceof HTMLInputElement || el instanceof HTMLSelectElement
              ? el.value
              : (el.querySelector<HTMLInputElement>('input:checked')?.value ?? ''),
          ),
        )
        .toBe(s.shows);
      await page.getByRole('button', { name: ui.home, exact: true }).click();
    });
  }

  it('Home lists the deadlines of every matter; tomorrow stands out', async () => {
    await page.getByRole('heading', { name: UI.en.title }).waitFor();
    const list = page.locator('section.all-deadlines');
    // The arrest complaint (3 days from a pronouncement two days ago) ends tomorrow.
    const urgent = list.locator('li.urgent');
    const tomorrow = urgent.filter({ hasText: 'last day tomorrow' });
    await expect.poll(() => tomorrow.count()).toBe(1);
    await expect
      .poll(() => tomorrow.innerText())
      .toContain(titleOf('extradition-arrest-complaint', 'en'));
    // Soonest first, every matter: the expulsion appeal served yesterday (10 days) comes after
    // it; the one whose safe day passed yesterday comes first, and stands out too.
    const text = await list.innerText();
    expect(text.indexOf(titleOf('extradition-arrest-complaint', 'en'))).toBeLessThan(
      text.lastIndexOf(titleOf('expulsion-appeal', 'en')),
    );
    const arguable = urgent.filter({ hasText: 'on the safe count' });
    await expect.poll(() => arguable.count()).toBe(1);
    expect(text.indexOf('on the safe count')).toBeLessThan(
      text.indexOf(titleOf('extradition-arrest-complaint', 'en')),
    );
    await shot(page, 'triage-deadlines-en');
  });

  it('the matter page says a safe day passed while a later reading runs, not that it is late', async () => {
    const row = page
      .locator('section.all-deadlines li.urgent')
      .filter({ hasText: 'on the safe count' });
    await row.getByRole('button').click();
    const table = page.getByRole('table', { name: 'Deadlines of this matter, soonest first' });
    await table.waitFor();
    const deadline = table.locator('tr.arguable');
    await expect
      .poll(() => deadline.innerText())
      .toContain('passed 1 day ago on the safe count; still running on another reading');
    expect(await deadline.innerText()).not.toContain('Deadline passed');
    expect(await deadline.innerText()).toContain('filing not started yet');
    await shot(page, 'triage-matter-arguable-en');
    // Started from the row: the appeal opens prefilled from the matter's answers.
    await deadline
      .getByRole('button', { name: `Start: ${titleOf('expulsion-appeal', 'en')}` })
      .click();
    await page
      .getByRole('heading', { level: 1, name: titleOf('expulsion-appeal', 'en'), exact: true })
      .waitFor();
    // The note on what was filled in stays once the first edit is saved: the form never jumps
    // up under the pointer as the autosave starts.
    const note = page.getByText('What the matter already knows has been filled in. Check it.');
    await note.waitFor();
    await page.locator('nav.sections button').nth(1).click();
    const next = page.getByRole('button', { name: 'Next →' });
    const before = await next.boundingBox();
    await page.locator('form.fields input[type="text"]').first().fill('Test');
    await expect.poll(() => page.locator('.save-state').getAttribute('data-state')).toBe('saved');
    expect(await note.isVisible()).toBe(true);
    expect(await next.boundingBox()).toEqual(before);
  });
});
