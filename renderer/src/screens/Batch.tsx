/**
 * Batch: one filing for every row of a spreadsheet. The user picks the filing and the file, sees
 * how each column will be read, runs it into a folder of their choice with progress and cancel,
 * and gets the report of every row that needs fixing. The run lives in main; this screen polls it
 * and can be left and come back to.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchPlanView, BatchProgress, TemplateSummary } from '../../../main/api.ts';
import type { Lang } from '../../../common/lang.ts';
import { readBase64 } from '../files.ts';
import { ErrorText, FilePicker, Status } from '../components.tsx';
import { FilingSelect } from '../components/controls.tsx';
import { DataTable, Section } from '../components/layout.tsx';
import { Checkbox } from '../Checkbox.tsx';
import { useScreen } from './useScreen.ts';
import { deadlineNotice } from '../deadline-notice.ts';

const POLL_MS = 400;

export function Batch({
  runId,
  onRun,
}: {
  /** The batch started from this screen, kept by the shell while the user is elsewhere. */
  runId: string | null;
  onRun: (runId: string | null) => void;
}) {
  const { api, uiLang, t, errorText } = useScreen();
  const [templates, setTemplates] = useState<readonly TemplateSummary[]>([]);
  const [templateId, setTemplateId] = useState('');
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [plan, setPlan] = useState<BatchPlanView | null>(null);
  const [formats, setFormats] = useState<readonly ('pdf' | 'docx')[]>(['pdf', 'docx']);
  const [docLang, setDocLang] = useState<Lang>('ru');
  const [force, setForce] = useState(false);
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const [error, setError] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [templateSaved, setTemplateSaved] = useState<string | null>(null);

  useEffect(() => {
    void api.listTemplates({ uiLang }).then((r) => {
      if (!r.ok) return setError(errorText(r.error));
      // No default filing: the paralegal picks one (issue 22).
      setTemplates(r.value);
    });
  }, [api, uiLang, t]);

  const template = templates.find((x) => x.id === templateId);
  useEffect(() => {
    if (template && !template.languages.includes(docLang))
      setDocLang(template.languages[0] ?? 'ru');
  }, [template, docLang]);

  // Re-read the plan whenever the filing, the file or the UI language changes.
  useEffect(() => {
    if (!file || !templateId) return setPlan(null);
    let live = true;
    void api
      .inspectBatch({ uiLang, templateId, fileName: file.name, content: file.content })
      .then((r) => {
        if (!live) return;
        if (r.ok) {
          setPlan(r.value);
          setError('');
        } else {
          setPlan(null);
          setError(errorText(r.error));
        }
      });
    return () => {
      live = false;
    };
  }, [api, uiLang, templateId, file, t]);

  // Follow the run until it ends.
  useEffect(() => {
    if (!runId) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async (): Promise<void> => {
      const r = await api.batchStatus({ uiLang, runId });
      if (!live) return;
      if (!r.ok) {
        setError(errorText(r.error));
        return onRun(null);
      }
      setProgress(r.value);
      if (!r.value.finished) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, uiLang, runId, onRun, t]);

  async function pick(f: File | undefined): Promise<void> {
    if (!f) return;
    setNote('');
    setFile({ name: f.name, content: await readBase64(f) });
  }

  /** The spreadsheet to fill, in the UI language, built by the same code as the CLI's. */
  async function downloadTemplate(): Promise<void> {
    if (!templateId) return;
    const r = await api.batchTemplate({ uiLang, templateId, format: 'xlsx' });
    if (!r.ok) return setError(errorText(r.error));
    setError('');
    setTemplateSaved(r.value.savedTo);
    if (!r.value.savedTo) setNote(t('export.cancelled'));
  }
  // Focus goes to where the template was saved once it shows, not to <body>.
  const savedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (templateSaved) savedRef.current?.focus();
  }, [templateSaved]);

  async function start(): Promise<void> {
    if (!file || !templateId) return;
    setBusy(true);
    setNote('');
    const r = await api.startBatch({
      uiLang,
      templateId,
      fileName: file.name,
      content: file.content,
      lang: docLang,
      formats: [...formats],
      force,
    });
    setBusy(false);
    if (!r.ok) return setError(errorText(r.error));
    setError('');
    if (!r.value.runId) return setNote(t('export.cancelled'));
    setProgress(null);
    onRun(r.value.runId);
  }

  const running = progress !== null && !progress.finished;
  const mapped = plan?.columns.filter((c) => c.field !== null).length ?? 0;
  const toggleFormat = (f: 'pdf' | 'docx', on: boolean): void =>
    setFormats((cur) => (on ? [...new Set([...cur, f])] : cur.filter((x) => x !== f)));

  return (
    <div className="batch">
      <h1 tabIndex={-1}>{t('batch.title')}</h1>
      <p className="hint">{t('batch.intro')}</p>
      <ErrorText id="batch-error" text={error} />
      {note && <Status>{note}</Status>}

      <Section headingId="batch-source" title={t('batch.source')}>
        <div className="form-grid">
          <FilingSelect
            id="batch-template"
            label={t('batch.filing')}
            value={templateId}
            disabled={running}
            onValue={(id) => {
              setTemplateId(id);
              setTemplateSaved(null);
            }}
            templates={templates}
          />
          <FilePicker
            id="batch-file"
            label={t('batch.file')}
            accept=".csv,.tsv,.txt,.xlsx"
            fileName={file?.name ?? null}
            disabled={running}
            onFile={(f) => void pick(f ?? undefined)}
          />
        </div>
        <p className="hint">{t('batch.fileHint')}</p>
        <p>
          <button
            type="button"
            disabled={!templateId || running}
            onClick={() => void downloadTemplate()}
          >
            {t('ux.batchTemplate')}
          </button>
        </p>
        {templateSaved && (
          <p
            className="status success"
            role="status"
            id="batch-template-saved"
            tabIndex={-1}
            ref={savedRef}
          >
            {t('export.saved')} <code className="path">{templateSaved}</code>
          </p>
        )}
      </Section>

      {plan && (
        <Section headingId="batch-plan" title={t('batch.plan')}>
          <p>
            {t('batch.rows', { count: plan.rows })} ·{' '}
            {t('batch.mapped', { count: mapped, total: plan.columns.length })}
          </p>
          {/* Only what needs a decision is open; what mapped by itself is folded away. */}
          {mapped < plan.columns.length && (
            <MappingTable columns={plan.columns.filter((c) => c.field === null)} />
          )}
          {mapped > 0 && (
            <details className="auto-mapped">
              <summary>{t('ux.batchAutoMapped', { count: mapped })}</summary>
              <MappingTable columns={plan.columns.filter((c) => c.field !== null)} />
            </details>
          )}
          {plan.groupSheets.map((g) => (
            <p key={g.sheet}>
              {t('batch.groupSheet', { sheet: g.sheet, field: g.field, count: g.lines })}
              {g.unmapped.length > 0 &&
                ` ${t('batch.sheetIgnoredColumns', { columns: g.unmapped.join(', ') })}`}
            </p>
          ))}
          {plan.ignoredSheets.length > 0 && (
            <p className="hint">
              {t('batch.ignoredSheets', { sheets: plan.ignoredSheets.join(', ') })}
            </p>
          )}
        </Section>
      )}

      {plan && (
        <Section headingId="batch-run" title={t('batch.run')}>
          <fieldset className="inline-options" disabled={running}>
            <legend>{t('batch.formats')}</legend>
            {(['pdf', 'docx'] as const).map((f) => (
              <Checkbox
                key={f}
                checked={formats.includes(f)}
                onChange={(on) => toggleFormat(f, on)}
              >
                {f.toUpperCase()}
              </Checkbox>
            ))}
          </fieldset>
          {template && template.languages.length > 1 && (
            <label>
              {t('form.documentLanguage')}{' '}
              <select value={docLang} onChange={(e) => setDocLang(e.target.value as Lang)}>
                {template.languages.map((l) => (
                  <option key={l} value={l}>
                    {t(`lang.${l}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <Checkbox checked={force} disabled={running} onChange={setForce}>
            {t('batch.force')}
          </Checkbox>
          <p className="hint">{t('batch.lockHint')}</p>
          <div className="toolbar">
            <button
              type="button"
              className="primary"
              disabled={busy || running || formats.length === 0 || plan.rows === 0}
              onClick={() => void start()}
            >
              {t('batch.start', { count: plan.rows })}
            </button>
            {running && runId && (
              <button type="button" onClick={() => void api.cancelBatch({ uiLang, runId })}>
                {t('batch.cancel')}
              </button>
            )}
          </div>
        </Section>
      )}

      {progress && (
        <Section
          headingId="batch-progress"
          title={progress.finished ? t('batch.finished') : t('batch.running')}
          className="batch-progress"
        >
          <progress max={progress.total} value={progress.done} aria-labelledby="batch-progress" />
          <Status>
            {t('batch.progress', { done: progress.done, total: progress.total })}
            {!progress.finished &&
              progress.rate > 0 &&
              ` · ${t('batch.rate', { rate: progress.rate.toLocaleString(uiLang, { maximumFractionDigits: 1 }) })}`}
            {!progress.finished &&
              progress.etaSeconds !== null &&
              ` · ${t('batch.eta', { count: progress.etaSeconds })}`}
          </Status>
          {progress.finished && (
            <ul className="batch-summary">
              <li>{t('batch.produced', { count: progress.produced })}</li>
              {progress.skipped > 0 && <li>{t('batch.skipped', { count: progress.skipped })}</li>}
              {progress.failed > 0 && (
                <li className="error-text">{t('batch.failed', { count: progress.failed })}</li>
              )}
              {progress.cancelled > 0 && (
                <li>{t('batch.cancelledRows', { count: progress.cancelled })}</li>
              )}
            </ul>
          )}
          <p>
            {t('batch.folder')} <code className="path">{progress.outDir}</code>
          </p>
          {progress.finished && plan?.canReveal && runId && (
            <button type="button" onClick={() => void api.revealBatch({ uiLang, runId })}>
              {t('batch.reveal')}
            </button>
          )}
          {progress.finished && progress.checks.length > 0 && (
            <RowChecks checks={progress.checks} />
          )}
          {progress.finished && progress.problems.length > 0 && (
            <>
              <h3>{t('batch.report')}</h3>
              <p className="hint">{t('batch.reportHint')}</p>
              <DataTable
                className="report"
                columns={[t('batch.row'), t('batch.column'), t('batch.problem')]}
              >
                {progress.problems.map((p, i) => (
                  <tr key={i}>
                    <td>{p.row}</td>
                    <td>{p.column}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </DataTable>
            </>
          )}
        </Section>
      )}
    </div>
  );
}

function MappingTable({ columns }: { columns: BatchPlanView['columns'] }) {
  const { t } = useTranslation();
  return (
    <DataTable className="mapping" columns={[t('batch.column'), t('batch.field')]}>
      {columns.map((c) => (
        <tr key={c.header} className={c.field ? '' : 'unmapped'}>
          <td>{c.header}</td>
          <td>{c.field ?? t('batch.ignored')}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Each produced row's pre-flight, as the filing screen lists it: deadline, cites, names. */
function RowChecks({ checks }: { checks: BatchProgress['checks'] }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 id="batch-checks">{t('ux.batchChecks')}</h3>
      <DataTable
        className="checks"
        labelledBy="batch-checks"
        columns={[t('batch.row'), t('ux.batchCheck')]}
      >
        {checks.map((c) => (
          <tr key={c.row}>
            <td>{c.row}</td>
            <td>
              <ul>
                {c.deadlines.map((d) => {
                  const notice = deadlineNotice(d, t);
                  return (
                    notice && (
                      <li
                        key={d.label}
                        className={notice.kind === 'missed' ? 'error-text' : 'warning'}
                      >
                        {notice.text}
                      </li>
                    )
                  );
                })}
                {c.unverifiedCites > 0 && (
                  <li>{t('ux.batchCites', { count: c.unverifiedCites })}</li>
                )}
                {c.names.length > 0 && (
                  <li>
                    {t('preflight.names')}: {c.names.join(', ')}
                  </li>
                )}
              </ul>
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
