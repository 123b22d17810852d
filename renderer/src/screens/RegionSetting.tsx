/**
 * Settings: the region new matters start in (kept in the vault's settings). Each matter keeps its
 * own region once made, so changing it here changes no earlier matter.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useUiLang } from '../context.ts';
import { ErrorText, Status } from '../components.tsx';
import { RegionOptions, useCourtTable } from '../form/CourtPicker.tsx';
import { useErrorText } from '../errors.ts';

export function RegionSetting() {
  const api = useApi();
  const uiLang = useUiLang();
  const { t } = useTranslation();
  const errorText = useErrorText();
  const courts = useCourtTable();
  const [region, setRegion] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    void api.vaultSettings({ uiLang }).then((r) => {
      if (r.ok) setRegion(r.value.region ?? '');
    });
    // Read once: what is shown afterwards is what the lawyer picked.
  }, [api]);

  async function choose(id: string): Promise<void> {
    setRegion(id);
    setStatus('');
    const r = await api.vaultSettings({ uiLang, region: id });
    if (r.ok) {
      setError('');
      setStatus(t('courts.saved'));
    } else setError(errorText(r.error));
  }

  if (!courts) return null;
  return (
    <section aria-labelledby="region-heading">
      <h2 id="region-heading">{t('courts.title')}</h2>
      <div className="toolbar">
        <label htmlFor="settings-region">{t('courts.settingsLabel')}</label>
        <select
          id="settings-region"
          value={region}
          onChange={(e) => void choose(e.target.value)}
          aria-describedby="settings-region-hint"
          {...(error ? { 'aria-invalid': true } : {})}
        >
          <RegionOptions courts={courts} uiLang={uiLang} />
        </select>
      </div>
      {error && <ErrorText id="settings-region-error" text={error} />}
      {status && <Status>{status}</Status>}
      <p id="settings-region-hint" className="hint">
        {t('courts.settingsHint')}
      </p>
    </section>
  );
}
