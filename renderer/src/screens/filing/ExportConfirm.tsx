/**
 * The fast path's stop: «Сохранить PDF» with findings still open lists them, to be accepted
 * knowingly (and the file saved) or fixed in the review step.
 */
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../../common/answers.ts';
import { FindingList, type Finding } from '../review.tsx';

export function ExportConfirm({
  format,
  open,
  accepted,
  goTo,
  onAcceptAndSave,
  onReview,
  onCancel,
}: {
  format: 'pdf' | 'docx';
  open: readonly Finding[];
  accepted: ReadonlySet<string>;
  goTo: (issue: ValidationIssue) => void;
  onAcceptAndSave: () => void;
  onReview: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="export-confirm" role="region" aria-labelledby="export-confirm-heading">
      <h2 id="export-confirm-heading" tabIndex={-1}>
        {t('ux.openTitle', { count: open.length })}
      </h2>
      <p>{t('ux.openIntro')}</p>
      <FindingList findings={open} accepted={accepted} goTo={goTo} idPrefix="confirm" />
      <p className="actions">
        <button type="button" className="primary" onClick={onAcceptAndSave}>
          {t('ux.acceptAndSave')} ({format.toUpperCase()})
        </button>{' '}
        <button type="button" onClick={onReview}>
          {t('ux.toReview')}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </p>
    </div>
  );
}
