/**
 * «Печать…» for any PDF the app makes (the filing, the court bundle): first the warning that the
 * operating system's print queue keeps a plaintext copy, then the pages drawn in memory and sent
 * to the system print dialog (./print.ts).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from './errors.ts';
import { decodeBase64 } from './pdf.ts';
import { printPdf } from './print.ts';

export type PdfToPrint = { ok: true; base64: string } | { ok: false; message: string };

export function PrintButton({
  label,
  blocked,
  getPdf,
}: {
  label: string;
  /** Why printing must wait (errors in the form), or null. */
  blocked: string | null;
  getPdf: () => Promise<PdfToPrint>;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  async function print(): Promise<void> {
    setAsking(false);
    setBusy(true);
    try {
      const pdf = await getPdf();
      if (!pdf.ok) {
        setNote({ ok: false, text: errorText(pdf) });
        return;
      }
      const pages = await printPdf(decodeBase64(pdf.base64), (done, total) =>
        setNote({ ok: true, text: t('print.preparing', { done, total }) }),
      );
      setNote({ ok: true, text: t('print.done', { count: pages }) });
    } catch (err) {
      setNote({ ok: false, text: t('print.failed', { message: (err as Error).message }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        disabled={busy}
        onClick={() => (blocked ? setNote({ ok: false, text: blocked }) : setAsking(true))}
      >
        {label}
      </button>
      {asking && (
        <div className="confirm" role="alertdialog" aria-label={label}>
          <p>{t('print.warning')}</p>
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
          className={note.ok ? 'status success' : 'error-text'}
          role={note.ok ? 'status' : 'alert'}
        >
          {note.text}
        </p>
      )}
    </>
  );
}
