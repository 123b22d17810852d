/**
 * Settings: the region new matters start in (kept in the vault's settings). Each matter keeps its
 * own region once made, so changing it here changes no earlier matter.
 */
import { useEffect, useState } from 'react';
import { ErrorText, Status } from '../components.tsx';
import { SelectField } from '../components/controls.tsx';
import { Section } from '../components/layout.tsx';
import { RegionOptions, useCourtTable } from '../form/CourtPicker.tsx';
import { useScreen } from './useScreen.ts';

export function RegionSetting() {
  const { api, uiLang, t, errorText } = useScreen();
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
    <Section headingId="region-heading" title={t('courts.title')}>
      <div className="toolbar">
        <SelectField
          id="settings-region"
          label={t('courts.settingsLabel')}
          value={region}
          onValue={(id) => void choose(id)}
          aria-describedby="settings-region-hint"
          {...(error ? { 'aria-invalid': true } : {})}
        >
          <RegionOptions courts={courts} uiLang={uiLang} />
        </SelectField>
      </div>
      {error && <ErrorText id="settings-region-error" text={error} />}
      {status && <Status>{status}</Status>}
      <p id="settings-region-hint" className="hint">
        {t('courts.settingsHint')}
      </p>
    </Section>
  );
}
