/** What the last export did: the saved file's path, or why nothing was saved. Takes focus. */
import type { RefObject } from 'react';

export interface ExportState {
  readonly kind: 'ok' | 'error';
  readonly text: string;
  readonly path?: string;
}

export function ExportResult({
  state,
  resultRef,
}: {
  state: ExportState;
  resultRef: RefObject<HTMLParagraphElement | null>;
}) {
  return (
    <p
      ref={resultRef}
      tabIndex={-1}
      id="export-result"
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
