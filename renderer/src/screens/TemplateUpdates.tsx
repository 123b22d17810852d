/**
 * Settings › Template updates: pick a signed template pack (from a USB stick), see what it would
 * change — filings added, versions, cites corrected, shared blocks — and only then install it.
 * Main verifies the signature on inspect and again on import; a refusal is shown as it comes.
 */
import { useEffect, useState } from 'react';
import type { PackStatusView, PackSummaryView } from '../../../main/api.ts';
import { readBase64 } from '../files.ts';
import { ErrorText, FilePicker, Status } from '../components.tsx';
import { Section } from '../components/layout.tsx';
import { useScreen } from './useScreen.ts';
import { setHolidayYears } from '../../../common/holidays.ts';

export function TemplateUpdates({ onInstalled }: { onInstalled?: () => void }) {
  const { api, uiLang, t, errorText } = useScreen();
  const [status, setStatus] = useState<PackStatusView | null>(null);
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [summary, setSummary] = useState<PackSummaryView | null>(null);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.packStatus({ uiLang }).then((r) => {
      if (r.ok) setStatus(r.value);
    });
  }, [api, uiLang]);

  async function pick(f: File | null): Promise<void> {
    setSummary(null);
    setError('');
    setDone('');
    if (!f) return setFile(null);
    const content = await readBase64(f);
    setFile({ name: f.name, content });
    setBusy(true);
    const r = await api.inspectPack({ uiLang, content });
    setBusy(false);
    if (!r.ok) return setError(errorText(r.error));
    setSummary(r.value);
  }

  async function install(): Promise<void> {
    if (!file || !summary) return;
    setBusy(true);
    const r = await api.importPack({ uiLang, content: file.content });
    setBusy(false);
    if (!r.ok) return setError(errorText(r.error));
    setStatus(r.value);
    // A pack may bring next year's days off: the window counts with them from now on.
    const calendar = await api.getCalendar({});
    if (calendar.ok) setHolidayYears(calendar.value.holidayYears);
    setDone(t('packs.installed', { version: summary.packVersion }));
    setSummary(null);
    setFile(null);
    onInstalled?.();
  }

  const yesNo = (v: boolean): string => (v ? t('packs.yes') : t('packs.no'));
  const nothing =
    summary &&
    summary.filingsAdded.length +
      summary.filingsChanged.length +
      summary.citesChanged.length +
      summary.partialsChanged.length ===
      0;

  return (
    <Section headingId="packs-heading" title={t('packs.title')}>
      <p className="hint">{t('packs.hint')}</p>
      {status && (
        <p id="packs-installed">
          {status.installedVersion === null
            ? t('packs.builtIn')
            : t('packs.installedNow', { version: status.installedVersion })}{' '}
          <span id="app-version">{t('packs.appVersion', { version: status.appVersion })}</span>
        </p>
      )}
      {status?.warnings.map((w) => (
        <p key={w} className="error-text" role="alert">
          {w}
        </p>
      ))}
      {done && <Status>{done}</Status>}
      <div className="form-grid">
        <FilePicker
          id="pack-file"
          label={t('packs.file')}
          accept=".refugepack"
          fileName={file?.name ?? null}
          disabled={busy}
          onFile={(f) => void pick(f)}
        />
      </div>
      <ErrorText id="pack-error" text={error} />
      {summary && (
        <div className="pack-summary" aria-labelledby="pack-summary-heading">
          <h3 id="pack-summary-heading">
            {t('packs.summary', {
              version: summary.packVersion,
              date: summary.createdAt.slice(0, 10).split('-').reverse().join('.'),
            })}
          </h3>
          <p className="meta">{t('packs.signedBy', { signer: summary.signer })}</p>
          <ul>
            {summary.filingsAdded.map((f) => (
              <li key={`a-${f.id}`}>
                {t('packs.filingAdded', { title: f.title, version: f.version })}
              </li>
            ))}
            {summary.filingsChanged.map((f) => (
              <li key={`c-${f.id}`}>
                {t(f.older ? 'packs.filingOlder' : 'packs.filingChanged', {
                  title: f.title,
                  from: f.from,
                  to: f.to,
                })}
              </li>
            ))}
            {summary.citesChanged.map((c) => (
              <li key={`q-${c.key}`}>
                {c.added
                  ? t('packs.citeAdded', { text: c.text })
                  : c.textChanged
                    ? t('packs.citeText', { text: c.text })
                    : t('packs.citeSame', { text: c.text })}
                {c.verified &&
                  ` ${t('packs.citeVerified', { from: yesNo(c.verified.from), to: yesNo(c.verified.to) })}`}
              </li>
            ))}
            {summary.partialsChanged.map((p) => (
              <li key={`p-${p.name}`}>
                {t('packs.partial', { name: p.title[uiLang], change: t(`packs.${p.change}`) })}
              </li>
            ))}
            {nothing && <li>{t('packs.nothing')}</li>}
          </ul>
          <p className="hint">{t('packs.draftsKeep')}</p>
          <button type="button" className="primary" disabled={busy} onClick={() => void install()}>
            {t('packs.install', { version: summary.packVersion })}
          </button>
        </div>
      )}
    </Section>
  );
}
