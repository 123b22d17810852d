/**
 * The court bundle: the filing (at the draft's pinned version, through resolveFiling) followed by
 * the matter's attachments it names, with an index. Rendered in a worker under its memory limit —
 * a hostile scan can kill that worker, never Electron's main thread with the vault open. This
 * thread only decrypts the files (workers hold no vault key) and sends their bytes.
 */
import type { Lang } from '../../common/manifest.ts';
import type { Payload, Results } from '../api.ts';
import * as clock from '../../common/clock.ts';
import type { PreflightView } from '../api.ts';
import { bundleMatterFiling, bundleMatterFilingInWorker } from '../bundle/matter.ts';
import { draftOf, type DraftRef, type Vault } from '../vault/index.ts';
import { writeOutput } from './files.ts';
import { preflightView } from './preflight.ts';
import { bundleWarningText } from '../bundle/messages.ts';
import { dayOf, sessionNow } from './clock.ts';
import { namesInFileNames, type AppContext, type Library } from './context.ts';
import { exportFileName, resolveFiling, saveAs } from './filings.ts';
import { localize } from '../../common/locales/index.ts';

export async function exportBundle(
  ctx: AppContext,
  p: Payload<'bundle:export'>,
): Promise<Results['bundle:export']> {
  const filing = resolveFiling(ctx.services.engine, p);
  const bundle = await bundleMatterFilingInWorker(ctx.session.renderPool(), {
    vault: ctx.session.open(),
    matterId: p.matterId,
    request: {
      ...filing.request,
      answers: p.answers, // the bundle's own type: an object, checked by the contract
      now: sessionNow(ctx).toISOString(),
    },
    index: p.index,
    dpi: p.dpi,
  });
  const warnings = bundle.warnings.map((w) => bundleWarningText(w, p.uiLang));
  const summary = { pages: bundle.pages, bytes: bundle.bytes.length, warnings };
  // To the page's print flow, in memory: nothing is written for it.
  if (p.print)
    return { savedTo: null, base64: Buffer.from(bundle.bytes).toString('base64'), ...summary };
  const name = exportFileName(
    filing.manifest,
    p.lang,
    p.answers,
    namesInFileNames(ctx),
    dayOf(),
    localize(p.lang, 'fileNames.bundleSuffix'),
  );
  return { savedTo: await saveAs(ctx, name, 'pdf', bundle.bytes), ...summary };
}

export { DEFAULT_DPI } from '../bundle/index.ts';

/**
 * `refuge bundle`: the matter's latest draft of the filing, at the version it was written on
 * (resolved as the window resolves it), with the files it names; written to `file`. Null when the
 * matter has no draft of the filing.
 */
export async function bundleLatestDraft(
  engine: Library,
  vault: Vault,
  matterId: string,
  ref: DraftRef,
  ui: Lang,
  options: { readonly index: boolean; readonly dpi: number },
  file: string,
): Promise<{
  preflight: PreflightView;
  warnings: string[];
  pages: number;
  filingPages: number;
  annexes: number;
  bytes: number;
} | null> {
  const draft = draftOf(vault.getMatter(matterId), ref);
  const latest = draft?.versions[draft.versions.length - 1];
  if (!latest) return null;
  const filing = resolveFiling(engine, {
    templateId: ref.templateId,
    templateVersion: latest.templateVersion,
    answers: latest.answers,
    lang: latest.lang,
    uiLang: ui,
  });
  const { rendered, bundle } = await bundleMatterFiling(engine, {
    vault,
    matterId,
    request: { ...filing.request, answers: latest.answers, now: clock.now() },
    ...options,
  });
  writeOutput(file, bundle.bytes);
  return {
    preflight: preflightView(rendered.preflight, filing.manifest, ui, engine.cites),
    warnings: bundle.warnings.map((w) => bundleWarningText(w, ui)),
    pages: bundle.pages,
    filingPages: bundle.filingPages,
    annexes: bundle.annexes.length,
    bytes: bundle.bytes.length,
  };
}
