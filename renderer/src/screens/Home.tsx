/** The home screen: the filings one can start, and the matters already in the vault. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../errors.ts';
import type { MatterSummaryView, TemplateSummary } from '../../../main/api.ts';
import { useApi, useUiLang } from '../context.ts';
import { ErrorText, formatStamp } from '../components.tsx';
import type { Screen } from '../App.tsx';
import { EmptyMatters } from './EmptyMatters.tsx';
import { Triage } from './Triage.tsx';
import { DeadlinesList } from './DeadlinesList.tsx';

export function Home({ onOpen }: { onOpen: (s: Screen) => void }) {
  const api = useApi();
  const uiLang = useUiLang();
  const { t } = useTranslation();
  const errorText = useErrorText();
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
      <section aria-labelledby="filings-heading">
        <h2 id="filings-heading">{t('home.filings')}</h2>
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
                <button
                  type="button"
                  className="primary"
                  aria-label={`${t('home.start')}: ${tpl.title}`}
                  onClick={() => start(tpl)}
                >
                  {t('home.start')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="matters-heading">
        <h2 id="matters-heading">{t('home.matters')}</h2>
        <div className="toolbar">
          <label htmlFor="matter-search">{t('home.search')}</label>
          <input
            id="matter-search"
            type="search"
            value={query}
            spellCheck={false}
            onChange={(e) => setQuery(e.target.value)}
          />
          <label className="inline">
            <input
              type="checkbox"
              checked={archived}
              onChange={(e) => setArchived(e.target.checked)}
            />
            {t('home.showArchived')}
          </label>
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
                <button
                  type="button"
                  className="matter-row"
                  onClick={() => onOpen({ name: 'matter', matterId: m.id })}
                >
                  <span className="matter-client">{m.clientName || t('matter.noClient')}</span>
                  <span className="matter-title">{m.title}</span>
                  <span className="meta">
                    {t('matter.updated')}: {formatStamp(m.updatedAt)}
                    {m.archived ? ` · ${t('matter.archived')}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
