/**
 * Every open deadline of every matter on Home, soonest first, the days left in words; a last day
 * today or tomorrow, or a safe day passed while a later reading runs, stands out. The same list
 * as `refuge deadlines` (main/app/triage.ts).
 */
import { useEffect, useState } from 'react';
import type { OpenDeadlineView } from '../../../main/api.ts';
import { ErrorText } from '../components.tsx';
import { Lines, Section } from '../components/layout.tsx';
import { useScreen } from './useScreen.ts';
import { OpenMatter } from './OpenMatter.tsx';
import type { Screen } from '../App.tsx';

export function DeadlinesList({ onOpen }: { onOpen: (s: Screen) => void }) {
  const { api, uiLang, t, errorText } = useScreen();
  const [list, setList] = useState<readonly OpenDeadlineView[] | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    let live = true;
    void api.listDeadlines({ uiLang }).then((r) => {
      if (!live) return;
      if (r.ok) setList(r.value);
      else setError(errorText(r.error));
    });
    return () => {
      live = false;
    };
  }, [api, uiLang, t]);

  return (
    <Section headingId="deadlines-heading" title={t('deadlines.title')} className="all-deadlines">
      <ErrorText id="deadlines-error" text={error} />
      {list === null ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : list.length === 0 ? (
        <p className="empty">{t('deadlines.none')}</p>
      ) : (
        <ul className="matter-list">
          {list.map((d, i) => {
            const urgent = d.urgency !== 'later';
            return (
              <li key={`${d.matterId}-${d.termKey}`} className={urgent ? 'urgent' : undefined}>
                {/* Named by the deadline, the client as its description: the matter list
                    below is where a client's name names the button. No aria-label: the name
                    is the visible text (axe: label-content-name-mismatch). */}
                <OpenMatter
                  className="matter-row"
                  aria-describedby={`deadline-who-${i}`}
                  matterId={d.matterId}
                  onOpen={onOpen}
                >
                  <span className="matter-client">
                    {urgent ? <strong>{d.daysLeftText}</strong> : d.daysLeftText}
                    {' · '}
                    {d.lastDayText}
                  </span>
                  <span className="matter-title" id={`deadline-who-${i}`} aria-hidden="true">
                    {(d.clientName || d.matterTitle) + ' — ' + d.templateTitle}
                  </span>
                  <span className="meta">{d.label}</span>
                  <Lines lines={d.later} as="span" className="meta" />
                </OpenMatter>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
