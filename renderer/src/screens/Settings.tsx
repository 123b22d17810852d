/** Vault settings: idle auto-lock, encrypted backup and restore, wiping (typed confirmation). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../errors.ts';
import { WIPE_CONFIRMATION, type MatterSummaryView, type VaultStatus } from '../../../main/api.ts';
import { useApi, useUiLang } from '../context.ts';
import { ErrorText, FilePicker, PassphraseField, Status } from '../components.tsx';
import { TemplateUpdates } from './TemplateUpdates.tsx';
import { RegionSetting } from './RegionSetting.tsx';

export function Settings({
  onStatus,
  onPacksChanged,
}: {
  onStatus: (s: VaultStatus) => void;
  /** After a pack is installed: what the header says of the packs is asked again. */
  onPacksChanged?: () => void;
}) {
  const api = useApi();
  const uiLang = useUiLang();
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [minutes, setMinutes] = useState('');
  const [folder, setFolder] = useState('');
  const [confirm, setConfirm] = useState('');
  const [wipePass, setWipePass] = useState('');
  // An error is shown at the field it is about, not at the top of the page (issue 22).
  const [error, setErrorAt] = useState<{ text: string; at: string }>({ text: '', at: '' });
  const setError = (text: string, at = ''): void => setErrorAt({ text, at });
  const invalid = (id: string) =>
    error.at === id && error.text
      ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` }
      : {};
  const errorAt = (id: string) =>
    error.at === id && error.text ? <ErrorText id={`${id}-error`} text={error.text} /> : null;
  const [done, setDone] = useState('');
  const [matters, setMatters] = useState<readonly MatterSummaryView[]>([]);
  const [backupOf, setBackupOf] = useState('');
  const [backupPass, setBackupPass] = useState('');
  const [backupRepeat, setBackupRepeat] = useState('');
  const [savedTo, setSavedTo] = useState('');
  const [restoreFile, setRestoreFile] = useState<File | null>(null);
  const [restorePass, setRestorePass] = useState('');
  const [busy, setBusy] = useState(false);
  const [backupStatus, setBackupStatus] = useState('');
  const [namesInFileNames, setNamesInFileNames] = useState(false);
  const [currentPass, setCurrentPass] = useState('');
  const [nextPass, setNextPass] = useState('');
  const [nextRepeat, setNextRepeat] = useState('');
  // Re-key unless the lawyer says nobody else can know the old passphrase.
  const [rekey, setRekey] = useState(true);

  useEffect(() => {
    void api.vaultSettings({ uiLang }).then((r) => {
      if (r.ok) {
        setMinutes(String(r.value.autoLockMinutes));
        setFolder(r.value.folder);
      }
    });
    void api.listMatters({ uiLang, includeArchived: true }).then((r) => {
      if (r.ok) setMatters(r.value);
    });
    void api.getPrefs({}).then((r) => {
      if (r.ok) setNamesInFileNames(r.value.namesInFileNames === true);
    });
  }, [api, uiLang]);

  async function changePassphrase(): Promise<void> {
    if (nextPass !== nextRepeat) return setError(t('vault.mismatch'), 'passphrase-repeat');
    setBusy(true);
    const r = await api.changePassphrase({ uiLang, current: currentPass, next: nextPass, rekey });
    setBusy(false);
    setCurrentPass('');
    setNextPass('');
    setNextRepeat('');
    if (!r.ok) return setError(errorText(r.error), 'passphrase-current');
    setError('');
    setDone(
      t(r.value.rekeyed ? 'settings.passphraseChangedRekeyed' : 'settings.passphraseChanged'),
    );
  }

  async function toggleNames(on: boolean): Promise<void> {
    const r = await api.setPrefs({ namesInFileNames: on });
    if (r.ok) setNamesInFileNames(r.value.namesInFileNames === true);
  }

  async function backup(): Promise<void> {
    if (backupPass !== backupRepeat) return setError(t('vault.mismatch'), 'backup-repeat');
    setBusy(true);
    const r = await api.backupVault({
      uiLang,
      passphrase: backupPass,
      ...(backupOf ? { matterId: backupOf } : {}),
    });
    setBusy(false);
    if (!r.ok) return setError(errorText(r.error), 'backup-passphrase');
    setError('');
    setBackupPass('');
    setBackupRepeat('');
    setSavedTo(r.value.savedTo ?? '');
    // A backup that had to leave damaged records out says which (the rest is saved).
    setBackupStatus(r.value.warning ?? (r.value.savedTo ? '' : t('export.cancelled')));
  }

  async function restore(): Promise<void> {
    if (!restoreFile) return;
    setBusy(true);
    const r = await api.restoreVault({
      uiLang,
      passphrase: restorePass,
      content: await restoreFile.text(),
    });
    setBusy(false);
    if (!r.ok) return setError(errorText(r.error), 'restore-passphrase');
    setError('');
    setRestorePass('');
    setSavedTo('');
    setBackupStatus(t('settings.restored', { count: r.value.imported }));
  }

  async function saveMinutes(): Promise<void> {
    const n = Number(minutes);
    if (!Number.isInteger(n) || n < 1 || n > 240)
      return setError(t('settings.minutesRange'), 'autolock');
    const r = await api.vaultSettings({ uiLang, autoLockMinutes: n });
    if (r.ok) {
      setError('');
      setDone(t('settings.saved'));
      onStatus(r.value);
    } else setError(errorText(r.error), 'autolock');
  }

  async function wipe(): Promise<void> {
    const r = await api.wipeVault({ uiLang, confirm, passphrase: wipePass });
    setWipePass('');
    if (r.ok) onStatus(r.value);
    else setError(errorText(r.error), 'wipe-passphrase');
  }

  return (
    <div className="settings">
      <h1 tabIndex={-1}>{t('settings.title')}</h1>
      <ErrorText id="settings-error" text={error.at ? '' : error.text} />
      {done && <Status>{done}</Status>}
      <section aria-labelledby="autolock-heading">
        <h2 id="autolock-heading">{t('settings.autoLock')}</h2>
        <div className="toolbar">
          <label htmlFor="autolock">{t('settings.minutes')}</label>
          <input
            id="autolock"
            inputMode="numeric"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            size={4}
            {...invalid('autolock')}
          />
          <button type="button" onClick={() => void saveMinutes()}>
            {t('common.save')}
          </button>
        </div>
        {errorAt('autolock')}
        <p className="hint">{t('settings.shortcut')}</p>
      </section>
      <RegionSetting />
      <section aria-labelledby="vault-heading">
        <h2 id="vault-heading">{t('settings.vault')}</h2>
        <p>
          {t('vault.folder')} <code className="path">{folder}</code>
        </p>
        <p className="hint">{t('settings.diskEncryption')}</p>
      </section>
      <section aria-labelledby="passphrase-heading">
        <h2 id="passphrase-heading">{t('settings.passphraseChange')}</h2>
        <div className="toolbar">
          <PassphraseField
            id="passphrase-current"
            label={t('settings.passphraseCurrent')}
            autoComplete="current-password"
            value={currentPass}
            onValue={setCurrentPass}
            {...invalid('passphrase-current')}
          />
          <PassphraseField
            id="passphrase-next"
            label={t('settings.passphraseNew')}
            autoComplete="new-password"
            value={nextPass}
            onValue={setNextPass}
          />
          <PassphraseField
            id="passphrase-repeat"
            label={t('vault.repeat')}
            autoComplete="new-password"
            value={nextRepeat}
            onValue={setNextRepeat}
            {...invalid('passphrase-repeat')}
          />
        </div>
        <label className="inline">
          <input type="checkbox" checked={rekey} onChange={(e) => setRekey(e.target.checked)} />
          {t('settings.rekey')}
        </label>
        <p className="hint">{t('settings.rekeyHint')}</p>
        <button
          type="button"
          disabled={busy || !currentPass || !nextPass}
          onClick={() => void changePassphrase()}
        >
          {t('settings.passphraseChangeButton')}
        </button>
        {errorAt('passphrase-current')}
        {errorAt('passphrase-repeat')}
      </section>
      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">{t('settings.backup')}</h2>
        <p className="hint">{t('settings.backupHint')}</p>
        <label className="inline">
          <input
            type="checkbox"
            checked={namesInFileNames}
            onChange={(e) => void toggleNames(e.target.checked)}
          />
          {t('settings.namesInFileNames')}
        </label>
        <p className="hint">{t('settings.namesInFileNamesHint')}</p>
        {savedTo && (
          <Status>
            {t('settings.backupSaved')} <code className="path">{savedTo}</code>
          </Status>
        )}
        {backupStatus && <Status>{backupStatus}</Status>}
        <div className="form-grid">
          <label htmlFor="backup-of">{t('settings.backupOf')}</label>
          <select id="backup-of" value={backupOf} onChange={(e) => setBackupOf(e.target.value)}>
            <option value="">{t('settings.backupAll')}</option>
            {matters.map((m) => (
              <option key={m.id} value={m.id}>
                {m.clientName || m.title}
              </option>
            ))}
          </select>
          <PassphraseField
            id="backup-passphrase"
            label={t('settings.backupPassphrase')}
            autoComplete="new-password"
            value={backupPass}
            onValue={setBackupPass}
            {...invalid('backup-passphrase')}
          />
          <PassphraseField
            id="backup-repeat"
            label={t('vault.repeat')}
            autoComplete="new-password"
            value={backupRepeat}
            onValue={setBackupRepeat}
            {...invalid('backup-repeat')}
          />
        </div>
        <button type="button" disabled={busy || !backupPass} onClick={() => void backup()}>
          {t('settings.backupButton')}
        </button>
        {errorAt('backup-passphrase')}
        {errorAt('backup-repeat')}
        <h3>{t('settings.restore')}</h3>
        <div className="form-grid">
          <FilePicker
            id="restore-file"
            label={t('settings.restoreFile')}
            accept=".refuge"
            fileName={restoreFile?.name ?? null}
            onFile={setRestoreFile}
          />
          <PassphraseField
            id="restore-passphrase"
            label={t('settings.backupPassphrase')}
            autoComplete="off"
            value={restorePass}
            onValue={setRestorePass}
            {...invalid('restore-passphrase')}
          />
        </div>
        <button
          type="button"
          disabled={busy || !restoreFile || !restorePass}
          onClick={() => void restore()}
        >
          {t('settings.restoreButton')}
        </button>
        {errorAt('restore-passphrase')}
      </section>
      <TemplateUpdates {...(onPacksChanged ? { onInstalled: onPacksChanged } : {})} />
      <section aria-labelledby="wipe-heading" className="danger-zone">
        <h2 id="wipe-heading">{t('settings.wipe')}</h2>
        <p>{t('settings.wipeWarning', { word: WIPE_CONFIRMATION[uiLang] })}</p>
        <div className="toolbar">
          <label htmlFor="wipe-confirm">{t('settings.wipeConfirm')}</label>
          <input
            id="wipe-confirm"
            value={confirm}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setConfirm(e.target.value)}
          />
          <PassphraseField
            id="wipe-passphrase"
            label={t('vault.passphrase')}
            autoComplete="current-password"
            value={wipePass}
            onValue={setWipePass}
            {...invalid('wipe-passphrase')}
          />
          <button
            type="button"
            className="danger"
            disabled={confirm.trim() !== WIPE_CONFIRMATION[uiLang] || !wipePass}
            onClick={() => void wipe()}
          >
            {t('settings.wipeButton')}
          </button>
        </div>
        {errorAt('wipe-passphrase')}
      </section>
    </div>
  );
}
