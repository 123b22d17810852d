/** One matter: its deadlines (soonest first, with the legal basis), its drafts and versions. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../errors.ts';
import type { MatterView, TemplateSummary } from '../../../main/api.ts';
import { formatShortDate } from '../../../common/dates.ts';
import { useApi, useUiLang } from '../context.ts';
import { ErrorText, formatStamp, Status, TemplateOptions } from '../components.tsx';
import type { Screen } from '../App.tsx';
import { MatterFiles } from './MatterFiles.tsx';

export function MatterPage({
  matterId,
  onOpen,
}: {
  matterId: string;
  onOpen: (s: Screen) => void;
}) {
  const api = useApi();
  const uiLang = useUiLang();
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [matter, setMatter] = useState<MatterView | null>(null);
  const [templates, setTemplates] = useState<readonly TemplateSummary[]>([]);
  const [newTemplate, setNewTemplate] = useState('');
  const [error, setError] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [title, setTitle] = useState('');
  const [saved, setSaved] = useState('');
  const [family, setFamily] = useState<
    readonly { readonly matterId: string; readonly name: string }[] | null
  >(null);

  const load = useCallback(async () => {
    const r = await api.getMatter({ uiLang, matterId });
    if (r.ok) {
      setMatter(r.value);
      setTitle(r.value.title);
    } else setError(errorText(r.error));
  }, [api, uiLang, matterId, t]);

  useEffect(() => {
    void load();
    void api.listTemplates({ uiLang }).then((r) => {
      if (r.ok) {
        setTemplates(r.value);
        setNewTemplate((current) => current || (r.value[0]?.id ?? ''));
      }
    });
  }, [api, uiLang, load]);

  if (!matter)
    return (
      <div>
        <h1 tabIndex={-1}>{t('matter.title')}</h1>
        <ErrorText id="matter-error" text={error} />
        {!error && <p aria-busy="true">{t('app.loading')}</p>}
      </div>
    );

  async function rename(): Promise<void> {
    const r = await api.updateMatter({ uiLang, matterId, title });
    if (r.ok) {
      setSaved(t('matter.renamed'));
      await load();
    } else setError(errorText(r.error));
  }

  async function archive(archived: boolean): Promise<void> {
    const r = await api.archiveMatter({ uiLang, matterId, archived });
    if (r.ok) await load();
    else setError(errorText(r.error));
  }

  async function remove(): Promise<void> {
    const r = await api.deleteMatter({ uiLang, matterId });
    if (r.ok) onOpen({ name: 'home' });
    else setError(errorText(r.error));
  }

  return (
    <div className="matter-page">
      <h1 tabIndex={-1}>{matter.clientName || t('matter.noClient')}</h1>
      <p className="meta">
        {matter.title ? `${matter.title} · ` : ''}
        {t('matter.created')}: {formatStamp(matter.createdAt)}
        {matter.archived ? ` · ${t('matter.archived')}` : ''}
      </p>
      <ErrorText id="matter-error" text={error} />

      <section aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">{t('matter.deadlines')}</h2>
        {matter.deadlines.length === 0 ? (
          <p className="empty">{t('matter.noDeadlines')}</p>
        ) : (
          <table className="deadlines">
            <caption className="visually-hidden">{t('matter.deadlinesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('matter.lastDay')}</th>
                <th scope="col">{t('matter.left')}</th>
                <th scope="col">{t('matter.deadline')}</th>
                <th scope="col">{t('matter.basis')}</th>
              </tr>
            </thead>
            <tbody>
              {matter.deadlines.map((d) => (
                <tr
                  key={`${d.templateId}/${d.id}`}
                  className={d.missed ? 'missed' : d.daysLeft <= 2 ? 'urgent' : ''}
                >
                  <td>
                    {formatShortDate(d.lastDay)}
                    {d.later.map((line) => (
                      <div key={line} className="later-reading">
                        {line}
                      </div>
                    ))}
                  </td>
                  <td>
                    {d.missed
                      ? t('matter.missed')
                      : d.daysLeft === 0
                        ? t('matter.today')
                        : t('matter.daysLeft', { count: d.daysLeft })}
                  </td>
                  <td>
                    {d.label}
                    <div className="meta">{d.templateTitle}</div>
                    {d.warnings.map((w) => (
                      <div key={w} className="warning">
                        {w}
                      </div>
                    ))}
                  </td>
                  <td>{d.basis.join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">{t('matter.drafts')}</h2>
        {matter.drafts.length === 0 ? (
          <p className="empty">{t('matter.noDrafts')}</p>
        ) : (
          <ul className="drafts">
            {matter.drafts.map((d) => {
              const latest = d.versions[d.versions.length - 1];
              return (
                <li key={d.templateId}>
                  <div>
                    <strong>{d.templateTitle}</strong>
                    <div className="meta">
                      {t('matter.versions', { count: d.versions.length })}
                      {latest ? ` · ${t('matter.lastSaved')}: ${formatStamp(latest.savedAt)}` : ''}
                    </div>
                  </div>
                  <button
                    type="button"
                    className="primary"
                    aria-label={`${t('matter.openDraft')}: ${d.templateTitle}`}
                    onClick={() => onOpen({ name: 'filing', matterId, templateId: d.templateId })}
                  >
                    {t('matter.openDraft')}
                  </button>
                  {d.versions.length > 1 && (
                    <details>
                      <summary>{t('matter.history')}</summary>
                      <ol>
                        {d.versions.map((v, i) => (
                          <li key={v.savedAt}>
                            <button
                              type="button"
                              className="link"
                              onClick={() =>
                                onOpen({
                                  name: 'filing',
                                  matterId,
                                  templateId: d.templateId,
                                  version: i,
                                })
                              }
                            >
                              {formatStamp(v.savedAt)}
                            </button>
                          </li>
                        ))}
                      </ol>
                    </details>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <div className="toolbar">
          <label htmlFor="new-filing">{t('matter.newFiling')}</label>
          <select
            id="new-filing"
            value={newTemplate}
            onChange={(e) => setNewTemplate(e.target.value)}
          >
            <TemplateOptions templates={templates} />
          </select>
          <button
            type="button"
            disabled={!newTemplate}
            onClick={() => onOpen({ name: 'filing', matterId, templateId: newTemplate })}
          >
            {t('matter.startFiling')}
          </button>
        </div>
        <p className="hint">{t('matter.prefillHint')}</p>
        {matter.drafts.some((d) => d.templateId === 'refugee-application') && (
          <div className="family-applications">
            <button
              type="button"
              onClick={() =>
                void api.startFamilyApplications({ uiLang, matterId }).then((r) => {
                  if (r.ok) setFamily(r.value.started);
                  else setError(errorText(r.error));
                })
              }
            >
              {t('matter.familyApplications')}
            </button>
            <p className="hint">{t('matter.familyApplicationsHint')}</p>
            {family !== null && (
              <div role="status">
                {family.length === 0 ? (
                  <p>{t('matter.familyNone')}</p>
                ) : (
                  <ul>
                    {family.map((f) => (
                      <li key={f.matterId}>
                        <button
                          type="button"
                          className="link"
                          onClick={() => onOpen({ name: 'matter', matterId: f.matterId })}
                        >
                          {t('matter.familyStarted', { name: f.name })}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </div>
        )}
      </section>

      <MatterFiles matterId={matterId} />

      <section aria-labelledby="manage-heading">
        <h2 id="manage-heading">{t('matter.manage')}</h2>
        <div className="toolbar">
          <label htmlFor="matter-title">{t('matter.name')}</label>
          <input id="matter-title" value={title} onChange={(e) => setTitle(e.target.value)} />
          <button type="button" onClick={() => void rename()} disabled={title.trim() === ''}>
            {t('matter.rename')}
          </button>
        </div>
        {saved && <Status>{saved}</Status>}
        <div className="toolbar">
          <button type="button" onClick={() => void archive(!matter.archived)}>
            {matter.archived ? t('matter.unarchive') : t('matter.archive')}
          </button>
          {!confirmDelete ? (
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              {t('matter.delete')}
            </button>
          ) : (
            <span role="group" aria-label={t('matter.delete')}>
              <span className="warning">{t('matter.deleteConfirm')}</span>{' '}
              <button type="button" className="danger" onClick={() => void remove()}>
                {t('matter.deleteYes')}
              </button>{' '}
              <button type="button" onClick={() => setConfirmDelete(false)}>
                {t('common.cancel')}
              </button>
            </span>
          )}
        </div>
      </section>
    </div>
  );
}
