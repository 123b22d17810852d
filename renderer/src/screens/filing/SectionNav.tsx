/** The filing's sections as steps, each with what is left to fix, then the review step. */
import { useTranslation } from 'react-i18next';
import type { SectionView } from '../../form/state.ts';

export function SectionNav({
  sections,
  section,
  reviewing,
  sectionIssues,
  moveTo,
}: {
  sections: readonly SectionView[];
  section: number;
  reviewing: boolean;
  sectionIssues: (index: number) => number;
  moveTo: (index: number) => void;
}) {
  const { t } = useTranslation();
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
            aria-current={reviewing ? 'step' : undefined}
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
