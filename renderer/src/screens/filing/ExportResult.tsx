/**
 * What the last export did (the filing, or its blank form): the saved file's path, or why nothing
 * was saved.
 */
import type { RefObject } from 'react';
import type { TFunction } from 'i18next';

export interface ExportState {
  readonly kind: 'ok' | 'error';
  readonly text: string;
  readonly path?: string;
}

/** A finished save: where the file went, or that the save dialog was cancelled. */
export function savedState(savedTo: string | null, t: TFunction): ExportState {
  return savedTo
    ? { kind: 'ok', text: t('export.saved'), path: savedTo }
    : { kind: 'ok', text: t('export.cancelled') };
}

export function ExportResult({
  state,
  id,
  resultRef,
}: {
  state: ExportState;
  id?: string;
  /** Where focus goes after the export (the disabled button would drop it to <body>). */
  resultRef?: RefObject<HTMLParagraphElement | null>;
}) {
  return (
    <p
      ref={resultRef}
      tabIndex={resultRef ? -1 : undefined}
      id={id}
      className={state.kind === 'ok' ? 'status success' : 'error-text'}
      role={state.kind === 'ok' ? 'status' : 'alert'}
    >
      {state.text}
      {state.path && (
        <>
          {' '}
          <code className="path">{state.path}</code>
        </>
      )}
    </p>
  );
}
