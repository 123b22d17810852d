/** One section of the filing's form, with the steps to the previous and the next. */
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldView } from '../../form/fields.tsx';
import type { SectionView } from '../../form/state.ts';

export function SectionForm({
  current,
  headingRef,
  section,
  count,
  moveTo,
}: {
  current: SectionView | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Its index, and how many sections there are (the one after the last is the review). */
  section: number;
  count: number;
  moveTo: (index: number) => void;
}) {
  const { t } = useTranslation();
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
          {section >= count - 1 ? t('ux.review') : t('form.next')} →
        </button>
      </div>
    </form>
  );
}
