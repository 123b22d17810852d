/** Small pieces every screen uses. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { almatyOffsetHours } from '../../common/dates.ts';
import type { Lang } from '../../common/manifest.ts';

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

const LOCALE: Readonly<Record<Lang, string>> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' };

/** A saved-at timestamp in Kazakhstan's civil time (the laptop may be set to Moscow time). */
export function formatStamp(iso: string, lang: Lang): string {
  const instant = new Date(iso);
  const offset = almatyOffsetHours(instant);
  const shifted = new Date(instant.getTime() + offset * 3_600_000);
  const date = new Intl.DateTimeFormat(LOCALE[lang], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(shifted);
  return date;
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
