/** One matter: its deadlines (soonest first, with the legal basis), its drafts and versions. */
import { useCallback, useEffect, useState } from 'react';
import type { MatterDeadlineView, MatterView, TemplateSummary } from '../../../main/api.ts';
import { filedVerdictText } from '../../../common/filed.ts';
import type { DraftOrigin } from '../../../common/drafts.ts';
import { DraftItem, DRAFTS_HEADING } from './DraftItem.tsx';
import { formatShortDate } from '../../../common/dates.ts';
import { SOON_DAYS } from '../../../common/days-left.ts';
import { ErrorText, formatStamp, Status } from '../components.tsx';
import { ActionButton, ConfirmDanger, FilingSelect, TextField } from '../components/controls.tsx';
import { DataTable, Lines, Section } from '../components/layout.tsx';
import { useScreen } from './useScreen.ts';
import { OpenMatter } from './OpenMatter.tsx';
import type { Screen } from '../App.tsx';
import { MatterFiles } from './MatterFiles.tsx';

const DEADLINE_COLUMNS = [
  'matter.lastDay',
  'matter.left',
  'matter.deadline',
  'matter.basis',
] as const;

/**
 * A deadline row's colour: a filed term by its verdict (done in time is plain), an open one by
 * how near or past it is.
 */
function deadlineRowClass(d: MatterDeadlineView): string {
  if (d.filed)
    return d.filed.timeliness === 'inTime'
      ? 'filed'
      : d.filed.timeliness === 'late'
        ? 'missed'
        : 'arguable'; // arguable, or in time only if handing in counts as filing
  // Another step's term passed is not this filing's lateness: marked, never red.
  if (d.arguable || (d.missed && d.related)) return 'arguable';
  if (d.missed) return 'missed';
  return d.daysLeft <= SOON_DAYS ? 'urgent' : '';
}

export function MatterPage({
  matterId,
  onOpen,
}: {
  matterId: string;
  onOpen: (s: Screen) => void;
}) {
  const { api, uiLang, t, errorText } = useScreen();
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
      // No filing is chosen for the lawyer: the first of the list is rarely the one this matter
      // needs, and «Create» on it made a draft of the wrong kind.
      if (r.ok) setTemplates(r.value);
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

  // The filing chosen under «Новый документ» is drafted already: say so, and offer that draft
  // (the one saved last), before «Создать» starts another.
  const drafted = matter.drafts.filter((d) => d.templateId === newTemplate).at(-1);

  /** The «Осталось» cell: a filed term's verdict, or how near or past an open one is. */
  const leftText = (d: MatterDeadlineView): string => {
    if (d.filed) return filedVerdictText(d.filed, uiLang);
    if (d.arguable) return t('ux.arguable', { count: -d.daysLeft });
    if (d.missed)
      return d.related
        ? t('deadlineText.relatedPassed', { count: -d.daysLeft })
        : t('matter.missed');
    return d.daysLeft === 0 ? t('matter.today') : t('matter.daysLeft', { count: d.daysLeft });
  };

  /**
   * «Начать» a filing in this matter: one the triage answers call for, or a way out of a term;
   * «Открыть» the way out already started from that term.
   */
  const startLink = (
    templateId: string,
    title: string,
    { from, draftId }: { from?: DraftOrigin; draftId?: string | undefined } = {},
  ) => (
    <ActionButton
      className="link"
      action={draftId ? t('matter.openDraft') : t('home.start')}
      subject={title}
      onClick={() =>
        onOpen({
          name: 'filing',
          matterId,
          templateId,
          ...(draftId ? { draftId } : {}),
          ...(from ? { from } : {}),
        })
      }
    />
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

      <Section headingId="deadlines-heading" title={t('matter.deadlines')}>
        {matter.deadlines.length === 0 ? (
          <p className="empty">{t('matter.noDeadlines')}</p>
        ) : (
          <DataTable
            className="deadlines"
            caption={t('matter.deadlinesCaption')}
            columns={DEADLINE_COLUMNS.map((key) => t(key))}
          >
            {matter.deadlines.map((d) => (
              <tr key={`${d.draftId ?? d.templateId}/${d.id}`} className={deadlineRowClass(d)}>
                <td>
                  {formatShortDate(d.lastDay)}
                  <Lines lines={d.later} as="div" className="later-reading" />
                </td>
                <td>
                  {leftText(d)}
                  {d.wayOut?.map((w) => (
                    <div key={w.templateId} className="meta">
                      {w.templateTitle}{' '}
                      {startLink(w.templateId, w.templateTitle, {
                        draftId: w.draftId,
                        ...(d.draftId
                          ? {
                              from: {
                                draftId: d.draftId,
                                templateId: d.templateId,
                                deadlineId: d.id,
                              },
                            }
                          : {}),
                      })}
                    </div>
                  ))}
                </td>
                <td>
                  {d.label}
                  <div className="meta">
                    {d.source === 'triage'
                      ? `${d.templateTitle} — ${t('matter.fromTriage')} `
                      : d.templateTitle}
                    {d.source === 'triage' && startLink(d.templateId, d.templateTitle)}
                  </div>
                  <Lines lines={d.warnings} as="div" className="warning" />
                </td>
                <td>{d.basis.join('; ')}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Section>

      <Section headingId={DRAFTS_HEADING} title={t('matter.drafts')}>
        {matter.drafts.length === 0 ? (
          <p className="empty">{t('matter.noDrafts')}</p>
        ) : (
          <ul className="drafts">
            {matter.drafts.map((d) => (
              <DraftItem
                key={d.id}
                matterId={matterId}
                draft={d}
                onOpen={onOpen}
                onMatter={setMatter}
              />
            ))}
          </ul>
        )}
        <div className="toolbar">
          <FilingSelect
            id="new-filing"
            label={t('matter.newFiling')}
            value={newTemplate}
            onValue={setNewTemplate}
            templates={templates}
          />
          <button
            type="button"
            disabled={!newTemplate}
            onClick={() => onOpen({ name: 'filing', matterId, templateId: newTemplate })}
          >
            {t('matter.startFiling')}
          </button>
        </div>
        {drafted && (
          <p className="hint" role="status">
            {t('matter.alreadyDrafted')}{' '}
            <ActionButton
              className="link"
              action={t('matter.openDraft')}
              subject={drafted.templateTitle}
              onClick={() =>
                onOpen({
                  name: 'filing',
                  matterId,
                  templateId: drafted.templateId,
                  draftId: drafted.id,
                })
              }
            />
          </p>
        )}
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
                        <OpenMatter className="link" matterId={f.matterId} onOpen={onOpen}>
                          {t('matter.familyStarted', { name: f.name })}
                        </OpenMatter>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </div>
        )}
      </Section>

      <MatterFiles matterId={matterId} />

      <Section headingId="manage-heading" title={t('matter.manage')}>
        <div className="toolbar">
          <TextField id="matter-title" label={t('matter.name')} value={title} onValue={setTitle} />
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
            <ConfirmDanger
              label={t('matter.delete')}
              warning={t('matter.deleteConfirm')}
              yes={t('matter.deleteYes')}
              onYes={() => void remove()}
              onCancel={() => setConfirmDelete(false)}
            />
          )}
        </div>
      </Section>
    </div>
  );
}
