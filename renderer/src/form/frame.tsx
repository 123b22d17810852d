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
  /**
   * The answers as the filing reads them (common/answers.ts `resetUnasked`): fields are shown by
   * these, so a question opened only by a hidden one is hidden too, as the validator has it.
   */
  readonly asked: Answers;
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

/** A field's name in the UI language, starred when required: a label's or a legend's text. */
function Caption({ field }: { field: Field }) {
  const { uiLang } = useForm();
  return (
    <>
      {field.label[uiLang]}
      {field.required && (
        <span className="required" aria-hidden="true">
          {' '}
          *
        </span>
      )}
    </>
  );
}

/** The field's help under its control, when the manifest gives one. */
function Help({ field, id }: { field: Field; id: string | undefined }) {
  const { uiLang } = useForm();
  if (!field.help) return null;
  return (
    <p id={id} className="help">
      {field.help[uiLang]}
    </p>
  );
}

/** The ids and class a field's frame gives its control: help and errors describe it. */
function frame(field: Field, path: string, errors: readonly ValidationIssue[]) {
  const id = fieldId(path);
  const helpId = field.help ? `${id}-help` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return {
    id,
    helpId,
    describedBy: [helpId, errorId].filter(Boolean).join(' ') || undefined,
    className: `field field-${field.type}${errors.length ? ' has-error' : ''}`,
  };
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
  const { id, helpId, describedBy, className } = frame(field, path, errors);
  return (
    <div className={className}>
      <label htmlFor={id}>
        <Caption field={field} />
      </label>
      {children({ id, describedBy, invalid: errors.length > 0 })}
      <Help field={field} id={helpId} />
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
  const { id, helpId, describedBy, className } = frame(field, path, errors);
  return (
    <fieldset className={className} id={id} aria-describedby={describedBy}>
      <legend>
        <Caption field={field} />
      </legend>
      <Help field={field} id={helpId} />
      {children}
      <IssueList id={`${id}-error`} issues={errors} />
    </fieldset>
  );
}
