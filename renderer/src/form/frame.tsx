/**
 * What every control of the filing form sits in: the form's context (answers, edits, issues), a
 * row with its label, help and errors, and the fieldset of a choice or a person.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Answers, ValidationIssue } from '../../../common/answers.ts';
import type { Field, Lang, ScalarField } from '../../../common/manifest.ts';
import { fieldId, type Edit, type Segment } from './state.ts';

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

export function useForm(): FormApi {
  const form = useContext(FormContext);
  if (!form) throw new Error('field outside a form');
  return form;
}

export function IssueList({ id, issues }: { id: string; issues: readonly ValidationIssue[] }) {
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
export function Row({
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

export function Fieldset({
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
