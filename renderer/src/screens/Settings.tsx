/** Vault settings: idle auto-lock, and wiping the vault (typed confirmation). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WIPE_CONFIRMATION, type VaultStatus } from '../../../main/api.ts';
import { useApi, useUiLang } from '../context.ts';
import { ErrorText, Status } from '../components.tsx';

export function Settings({ onStatus }: { onStatus: (s: VaultStatus) => void }) {
  const api = useApi();
  const uiLang = useUiLang();
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState('');
  const [folder, setFolder] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');

  useEffect(() => {
    void api.vaultSettings({ uiLang }).then((r) => {
      if (r.ok) {
        setMinutes(String(r.value.autoLockMinutes));
        setFolder(r.value.folder);
      }
    });
  }, [api, uiLang]);

  async function saveMinutes(): Promise<void> {
    const n = Number(minutes);
    if (!Number.isInteger(n) || n < 1 || n > 240) return setError(t('settings.minutesRange'));
    const r = await api.vaultSettings({ uiLang, autoLockMinutes: n });
    if (r.ok) {
      setError('');
      setDone(t('settings.saved'));
      onStatus(r.value);
    } else setError(r.error.message || t('errors.internal'));
  }

  async function wipe(): Promise<void> {
    const r = await api.wipeVault({ uiLang, confirm });
    if (r.ok) onStatus(r.value);
    else setError(r.error.message || t('errors.internal'));
  }

  return (
    <div className="settings">
      <h1 tabIndex={-1}>{t('settings.title')}</h1>
      <ErrorText id="settings-error" text={error} />
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
          />
          <button type="button" onClick={() => void saveMinutes()}>
            {t('common.save')}
          </button>
        </div>
        <p className="hint">{t('settings.shortcut')}</p>
      </section>
      <section aria-labelledby="vault-heading">
        <h2 id="vault-heading">{t('settings.vault')}</h2>
        <p>
          {t('vault.folder')} <code className="path">{folder}</code>
        </p>
        <p className="hint">{t('settings.diskEncryption')}</p>
      </section>
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
          <button
            type="button"
            className="danger"
            disabled={confirm.trim() !== WIPE_CONFIRMATION[uiLang]}
            onClick={() => void wipe()}
          >
            {t('settings.wipeButton')}
          </button>
        </div>
      </section>
    </div>
  );
}
