/**
 * Settings' passphrase fields in a real browser: changing the passphrase (a mismatch shown at the
 * repeat field, the new one opening the vault after a lock, the fields emptied), a backup whose
 * repeat does not match, and wiping, which waits for the confirmation word and the passphrase.
 */
import { describe, expect, it } from 'vitest';
import { WIPE_CONFIRMATION } from '../../main/api.ts';
import ru from '../../common/locales/ru.ts';
import { axe, russianStory, shot } from './harness.ts';

const FIRST = 'первый пароль хранилища';
const SECOND = 'второй пароль хранилища';
const story = russianStory(FIRST);

const section = (heading: string) =>
  story().getByRole('region', { name: heading, exact: true }).first();
const changePassphrase = () =>
  section(ru.settings.passphraseChange)
    .getByRole('button', { name: ru.settings.passphraseChangeButton })
    .click();

describe('the passphrase fields of Settings', () => {
  it('says at the repeat field that the new passphrases differ', async () => {
    const page = story();
    await page.getByRole('navigation').getByRole('button', { name: ru.nav.settings }).click();
    await page.getByRole('heading', { level: 1, name: ru.settings.title }).waitFor();
    await page.getByLabel(ru.settings.passphraseCurrent).fill(FIRST);
    await page.getByLabel(ru.settings.passphraseNew).fill(SECOND);
    await page.locator('#passphrase-repeat').fill('другой пароль');
    await changePassphrase();
    await expect
      .poll(() => page.locator('#passphrase-repeat-error').innerText())
      .toBe(ru.vault.mismatch);
    expect(await page.locator('#passphrase-repeat').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#passphrase-current').getAttribute('aria-invalid')).toBeNull();
    await axe(page, 'settings with a passphrase mismatch');
    await shot(page, 'ru-settings-1-passphrase-mismatch');
  });

  it('changes the passphrase: the fields empty, the old one no longer opens, the new one does', async () => {
    const page = story();
    await page.locator('#passphrase-repeat').fill(SECOND);
    await page.getByLabel(ru.settings.rekey).uncheck();
    await changePassphrase();
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContain(ru.settings.passphraseChanged);
    for (const id of ['passphrase-current', 'passphrase-next', 'passphrase-repeat'])
      expect(await page.locator(`#${id}`).inputValue()).toBe('');
    expect(await page.locator('#passphrase-repeat-error').count()).toBe(0);

    await page.getByRole('button', { name: ru.vault.lock, exact: true }).click();
    await page.getByRole('heading', { name: ru.vault.unlockTitle }).waitFor();
    await page.locator('#passphrase').fill(FIRST);
    await page.getByRole('button', { name: ru.vault.unlock, exact: true }).click();
    await expect.poll(() => page.locator('#passphrase-error').innerText()).not.toBe('');
    await page.locator('#passphrase').fill(SECOND);
    await page.getByRole('button', { name: ru.vault.unlock, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: ru.settings.title }).waitFor();
  });

  it('says at the repeat field that the backup passphrases differ', async () => {
    const page = story();
    await page.getByLabel(ru.settings.backupPassphrase).first().fill('пароль копии');
    await page.locator('#backup-repeat').fill('другой пароль копии');
    await page.getByRole('button', { name: ru.settings.backupButton }).click();
    await expect
      .poll(() => page.locator('#backup-repeat-error').innerText())
      .toBe(ru.vault.mismatch);
    expect(await page.locator('#backup-repeat').getAttribute('aria-invalid')).toBe('true');
    // The typed passphrases stay for the lawyer to correct.
    expect(await page.locator('#backup-passphrase').inputValue()).toBe('пароль копии');
  });

  it('wipes the vault only with the confirmation word and the passphrase', async () => {
    const page = story();
    const wipe = page.getByRole('button', { name: ru.settings.wipeButton });
    expect(await wipe.isDisabled()).toBe(true);
    await page.getByLabel(ru.settings.wipeConfirm).fill(WIPE_CONFIRMATION.ru);
    expect(await wipe.isDisabled()).toBe(true);
    await section(ru.settings.wipe).getByLabel(ru.vault.passphrase).fill(SECOND);
    expect(await wipe.isDisabled()).toBe(false);
    await wipe.click();
    await page.getByRole('heading', { name: ru.vault.createTitle }).waitFor();
  });
});
