/**
 * What a lawyer does with a filing besides saving it: print it (after the warning that the OS
 * print spool keeps a plaintext copy) and take a blank form of it to a border post, in the
 * document language, following the branches chosen in the form.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../common/manifest.ts';
import type { Answers } from '../../../common/answers.ts';
import { useApi, useUiLang } from '../context.ts';
import { decodeBase64 } from '../pdf.ts';
import { printPdf } from '../print.ts';

type Note = { readonly kind: 'ok' | 'error'; readonly text: string; readonly path?: string };

export function FilingExtras({
  templateId,
  answers,
  docLang,
  blocked,
}: {
  templateId: string;
  answers: Answers;
  docLang: Lang;
  /** Errors left in the form: printing waits for them like saving does. */
  blocked: string | null;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const uiLang = useUiLang();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note | null>(null);

  async function print(): Promise<void> {
    setAsking(false);
    setBusy(true);
    try {
      const r = await api.renderFiling({
        templateId,
        answers,
        lang: docLang,
        uiLang,
        format: 'pdf',
      });
      if (!r.ok) {
        setNote({ kind: 'error', text: r.error.message || t('errors.internal') });
        return;
      }
      const pages = await printPdf(decodeBase64(r.value.base64), (done, total) =>
        setNote({ kind: 'ok', text: t('print.preparing', { done, total }) }),
      );
      setNote({ kind: 'ok', text: t('print.done', { count: pages }) });
    } catch (err) {
      setNote({ kind: 'error', text: t('print.failed', { message: (err as Error).message }) });
    } finally {
      setBusy(false);
    }
  }

  async function blankForm(): Promise<void> {
    setBusy(true);
    const r = await api.exportBlankForm({
      templateId,
      answers,
      lang: docLang,
      uiLang,
      format: 'pdf',
    });
    setBusy(false);
    if (!r.ok) setNote({ kind: 'error', text: r.error.message || t('errors.internal') });
    else if (r.value.savedTo)
      setNote({ kind: 'ok', text: t('export.saved'), path: r.value.savedTo });
    else setNote({ kind: 'ok', text: t('export.cancelled') });
  }

  return (
    <div className="filing-extras">
      <button
        type="button"
        disabled={busy}
        onClick={() => (blocked ? setNote({ kind: 'error', text: blocked }) : setAsking(true))}
      >
        {t('print.button')}
      </button>
      <button type="button" disabled={busy} onClick={() => void blankForm()}>
        {t('blank.button')}
      </button>
      {asking && (
        <div className="confirm" role="alertdialog" aria-labelledby="print-warning">
          <p id="print-warning">{t('print.warning')}</p>
          <button type="button" className="primary" onClick={() => void print()}>
            {t('print.confirm')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
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
