/**
 * Beside the form: the one pre-flight list, folded, then the live preview of the real PDF. It
 * scrolls on its own, so keyboard users reach it too (axe scrollable-region-focusable).
 */
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Preview } from '../../Preview.tsx';
import { FindingList } from '../review.tsx';
import type { Triage } from './triage.ts';

export function FilingSide({
  triage,
  findingsRef,
  preview,
  previewBusy,
}: {
  triage: Triage;
  findingsRef: RefObject<HTMLDetailsElement | null>;
  /** The latest preview rendered, or null before the first. */
  preview: { base64: string; rev: number } | null;
  /** A render is under way, or the preview is older than the answers. */
  previewBusy: boolean;
}) {
  const { t } = useTranslation();
  const { findings } = triage;
  return (
    <aside className="side" tabIndex={0} aria-label={t('ux.side')}>
      <details className="preflight" ref={findingsRef} id="preflight">
        <summary>
          <span id="preflight-heading">
            {findings.length > 0
              ? t('ux.findings', { count: findings.length })
              : preview
                ? `${t('preflight.title')}: ${t('preflight.nothing')}`
                : `${t('preflight.title')}: ${t('ux.checking')}`}
          </span>
        </summary>
        <div className="preflight-list">
          <FindingList {...triage} idPrefix="side" />
        </div>
      </details>
      <Preview base64={preview?.base64 ?? null} rev={preview?.rev ?? -1} busy={previewBusy} />
    </aside>
  );
}
