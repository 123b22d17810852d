/** One section of the filing's form, with the steps to the previous and the next. */
import { useTranslation } from 'react-i18next';
import { FieldView } from '../../form/fields.tsx';
import type { Steps } from './steps.ts';

export function SectionForm({ steps }: { steps: Steps }) {
  const { t } = useTranslation();
  const { sections, section, moveTo, headingRef } = steps;
  const current = sections[Math.min(section, sections.length - 1)];
  return (
    <form
      className="fields"
      aria-labelledby={`section-${current?.id}`}
      onSubmit={(e) => e.preventDefault()}
      noValidate
    >
      <h2 id={`section-${current?.id}`} tabIndex={-1} ref={headingRef}>
        {current?.title}
      </h2>
      {current?.fields.map((f) => (
        <FieldView key={f.key} field={f} segments={[f.key]} />
      ))}
      <div className="section-nav">
        <button type="button" disabled={section === 0} onClick={() => moveTo(section - 1)}>
          ← {t('form.previous')}
        </button>
        <button type="button" onClick={() => moveTo(section + 1)}>
          {section >= sections.length - 1 ? t('ux.review') : t('form.next')} →
        </button>
      </div>
    </form>
  );
}
