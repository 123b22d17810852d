/**
 * «Проверка и сохранение», the last step: every answer by section with a link back, then the
 * pre-flight list, where each finding is fixed or accepted knowingly, then the export.
 */
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../../../common/answers.ts';
import type { Lang } from '../../../../common/lang.ts';
import type { SectionView } from '../../form/state.ts';
import { AnswersReview, FindingList, openFindings } from '../review.tsx';
import type { Triage } from './triage.ts';

export function ReviewStep({
  headingRef,
  sections,
  answers,
  passed,
  docLang,
  uiLang,
  moveTo,
  triage,
  exportButtons,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  sections: readonly SectionView[];
  answers: Answers;
  passed: ReadonlySet<string>;
  docLang: Lang;
  uiLang: Lang;
  moveTo: (index: number) => void;
  triage: Triage;
  exportButtons: ReactNode;
}) {
  const { t } = useTranslation();
  const { findings, accepted } = triage;
  return (
    <section className="fields review" aria-labelledby="review-heading">
      <h2 id="review-heading" tabIndex={-1} ref={headingRef}>
        {t('ux.review')}
      </h2>
      <p>{t('ux.reviewIntro')}</p>
      <h3>{t('ux.answers')}</h3>
      <AnswersReview
        sections={sections}
        answers={answers}
        passed={passed}
        docLang={docLang}
        uiLang={uiLang}
        onEdit={moveTo}
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
