/**
 * One draft on the matter page: its title (numbered when the matter holds several of the filing),
 * the term it answers, its versions, «Открыть», the filing mark, and «Удалить черновик» — asked
 * first — for a filing started by mistake.
 */
import { useState } from 'react';
import type { MatterView } from '../../../main/api.ts';
import { ErrorText, formatStamp } from '../components.tsx';
import { ActionButton, ConfirmDanger } from '../components/controls.tsx';
import { FiledMarkControl } from './FiledMark.tsx';
import { useScreen } from './useScreen.ts';
import type { Screen } from '../App.tsx';

/** The matter page's «Документы» heading (MatterPage.tsx). */
export const DRAFTS_HEADING = 'drafts-heading';

export function DraftItem({
  matterId,
  draft,
  onOpen,
  onMatter,
}: {
  matterId: string;
  draft: MatterView['drafts'][number];
  onOpen: (s: Screen) => void;
  onMatter: (m: MatterView) => void;
}) {
  const { api, uiLang, t, errorText } = useScreen();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const latest = draft.versions[draft.versions.length - 1];
  const open = (version?: number) =>
    onOpen({
      name: 'filing',
      matterId,
      templateId: draft.templateId,
      draftId: draft.id,
      ...(version !== undefined ? { version } : {}),
    });

  async function remove(): Promise<void> {
    setConfirming(false);
    const r = await api.deleteDraft({ uiLang, matterId, draftId: draft.id });
    if (!r.ok) return setError(errorText(r.error));
    // This item goes with the draft: focus moves to the list's heading, not to the page's top.
    document.getElementById(DRAFTS_HEADING)?.focus();
    onMatter(r.value);
  }

  return (
    <li>
      <div>
        <strong>{draft.templateTitle}</strong>
        {draft.startedFor && (
          <div className="meta">{t('matter.startedFor', { term: draft.startedFor })}</div>
        )}
        <div className="meta">
          {t('matter.versions', { count: draft.versions.length })}
          {latest ? ` · ${t('matter.lastSaved')}: ${formatStamp(latest.savedAt)}` : ''}
        </div>
      </div>
      <ActionButton
        className="primary"
        action={t('matter.openDraft')}
        subject={draft.templateTitle}
        onClick={() => open()}
      />
      <FiledMarkControl
        matterId={matterId}
        templateId={draft.templateId}
        draftId={draft.id}
        templateTitle={draft.templateTitle}
        filed={draft.filed}
        onMatter={onMatter}
      />
      {draft.versions.length > 1 && (
        <details>
          <summary>{t('matter.history')}</summary>
          <ol>
            {draft.versions.map((v, i) => (
              <li key={v.savedAt}>
                <button type="button" className="link" onClick={() => open(i)}>
                  {formatStamp(v.savedAt)}
                </button>
              </li>
            ))}
          </ol>
        </details>
      )}
      <div className="draft-delete">
        {confirming ? (
          <ConfirmDanger
            label={`${t('matter.deleteDraft')}: ${draft.templateTitle}`}
            warning={t(
              draft.filed ? 'matter.deleteDraftWarningFiled' : 'matter.deleteDraftWarning',
            )}
            yes={t('matter.deleteDraft')}
            onYes={() => void remove()}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <ActionButton
            className="link"
            action={t('matter.deleteDraft')}
            subject={draft.templateTitle}
            onClick={() => setConfirming(true)}
          />
        )}
        <ErrorText id={`draft-${draft.id}-error`} text={error} />
      </div>
    </li>
  );
}
