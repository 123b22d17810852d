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
import { ExportResult, savedState, type ExportState } from './filing/ExportResult.tsx';

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
  const [note, setNote] = useState<ExportState | null>(null);
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
    if (r.ok) return setNote(savedState(r.value.savedTo, t));
    // A blank is refused only for the choices its text depends on: name them.
    const places = (r.error.issues ?? []).map((i) => `«${i.place}»`).join(', ');
    setNote({
      kind: 'error',
      text: places ? t('blank.needsChoices', { places }) : errorText(r.error),
    });
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
      {note && <ExportResult state={note} />}
    </div>
  );
}
