/**
 * A filing being written: the manifest's form section by section, inline validation in the UI
 * language, the live preview of the real PDF, pre-flight, autosave into the vault, and export.
 * Typing only updates local state; the preview and the autosave follow it, debounced, so a slow
 * render never holds a keystroke back.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Manifest, Lang } from '../../../common/manifest.ts';
import { prepareAnswers, type Answers, type ValidationIssue } from '../../../common/answers.ts';
import { formatShortDate } from '../../../common/dates.ts';
import * as clock from '../../../common/clock.ts';
import { formatMessage } from '../../../common/messages.ts';
import type { PreflightView } from '../../../main/api.ts';
import { useApi, useUiLang } from '../context.ts';
import { ErrorText, FilingNotice, formatStamp, Status } from '../components.tsx';
import { FieldView, FormContext } from '../form/fields.tsx';
import { fieldId, issuesUnder, sectionsOf } from '../form/state.ts';
import { Preview } from '../Preview.tsx';
import { FilingExtras } from './FilingExtras.tsx';
import { BundleExport } from './BundleExport.tsx';
import { useFormModel } from '../form/model.ts';
import type { FlushRegistry } from '../flush.ts';
import type { Screen } from '../App.tsx';

const PREVIEW_DEBOUNCE_MS = 50;
const AUTOSAVE_DEBOUNCE_MS = 500;

type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'error'; readonly message: string };

export function FilingScreen({
  matterId,
  templateId,
  version,
  flush,
  onOpen,
}: {
  matterId: string;
  templateId: string;
  version?: number;
  flush: FlushRegistry;
  onOpen: (s: Screen) => void;
}) {
  const api = useApi();
  const uiLang = useUiLang();
  const { t } = useTranslation();
  const [manifest, setManifest] = useState<Manifest | null>(null);
  const [docLang, setDocLang] = useState<Lang>('ru');
  const [rev, setRev] = useState(0);
  const [section, setSection] = useState(0);
  const [loadError, setLoadError] = useState('');
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [prefilledFrom, setPrefilledFrom] = useState<readonly string[]>([]);
  // The filing version this draft is on, and the newest installed (template packs): a draft
  // stays on its version until the lawyer moves it on.
  const [versions, setVersions] = useState<{ draft: string; current: string } | null>(null);
  const templateVersion = useRef<string | undefined>(undefined);
  const [preview, setPreview] = useState<{
    base64: string;
    rev: number;
    preflight: PreflightView;
  } | null>(null);
  const [previewBusy, setPreviewBusy] = useState(false);
  const [exportState, setExportState] = useState<{
    kind: 'ok' | 'error';
    text: string;
    path?: string;
  } | null>(null);
  const [exporting, setExporting] = useState(false);
  // Opt-in: plain PDF stays the default export.
  const [pdfa, setPdfa] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  // What autosave has yet to write: the document language with the answers' dirty flag.
  const pending = useRef<{ docLang: Lang; dirty: boolean }>({ docLang: 'ru', dirty: false });
  const model = useFormModel(
    manifest,
    uiLang,
    () => {
      pending.current.dirty = true;
      setSave({ kind: 'pending' });
      setExportState(null);
      setRev((r) => r + 1);
    },
    docLang,
  );
  const { answers, issues, showAll } = model;

  // --- load --------------------------------------------------------------------------------
  useEffect(() => {
    let live = true;
    void (async () => {
      const d = await api.openDraft({
        uiLang,
        matterId,
        templateId,
        ...(version !== undefined ? { version } : {}),
      });
      if (!live) return;
      if (!d.ok) return setLoadError(d.error.message || t('errors.internal'));
      const recorded = d.value.templateVersion ?? undefined;
      const m = await api.getTemplate({
        templateId,
        ...(recorded ? { templateVersion: recorded } : {}),
      });
      if (!live) return;
      if (!m.ok) return setLoadError(m.error.message || t('errors.internal'));
      templateVersion.current = m.value.version;
      setVersions({ draft: m.value.version, current: d.value.currentVersion });
      const prepared = prepareAnswers(m.value, d.value.answers, {
        lang: uiLang,
        today: clock.today(),
      });
      setManifest(m.value);
      // Keep what was typed (even if invalid): the validator reports it, nothing is dropped.
      model.load({ ...prepared.answers, ...(d.value.answers as Answers) });
      setDocLang(
        m.value.languages.includes(d.value.lang) ? d.value.lang : (m.value.languages[0] ?? 'ru'),
      );
      setPrefilledFrom(d.value.prefilledFrom);
      if (d.value.savedAt) setSave({ kind: 'saved', at: d.value.savedAt });
    })();
    return () => {
      live = false;
    };
    // The draft is loaded once per screen; the UI language changing must not reload it.
  }, [api, matterId, templateId, version]);

  // --- autosave ----------------------------------------------------------------------------
  const latestAnswers = model.latest;
  const saveNow = useCallback(async () => {
    const snapshot = pending.current;
    const answersNow = latestAnswers.current;
    if (!snapshot.dirty || !answersNow) return;
    snapshot.dirty = false;
    const r = await api.saveDraft({
      uiLang,
      matterId,
      templateId,
      ...(templateVersion.current ? { templateVersion: templateVersion.current } : {}),
      lang: snapshot.docLang,
      answers: answersNow,
    });
    if (r.ok) setSave((s) => (pending.current.dirty ? s : { kind: 'saved', at: r.value.savedAt }));
    else {
      pending.current.dirty = true; // try again with the next change or flush
      setSave({ kind: 'error', message: r.error.message || t('errors.internal') });
    }
  }, [api, uiLang, matterId, templateId, t, latestAnswers]);

  useEffect(() => flush.add(saveNow), [flush, saveNow]);
  useEffect(() => {
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') void saveNow();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      void saveNow(); // leaving the screen
    };
  }, [saveNow]);

  useEffect(() => {
    if (rev === 0) return;
    const timer = setTimeout(() => void saveNow(), AUTOSAVE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [rev, docLang, saveNow]);

  // --- preview -----------------------------------------------------------------------------
  useEffect(() => {
    if (!manifest || !answers) return;
    const asked = rev;
    const timer = setTimeout(
      () => {
        setPreviewBusy(true);
        const on = templateVersion.current;
        void api
          .previewFiling({
            templateId,
            ...(on ? { templateVersion: on } : {}),
            answers,
            lang: docLang,
            uiLang,
          })
          .then((r) => {
            if (!r.ok) {
              setPreviewBusy(false);
              return;
            }
            if (r.value.superseded) return; // a newer request is on its way
            setPreviewBusy(false);
            setPreview({ base64: r.value.base64, rev: asked, preflight: r.value.preflight });
          });
      },
      rev === 0 ? 0 : PREVIEW_DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [api, manifest, answers, docLang, uiLang, templateId, rev]);

  useEffect(() => {
    pending.current.docLang = docLang;
  }, [docLang]);

  const sections = useMemo(
    () => (manifest ? sectionsOf(manifest, uiLang, t('form.otherSection')) : []),
    [manifest, uiLang, t],
  );

  if (loadError)
    return (
      <div>
        <h1 tabIndex={-1}>{t('form.title')}</h1>
        <ErrorText id="load-error" text={loadError} />
      </div>
    );
  const form = model.form;
  if (!manifest || !answers || !form)
    return (
      <div aria-busy="true">
        <h1 tabIndex={-1}>{t('form.title')}</h1>
        <p>{t('app.loading')}</p>
      </div>
    );

  const current = sections[Math.min(section, sections.length - 1)];
  const sectionIssues = (index: number): number =>
    (sections[index]?.fields ?? []).reduce((n, f) => n + issuesUnder(issues, f.key).length, 0);

  function goTo(issue: ValidationIssue): void {
    const top = issue.path.split(/[.[]/, 1)[0] ?? issue.path;
    const index = sections.findIndex((s) => s.fields.some((f) => f.key === top));
    if (index >= 0) setSection(index);
    requestAnimationFrame(() => {
      const el =
        document.getElementById(fieldId(issue.path)) ?? document.getElementById(fieldId(top));
      const focusable = el?.matches('input, textarea, select')
        ? el
        : el?.querySelector<HTMLElement>('input, textarea, select');
      focusable?.focus();
      el?.scrollIntoView({ block: 'center' });
    });
  }

  /** Moves the draft to the newest filing version: what was typed stays, the preview re-renders. */
  async function moveToCurrent(): Promise<void> {
    const m = await api.getTemplate({ templateId });
    if (!m.ok) {
      setExportState({ kind: 'error', text: m.error.message || t('errors.internal') });
      return;
    }
    const typed = (latestAnswers.current ?? {}) as Answers;
    const prepared = prepareAnswers(m.value, typed, { lang: uiLang, today: clock.today() });
    templateVersion.current = m.value.version;
    setManifest(m.value);
    model.load({ ...prepared.answers, ...typed });
    setVersions({ draft: m.value.version, current: m.value.version });
    pending.current.dirty = true; // saved at once, so the draft records the new version
    setRev((v) => v + 1);
    await saveNow();
  }

  async function doExport(format: 'pdf' | 'docx'): Promise<void> {
    if (!answers) return;
    model.revealAll();
    if (issues.length > 0) {
      setExportState({ kind: 'error', text: t('export.fixFirst', { count: issues.length }) });
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setExporting(true);
    await saveNow();
    const r = await api.exportFiling({
      templateId,
      ...(templateVersion.current ? { templateVersion: templateVersion.current } : {}),
      answers,
      lang: docLang,
      uiLang,
      format,
      matterId,
      ...(format === 'pdf' && pdfa ? { pdfa: true } : {}),
    });
    setExporting(false);
    if (!r.ok) {
      setExportState({ kind: 'error', text: r.error.message || t('errors.internal') });
      return;
    }
    setExportState(
      r.value.savedTo
        ? { kind: 'ok', text: t('export.saved'), path: r.value.savedTo }
        : { kind: 'ok', text: t('export.cancelled') },
    );
  }

  const preflight = preview?.preflight;
  return (
    <FormContext.Provider value={form}>
      <div className="filing">
        <div className="filing-head">
          <div>
            <h1 tabIndex={-1}>{manifest.title[uiLang]}</h1>
            <p className="meta">
              <button
                type="button"
                className="link"
                onClick={() => onOpen({ name: 'matter', matterId })}
              >
                {t('form.backToMatter')}
              </button>
              {' · '}
              <SaveIndicator state={save} />
            </p>
          </div>
          <div className="toolbar">
            {manifest.languages.length > 1 && (
              <label>
                {t('form.documentLanguage')}{' '}
                <select
                  value={docLang}
                  onChange={(e) => {
                    setDocLang(e.target.value as Lang);
                    setRev((r) => r + 1);
                    pending.current.dirty = true;
                  }}
                >
                  {manifest.languages.map((l) => (
                    <option key={l} value={l}>
                      {t(`lang.${l}`)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {manifest.languages.length === 1 && (
              <span className="meta">
                {t('form.documentLanguage')}: {t(`lang.${docLang}`)}
              </span>
            )}
            <label className="inline">
              <input
                type="checkbox"
                checked={pdfa}
                disabled={exporting}
                onChange={(e) => setPdfa(e.target.checked)}
              />
              {t('export.pdfa')}
            </label>
            <button
              type="button"
              className="primary"
              disabled={exporting}
              onClick={() => void doExport('pdf')}
            >
              {t('export.pdf')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={exporting}
              onClick={() => void doExport('docx')}
            >
              {t('export.docx')}
            </button>
          </div>
        </div>
        <FilingNotice notice={manifest.notice} uiLang={uiLang} />
        {answers && (
          // Printing, the blank form and the bundle are for the end of the work: folded away so
          // the form starts near the top of a laptop screen.
          <details className="more-actions">
            <summary>{t('form.moreActions')}</summary>
            <FilingExtras
              templateId={templateId}
              templateVersion={versions?.draft}
              answers={answers}
              docLang={docLang}
              blocked={issues.length > 0 ? t('export.fixFirst', { count: issues.length }) : null}
            />
            <BundleExport
              matterId={matterId}
              templateId={templateId}
              templateVersion={templateVersion.current ?? null}
              answers={answers}
              docLang={docLang}
              form={form}
              blocked={issues.length > 0 ? t('export.fixFirst', { count: issues.length }) : null}
              beforeExport={saveNow}
            />
          </details>
        )}
        {versions && versions.draft !== versions.current && (
          <div className="notice" role="status" id="template-updated">
            <span>{t('packs.updatedNotice', { from: versions.draft, to: versions.current })}</span>{' '}
            <button type="button" onClick={() => void moveToCurrent()}>
              {t('packs.moveOn', { version: versions.current })}
            </button>
          </div>
        )}
        {prefilledFrom.length > 0 && save.kind === 'idle' && <Status>{t('form.prefilled')}</Status>}
        {exportState && (
          <p
            className={exportState.kind === 'ok' ? 'status success' : 'error-text'}
            role={exportState.kind === 'ok' ? 'status' : 'alert'}
          >
            {exportState.text}
            {exportState.path && (
              <>
                {' '}
                <code className="path">{exportState.path}</code>
              </>
            )}
          </p>
        )}
        {showAll && issues.length > 0 && (
          <div
            className="error-summary"
            ref={summaryRef}
            tabIndex={-1}
            aria-labelledby="summary-heading"
          >
            <h2 id="summary-heading">{t('form.errorSummary', { count: issues.length })}</h2>
            <ul>
              {issues.map((i) => (
                <li key={`${i.path}|${i.code}`}>
                  <a
                    href={`#${fieldId(i.path)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      goTo(i);
                    }}
                  >
                    {i.place}: {i.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="filing-body">
          <nav className="sections" aria-label={t('form.sections')}>
            <ol>
              {sections.map((s, i) => {
                const n = sectionIssues(i);
                return (
                  <li key={s.id}>
                    <button
                      type="button"
                      aria-current={i === section ? 'step' : undefined}
                      onClick={() => setSection(i)}
                    >
                      <span>{s.title}</span>
                      <span
                        className={n ? 'badge todo' : 'badge done'}
                        aria-label={n ? t('form.toFix', { count: n }) : t('form.sectionDone')}
                        title={n ? t('form.toFix', { count: n }) : t('form.sectionDone')}
                      >
                        {n ? `${n} !` : '✓'}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
            <p className="meta">
              {t('form.progress', {
                done: sections.filter((_, i) => sectionIssues(i) === 0).length,
                total: sections.length,
              })}
            </p>
          </nav>
          <form
            className="fields"
            aria-labelledby={`section-${current?.id}`}
            onSubmit={(e) => e.preventDefault()}
            noValidate
          >
            <h2 id={`section-${current?.id}`}>{current?.title}</h2>
            {current?.fields.map((f) => (
              <FieldView key={f.key} field={f} segments={[f.key]} />
            ))}
            <div className="section-nav">
              <button
                type="button"
                disabled={section === 0}
                onClick={() => setSection((s) => s - 1)}
              >
                ← {t('form.previous')}
              </button>
              <button
                type="button"
                disabled={section >= sections.length - 1}
                onClick={() => setSection((s) => s + 1)}
              >
                {t('form.next')} →
              </button>
            </div>
          </form>
          <aside className="side">
            {preflight && <Preflight preflight={preflight} />}
            <Preview
              base64={preview?.base64 ?? null}
              rev={preview?.rev ?? -1}
              busy={previewBusy || (preview?.rev ?? -1) !== rev}
            />
          </aside>
        </div>
      </div>
    </FormContext.Provider>
  );
}

function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const text =
    state.kind === 'saved'
      ? t('save.saved', { at: formatStamp(state.at) })
      : state.kind === 'pending'
        ? t('save.pending')
        : state.kind === 'error'
          ? t('save.failed', { message: state.message })
          : t('save.notYet');
  return (
    <span className={`save-state save-${state.kind}`} role="status" data-state={state.kind}>
      {text}
    </span>
  );
}

function Preflight({ preflight }: { preflight: PreflightView }) {
  const { t } = useTranslation();
  const uiLang = useUiLang();
  const nothing =
    preflight.unverifiedCites.length === 0 &&
    preflight.answerNotices.length === 0 &&
    preflight.namesToCheck.length === 0 &&
    preflight.unprintable === '' &&
    preflight.deadlines.length === 0 &&
    preflight.holidayWarnings.length === 0;
  return (
    <section className="preflight" aria-labelledby="preflight-heading">
      <h2 id="preflight-heading">{t('preflight.title')}</h2>
      {nothing && <p className="empty">{t('preflight.nothing')}</p>}
      {preflight.deadlines.length > 0 && (
        <ul>
          {preflight.deadlines.map((d) => (
            <li key={d.id} className={d.missed ? 'missed' : d.daysLeft <= 2 ? 'urgent' : ''}>
              {d.missed
                ? t('preflight.deadlineMissed', {
                    label: d.label,
                    date: formatShortDate(d.lastDay),
                  })
                : t('preflight.deadline', {
                    label: d.label,
                    date: formatShortDate(d.lastDay),
                    count: d.daysLeft,
                  })}
              {d.later.map((line) => (
                <div key={line} className="later-reading">
                  {line}
                </div>
              ))}
            </li>
          ))}
        </ul>
      )}
      {preflight.unprintable !== '' && (
        <p className="warning" role="alert">
          {t('preflight.unprintable', { chars: [...preflight.unprintable].join(' ') })}
        </p>
      )}
      {preflight.holidayWarnings.length > 0 && (
        <ul>
          {preflight.holidayWarnings.map((w) => (
            <li key={`${w.code}${w.year}`} className="warning">
              {formatMessage(w.code, uiLang, { year: w.year })}
            </li>
          ))}
        </ul>
      )}
      {preflight.unverifiedCites.length > 0 && (
        <>
          <h3>{t('preflight.unverified')}</h3>
          <ul>
            {preflight.unverifiedCites.map((c) => (
              <li key={c.key} className="warning" title={c.source}>
                {c.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {preflight.answerNotices.length > 0 && (
        <>
          <h3>{t('preflight.answers')}</h3>
          <ul>
            {preflight.answerNotices.map((n) => (
              <li key={`${n.path}|${n.code}`} className="warning">
                {n.place}: {n.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {preflight.namesToCheck.length > 0 && (
        <>
          <h3>{t('preflight.names')}</h3>
          <ul>
            {preflight.namesToCheck.map((n) => (
              <li key={`${n.name}|${n.text}`}>
                {n.name} → {n.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
