/** Small pieces every screen uses. */
import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { almatyOffsetHours } from '../../common/dates.ts';
import type { Localized } from '../../common/manifest.ts';
import type { Lang } from '../../common/lang.ts';

export function ErrorText({ id, text }: { id: string; text: string }) {
  // The live region exists before the message, so screen readers announce it when it appears.
  return (
    <p id={id} className="error-text" role="alert">
      {text}
    </p>
  );
}

export function Status({ children }: { children: ReactNode }) {
  return (
    <p className="status" role="status">
      {children}
    </p>
  );
}

/**
 * What the lawyer must do besides filing (the manifest's `notice`), at the top of the filing
 * screen in the interface language: e.g. file the expulsion appeal the same day and send the UN
 * request in parallel.
 */
export function FilingNotice({ notice, uiLang }: { notice?: Localized; uiLang: Lang }) {
  if (!notice) return null;
  return (
    <p className="notice" role="note" id="filing-notice">
      {notice[uiLang]}
    </p>
  );
}

const LOCALE: Readonly<Record<Lang, string>> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' };

/** A saved-at timestamp in Kazakhstan's civil time (the laptop may be set to Moscow time). */
/**
 * A moment as people in Kazakhstan write it, in Almaty time: «26.11.2026, 23:00». The same in
 * every UI language — dates are typed as dd.mm.yyyy everywhere in the app, and ICU's Kazakh
 * pattern (2026-11-26) is not what a Kazakh lawyer writes.
 */
export function formatStamp(iso: string): string {
  const instant = new Date(iso);
  const shifted = new Date(instant.getTime() + almatyOffsetHours(instant) * 3_600_000);
  const two = (n: number): string => String(n).padStart(2, '0');
  const date = `${two(shifted.getUTCDate())}.${two(shifted.getUTCMonth() + 1)}.${shifted.getUTCFullYear()}`;
  return `${date}, ${two(shifted.getUTCHours())}:${two(shifted.getUTCMinutes())}`;
}

export function collator(lang: Lang): Intl.Collator {
  return new Intl.Collator(LOCALE[lang]);
}

/**
 * A file picker labelled in the UI language. The native control labels itself in the OS language
 * ("Choose File"), so it is hidden behind a button of ours and stays focusable for the keyboard.
 * Renders the label and the control as two cells of a `.form-grid`.
 */
export function FilePicker({
  id,
  label,
  accept,
  fileName,
  disabled = false,
  onFile,
}: {
  id: string;
  label: string;
  accept: string;
  /** The chosen file's name (the user's own text, shown as such), or null. */
  fileName: string | null;
  disabled?: boolean;
  onFile: (file: File | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <span id={`${id}-label`} className="as-label">
        {label}
      </span>
      <span className="file-pick">
        <input
          id={id}
          className="file-input"
          type="file"
          accept={accept}
          disabled={disabled}
          aria-labelledby={`${id}-label ${id}-button`}
          onChange={(e) => onFile(e.target.files?.[0] ?? null)}
        />
        <label htmlFor={id} id={`${id}-button`} className="button">
          {t('settings.chooseFile')}
        </label>
        {fileName ? (
          <code className="path">{fileName}</code>
        ) : (
          <span className="meta">{t('settings.noFile')}</span>
        )}
      </span>
    </>
  );
}

/**
 * A passphrase with its label: never echoed, never spell-checked (Chromium would otherwise keep
 * the words it saw), autocomplete telling the OS whether it is a new one or the current one.
 */
export function PassphraseField({
  id,
  label,
  value,
  onValue,
  autoComplete,
  ...rest
}: {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  autoComplete: 'new-password' | 'current-password' | 'off';
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'value' | 'onChange'>) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        {...rest}
        id={id}
        type="password"
        autoComplete={autoComplete}
        spellCheck={false}
        value={value}
        onChange={(e) => onValue(e.target.value)}
      />
    </>
  );
}
