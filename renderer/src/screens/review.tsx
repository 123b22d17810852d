/**
 * What stands between a draft and an exported file (issue 22): one pre-flight list — errors, then
 * the deadline, then cites, then names, then the rest, each finding once — where every finding
 * other than an error is resolved or consciously accepted; the deadline banner; and the review of
 * every answer by section with a link back.
 */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Answers, ValidationIssue } from '../../../common/answers.ts';
import { prepareAnswers } from '../../../common/answers.ts';
import { filingDeadlines, timelinessOnFilingDay } from '../../../common/filing-deadlines.ts';
import { filedVerdictText, type FiledMark } from '../../../common/filed.ts';
import { formatInclusiveLastDay, formatShortDate, isValidIsoDate } from '../../../common/dates.ts';
import { formatMessage } from '../../../common/messages.ts';
import { SOON_DAYS } from '../../../common/days-left.ts';
import type { Field, Manifest } from '../../../common/manifest.ts';
import type { Lang } from '../../../common/lang.ts';
import type { PreflightView, TemplateView } from '../../../main/api.ts';
import { isVisible, type SectionView } from '../form/state.ts';
import { ActionButton } from '../components/controls.tsx';
import { deadlineNotice } from '../deadline-notice.ts';

export type FindingKind = 'error' | 'deadline' | 'cite' | 'name' | 'other';
export const FINDING_ORDER: readonly FindingKind[] = ['error', 'deadline', 'cite', 'name', 'other'];

export interface Finding {
  /** Stable across re-renders of the same draft: an acceptance sticks to it. */
  readonly key: string;
  readonly kind: FindingKind;
  readonly text: string;
  /** The answer it is about, for a link back. */
  readonly issue?: ValidationIssue;
}

/**
 * Every finding once, in the order a lawyer must deal with them. Errors come from the form's own
 * validation (the preview's copy of them would repeat it); one field gives one error.
 */
export function findingsOf(
  issues: readonly ValidationIssue[],
  preflight: PreflightView | null,
  uiLang: Lang,
  t: TFunction,
): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const add = (f: Finding): void => {
    if (seen.has(f.key)) return;
    seen.add(f.key);
    out.push(f);
  };
  for (const i of issues)
    add({ key: `error:${i.path}`, kind: 'error', text: `${i.place}: ${i.message}`, issue: i });
  if (preflight) {
    for (const d of preflight.deadlines) {
      const notice = deadlineNotice(d, t);
      if (notice)
        add({ key: `deadline:${d.id}:${notice.kind}`, kind: 'deadline', text: notice.text });
    }
    for (const w of preflight.holidayWarnings)
      add({
        key: `deadline:${w.code}:${w.year}`,
        kind: 'deadline',
        text: formatMessage(w.code, uiLang, { year: w.year }),
      });
    for (const c of preflight.unverifiedCites)
      add({ key: `cite:${c.key}`, kind: 'cite', text: c.text });
    // One entry per name, however many places print it.
    const names = new Map<string, string[]>();
    for (const n of preflight.namesToCheck) {
      const forms = names.get(n.name) ?? [];
      if (!forms.includes(n.text)) forms.push(n.text);
      names.set(n.name, forms);
    }
    for (const [name, forms] of names)
      add({ key: `name:${name}`, kind: 'name', text: `${name} → ${forms.join(', ')}` });
    if (preflight.unprintable !== '')
      add({
        key: `other:unprintable:${preflight.unprintable}`,
        kind: 'other',
        text: t('preflight.unprintable', { chars: [...preflight.unprintable].join(' ') }),
      });
    for (const n of preflight.answerNotices)
      add({
        key: `other:${n.path}:${n.code}`,
        kind: 'other',
        text: `${n.place}: ${n.message}`,
        issue: n,
      });
  }
  return out.sort((a, b) => FINDING_ORDER.indexOf(a.kind) - FINDING_ORDER.indexOf(b.kind));
}

/** Findings still standing between the draft and a file: errors, and what nobody accepted. */
export function openFindings(findings: readonly Finding[], accepted: ReadonlySet<string>) {
  return findings.filter((f) => f.kind === 'error' || !accepted.has(f.key));
}

const HEADING: Readonly<Record<FindingKind, string>> = {
  error: 'ux.kindError',
  deadline: 'ux.kindDeadline',
  cite: 'preflight.unverified',
  name: 'preflight.names',
  other: 'preflight.answers',
};

/** The one pre-flight list. With `onAccept`, each finding but an error can be accepted. */
export function FindingList({
  findings,
  accepted,
  onAccept,
  goTo,
  idPrefix,
}: {
  findings: readonly Finding[];
  accepted: ReadonlySet<string>;
  onAccept?: (key: string, yes: boolean) => void;
  goTo: (issue: ValidationIssue) => void;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  if (findings.length === 0) return <p className="empty">{t('preflight.nothing')}</p>;
  return (
    <>
      {FINDING_ORDER.map((kind) => {
        const group = findings.filter((f) => f.kind === kind);
        if (group.length === 0) return null;
        return (
          <div key={kind} className={`findings findings-${kind}`}>
            <h3>{t(HEADING[kind], { count: group.length })}</h3>
            <ul>
              {group.map((f, n) => {
                const acceptId = `${idPrefix}-accept-${kind}-${n}`;
                const done = accepted.has(f.key);
                return (
                  <li key={f.key} className={done ? 'accepted' : kind === 'error' ? 'error' : ''}>
                    {f.issue ? (
                      <a
                        href={`#${f.issue.path}`}
                        onClick={(e) => {
                          e.preventDefault();
                          if (f.issue) goTo(f.issue);
                        }}
                      >
                        {f.text}
                      </a>
                    ) : (
                      <span>{f.text}</span>
                    )}
                    {onAccept && kind !== 'error' && (
                      <label className="accept" htmlFor={acceptId}>
                        <input
                          id={acceptId}
                          type="checkbox"
                          checked={done}
                          onChange={(e) => onAccept(f.key, e.target.checked)}
                        />{' '}
                        {t('ux.accept')}
                      </label>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </>
  );
}

/**
 * The last day, its weekday and the days left, from the moment the date that starts the clock is
 * known: the same computation as the pre-flight's and the matter page's
 * (common/filing-deadlines.ts), on the answers as the filing is rendered from them, as of today.
 */
export function DeadlineBanner({
  manifest,
  answers,
  today,
  deadlineCites,
  uiLang,
  docLang,
  filed,
}: {
  manifest: Manifest;
  answers: Answers;
  today: string;
  uiLang: Lang;
  /** Marked as handed in: its own terms then say whether that day kept them. */
  filed?: FiledMark | undefined;
  /** The document's language: it decides which fields are asked, as when the filing renders. */
  docLang?: Lang;
  /** The texts of the cites the deadlines rest on, for their later readings («возможно, по …»). */
  deadlineCites: TemplateView['deadlineCites'];
}) {
  const { t } = useTranslation();
  const prepared = prepareAnswers(manifest, answers, {
    lang: uiLang,
    today,
    ...(docLang ? { docLang } : {}),
  }).answers;
  const deadlines = filingDeadlines(
    manifest,
    prepared,
    today,
    uiLang,
    (key) => deadlineCites[key]?.[uiLang] ?? key,
  );
  if (deadlines.length === 0) return null;
  const verdicts = filed
    ? timelinessOnFilingDay(manifest, prepared, filed.on, filed.how)
    : undefined;
  return (
    <section className="deadline-banner" aria-labelledby="deadline-banner-heading" id="deadline">
      <h2 id="deadline-banner-heading" className="visually-hidden">
        {t('ux.kindDeadline')}
      </h2>
      <ul>
        {deadlines.map((d) => {
          const timeliness = verdicts?.get(d.id);
          const state = timeliness
            ? `filed-${timeliness}`
            : d.arguable
              ? 'arguable'
              : d.status === 'passed'
                ? // Another step's term passed is not this filing's lateness.
                  d.related
                  ? 'related-passed'
                  : 'passed'
                : d.status === 'dueToday'
                  ? 'today'
                  : d.daysLeft <= SOON_DAYS
                    ? 'soon'
                    : 'ok';
          return (
            <li key={d.id} className={`deadline-${state}`} data-deadline={d.id}>
              <strong>{d.label}</strong>
              {': '}
              <span className="last-day">{formatInclusiveLastDay(d.lastDay, uiLang)}</span>
              {' — '}
              <span className="days-left">
                {timeliness && filed
                  ? filedVerdictText({ on: filed.on, timeliness }, uiLang)
                  : state === 'related-passed'
                    ? t('deadlineText.relatedPassed', { count: -d.daysLeft })
                    : state === 'passed' || state === 'arguable'
                      ? t(`ux.${state}`, { count: -d.daysLeft })
                      : state === 'today'
                        ? t('ux.dueToday')
                        : t('ux.daysLeft', { count: d.daysLeft })}
              </span>
              {d.later.map((line) => (
                <div key={line} className="later-reading">
                  {line}
                </div>
              ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** An answer as the review shows it: what the filing will print, in the UI language. */
export function answerText(field: Field, value: unknown, uiLang: Lang, t: TFunction): string {
  const empty = '—';
  if (value === undefined || value === null || value === '') return empty;
  switch (field.type) {
    case 'boolean':
      return value === true ? t('ux.yes') : t('ux.no');
    case 'date':
      return typeof value === 'string' && isValidIsoDate(value) ? formatShortDate(value) : empty;
    case 'select': {
      const label = (v: unknown): string =>
        field.options.find((o) => o.value === v)?.label[uiLang] ?? String(v);
      if (Array.isArray(value)) return value.length ? value.map(label).join('; ') : empty;
      return label(value);
    }
    case 'person': {
      const p = value as Record<string, unknown>;
      const name = ['lastName', 'firstName', 'middleName']
        .map((k) => (typeof p[k] === 'string' ? p[k] : ''))
        .filter(Boolean)
        .join(' ');
      return name || empty;
    }
    case 'group': {
      const items = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
      if (items.length === 0) return empty;
      return items
        .map(
          (item, i) =>
            `${i + 1}) ${field.fields
              .map((sub) => answerText(sub, item[sub.key], uiLang, t))
              .filter((s) => s !== empty)
              .join(', ')}`,
        )
        .join('; ');
    }
    default:
      return typeof value === 'string' || typeof value === 'number' ? String(value) : empty;
  }
}

/** Every answer by section, each section with a link back to it. */
export function AnswersReview({
  sections,
  answers,
  passed,
  docLang,
  uiLang,
  onEdit,
}: {
  sections: readonly SectionView[];
  answers: Answers;
  passed: ReadonlySet<string>;
  docLang: Lang;
  uiLang: Lang;
  onEdit: (index: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="answers-review">
      {sections.map((s, index) => {
        const shown = s.fields.filter((f) => isVisible(f, answers, undefined, passed, docLang));
        if (shown.length === 0) return null;
        return (
          <section key={s.id} aria-labelledby={`review-${s.id}`}>
            <h3 id={`review-${s.id}`}>
              {s.title}{' '}
              <ActionButton
                className="link"
                action={t('ux.edit')}
                subject={s.title}
                onClick={() => onEdit(index)}
              />
            </h3>
            <dl>
              {shown.map((f) => (
                <div key={f.key}>
                  <dt>{f.label[uiLang]}</dt>
                  <dd>{answerText(f, answers[f.key], uiLang, t)}</dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
