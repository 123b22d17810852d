/**
 * A person in the filing form: the name's parts, the declined forms a filing prints (prefilled,
 * editable), sex and the passport spelling when the document needs it.
 */
import { useTranslation } from 'react-i18next';
import type { PersonAnswer, ValidationIssue } from '../../../common/answers.ts';
import { EMPTY_PERSON } from '../../../common/answers.ts';
import type { ScalarField } from '../../../common/manifest.ts';
import { prefillForms } from '../../../common/names.ts';
import { fieldId, pathString, type Segment } from './state.ts';
import { Fieldset, useForm } from './frame.tsx';

/** The case forms a filing prints, in the order the form asks for them. */
const CASE_FORMS = ['genitive', 'dative', 'accusative', 'instrumental'] as const;

function TextPart({
  path,
  label,
  value,
  onChange,
  invalid,
  lang,
}: {
  path: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  invalid?: boolean;
  lang?: string;
}) {
  const { touch } = useForm();
  const id = fieldId(path);
  return (
    <div className="part">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        lang={lang}
        aria-invalid={invalid}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => touch(path.replace(/\.[a-zA-Z]+$/, ''))}
      />
    </div>
  );
}

/**
 * A person: name parts, sex, the passport's Latin spelling, and the case forms the filing
 * prints. The forms are prefilled by the declension library on request and always editable —
 * the lawyer confirms them.
 */
export function PersonView({
  field,
  segments,
  value,
  errors,
}: {
  field: ScalarField & { type: 'person' };
  segments: readonly Segment[];
  value: PersonAnswer | undefined;
  errors: readonly ValidationIssue[];
}) {
  const { update, touch } = useForm();
  const { t } = useTranslation();
  const p: PersonAnswer = {
    ...EMPTY_PERSON,
    ...(value ?? {}),
    forms: { ...EMPTY_PERSON.forms, ...(value?.forms ?? {}) },
  };
  const path = pathString(segments);
  const asPerson = (current: unknown): PersonAnswer => {
    const c = (current ?? {}) as Partial<PersonAnswer>;
    return { ...EMPTY_PERSON, ...c, forms: { ...EMPTY_PERSON.forms, ...(c.forms ?? {}) } };
  };
  const set = (patch: Partial<PersonAnswer>): void =>
    update(segments, (current: unknown) => ({ ...asPerson(current), ...patch }));
  const setForm = (key: keyof PersonAnswer['forms'], v: string): void =>
    update(segments, (current: unknown) => {
      const c = asPerson(current);
      return { ...c, forms: { ...c.forms, [key]: v } };
    });
  const canDecline = p.lastName.trim() !== '' && p.firstName.trim() !== '' && p.sex !== '';
  return (
    <Fieldset field={field} path={path} errors={errors}>
      <div className="person-grid">
        <TextPart
          path={`${path}.lastName`}
          label={t('person.lastName')}
          value={p.lastName}
          onChange={(v) => set({ lastName: v })}
        />
        <TextPart
          path={`${path}.firstName`}
          label={t('person.firstName')}
          value={p.firstName}
          onChange={(v) => set({ firstName: v })}
        />
        <TextPart
          path={`${path}.middleName`}
          label={t('person.middleName')}
          value={p.middleName}
          onChange={(v) => set({ middleName: v })}
        />
      </div>
      <div role="radiogroup" aria-label={t('person.sex')} className="sex">
        <span className="part-label" aria-hidden="true">
          {t('person.sex')}
        </span>
        {(['male', 'female'] as const).map((sex) => (
          <label key={sex} className="inline">
            <input
              type="radio"
              name={`${fieldId(path)}-sex`}
              checked={p.sex === sex}
              onChange={() => set({ sex })}
              onBlur={() => touch(path)}
            />
            {t(`person.${sex}`)}
          </label>
        ))}
      </div>
      {field.latin && (
        <TextPart
          path={`${path}.latinName`}
          label={t('person.latinName')}
          value={p.latinName}
          lang="en"
          onChange={(v) => set({ latinName: v })}
        />
      )}
      {field.declension && (
        <details className="forms" open={Object.values(p.forms).some((f) => f !== '')}>
          <summary>{t('person.forms')}</summary>
          <p className="help">{t('person.formsHelp')}</p>
          <div className="person-grid">
            {CASE_FORMS.map((form) => (
              <TextPart
                key={form}
                path={`${path}.forms.${form}`}
                label={t(`person.${form}`)}
                value={p.forms[form]}
                onChange={(v) => setForm(form, v)}
              />
            ))}
          </div>
          <button
            type="button"
            disabled={!canDecline}
            onClick={() => {
              const forms = prefillForms({ ...p, sex: p.sex as 'male' | 'female' });
              update(segments, { ...p, forms });
            }}
          >
            {t('person.decline')}
          </button>
        </details>
      )}
    </Fieldset>
  );
}
