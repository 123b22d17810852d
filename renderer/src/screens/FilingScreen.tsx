/**
 * A filing being written: the manifest's form section by section, inline validation in the UI
 * language, the live preview of the real PDF, pre-flight, autosave into the vault, and export.
 * Typing only updates local state; the preview and the autosave follow it, debounced, so a slow
 * render never holds a keystroke back.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../errors.ts';
import type { Lang } from '../../../common/lang.ts';
import type { TemplateView } from '../../../main/api.ts';
import { prepareAnswers, type Answers, type ValidationIssue } from '../../../common/answers.ts';
import * as clock from '../../../common/clock.ts';
import { useApi, useUiLang } from '../context.ts';
import { ErrorText, FilingNotice, Status } from '../components.tsx';
import { DeadlineBanner, findingsOf, openFindings, type Finding } from './review.tsx';
import type { FiledMark } from '../../../common/filed.ts';
import { newDraftId, type DraftOrigin } from '../../../common/drafts.ts';
import { FormContext } from '../form/fields.tsx';
import { fieldId, issuesUnder, sectionsOf } from '../form/state.ts';
import { ExportButtons } from './filing/ExportButtons.tsx';
import { ExportConfirm } from './filing/ExportConfirm.tsx';
import { FilingSide } from './filing/FilingSide.tsx';
import { SaveIndicator } from './filing/SaveIndicator.tsx';
import { SectionNav } from './filing/SectionNav.tsx';
import { DocLangPicker } from './filing/DocLangPicker.tsx';
import { ExportResult, savedState, type ExportState } from './filing/ExportResult.tsx';
import { ReviewStep } from './filing/ReviewStep.tsx';
import { SectionForm } from './filing/SectionForm.tsx';
import { isReviewing } from './filing/steps.ts';
import { useAutosave } from './filing/useAutosave.ts';
import { usePreview } from './filing/usePreview.ts';
import { FilingExtras } from './FilingExtras.tsx';
import { BundleExport } from './BundleExport.tsx';
import { useFormModel } from '../form/model.ts';
import type { FlushRegistry } from '../flush.ts';
import type { Screen } from '../App.tsx';
import { RegionSelect, withSettingsRegion } from '../form/CourtPicker.tsx';

export function FilingScreen({
  matterId: openedMatter,
  templateId,
  draftId: openedDraft,
  version,
  from,
  flush,
  onOpen,
  onPlace,
}: {
  /** '' for a new filing: its matter is created with the first real answer, not on opening. */
  matterId: string;
  templateId: string;
  /** Absent: a new draft, under an id minted here (the first save creates it). */
  draftId?: string;
  version?: number;
  from?: DraftOrigin;
  flush: FlushRegistry;
  onOpen: (s: Screen) => void;
  /** Where the draft lives once known (the screen stays; a reload finds it). */
  onPlace?: (place: { readonly matterId: string; readonly draftId: string }) => void;
}) {
  const api = useApi();
  const uiLang = useUiLang();
  const { t } = useTranslation();
  const errorText = useErrorText();
  // The manifest and the cite texts its deadlines need arrive and change together.
  const [template, setTemplate] = useState<TemplateView | null>(null);
  const manifest = template?.manifest ?? null;
  const [docLang, setDocLang] = useState<Lang>('ru');
  const [rev, setRev] = useState(0);
  const [section, setSection] = useState(0);
  const [loadError, setLoadError] = useState('');
  const [prefilledFrom, setPrefilledFrom] = useState<readonly string[]>([]);
  // The filing version this draft is on, and the newest installed (template packs): a draft
  // stays on its version until the lawyer moves it on.
  const [versions, setVersions] = useState<{ draft: string; current: string } | null>(null);
  // Marked as handed in on the matter page: the banner says so instead of the days left.
  const [filed, setFiled] = useState<FiledMark | undefined>(undefined);
  const templateVersion = useRef<string | undefined>(undefined);
  // The draft saved into: the one opened, else a new one named here, before anything is saved.
  const draftId = useRef(openedDraft ?? newDraftId());
  const onPlaceRef = useRef(onPlace);
  onPlaceRef.current = onPlace;
  const [exportState, setExportState] = useState<ExportState | null>(null);
  const [exporting, setExporting] = useState(false);
  // Opt-in: plain PDF stays the default export.
  const [pdfa, setPdfa] = useState(false);
  const findingsRef = useRef<HTMLDetailsElement>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Findings the lawyer accepted knowingly, by finding key (issue 22): kept while the screen is.
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  // The fast path: the export asked for, waiting on the lawyer's confirmation of open findings.
  const [confirm, setConfirm] = useState<{
    format: 'pdf' | 'docx';
    open: readonly Finding[];
  } | null>(null);
  // After an export, focus goes to what happened (the disabled button would drop it to <body>).
  const focusResult = useRef(false);
  useEffect(() => {
    if (!exportState || !focusResult.current) return;
    focusResult.current = false;
    resultRef.current?.focus();
  }, [exportState]);
  // Focus follows a move between sections, never on the first render.
  const moved = useRef(false);
  const model = useFormModel(
    manifest,
    uiLang,
    // Runs on an edit, after this render has declared `autosave` below.
    () => {
      autosave.edited();
      setExportState(null);
      setRev((r) => r + 1);
    },
    docLang,
  );
  const { answers, issues } = model;

  // --- load --------------------------------------------------------------------------------
  useEffect(() => {
    let live = true;
    void (async () => {
      const d = openedMatter
        ? await api.openDraft({
            uiLang,
            matterId: openedMatter,
            templateId,
            draftId: draftId.current,
            ...(version !== undefined ? { version } : {}),
            ...(from ? { from } : {}),
          })
        : null;
      if (!live) return;
      if (d && !d.ok) return setLoadError(errorText(d.error));
      const draft = d?.ok ? d.value : null;
      // The way out of a term already started is that draft: it is the one written to.
      if (draft) draftId.current = draft.draftId;
      onPlaceRef.current?.({ matterId: openedMatter, draftId: draftId.current });
      const recorded = draft?.templateVersion ?? undefined;
      const m = await api.getTemplate({
        templateId,
        ...(recorded ? { templateVersion: recorded } : {}),
      });
      if (!live) return;
      if (!m.ok) return setLoadError(errorText(m.error));
      const loaded = m.value.manifest;
      templateVersion.current = loaded.version;
      setVersions({ draft: loaded.version, current: draft?.currentVersion ?? loaded.version });
      // A filing opened without a matter starts in the region of Settings (CourtPicker.tsx).
      const saved = draft
        ? (draft.answers as Answers)
        : await withSettingsRegion(api, uiLang, loaded, {}, loaded.languages[0] ?? 'ru');
      if (!live) return;
      const prepared = prepareAnswers(loaded, saved, { lang: uiLang, today: clock.today() });
      setTemplate(m.value);
      // Keep what was typed (even if invalid): the validator reports it, nothing is dropped.
      model.load({ ...prepared.answers, ...saved });
      const lang = draft?.lang ?? loaded.languages[0] ?? 'ru';
      setDocLang(loaded.languages.includes(lang) ? lang : (loaded.languages[0] ?? 'ru'));
      setPrefilledFrom(draft?.prefilledFrom ?? []);
      setFiled(draft?.filed);
      if (draft?.savedAt) autosave.loaded(draft.savedAt);
    })();
    return () => {
      live = false;
    };
    // The draft is loaded once per screen; the UI language changing must not reload it.
  }, [api, openedMatter, templateId, version]);

  // --- autosave ----------------------------------------------------------------------------
  const autosave = useAutosave({
    openedMatter,
    onMatter: (matterId) => onPlaceRef.current?.({ matterId, draftId: draftId.current }),
    templateId,
    draftId,
    startedFrom: from,
    templateVersion,
    latestAnswers: model.latest,
    flush,
    rev,
    docLang,
  });
  const { matterId, matterRef, saveNow } = autosave;

  // --- preview -----------------------------------------------------------------------------
  const { preview, previewBusy, renderPreview } = usePreview({
    templateId,
    templateVersion,
    answers,
    docLang,
    rev,
  });

  const sections = useMemo(
    () =>
      manifest ? sectionsOf(manifest, uiLang, t('form.otherSection'), t('ux.clockSection')) : [],
    [manifest, uiLang, t],
  );
  const findings = useMemo(
    () => findingsOf(issues, preview?.preflight ?? null, uiLang, t),
    [issues, preview, uiLang, t],
  );

  // The loaded screen replaces the «loading» heading that had focus: focus its own heading, so
  // focus never drops to <body> after «Начать» / «Создать».
  const titleRef = useRef<HTMLHeadingElement>(null);
  const loaded = manifest !== null && answers !== null;
  useEffect(() => {
    if (!loaded) return;
    const active = document.activeElement;
    if (!active || active === document.body) titleRef.current?.focus();
  }, [loaded]);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    headingRef.current?.focus();
  }, [section]);
  function moveTo(index: number): void {
    moved.current = true;
    setConfirm(null);
    setSection(index);
  }

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
      setExportState({ kind: 'error', text: errorText(m.error) });
      return;
    }
    const typed = (model.latest.current ?? {}) as Answers;
    const current = m.value.manifest;
    const prepared = prepareAnswers(current, typed, { lang: uiLang, today: clock.today() });
    templateVersion.current = current.version;
    setTemplate(m.value);
    model.load({ ...prepared.answers, ...typed });
    setVersions({ draft: current.version, current: current.version });
    autosave.markDirty(); // saved at once, so the draft records the new version
    setRev((v) => v + 1);
    await saveNow();
  }

  /**
   * Export through the checks: errors first; then the findings nobody accepted, listed in a
   * confirmation (the fast path); `acceptOpen` accepts those listed and saves.
   */
  async function doExport(format: 'pdf' | 'docx', acceptOpen = false): Promise<void> {
    if (!answers) return;
    model.revealAll();
    if (issues.length > 0) {
      setConfirm(null);
      setExportState({ kind: 'error', text: t('export.fixFirst', { count: issues.length }) });
      requestAnimationFrame(() => {
        const list = findingsRef.current;
        if (!list) return resultRef.current?.focus();
        list.open = true;
        list.querySelector<HTMLElement>('summary')?.focus();
      });
      return;
    }
    // The findings of what is on screen now: a preview still rendering is waited for.
    let current = findings;
    if (!preview || preview.rev !== rev) {
      const r = await renderPreview(answers);
      if (r.ok && !r.value.superseded) current = findingsOf(issues, r.value.preflight, uiLang, t);
    }
    const open = openFindings(current, accepted);
    if (open.length > 0 && !acceptOpen) {
      setConfirm({ format, open });
      requestAnimationFrame(() => document.getElementById('export-confirm-heading')?.focus());
      return;
    }
    if (acceptOpen && confirm) {
      const all = new Set(accepted);
      for (const f of confirm.open) all.add(f.key);
      setAccepted(all);
    }
    setConfirm(null);
    setExporting(true);
    await saveNow();
    const r = await api.exportFiling({
      templateId,
      ...(templateVersion.current ? { templateVersion: templateVersion.current } : {}),
      answers,
      lang: docLang,
      uiLang,
      format,
      ...(matterRef.current ? { matterId: matterRef.current } : {}),
      ...(format === 'pdf' && pdfa ? { pdfa: true } : {}),
    });
    setExporting(false);
    focusResult.current = true;
    if (!r.ok) {
      setExportState({ kind: 'error', text: errorText(r.error) });
      return;
    }
    setExportState(savedState(r.value.savedTo, t));
  }

  const accept = (key: string, yes: boolean): void =>
    setAccepted((a) => {
      const next = new Set(a);
      if (yes) next.add(key);
      else next.delete(key);
      return next;
    });
  const triage = { findings, accepted, onAccept: accept, goTo };
  const steps = { sections, section, moveTo, headingRef };
  const exportButtons = (where: string) => (
    <ExportButtons
      where={where}
      pdfa={pdfa}
      onPdfa={setPdfa}
      exporting={exporting}
      onExport={(format) => void doExport(format)}
    />
  );

  // Printing, the blank form and the bundle wait for the errors to be fixed.
  const blocked = issues.length > 0 ? t('export.fixFirst', { count: issues.length }) : null;
  return (
    <FormContext.Provider value={form}>
      <div className="filing">
        <div className="filing-head">
          <div>
            <h1 tabIndex={-1} ref={titleRef}>
              {manifest.title[uiLang]}
            </h1>
            <p className="meta">
              <button
                type="button"
                className="link"
                onClick={() => onOpen(matterId ? { name: 'matter', matterId } : { name: 'home' })}
              >
                {matterId ? t('form.backToMatter') : t('nav.home')}
              </button>
              {' · '}
              <SaveIndicator state={autosave.save} />
              <RegionSelect manifest={manifest} docLang={docLang} />
            </p>
          </div>
          <div className="toolbar">
            <DocLangPicker
              languages={manifest.languages}
              docLang={docLang}
              onChange={(lang) => {
                setDocLang(lang);
                setRev((r) => r + 1);
                autosave.markDirty();
              }}
            />
            {exportButtons('toolbar')}
          </div>
        </div>
        <DeadlineBanner
          manifest={manifest}
          answers={answers}
          today={clock.today()}
          deadlineCites={template?.deadlineCites ?? {}}
          uiLang={uiLang}
          docLang={docLang}
          filed={filed}
        />
        <div className="filing-body">
          <SectionNav steps={steps} sectionIssues={sectionIssues} />
          <div className="main-col">
            {confirm && (
              <ExportConfirm
                format={confirm.format}
                open={confirm.open}
                accepted={accepted}
                goTo={goTo}
                onAcceptAndSave={() => void doExport(confirm.format, true)}
                onReview={() => moveTo(sections.length)}
                onCancel={() => setConfirm(null)}
              />
            )}
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
                  blocked={blocked}
                />
                {matterId && (
                  <BundleExport
                    matterId={matterId}
                    templateId={templateId}
                    templateVersion={templateVersion.current ?? null}
                    answers={answers}
                    docLang={docLang}
                    form={form}
                    blocked={blocked}
                    beforeExport={saveNow}
                  />
                )}
              </details>
            )}
            {versions && versions.draft !== versions.current && (
              <div className="notice" role="status" id="template-updated">
                <span>
                  {t('packs.updatedNotice', { from: versions.draft, to: versions.current })}
                </span>{' '}
                <button type="button" onClick={() => void moveToCurrent()}>
                  {t('packs.moveOn', { version: versions.current })}
                </button>
              </div>
            )}
            {/* Kept after the first save: a line that vanished as the autosave began moved the
                form up under the pointer (as the banner's late line once moved it down). */}
            {prefilledFrom.length > 0 && <Status>{t('form.prefilled')}</Status>}
            {exportState && (
              <ExportResult state={exportState} id="export-result" resultRef={resultRef} />
            )}
            {isReviewing(steps) ? (
              <ReviewStep
                steps={steps}
                docLang={docLang}
                triage={triage}
                exportButtons={exportButtons('review')}
              />
            ) : (
              <SectionForm steps={steps} />
            )}
          </div>
          <FilingSide
            triage={triage}
            findingsRef={findingsRef}
            preview={preview}
            previewBusy={previewBusy || (preview?.rev ?? -1) !== rev}
          />
        </div>
      </div>
    </FormContext.Provider>
  );
}
