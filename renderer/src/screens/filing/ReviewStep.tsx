/**
 * «Проверка и сохранение», the last step: every answer by section with a link back, then the
 * pre-flight list, where each finding is fixed or accepted knowingly, then the export.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../common/lang.ts';
import { useForm } from '../../form/frame.tsx';
import { AnswersReview, FindingList, openFindings } from '../review.tsx';
import type { Steps } from './steps.ts';
import type { Triage } from './triage.ts';

export function ReviewStep({
  steps,
  docLang,
  triage,
  exportButtons,
}: {
  steps: Steps;
  docLang: Lang;
  triage: Triage;
  exportButtons: ReactNode;
}) {
  const { t } = useTranslation();
  // The answers as the form shows them, so the review lists what the fields ask.
  const form = useForm();
  const { findings, accepted } = triage;
  return (
    <section className="fields review" aria-labelledby="review-heading">
      <h2 id="review-heading" tabIndex={-1} ref={steps.headingRef}>
        {t('ux.review')}
      </h2>
      <p>{t('ux.reviewIntro')}</p>
      <h3>{t('ux.answers')}</h3>
      <AnswersReview
        sections={steps.sections}
        answers={form.asked}
        passed={form.passed}
        docLang={docLang}
        uiLang={form.uiLang}
        onEdit={steps.moveTo}
      />
      <h3>{t('preflight.title')}</h3>
      <FindingList {...triage} idPrefix="review" />
      {findings.length > 0 && openFindings(findings, accepted).length === 0 && (
        <p className="status success">{t('ux.allResolved')}</p>
      )}
      <div className="toolbar review-export">{exportButtons}</div>
    </section>
  );
}
