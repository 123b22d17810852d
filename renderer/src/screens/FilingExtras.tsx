/**
 * What a lawyer does with a filing besides saving it: print it (PrintButton warns about the print
 * queue first) and take a blank form of it to a border post, in the document language, following
 * the branches chosen in the form.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../errors.ts';
import type { Lang } from '../../../common/lang.ts';
import type { Answers } from '../../../common/answers.ts';
import { useApi, useUiLang } from '../context.ts';
import { PrintButton } from '../PrintButton.tsx';

type Note = { readonly kind: 'ok' | 'error'; readonly text: string; readonly path?: string };

export function FilingExtras({
  templateId,
  templateVersion,
  answers,
  docLang,
  blocked,
}: {
  templateId: string;
  /** The version the draft is pinned to: print and the blank form follow it, as export does. */
  templateVersion: string | undefined;
  answers: Answers;
  docLang: Lang;
  /** Errors left in the form: printing waits for them like saving does. */
  blocked: string | null;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const api = useApi();
  const uiLang = useUiLang();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note | null>(null);
  // One request for print and the blank form, so neither can drop the draft's version again.
  const filing = {
    templateId,
    ...(templateVersion ? { templateVersion } : {}),
    answers,
    lang: docLang,
    uiLang,
    format: 'pdf' as const,
  };

  async function blankForm(): Promise<void> {
    setBusy(true);
    const r = await api.exportBlankForm(filing);
    setBusy(false);
    if (!r.ok) setNote({ kind: 'error', text: errorText(r.error) });
    else if (r.value.savedTo)
      setNote({ kind: 'ok', text: t('export.saved'), path: r.value.savedTo });
    else setNote({ kind: 'ok', text: t('export.cancelled') });
  }

  return (
    <div className="filing-extras">
      <PrintButton
        label={t('print.button')}
        blocked={blocked}
        getPdf={async () => {
          const r = await api.renderFiling(filing);
          return r.ok
            ? { ok: true, base64: r.value.base64 }
            : { ok: false, message: r.error.message };
        }}
      />
      <button type="button" disabled={busy} onClick={() => void blankForm()}>
        {t('blank.button')}
      </button>
      {note && (
        <p
          className={note.kind === 'ok' ? 'status success' : 'error-text'}
          role={note.kind === 'ok' ? 'status' : 'alert'}
        >
          {note.text}
          {note.path && (
            <>
              {' '}
              <code className="path">{note.path}</code>
            </>
          )}
        </p>
      )}
    </div>
  );
}
