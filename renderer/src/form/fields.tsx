/**
 * One input per manifest field type. Labels are tied to inputs, help and errors are described by
 * id, and every control is a native one, so the form is fully keyboard-operable.
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, GroupItem, PersonAnswer, ValidationIssue } from '../../../common/answers.ts';
import { EMPTY_PERSON, emptyValue } from '../../../common/answers.ts';
import type { Field, GroupField, Lang, ScalarField } from '../../../common/manifest.ts';
import { formatShortDate, isValidIsoDate, parseUserDate } from '../../../common/dates.ts';
import { prefillForms } from '../../../common/names.ts';
import { CalendarButton } from './calendar.tsx';
import { CourtPicker } from './CourtPicker.tsx';
import { fieldId, isVisible, issuesUnder, pathString, type Edit, type Segment } from './state.ts';

export interface FormApi {
  readonly uiLang: Lang;
  readonly answers: Answers;
  readonly issues: readonly ValidationIssue[];
  /** Deadlines already passed (for fields asked only then, like reasons to restore a term). */
  readonly passed: ReadonlySet<string>;
  /** The document's language: fields bound to another language are not asked. */
  readonly docLang?: Lang;
  readonly shown: (path: string) => boolean;
  readonly update: (segments: readonly Segment[], edit: Edit) => void;
  readonly touch: (path: string) => void;
}

export const FormContext = createContext<FormApi | null>(null);

function useForm(): FormApi {
  const form = useContext(FormContext);
  if (!form) throw new Error('field outside a form');
  return form;
}

function IssueList({ id, issues }: { id: string; issues: readonly ValidationIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul id={id} className="field-errors">
      {issues.map((i) => (
        <li key={`${i.path}|${i.code}`}>{i.message}</li>
      ))}
    </ul>
  );
}

/** Label, help, errors around one control. */
function Row({
  field,
  path,
  children,
  errors,
}: {
  field: ScalarField;
  path: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
  errors: readonly ValidationIssue[];
}) {
  const { uiLang } = useForm();
  const id = fieldId(path);
  const helpId = field.help ? `${id}-help` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field field-${field.type}${errors.length ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {field.label[uiLang]}
        {field.required && (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {children({ id, describedBy, invalid: errors.length > 0 })}
      {field.help && (
        <p id={helpId} className="help">
          {field.help[uiLang]}
        </p>
      )}
      <IssueList id={`${id}-error`} issues={errors} />
    </div>
  );
}

export function FieldView({
  field,
  segments,
  item,
}: {
  field: Field;
  segments: readonly Segment[];
  item?: GroupItem;
}) {
  const form = useForm();
  if (!isVisible(field, form.answers, item, form.passed, form.docLang)) return null;
  if (field.type === 'group') return <GroupView field={field} segments={segments} />;
  const path = pathString(segments);
  const value = item ? item[field.key] : form.answers[field.key];
  const errors = form.shown(path) ? issuesUnder(form.issues, path) : [];
  if (field.type === 'boolean' && field.lateOf)
    return <LateFact label={field.label[form.uiLang]} late={value === true} path={path} />;
  if (field.type === 'person')
    return (
      <PersonView field={field} segments={segments} value={value as PersonAnswer} errors={errors} />
    );
  if (field.type === 'select' && field.multiple)
    return <MultiSelectView field={field} segments={segments} value={value} errors={errors} />;
  if (field.type === 'select' && field.options.length <= 4)
    return <RadioView field={field} segments={segments} value={value} errors={errors} />;
  return (
    <Row field={field} path={path} errors={errors}>
      {(ids) => <ScalarInput field={field} segments={segments} value={value} {...ids} />}
    </Row>
  );
}

/** A late flag computed from the dates: shown as a fact, never a box to tick. */
function LateFact({ label, late, path }: { label: string; late: boolean; path: string }) {
  const { t } = useTranslation();
  return (
    <div className="field field-computed" id={fieldId(path)}>
      <p>
        <span className="computed-label">{label}</span>{' '}
        <strong data-late={late}>{late ? t('ux.lateYes') : t('ux.lateNo')}</strong>
      </p>
      <p className="help">{t('ux.lateComputed')}</p>
    </div>
  );
}

function ScalarInput({
  field,
  segments,
  value,
  id,
  describedBy,
  invalid,
}: {
  field: ScalarField;
  segments: readonly Segment[];
  value: unknown;
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}) {
  const { update, touch, uiLang } = useForm();
  const { t } = useTranslation();
  const path = pathString(segments);
  const common = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': invalid,
    'aria-required': field.required,
    onBlur: () => touch(path),
  };
  switch (field.type) {
    case 'text':
      return (
        <>
          <input
            {...common}
            type="text"
            value={typeof value === 'string' ? value : ''}
            maxLength={field.maxLength}
            placeholder={field.placeholder?.[uiLang]}
            onChange={(e) => update(segments, e.target.value)}
          />
          <CourtPicker field={field} segments={segments} inputId={id} />
        </>
      );
    case 'multiline': {
      const text = typeof value === 'string' ? value : '';
      return (
        <>
          <textarea
            {...common}
            value={text}
            rows={Math.min(14, Math.max(4, text.split('\n').length + 1))}
            placeholder={field.placeholder?.[uiLang]}
            onChange={(e) => update(segments, e.target.value)}
          />
          <span className="counter" aria-live="off">
            {t('form.characters', { count: text.length })}
          </span>
        </>
      );
    }
    case 'number':
      return (
        <input
          {...common}
          type="text"
          inputMode="decimal"
          value={value === null || value === undefined ? '' : String(value)}
          onChange={(e) => {
            const raw = e.target.value.replace(',', '.').trim();
            update(
              segments,
              raw === '' ? null : Number.isFinite(Number(raw)) ? Number(raw) : e.target.value,
            );
          }}
        />
      );
    case 'iin':
      return (
        <input
          {...common}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => update(segments, e.target.value.replace(/\s/g, ''))}
        />
      );
    case 'boolean':
      return (
        <input
          {...common}
          type="checkbox"
          checked={value === true}
          onChange={(e) => update(segments, e.target.checked)}
        />
      );
    case 'date':
      return <DateInput {...common} segments={segments} value={value} />;
    case 'select':
      return (
        <select
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => update(segments, e.target.value)}
        >
          <option value="">{t('form.choose')}</option>
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label[uiLang]}
            </option>
          ))}
        </select>
      );
    case 'person':
      return null; // PersonView
  }
}

/**
 * Dates are typed as дд.мм.гггг (what lawyers write) or picked from the calendar. A date that
 * does not parse stays as typed, so the validator can say what is wrong with it.
 */
function DateInput({
  segments,
  value,
  ...rest
}: {
  segments: readonly Segment[];
  value: unknown;
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
  'aria-required': boolean;
  onBlur: () => void;
}) {
  const { update, uiLang } = useForm();
  const { t } = useTranslation();
  const stored = typeof value === 'string' ? value : '';
  const iso = isValidIsoDate(stored) ? stored : '';
  const [typed, setTyped] = useState<string | null>(null);
  const shown = typed ?? (iso ? formatShortDate(iso) : stored);
  return (
    <span className="date-input">
      <input
        {...rest}
        type="text"
        inputMode="numeric"
        placeholder={t('form.datePlaceholder')}
        value={shown}
        onChange={(e) => {
          setTyped(e.target.value);
          const parsed = parseUserDate(e.target.value);
          update(segments, parsed ?? e.target.value);
        }}
        onBlur={() => {
          setTyped(null);
          rest.onBlur();
        }}
      />
      <CalendarButton
        iso={iso}
        uiLang={uiLang}
        label={t('form.pickDate')}
        previous={t('ux.previousMonth')}
        next={t('ux.nextMonth')}
        onPick={(picked) => {
          setTyped(null);
          update(segments, picked);
        }}
      />
    </span>
  );
}

function Fieldset({
  field,
  path,
  errors,
  children,
}: {
  field: Field;
  path: string;
  errors: readonly ValidationIssue[];
  children: ReactNode;
}) {
  const { uiLang } = useForm();
  const id = fieldId(path);
  return (
    <fieldset
      className={`field field-${field.type}${errors.length ? ' has-error' : ''}`}
      id={id}
      aria-describedby={
        [field.help ? `${id}-help` : '', errors.length ? `${id}-error` : '']
          .filter(Boolean)
          .join(' ') || undefined
      }
    >
      <legend>
        {field.label[uiLang]}
        {field.required && (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </legend>
      {field.help && (
        <p id={`${id}-help`} className="help">
          {field.help[uiLang]}
        </p>
      )}
      {children}
      <IssueList id={`${id}-error`} issues={errors} />
    </fieldset>
  );
}

function RadioView({
  field,
  segments,
  value,
  errors,
}: {
  field: ScalarField & { type: 'select' };
  segments: readonly Segment[];
  value: unknown;
  errors: readonly ValidationIssue[];
}) {
  const { update, touch, uiLang } = useForm();
  const path = pathString(segments);
  return (
    <Fieldset field={field} path={path} errors={errors}>
      <div role="radiogroup" aria-required={field.required} aria-invalid={errors.length > 0}>
        {field.options.map((o) => (
          <label key={o.value} className="inline">
            <input
              type="radio"
              name={fieldId(path)}
              value={o.value}
              checked={value === o.value}
              onChange={() => update(segments, o.value)}
              onBlur={() => touch(path)}
            />
            {o.label[uiLang]}
          </label>
        ))}
      </div>
    </Fieldset>
  );
}

function MultiSelectView({
  field,
  segments,
  value,
  errors,
}: {
  field: ScalarField & { type: 'select' };
  segments: readonly Segment[];
  value: unknown;
  errors: readonly ValidationIssue[];
}) {
  const { update, touch, uiLang } = useForm();
  const path = pathString(segments);
  const chosen = Array.isArray(value) ? (value as string[]) : [];
  return (
    <Fieldset field={field} path={path} errors={errors}>
      {field.options.map((o) => (
        <label key={o.value} className="inline block">
          <input
            type="checkbox"
            checked={chosen.includes(o.value)}
            onChange={(e) => {
              const checked = e.target.checked;
              update(segments, (current: unknown) => {
                const now = Array.isArray(current) ? (current as string[]) : [];
                return checked
                  ? field.options
                      .map((x) => x.value)
                      .filter((v) => v === o.value || now.includes(v))
                  : now.filter((v) => v !== o.value);
              });
            }}
            onBlur={() => touch(path)}
          />
          {o.label[uiLang]}
        </label>
      ))}
    </Fieldset>
  );
}

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
function PersonView({
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
            <TextPart
              path={`${path}.forms.genitive`}
              label={t('person.genitive')}
              value={p.forms.genitive}
              onChange={(v) => setForm('genitive', v)}
            />
            <TextPart
              path={`${path}.forms.dative`}
              label={t('person.dative')}
              value={p.forms.dative}
              onChange={(v) => setForm('dative', v)}
            />
            <TextPart
              path={`${path}.forms.accusative`}
              label={t('person.accusative')}
              value={p.forms.accusative}
              onChange={(v) => setForm('accusative', v)}
            />
            <TextPart
              path={`${path}.forms.instrumental`}
              label={t('person.instrumental')}
              value={p.forms.instrumental}
              onChange={(v) => setForm('instrumental', v)}
            />
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

/** A repeating group: add, remove and reorder items; focus follows the item acted on. */
function GroupView({ field, segments }: { field: GroupField; segments: readonly Segment[] }) {
  const form = useForm();
  const { t } = useTranslation();
  const path = pathString(segments);
  const items = (
    Array.isArray(form.answers[field.key]) ? form.answers[field.key] : []
  ) as GroupItem[];
  const errors = form.shown(path) ? form.issues.filter((i) => i.path === path) : [];
  const label = field.itemLabel[form.uiLang];
  const focusItem = (index: number): void => {
    requestAnimationFrame(() =>
      document
        .getElementById(`${fieldId(path)}-item-${index}`)
        ?.querySelector<HTMLElement>('input, textarea, select')
        ?.focus(),
    );
  };
  const list = (current: unknown): GroupItem[] =>
    Array.isArray(current) ? (current as GroupItem[]) : [];
  const move = (from: number, to: number): void => {
    form.update(segments, (current: unknown) => {
      const next = [...list(current)];
      const [moved] = next.splice(from, 1);
      if (moved) next.splice(to, 0, moved);
      return next;
    });
    requestAnimationFrame(() =>
      document.getElementById(`${fieldId(path)}-item-${to}-${from < to ? 'down' : 'up'}`)?.focus(),
    );
  };
  return (
    <Fieldset field={field} path={path} errors={errors}>
      {items.length === 0 && <p className="empty">{t('group.empty')}</p>}
      <ol className="group-items">
        {items.map((item, index) => (
          <li key={index}>
            <fieldset id={`${fieldId(path)}-item-${index}`} className="group-item">
              <legend>
                {label} № {index + 1}
              </legend>
              {field.fields.map((sub) => (
                <FieldView
                  key={sub.key}
                  field={sub}
                  segments={[...segments, index, sub.key]}
                  item={item}
                />
              ))}
              <div className="item-actions">
                <button
                  type="button"
                  id={`${fieldId(path)}-item-${index}-up`}
                  disabled={index === 0}
                  aria-label={t('group.upItem', { item: `${label} № ${index + 1}` })}
                  onClick={() => move(index, index - 1)}
                >
                  ↑ {t('group.up')}
                </button>
                <button
                  type="button"
                  id={`${fieldId(path)}-item-${index}-down`}
                  disabled={index === items.length - 1}
                  aria-label={t('group.downItem', { item: `${label} № ${index + 1}` })}
                  onClick={() => move(index, index + 1)}
                >
                  ↓ {t('group.down')}
                </button>
                <button
                  type="button"
                  className="danger"
                  aria-label={t('group.removeItem', { item: `${label} № ${index + 1}` })}
                  onClick={() => {
                    form.update(segments, (current: unknown) =>
                      list(current).filter((_, i) => i !== index),
                    );
                    requestAnimationFrame(() =>
                      document.getElementById(`${fieldId(path)}-add`)?.focus(),
                    );
                  }}
                >
                  {t('group.remove')}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        id={`${fieldId(path)}-add`}
        disabled={items.length >= field.max}
        onClick={() => {
          const fresh: GroupItem = {};
          for (const sub of field.fields) fresh[sub.key] = emptyValue(sub) as GroupItem[string];
          form.update(segments, (current: unknown) =>
            list(current).length >= field.max ? current : [...list(current), fresh],
          );
          focusItem(items.length);
        }}
      >
        + {t('group.add', { item: label })}
      </button>
    </Fieldset>
  );
}
