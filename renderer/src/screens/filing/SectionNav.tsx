/** The filing's sections as steps, each with what is left to fix, then the review step. */
import { useTranslation } from 'react-i18next';
import { isReviewing, type Steps } from './steps.ts';

export function SectionNav({
  steps,
  sectionIssues,
}: {
  steps: Steps;
  sectionIssues: (index: number) => number;
}) {
  const { t } = useTranslation();
  const { sections, section, moveTo } = steps;
  return (
    <nav className="sections" aria-label={t('form.sections')}>
      <ol>
        {sections.map((s, i) => {
          const n = sectionIssues(i);
          return (
            <li key={s.id}>
              <button
                type="button"
                aria-current={i === section ? 'step' : undefined}
                onClick={() => moveTo(i)}
              >
                <span>{s.title}</span>
                <span
                  className={n ? 'badge todo' : 'badge done'}
                  aria-label={n ? t('form.toFix', { count: n }) : t('form.sectionDone')}
                  title={n ? t('form.toFix', { count: n }) : t('form.sectionDone')}
                >
                  {n ? `${n} !` : '✓'}
                </span>
              </button>
            </li>
          );
        })}
        <li>
          <button
            type="button"
            className="review-step"
            aria-current={isReviewing(steps) ? 'step' : undefined}
            onClick={() => moveTo(sections.length)}
          >
            <span>{t('ux.review')}</span>
          </button>
        </li>
      </ol>
      <p className="meta">
        {t('form.progress', {
          done: sections.filter((_, i) => sectionIssues(i) === 0).length,
          total: sections.length,
        })}
      </p>
    </nav>
  );
}
