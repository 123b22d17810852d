/**
 * One input per manifest field type. Labels are tied to inputs, help and errors are described by
 * id, and every control is a native one, so the form is fully keyboard-operable.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupItem, PersonAnswer } from '../../../common/answers.ts';
import { emptyValue } from '../../../common/answers.ts';
import type { Field, GroupField, ScalarField } from '../../../common/manifest.ts';
import { formatShortDate, isValidIsoDate, parseUserDate } from '../../../common/dates.ts';
import { CalendarButton } from './calendar.tsx';
import { fieldId, isVisible, issuesUnder, pathString, type Segment } from './state.ts';
import { Fieldset, Row, useForm } from './frame.tsx';
import { MultiSelectView, RadioView } from './choices.tsx';
import { PersonView } from './person.tsx';
import { CourtPicker } from './CourtPicker.tsx';

// The form's frame, choices and person controls live beside this file; importers keep this path.
export { FormContext, type FormApi } from './frame.tsx';

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
  if (!isVisible(field, form.asked, item, form.passed, form.docLang)) return null;
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
