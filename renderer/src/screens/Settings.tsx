/** Vault settings: idle auto-lock, encrypted backup and restore, wiping (typed confirmation). */
import { useEffect, useState } from 'react';
import { WIPE_CONFIRMATION, type MatterSummaryView, type VaultStatus } from '../../../main/api.ts';
import { ErrorText, FilePicker, PassphraseField, Status } from '../components.tsx';
import {
  PrivateTextField,
  RepeatPassphrase,
  SelectField,
  TextField,
} from '../components/controls.tsx';
import { Section } from '../components/layout.tsx';
import { Checkbox } from '../Checkbox.tsx';
import { useScreen } from './useScreen.ts';
import { TemplateUpdates } from './TemplateUpdates.tsx';
import { RegionSetting } from './RegionSetting.tsx';

/** The passphrases typed on this screen, by the id of their field (which an error names too). */
type SecretId =
  | 'passphrase-current'
  | 'passphrase-next'
  | 'passphrase-repeat'
  | 'backup-passphrase'
  | 'backup-repeat'
  | 'restore-passphrase'
  | 'wipe-passphrase';
type Secrets = Readonly<Record<SecretId, string>>;
const NO_SECRETS: Secrets = {
  'passphrase-current': '',
  'passphrase-next': '',
  'passphrase-repeat': '',
  'backup-passphrase': '',
  'backup-repeat': '',
  'restore-passphrase': '',
  'wipe-passphrase': '',
};

export function Settings({
  onStatus,
  onPacksChanged,
}: {
  onStatus: (s: VaultStatus) => void;
  /** After a pack is installed: what the header says of the packs is asked again. */
  onPacksChanged?: () => void;
}) {
  const { api, uiLang, t, errorText } = useScreen();
  const [minutes, setMinutes] = useState('');
  const [folder, setFolder] = useState('');
  const [confirm, setConfirm] = useState('');
  const [secrets, setSecrets] = useState<Secrets>(NO_SECRETS);
  /** Passphrases leave the screen's state as soon as they have been used. */
  const forget = (...ids: SecretId[]): void =>
    setSecrets((s) => ({ ...s, ...Object.fromEntries(ids.map((id) => [id, ''])) }));
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
  /** A passphrase field's id, value and edit, bound to this screen's record, and its error. */
  const secret = (id: SecretId) => ({
    id,
    value: secrets[id],
    onValue: (value: string) => setSecrets((s) => ({ ...s, [id]: value })),
    ...invalid(id),
  });
  const secretField = (
    id: SecretId,
    label: string,
    autoComplete: 'new-password' | 'current-password' | 'off' = 'new-password',
  ) => <PassphraseField label={label} autoComplete={autoComplete} {...secret(id)} />;
  const [backupOf, setBackupOf] = useState('');
  const [savedTo, setSavedTo] = useState('');
  const [restoreFile, setRestoreFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [backupStatus, setBackupStatus] = useState('');
  const [namesInFileNames, setNamesInFileNames] = useState(false);
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
    const { 'passphrase-current': current, 'passphrase-next': next } = secrets;
    if (next !== secrets['passphrase-repeat'])
      return setError(t('vault.mismatch'), 'passphrase-repeat');
    setBusy(true);
    const r = await api.changePassphrase({ uiLang, current, next, rekey });
    setBusy(false);
    forget('passphrase-current', 'passphrase-next', 'passphrase-repeat');
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
    const { 'backup-passphrase': passphrase, 'backup-repeat': repeat } = secrets;
    if (passphrase !== repeat) return setError(t('vault.mismatch'), 'backup-repeat');
    setBusy(true);
    const r = await api.backupVault({
      uiLang,
      passphrase,
      ...(backupOf ? { matterId: backupOf } : {}),
    });
    setBusy(false);
    if (!r.ok) return setError(errorText(r.error), 'backup-passphrase');
    setError('');
    forget('backup-passphrase', 'backup-repeat');
    setSavedTo(r.value.savedTo ?? '');
    // A backup that had to leave damaged records out says which (the rest is saved).
    setBackupStatus(r.value.warning ?? (r.value.savedTo ? '' : t('export.cancelled')));
  }

  async function restore(): Promise<void> {
    if (!restoreFile) return;
    setBusy(true);
    const r = await api.restoreVault({
      uiLang,
      passphrase: secrets['restore-passphrase'],
      content: await restoreFile.text(),
    });
    setBusy(false);
    if (!r.ok) return setError(errorText(r.error), 'restore-passphrase');
    setError('');
    forget('restore-passphrase');
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
    const r = await api.wipeVault({ uiLang, confirm, passphrase: secrets['wipe-passphrase'] });
    forget('wipe-passphrase');
    if (r.ok) onStatus(r.value);
    else setError(errorText(r.error), 'wipe-passphrase');
  }

  return (
    <div className="settings">
      <h1 tabIndex={-1}>{t('settings.title')}</h1>
      <ErrorText id="settings-error" text={error.at ? '' : error.text} />
      {done && <Status>{done}</Status>}
      <Section headingId="autolock-heading" title={t('settings.autoLock')}>
        <div className="toolbar">
          <TextField
            id="autolock"
            label={t('settings.minutes')}
            inputMode="numeric"
            value={minutes}
            onValue={setMinutes}
            size={4}
            {...invalid('autolock')}
          />
          <button type="button" onClick={() => void saveMinutes()}>
            {t('common.save')}
          </button>
        </div>
        {errorAt('autolock')}
        <p className="hint">{t('settings.shortcut')}</p>
      </Section>
      <RegionSetting />
      <Section headingId="vault-heading" title={t('settings.vault')}>
        <p>
          {t('vault.folder')} <code className="path">{folder}</code>
        </p>
        <p className="hint">{t('settings.diskEncryption')}</p>
      </Section>
      <Section headingId="passphrase-heading" title={t('settings.passphraseChange')}>
        <div className="toolbar">
          {secretField('passphrase-current', t('settings.passphraseCurrent'), 'current-password')}
          {secretField('passphrase-next', t('settings.passphraseNew'))}
          <RepeatPassphrase {...secret('passphrase-repeat')} />
        </div>
        <Checkbox checked={rekey} onChange={setRekey}>
          {t('settings.rekey')}
        </Checkbox>
        <p className="hint">{t('settings.rekeyHint')}</p>
        <button
          type="button"
          disabled={busy || !secrets['passphrase-current'] || !secrets['passphrase-next']}
          onClick={() => void changePassphrase()}
        >
          {t('settings.passphraseChangeButton')}
        </button>
        {errorAt('passphrase-current')}
        {errorAt('passphrase-repeat')}
      </Section>
      <Section headingId="backup-heading" title={t('settings.backup')}>
        <p className="hint">{t('settings.backupHint')}</p>
        <Checkbox checked={namesInFileNames} onChange={(on) => void toggleNames(on)}>
          {t('settings.namesInFileNames')}
        </Checkbox>
        <p className="hint">{t('settings.namesInFileNamesHint')}</p>
        {savedTo && (
          <Status>
            {t('settings.backupSaved')} <code className="path">{savedTo}</code>
          </Status>
        )}
        {backupStatus && <Status>{backupStatus}</Status>}
        <div className="form-grid">
          <SelectField
            id="backup-of"
            label={t('settings.backupOf')}
            value={backupOf}
            onValue={setBackupOf}
          >
            <option value="">{t('settings.backupAll')}</option>
            {matters.map((m) => (
              <option key={m.id} value={m.id}>
                {m.clientName || m.title}
              </option>
            ))}
          </SelectField>
          {secretField('backup-passphrase', t('settings.backupPassphrase'))}
          <RepeatPassphrase {...secret('backup-repeat')} />
        </div>
        <button
          type="button"
          disabled={busy || !secrets['backup-passphrase']}
          onClick={() => void backup()}
        >
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
          {secretField('restore-passphrase', t('settings.backupPassphrase'), 'off')}
        </div>
        <button
          type="button"
          disabled={busy || !restoreFile || !secrets['restore-passphrase']}
          onClick={() => void restore()}
        >
          {t('settings.restoreButton')}
        </button>
        {errorAt('restore-passphrase')}
      </Section>
      <TemplateUpdates {...(onPacksChanged ? { onInstalled: onPacksChanged } : {})} />
      <Section headingId="wipe-heading" title={t('settings.wipe')} className="danger-zone">
        <p>{t('settings.wipeWarning', { word: WIPE_CONFIRMATION[uiLang] })}</p>
        <div className="toolbar">
          <PrivateTextField
            id="wipe-confirm"
            label={t('settings.wipeConfirm')}
            value={confirm}
            onValue={setConfirm}
          />
          {secretField('wipe-passphrase', t('vault.passphrase'), 'current-password')}
          <button
            type="button"
            className="danger"
            disabled={confirm.trim() !== WIPE_CONFIRMATION[uiLang] || !secrets['wipe-passphrase']}
            onClick={() => void wipe()}
          >
            {t('settings.wipeButton')}
          </button>
        </div>
        {errorAt('wipe-passphrase')}
      </Section>
    </div>
  );
}
