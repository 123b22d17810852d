/**
 * «Проверка и сохранение», the last step: every answer by section with a link back, then the
 * pre-flight list, where each finding is fixed or accepted knowingly, then the export.
 */
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, ValidationIssue } from '../../../../common/answers.ts';
import type { Lang } from '../../../../common/lang.ts';
import type { SectionView } from '../../form/state.ts';
import { AnswersReview, FindingList, type Finding } from '../review.tsx';

export function ReviewStep({
  headingRef,
  sections,
  answers,
  passed,
  docLang,
  uiLang,
  moveTo,
  findings,
  accepted,
  openCount,
  onAccept,
  goTo,
  exportButtons,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  sections: readonly SectionView[];
  answers: Answers;
  passed: ReadonlySet<string>;
  docLang: Lang;
  uiLang: Lang;
  moveTo: (index: number) => void;
  findings: readonly Finding[];
  accepted: ReadonlySet<string>;
  /** Findings neither fixed nor accepted. */
  openCount: number;
  onAccept: (key: string, yes: boolean) => void;
  goTo: (issue: ValidationIssue) => void;
  exportButtons: ReactNode;
}) {
  const { t } = useTranslation();
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
      <FindingList
        findings={findings}
        accepted={accepted}
        onAccept={onAccept}
        goTo={goTo}
        idPrefix="review"
      />
      {findings.length > 0 && openCount === 0 && (
        <p className="status success">{t('ux.allResolved')}</p>
      )}
      <div className="toolbar review-export">{exportButtons}</div>
    </section>
  );
}
