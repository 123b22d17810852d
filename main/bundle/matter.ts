/**
 * A matter's filing as a court bundle: the filing rendered with its sheet counts taken from the
 * attached files, then assembled with those files. The one path the CLI and the app share.
 */
import { withFilePages } from '../../common/attachments.ts';
import type { Engine, RenderedFile, RenderRequest } from '../engine/render.ts';
import type { Vault } from '../vault/index.ts';
import { loadFontBytes } from '../fonts.ts';
import { assembleBundle } from './assemble.ts';
import type { BundleResult } from './index.ts';

export async function bundleMatterFiling(
  engine: Engine,
  vault: Vault,
  matterId: string,
  request: RenderRequest & { readonly answers: Record<string, unknown> },
  options: { readonly index: boolean; readonly dpi: number },
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
    index: options.index,
    dpi: options.dpi,
  });
  return { rendered, bundle };
}
