/**
 * The court bundle from the filing screen: link the matter's files into «Приложение:» (an item
 * with the file's sheets prefilled, editable in the form like any other), then export one PDF —
 * the filing and its annexes, stamped, optionally with an index — and see its size and warnings.
 */
import { useState } from 'react';
import type { Lang } from '../../../common/lang.ts';
import type { Answers } from '../../../common/answers.ts';
import type { FormApi } from '../form/fields.tsx';
import { ErrorText, Status } from '../components.tsx';
import { ActionButton } from '../components/controls.tsx';
import { Lines, Section } from '../components/layout.tsx';
import { Checkbox } from '../Checkbox.tsx';
import { useScreen } from './useScreen.ts';
import { formatSize, useAttachments } from './MatterFiles.tsx';
import { PrintButton } from '../PrintButton.tsx';

export function BundleExport({
  matterId,
  templateId,
  templateVersion,
  answers,
  docLang,
  form,
  blocked,
  beforeExport,
}: {
  matterId: string;
  templateId: string;
  templateVersion: string | null;
  answers: Answers;
  docLang: Lang;
  form: FormApi | null;
  /** Why exporting is not possible yet (errors in the form), or null. */
  blocked: string | null;
  beforeExport: () => Promise<void>;
}) {
  const { api, uiLang, t, errorText } = useScreen();
  const { files } = useAttachments(matterId);
  const [index, setIndex] = useState(true);
  const [dpi, setDpi] = useState(150);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [result, setResult] = useState<{
    savedTo: string | null;
    pages: number;
    bytes: number;
    warnings: readonly string[];
  } | null>(null);

  const items = Array.isArray(answers.attachments)
    ? (answers.attachments as Record<string, unknown>[])
    : null;
  const linked = new Set(items?.map((i) => i.fileId).filter((id) => typeof id === 'string'));

  function link(file: { id: string; name: string; pages: number }): void {
    const title = file.name.replace(/\.(pdf|jpe?g|png)$/i, '');
    form?.update(['attachments'], (current: unknown) => [
      ...(Array.isArray(current) ? current : []),
      { title, pages: file.pages, fileId: file.id },
    ]);
  }

  /** The bundle as the form stands, saved where the user chooses or returned to print. */
  async function requestBundle(print: boolean) {
    await beforeExport();
    return api.exportBundle({
      uiLang,
      matterId,
      templateId,
      ...(templateVersion ? { templateVersion } : {}),
      answers,
      lang: docLang,
      index,
      dpi,
      ...(print ? { print } : {}),
    });
  }

  async function exportBundle(): Promise<void> {
    setError('');
    setResult(null);
    if (blocked) {
      setError(blocked);
      return;
    }
    setBusy(true);
    const r = await requestBundle(false);
    setBusy(false);
    if (!r.ok) setError(errorText(r.error));
    else setResult(r.value);
  }

  return (
    <Section headingId="bundle-heading" title={t('bundle.title')} className="bundle">
      {items === null ? (
        <p className="hint">{t('bundle.noList')}</p>
      ) : files && files.length === 0 ? (
        <p className="hint">{t('bundle.noFiles')}</p>
      ) : (
        <ul className="bundle-files">
          {files?.map((f) => (
            <li key={f.id}>
              {f.name} — {t('bundle.sheets', { count: f.pages })}{' '}
              {linked.has(f.id) ? (
                <span className="meta">{t('bundle.linked')}</span>
              ) : (
                <ActionButton action={t('bundle.link')} subject={f.name} onClick={() => link(f)} />
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="toolbar">
        <Checkbox checked={index} onChange={setIndex}>
          {t('bundle.index')}
        </Checkbox>
        <label>
          {t('bundle.dpi')}{' '}
          <select value={dpi} onChange={(e) => setDpi(Number(e.target.value))}>
            {[100, 150, 200, 300].map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void exportBundle()}
        >
          {t('bundle.export')}
        </button>
        <PrintButton
          label={t('bundle.print')}
          blocked={blocked}
          getPdf={async () => {
            const r = await requestBundle(true);
            if (!r.ok) return { ok: false, message: errorText(r.error) };
            return r.value.base64
              ? { ok: true, base64: r.value.base64 }
              : { ok: false, message: errorText(undefined) };
          }}
        />
      </div>
      {busy && <p aria-busy="true">{t('bundle.working')}</p>}
      <ErrorText id="bundle-error" text={error} />
      {result && (
        <Status>
          {result.savedTo
            ? t('bundle.saved', {
                path: result.savedTo,
                pages: result.pages,
                size: formatSize(result.bytes, t),
              })
            : t('export.cancelled')}
        </Status>
      )}
      {result && result.warnings.length > 0 && (
        <ul className="warnings" aria-label={t('bundle.warnings')}>
          <Lines lines={result.warnings} as="li" className="warning" />
        </ul>
      )}
    </Section>
  );
}
