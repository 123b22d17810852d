/**
 * A matter's filing as a court bundle: the filing rendered with its sheet counts taken from the
 * attached files, then assembled with those files. The one path the CLI and the app share.
 */
import { withFilePages } from '../../common/attachments.ts';
import type { Answers } from '../../common/answers.ts';
import type { Engine, RenderedFile, RenderRequest } from '../engine/index.ts';
import type { Vault } from '../vault/index.ts';
import { loadFontBytes } from '../fonts.ts';
import { assembleBundle } from './assemble.ts';
import type { BundleResult } from './index.ts';
import { fileAttachments } from './annexes.ts';
import { AttachmentError, BundleCrashed, type BundleWarning } from './messages.ts';
import type { RenderPool } from '../workers/pool.ts';
import type { WorkerRequest } from '../workers/protocol.ts';

// Defined with the other bundle failures, so the front doors tell it apart without loading this.
export { BundleCrashed } from './messages.ts';

/** A court bundle of one of a matter's filings: whose files it annexes, the filing, the layout. */
export interface MatterBundle<R extends RenderRequest | WorkerRequest> {
  readonly vault: Vault;
  readonly matterId: string;
  readonly request: R & { readonly answers: Record<string, unknown> };
  /** Whether an index of the annexes follows the filing. */
  readonly index: boolean;
  readonly dpi: number;
}

/**
 * The same bundle, built in a render worker under its memory limit (the app's path): this
 * thread decrypts only the files the filing names; decoding images and copying PDFs — where a
 * hostile file would spend memory — happen in the worker, whose death the pool survives.
 */
export async function bundleMatterFilingInWorker(
  pool: RenderPool,
  { vault, matterId, request, index, dpi }: MatterBundle<WorkerRequest>,
): Promise<{ bytes: Uint8Array; pages: number; warnings: readonly BundleWarning[] }> {
  const files = vault.listAttachments(matterId);
  const named = new Set(fileAttachments(request.answers as Answers).map((a) => a.fileId));
  const bytes: Record<string, Uint8Array> = {};
  for (const f of files)
    if (named.has(f.id)) bytes[f.id] = vault.getAttachmentBytes(matterId, f.id);
  const reply = await pool.render(request, 'pdf', undefined, undefined, {
    files: files.map((f) => ({ id: f.id, mime: f.mime, pages: f.pages })),
    bytes,
    index,
    dpi,
  });
  if (reply.ok)
    return {
      bytes: reply.bytes,
      pages: reply.bundle?.pages ?? 0,
      warnings: reply.bundle?.warnings ?? [],
    };
  if (reply.kind === 'attachment') throw new AttachmentError(reply.code, reply.place, reply.params);
  if (reply.kind === 'crashed') throw new BundleCrashed(reply.message);
  throw new Error(reply.message);
}

export async function bundleMatterFiling(
  engine: Engine,
  { vault, matterId, request, index, dpi }: MatterBundle<RenderRequest>,
): Promise<{ rendered: RenderedFile; bundle: BundleResult }> {
  const files = vault.listAttachments(matterId);
  const rendered = await engine.render(
    { ...request, answers: withFilePages(request.answers, files) },
    'pdf',
  );
  const bundle = await assembleBundle({
    document: rendered.document,
    answers: rendered.answers,
    filingPdf: rendered.bytes,
    files,
    readFile: (id) => vault.getAttachmentBytes(matterId, id),
    fonts: loadFontBytes(),
    index,
    dpi,
  });
  return { rendered, bundle };
}
