/** Choices in the filing form: one of a few (radio buttons), or several (checkboxes). */
import type { ValidationIssue } from '../../../common/answers.ts';
import type { ScalarField } from '../../../common/manifest.ts';
import { fieldId, pathString, type Segment } from './state.ts';
import { Fieldset, useForm } from './frame.tsx';

/** Both views answer the same select field; `multiple` in the manifest picks which one. */
interface ChoiceProps {
  field: ScalarField & { type: 'select' };
  segments: readonly Segment[];
  value: unknown;
  errors: readonly ValidationIssue[];
}

export function RadioView({ field, segments, value, errors }: ChoiceProps) {
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

export function MultiSelectView({ field, segments, value, errors }: ChoiceProps) {
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
