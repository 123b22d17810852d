/** The home screen: the filings one can start, and the matters already in the vault. */
import { useEffect, useState } from 'react';
import type { MatterSummaryView, TemplateSummary } from '../../../main/api.ts';
import { ErrorText, formatStamp } from '../components.tsx';
import { ActionButton, PrivateTextField } from '../components/controls.tsx';
import { Section } from '../components/layout.tsx';
import { Checkbox } from '../Checkbox.tsx';
import { useScreen } from './useScreen.ts';
import { OpenMatter } from './OpenMatter.tsx';
import type { Screen } from '../App.tsx';
import { EmptyMatters } from './EmptyMatters.tsx';
import { Triage } from './Triage.tsx';
import { DeadlinesList } from './DeadlinesList.tsx';

export function Home({ onOpen }: { onOpen: (s: Screen) => void }) {
  const { api, uiLang, t, errorText } = useScreen();
  const [templates, setTemplates] = useState<readonly TemplateSummary[] | null>(null);
  const [matters, setMatters] = useState<readonly MatterSummaryView[] | null>(null);
  const [query, setQuery] = useState('');
  const [archived, setArchived] = useState(false);
  const [error, setError] = useState('');
  const [listed, setListed] = useState(0); // bumped to list the matters again

  useEffect(() => {
    void api.listTemplates({ uiLang }).then((r) => {
      if (r.ok) setTemplates(r.value);
      else setError(errorText(r.error));
    });
  }, [api, uiLang, t]);

  useEffect(() => {
    let live = true;
    void api.listMatters({ uiLang, query, includeArchived: archived }).then((r) => {
      if (!live) return;
      if (r.ok) setMatters(r.value);
      else setError(errorText(r.error));
    });
    return () => {
      live = false;
    };
  }, [api, uiLang, query, archived, t, listed]);

  // No matter yet: the filing screen creates it with the first answer (issue 22).
  function start(template: TemplateSummary): void {
    onOpen({ name: 'filing', matterId: '', templateId: template.id });
  }

  return (
    <div className="home">
      <h1 tabIndex={-1}>{t('home.title')}</h1>
      <ErrorText id="home-error" text={error} />
      <Triage onOpen={onOpen} />
      <DeadlinesList onOpen={onOpen} />
      <Section headingId="filings-heading" title={t('home.filings')}>
        {templates === null ? (
          <p aria-busy="true">{t('app.loading')}</p>
        ) : templates.length === 0 ? (
          <p className="empty">{t('home.noFilings')}</p>
        ) : (
          <ul className="cards">
            {templates.map((tpl) => (
              <li key={tpl.id} className="card">
                <h3>{tpl.title}</h3>
                <p>{tpl.purpose}</p>
                {tpl.deadlineHint && (
                  <p className="deadline-hint">
                    <strong>{t('home.deadline')}:</strong> {tpl.deadlineHint}
                  </p>
                )}
                <p className="meta">
                  {t('home.documentLanguages')}:{' '}
                  {tpl.languages.map((l) => t(`lang.${l}`)).join(', ')}
                  {' · '}
                  {t('packs.version', { version: tpl.version })}
                </p>
                <ActionButton
                  className="primary"
                  action={t('home.start')}
                  subject={tpl.title}
                  onClick={() => start(tpl)}
                />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section headingId="matters-heading" title={t('home.matters')}>
        <div className="toolbar">
          <PrivateTextField
            id="matter-search"
            label={t('home.search')}
            type="search"
            value={query}
            onValue={setQuery}
          />
          <Checkbox checked={archived} onChange={setArchived}>
            {t('home.showArchived')}
          </Checkbox>
        </div>
        <EmptyMatters matters={matters} onDeleted={() => setListed((n) => n + 1)} />
        {matters === null ? (
          <p aria-busy="true">{t('app.loading')}</p>
        ) : matters.length === 0 ? (
          <p className="empty">{query ? t('home.noMatches') : t('home.noMatters')}</p>
        ) : (
          <ul className="matter-list">
            {matters.map((m) => (
              <li key={m.id}>
                <OpenMatter className="matter-row" matterId={m.id} onOpen={onOpen}>
                  <span className="matter-client">{m.clientName || t('matter.noClient')}</span>
                  <span className="matter-title">{m.title}</span>
                  <span className="meta">
                    {t('matter.updated')}: {formatStamp(m.updatedAt)}
                    {m.archived ? ` · ${t('matter.archived')}` : ''}
                  </span>
                </OpenMatter>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
