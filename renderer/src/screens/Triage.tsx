/**
 * «Что случилось?» on Home: a few answers, and every filing they call for, soonest deadline
 * first, each with its last day, the later readings beside it and why it applies. Starting one
 * makes a matter that keeps the answers; the new draft is prefilled from them (main/triage.ts).
 */
import { useEffect, useState } from 'react';
import { parseUserDate } from '../../../common/dates.ts';
import type { TriageItemView } from '../../../main/api.ts';
import {
  TRIAGE_DECISIONS,
  TRIAGE_PLACES,
  type TriageAnswers,
  type TriageDecision,
  type TriagePlace,
} from '../../../common/triage.ts';
import { ErrorText } from '../components.tsx';
import { ActionButton, DateQuestion, SelectField } from '../components/controls.tsx';
import { Lines, Section } from '../components/layout.tsx';
import { Checkbox } from '../Checkbox.tsx';
import { useScreen } from './useScreen.ts';
import type { Screen } from '../App.tsx';

const NEEDS_DATE: ReadonlySet<TriageDecision> = new Set(
  TRIAGE_DECISIONS.filter((d) => d !== 'none' && d !== 'entryRefused'),
);

export function Triage({ onOpen }: { onOpen: (s: Screen) => void }) {
  const { api, uiLang, t, errorText } = useScreen();
  const [place, setPlace] = useState<TriagePlace | ''>('');
  const [decision, setDecision] = useState<TriageDecision | ''>('');
  // Typed as the lawyer writes dates (дд.мм.гггг), like every date field of the app.
  const [decisionTyped, setDecisionTyped] = useState('');
  const [detentionTyped, setDetentionTyped] = useState('');
  const decisionDate = parseUserDate(decisionTyped) ?? '';
  const detentionDate = parseUserDate(detentionTyped) ?? '';
  const [asylumPending, setAsylumPending] = useState(false);
  const [items, setItems] = useState<readonly TriageItemView[] | null>(null);
  const [error, setError] = useState('');

  const answers: TriageAnswers | null =
    place === '' || decision === ''
      ? null
      : {
          place,
          decision,
          ...(decisionDate && NEEDS_DATE.has(decision) ? { decisionDate } : {}),
          ...(detentionDate && place === 'detained' ? { detentionDate } : {}),
          asylumPending,
        };
  const key = JSON.stringify(answers);

  useEffect(() => {
    if (key === 'null') {
      setItems(null);
      return;
    }
    let live = true;
    void api.showTriage({ uiLang, answers: JSON.parse(key) as TriageAnswers }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setItems(r.value);
        setError('');
      } else setError(errorText(r.error));
    });
    return () => {
      live = false;
    };
  }, [api, uiLang, key, t]);

  async function start(templateId: string, title: string): Promise<void> {
    if (!answers) return;
    const r = await api.startTriage({ uiLang, answers, templateId, title });
    if (!r.ok) return setError(errorText(r.error));
    onOpen({ name: 'filing', matterId: r.value.matterId, templateId });
  }

  return (
    <Section headingId="triage-heading" title={t('triage.title')} className="triage">
      <p className="meta">{t('triage.intro')}</p>
      <div className="triage-questions">
        <fieldset>
          <legend>{t('triage.place')}</legend>
          {TRIAGE_PLACES.map((p) => (
            <label key={p} className="inline">
              <input
                type="radio"
                name="triage-place"
                value={p}
                checked={place === p}
                onChange={() => setPlace(p)}
              />
              {t(`triage.place_${p}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <SelectField
            id="triage-decision"
            label={t('triage.decision')}
            value={decision}
            onValue={(d) => setDecision(d as TriageDecision | '')}
          >
            <option value="">—</option>
            {TRIAGE_DECISIONS.map((d) => (
              <option key={d} value={d}>
                {t(`triage.decision_${d}`)}
              </option>
            ))}
          </SelectField>
        </div>
        {decision !== '' && NEEDS_DATE.has(decision) && (
          <DateQuestion
            id="triage-decision-date"
            label={t('triage.decisionDate')}
            typed={decisionTyped}
            onType={setDecisionTyped}
          />
        )}
        {place === 'detained' && (
          <DateQuestion
            id="triage-detention-date"
            label={t('triage.detentionDate')}
            typed={detentionTyped}
            onType={setDetentionTyped}
          />
        )}
        <Checkbox checked={asylumPending} onChange={setAsylumPending}>
          {t('triage.asylumPending')}
        </Checkbox>
      </div>
      <ErrorText id="triage-error" text={error} />
      {answers === null ? null : items === null ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty">{t('triage.nothing')}</p>
      ) : (
        <ol className="triage-results" aria-label={t('triage.results')}>
          {items.map((item) => (
            <li key={item.rowId} className={`card triage-${item.status}`}>
              <h3>{item.templateTitle}</h3>
              {item.status === 'wrongStage' ? (
                <p className="triage-status">
                  <strong>{t('triage.wrongStage')}</strong>
                </p>
              ) : item.lastDayText ? (
                <p className="triage-deadline">
                  {item.deadlineLabel}:{' '}
                  {item.status === 'passed' ? (
                    <strong>
                      {t('triage.passed')} {item.lastDayText}
                    </strong>
                  ) : (
                    <strong>
                      {item.lastDayText} — {item.daysLeftText}
                    </strong>
                  )}
                </p>
              ) : (
                <p className="triage-deadline">{t('triage.noTerm')}</p>
              )}
              <Lines lines={item.later} as="p" className="meta" />
              <p>
                <strong>{t('triage.why')}:</strong> {item.why}
              </p>
              {item.basis.length > 0 && <p className="meta">{item.basis.join('; ')}</p>}
              <Lines lines={item.warnings} as="p" className="meta" />
              {item.status !== 'wrongStage' && item.status !== 'passed' && (
                <ActionButton
                  className="primary"
                  action={t('home.start')}
                  subject={item.templateTitle}
                  onClick={() => void start(item.templateId, item.templateTitle)}
                />
              )}
              {item.wayOut.length > 0 && (
                <div className="triage-way-out">
                  <p>
                    <strong>{t('triage.wayOut')}:</strong>
                  </p>
                  {item.wayOut.map((w) => (
                    <p key={w.templateId}>
                      {w.templateTitle} — {w.why}{' '}
                      <ActionButton
                        action={t('home.start')}
                        subject={w.templateTitle}
                        onClick={() => void start(w.templateId, w.templateTitle)}
                      />
                    </p>
                  ))}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
