/**
 * Matters that hold nothing — no client, facts, filing or file — left behind by opening a filing
 * and leaving it (before issue 22 each open made one). Home offers to delete them; nothing is
 * deleted without the click, and a matter with anything in it is never offered.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatterSummaryView } from '../../../main/api.ts';
import { useApi, useUiLang } from '../context.ts';

export function EmptyMatters({
  matters,
  onDeleted,
}: {
  matters: readonly MatterSummaryView[] | null;
  onDeleted: () => void;
}) {
  const api = useApi();
  const uiLang = useUiLang();
  const { t } = useTranslation();
  const [empty, setEmpty] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    // Only a matter without a client can be empty: the others are never opened here.
    const candidates = (matters ?? []).filter((m) => m.clientName === '' && !m.archived);
    void Promise.all(
      candidates.map(async (m) => {
        const [full, files] = await Promise.all([
          api.getMatter({ uiLang, matterId: m.id }),
          api.listAttachments({ uiLang, matterId: m.id }),
        ]);
        const nothing =
          full.ok &&
          files.ok &&
          full.value.drafts.length === 0 &&
          full.value.facts.trim() === '' &&
          !full.value.hasTriage &&
          files.value.length === 0;
        return nothing ? m.id : null;
      }),
    ).then((ids) => {
      if (live) setEmpty(ids.filter((id): id is string => id !== null));
    });
    return () => {
      live = false;
    };
  }, [api, uiLang, matters]);

  if (empty.length === 0) return null;
  return (
    <div className="notice" role="region" aria-labelledby="empty-matters-text">
      <span id="empty-matters-text">{t('ux.emptyMatters', { count: empty.length })}</span>{' '}
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void Promise.all(empty.map((matterId) => api.deleteMatter({ uiLang, matterId }))).then(
            () => {
              setBusy(false);
              setEmpty([]);
              onDeleted();
            },
          );
        }}
      >
        {t('ux.deleteEmpty', { count: empty.length })}
      </button>
    </div>
  );
}
