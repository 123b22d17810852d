/**
 * Labelled controls the screens share. Each label names its control (`htmlFor`, or by wrapping
 * it), which is what a screen reader says and what the browser tests find it by.
 */
import type {
  ButtonHTMLAttributes,
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
} from 'react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../main/api.ts';
import { ErrorText, PassphraseField } from '../components.tsx';
import { parseUserDate } from '../../../common/dates.ts';

/** What a labelled control is: its element id, its label, and its value in and out. */
interface Labelled {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
}

export type TextFieldProps = Labelled &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

/** A text box and its label, as two cells of a `.form-grid` or two items of a `.toolbar`. */
export function TextField({ id, label, value, onValue, ...rest }: TextFieldProps) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input {...rest} id={id} value={value} onChange={(e) => onValue(e.target.value)} />
    </>
  );
}

/**
 * A text box whose words the browser must neither remember for autofill nor hand to a spell
 * checker: a client's name searched for, an incoming number, the word that wipes the vault. The
 * desktop app turns spellchecking off for the whole window; the browser version cannot.
 */
export function PrivateTextField(props: TextFieldProps) {
  return <TextField {...props} spellCheck={false} autoComplete="off" />;
}

/** A drop-down list and its label; the options are its children. */
export function SelectField({
  children,
  ...props
}: Labelled &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange'> & {
    children: ReactNode;
  }) {
  const { id, label, value, onValue, ...rest } = props;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select {...rest} id={id} value={value} onChange={(e) => onValue(e.target.value)}>
        {children}
      </select>
    </>
  );
}

/** A select's options with none chosen first («— выберите —»): a filing, a court. */
export function OptionsWithNone({
  none,
  choices,
}: {
  none: string;
  choices: readonly { readonly id: string; readonly name: string }[];
}) {
  return (
    <>
      <option value="">{none}</option>
      {choices.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </>
  );
}

/** A choice of filing by title, none chosen at first: a matter's new filing, a batch's filing. */
export function FilingSelect({
  templates,
  ...props
}: Labelled & { templates: readonly TemplateSummary[]; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <SelectField {...props}>
      <OptionsWithNone
        none={t('form.choose')}
        choices={templates.map((x) => ({ id: x.id, name: x.title }))}
      />
    </SelectField>
  );
}

/**
 * A button whose accessible name says what it acts on («Начать: Жалоба…»), so a list of buttons
 * with the same text reads apart; the visible text is the action alone.
 */
export function ActionButton({
  action,
  subject,
  ...rest
}: { action: string; subject: string } & Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'type' | 'aria-label' | 'children'
>) {
  return (
    <button {...rest} type="button" aria-label={`${action}: ${subject}`}>
      {action}
    </button>
  );
}

/**
 * The second typing of a new passphrase (creating the vault, changing its passphrase, a
 * backup's): always «Пароль ещё раз», always a new password to the OS. A screen compares it
 * with the first before using either, and shows a mismatch here.
 */
export function RepeatPassphrase(
  props: Omit<Parameters<typeof PassphraseField>[0], 'label' | 'autoComplete'>,
) {
  const { t } = useTranslation();
  return <PassphraseField {...props} label={t('vault.repeat')} autoComplete="new-password" />;
}

/**
 * The question before a destructive act, drawn in place of the button that asked it: a group
 * named for the act, a warning if any, the danger button that does it, and «Отмена».
 */
export function ConfirmDanger({
  label,
  warning,
  yes,
  onYes,
  onCancel,
}: {
  label: string;
  warning?: string;
  yes: string;
  onYes: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  // The question replaces the button that had focus: focus goes to the answer that changes nothing.
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <span role="group" aria-label={label}>
      {warning && (
        <>
          <span className="warning">{warning}</span>{' '}
        </>
      )}
      <button type="button" className="danger" onClick={onYes}>
        {yes}
      </button>{' '}
      <button type="button" ref={cancel} onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </span>
  );
}

/** A date typed as the lawyer writes it (дд.мм.гггг); a day that does not exist is named. */
export function DateQuestion({
  id,
  label,
  typed,
  onType,
}: {
  id: string;
  label: string;
  typed: string;
  onType: (value: string) => void;
}) {
  const { t } = useTranslation();
  const bad = typed.trim() !== '' && parseUserDate(typed) === null;
  return (
    <div className="field">
      <TextField
        id={id}
        label={label}
        type="text"
        inputMode="numeric"
        placeholder={t('form.datePlaceholder')}
        value={typed}
        aria-invalid={bad}
        aria-describedby={`${id}-error`}
        onValue={onType}
      />
      <ErrorText
        id={`${id}-error`}
        text={bad ? t('ux.badDate', { field: label, value: typed }) : ''}
      />
    </div>
  );
}
