/**
 * A matter's filing marked as handed in (common/filed.ts): the day, how, the office's reference.
 * Marked, its own deadline leaves the open lists and the matter's table says whether that day
 * kept the term; the mark can be taken off again.
 */
import { useState } from 'react';
import type { MatterView } from '../../../main/api.ts';
import { parseUserDate } from '../../../common/dates.ts';
import {
  FILED_HOW,
  filedHowKey,
  FILED_REFERENCE_MAX,
  filedMarkText,
  type FiledHow,
  type FiledMark,
} from '../../../common/filed.ts';
import {
  ActionButton,
  ConfirmDanger,
  DateQuestion,
  OptionsWithNone,
  PrivateTextField,
  SelectField,
} from '../components/controls.tsx';
import { ErrorText } from '../components.tsx';
import type { TextKey } from '../../../common/locales/index.ts';
import { useScreen } from './useScreen.ts';

export function FiledMarkControl({
  matterId,
  templateId,
  draftId,
  templateTitle,
  filed,
  onMatter,
}: {
  matterId: string;
  templateId: string;
  draftId: string;
  templateTitle: string;
  filed: FiledMark | undefined;
  onMatter: (m: MatterView) => void;
}) {
  const { api, uiLang, t, errorText } = useScreen();
  const [typed, setTyped] = useState('');
  const [how, setHow] = useState<FiledHow | ''>('');
  const [reference, setReference] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // Said beside the control that failed, not at the top of a long page.
  const [error, setError] = useState('');
  const on = parseUserDate(typed);
  const idPart = `filed-${draftId}`;
  /** Each control's id (one filing's form among several on the page) and its label. */
  const named = (part: string, label: TextKey) => ({ id: `${idPart}-${part}`, label: t(label) });

  async function save(mark: FiledMark | null): Promise<void> {
    setBusy(true);
    const r = await api.markFiled({ uiLang, matterId, templateId, draftId, filed: mark });
    setBusy(false);
    if (r.ok) {
      setError('');
      onMatter(r.value);
    } else setError(errorText(r.error));
  }

  if (filed)
    return (
      <div className="filed-mark">
        <span>{filedMarkText(filed, uiLang)}</span>{' '}
        {/* Asked first: taking it off also drops the incoming number, typed from a stamp. */}
        {confirming ? (
          <ConfirmDanger
            label={`${t('matter.unmarkFiled')}: ${templateTitle}`}
            warning={t('matter.unmarkFiledWarning')}
            yes={t('matter.unmarkFiled')}
            onYes={() => {
              setConfirming(false);
              void save(null);
            }}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <ActionButton
            className="link"
            disabled={busy}
            action={t('matter.unmarkFiled')}
            subject={templateTitle}
            onClick={() => setConfirming(true)}
          />
        )}
        <ErrorText id={`${idPart}-error`} text={error} />
      </div>
    );

  return (
    <details className="filed-form">
      <summary>{t('matter.markFiled')}</summary>
      <div className="form-grid">
        <DateQuestion {...named('on', 'matter.filedDate')} typed={typed} onType={setTyped} />
        <div className="field">
          <SelectField
            {...named('how', 'matter.filedHow')}
            value={how}
            onValue={(v) => setHow(v as FiledHow | '')}
          >
            <OptionsWithNone
              none={t('form.choose')}
              choices={FILED_HOW.map((h) => ({ id: h, name: t(filedHowKey(h)) }))}
            />
          </SelectField>
        </div>
        <div className="field">
          <PrivateTextField
            {...named('reference', 'matter.filedReference')}
            value={reference}
            maxLength={FILED_REFERENCE_MAX}
            onValue={setReference}
          />
        </div>
      </div>
      <p className="hint">{t('matter.filedDateHint')}</p>
      <button
        type="button"
        disabled={busy || on === null || how === ''}
        onClick={() =>
          on !== null && how !== '' && void save({ on, how, ...(reference ? { reference } : {}) })
        }
      >
        {t('matter.saveFiled')}
      </button>
      <ErrorText id={`${idPart}-error`} text={error} />
      <p className="hint">{t('matter.filedHint')}</p>
    </details>
  );
}
