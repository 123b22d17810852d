/**
 * Filings: a filing reference is resolved once — the template at the draft's pinned version (the
 * newest when none), the document's language, the day — and every render starts from it: the
 * live preview, print, export, the blank form and the court bundle (app/bundle.ts). The window
 * renders in a worker of the session's pool; the CLI, one document per process, in its own thread.
 */
import type { Payload, Results } from '../api.ts';
import type { Lang, Manifest } from '../../common/manifest.ts';
import { clientOf } from '../../common/prefill.ts';
import { clientLabel, safeFileName } from '../../common/file-names.ts';
import { writeFileAtomic } from '../atomic.ts';
import { AnswersInvalid, type RenderRequest } from '../engine/index.ts';
import type { PreflightView } from '../api.ts';
import { dayOf } from './clock.ts';
import { namesInFileNames, type AppContext, type Library } from './context.ts';
import { preflightView } from './preflight.ts';
import { localize } from '../../common/locales/index.ts';

/** What names a filing: the same fields on every channel that renders one. */
export interface FilingRef {
  readonly templateId: string;
  readonly templateVersion?: string | undefined;
  readonly answers: unknown;
  /** The document's language; absent: the filing's first. */
  readonly lang?: Lang | undefined;
  /** The language of messages and the pre-flight. */
  readonly uiLang: Lang;
  /** The day to compute for; absent: the clock's today. */
  readonly today?: string | undefined;
}

export type FilingRequest = Pick<
  RenderRequest,
  'templateId' | 'templateVersion' | 'answers' | 'lang' | 'messagesLang' | 'today'
>;

export interface ResolvedFiling {
  readonly manifest: Manifest;
  readonly lang: Lang;
  readonly request: FilingRequest;
}

/**
 * The one place a filing reference becomes a render request. An unknown filing or version fails
 * here (UnknownTemplate), before a worker is busy or a dialog opens; a pinned version no set
 * holds any more is refused, never silently replaced by another text.
 */
export function resolveFiling(engine: Library, ref: FilingRef): ResolvedFiling {
  const { manifest } = engine.template(ref.templateId, ref.templateVersion);
  const lang = ref.lang ?? manifest.languages[0] ?? 'ru';
  return {
    manifest,
    lang,
    request: {
      templateId: ref.templateId,
      ...(ref.templateVersion ? { templateVersion: ref.templateVersion } : {}),
      answers: ref.answers,
      lang,
      messagesLang: ref.uiLang,
      today: dayOf(ref.today),
    },
  };
}

export function listTemplates(engine: Library, uiLang: Lang): Results['templates:list'] {
  return engine.templates.map(({ manifest: m }) => ({
    id: m.id,
    version: m.version,
    title: m.title[uiLang],
    purpose: m.purpose[uiLang],
    deadlineHint: m.deadlineHint?.[uiLang] ?? '',
    languages: m.languages,
  }));
}

export function templateView(
  engine: Library,
  templateId: string,
  templateVersion: string | undefined,
): Results['templates:get'] {
  const { manifest } = engine.template(templateId, templateVersion);
  const keys = manifest.deadlines.flatMap((d) => [
    ...d.basis,
    ...d.alternatives.flatMap((a) => a.basis),
  ]);
  const deadlineCites = Object.fromEntries(
    keys.flatMap((key) => {
      const cite = engine.cites[key];
      return cite ? [[key, { ru: cite.ru, kk: cite.kk, en: cite.en }]] : [];
    }),
  );
  return { manifest, deadlineCites };
}

export function validateFiling(
  engine: Library,
  p: Payload<'filing:validate'>,
): Results['filing:validate'] {
  return engine.validate(
    p.templateId,
    p.answers,
    p.uiLang,
    dayOf(p.today),
    p.templateVersion,
    p.lang,
  );
}

type Rendered =
  | { kind: 'done'; bytes: Uint8Array; pages: number | null; preflight: PreflightView }
  | { kind: 'cancelled' };

/** A render in a worker of the session's pool: the window's main process never lays out a page. */
async function renderInWorker(
  ctx: AppContext,
  ref: FilingRef,
  options: {
    readonly format: 'pdf' | 'docx';
    readonly allowIncomplete: boolean;
    readonly pdfa?: boolean;
    readonly markUnverified?: boolean;
    /** Aborts the render (a newer preview). */
    readonly signal?: AbortSignal;
  },
): Promise<Rendered> {
  const filing = resolveFiling(ctx.services.engine, ref);
  const reply = await ctx.session.renderPool().render(
    {
      ...filing.request,
      allowIncomplete: options.allowIncomplete,
      ...(options.pdfa ? { pdfa: true } : {}),
      ...(options.markUnverified ? { markUnverified: true } : {}),
    },
    options.format,
    options.signal,
  );
  if (reply.ok)
    return {
      kind: 'done',
      bytes: reply.bytes,
      pages: reply.pages,
      preflight: preflightView(
        reply.preflight,
        filing.manifest,
        ref.uiLang,
        ctx.services.engine.cites,
      ),
    };
  if (reply.kind === 'cancelled') return { kind: 'cancelled' };
  if (reply.kind === 'invalidAnswers') throw new AnswersInvalid(reply.issues);
  throw new Error(reply.message);
}

/** Print (and any render the window keeps in memory): in a worker, at the pinned version. */
export async function renderFiling(
  ctx: AppContext,
  p: Payload<'filing:render'>,
): Promise<Results['filing:render']> {
  const result = await renderInWorker(ctx, p, {
    allowIncomplete: p.allowIncomplete === true,
    format: p.format,
  });
  if (result.kind === 'cancelled') throw new Error('render cancelled');
  return {
    base64: Buffer.from(result.bytes).toString('base64'),
    bytes: result.bytes.length,
    preflight: result.preflight,
  };
}

/** The live preview: unfinished answers allowed, unverified cites marked; a newer one wins. */
export async function previewFiling(
  ctx: AppContext,
  p: Payload<'filing:preview'>,
): Promise<Results['filing:preview']> {
  const result = await renderInWorker(ctx, p, {
    allowIncomplete: true,
    markUnverified: true,
    format: 'pdf',
    signal: ctx.session.nextPreview(),
  });
  if (result.kind === 'cancelled') return { superseded: true };
  return {
    superseded: false,
    base64: Buffer.from(result.bytes).toString('base64'),
    pages: result.pages,
    preflight: result.preflight,
  };
}

/** «Title — Client — day»: the client's surname only when the lawyer asked for names in files. */
export function exportFileName(
  manifest: Manifest,
  lang: Lang,
  answers: Readonly<Record<string, unknown>>,
  namesIn: boolean,
  today: string,
  suffix?: string,
): string {
  return safeFileName(
    [manifest.title[lang], clientLabel(clientOf(answers), namesIn), suffix, today]
      .filter(Boolean)
      .join(' — '),
  );
}

/** File names of blank forms, in the document's language. */

export function blankFileName(manifest: Manifest, lang: Lang): string {
  return safeFileName(`${manifest.title[lang]} — ${localize(lang, 'fileNames.blankSuffix')}`);
}

/** Asks where to save, then writes atomically (main/atomic.ts); null when the user cancels. */
export async function saveAs(
  ctx: AppContext,
  name: string,
  format: 'pdf' | 'docx' | 'xlsx' | 'csv',
  bytes: Uint8Array,
): Promise<string | null> {
  const target = await ctx.session.options.saveTarget.choose(`${name}.${format}`, format);
  if (target === null) return null;
  writeFileAtomic(target, bytes);
  return target;
}

export async function exportFiling(
  ctx: AppContext,
  p: Payload<'filing:export'>,
): Promise<Results['filing:export']> {
  const { manifest } = resolveFiling(ctx.services.engine, p);
  const result = await renderInWorker(ctx, p, {
    allowIncomplete: false,
    pdfa: p.pdfa === true,
    format: p.format,
  });
  if (result.kind === 'cancelled') return { savedTo: null };
  const name = exportFileName(manifest, p.lang, p.answers, namesInFileNames(ctx), dayOf());
  return { savedTo: await saveAs(ctx, name, p.format, result.bytes) };
}

/** A blank form: rendered here, not in a worker — it is rare and carries no client text. */
export async function blankFiling(
  ctx: AppContext,
  p: Payload<'filing:blank'>,
): Promise<Results['filing:blank']> {
  const filing = resolveFiling(ctx.services.engine, p);
  const rendered = await ctx.services.engine.render({ ...filing.request, blank: true }, p.format);
  return {
    savedTo: await saveAs(ctx, blankFileName(filing.manifest, p.lang), p.format, rendered.bytes),
  };
}

/**
 * The CLI's render and blank form: the same resolved request, rendered in this thread (one
 * document per process) and written with the same atomic writer as the app, mode 0600.
 */
export async function renderFilingToFile(
  engine: Library,
  ref: FilingRef,
  format: 'pdf' | 'docx',
  file: string,
  options: { readonly pdfa?: boolean; readonly blank?: boolean } = {},
): Promise<{ bytes: number; manifest: Manifest; preflight: PreflightView }> {
  const filing = resolveFiling(engine, ref);
  const rendered = await engine.render(
    {
      ...filing.request,
      ...(options.pdfa ? { pdfa: true } : {}),
      ...(options.blank ? { blank: true } : {}),
    },
    format,
  );
  writeFileAtomic(file, rendered.bytes);
  return {
    bytes: rendered.bytes.length,
    manifest: filing.manifest,
    preflight: preflightView(rendered.preflight, filing.manifest, ref.uiLang, engine.cites),
  };
}
