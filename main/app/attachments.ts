/** A matter's attached files (scans, photos, spreadsheets), sealed in the vault like the rest. */
import type { AttachmentView } from '../api.ts';
import { stripBidiFromName } from '../../common/text.ts';
import type { AttachmentMeta } from '../vault/index.ts';
import { sessionNow } from './clock.ts';
import type { AppContext } from './context.ts';

export function attachmentView(a: AttachmentMeta): AttachmentView {
  return {
    id: a.id,
    // Names stored before bidi controls were stripped on the way in.
    name: stripBidiFromName(a.name),
    mime: a.mime,
    size: a.size,
    pages: a.pages,
    addedAt: a.addedAt,
  };
}

export function listAttachments(ctx: AppContext, matterId: string): AttachmentView[] {
  return ctx.session.open().listAttachments(matterId).map(attachmentView);
}

export async function addAttachment(
  ctx: AppContext,
  matterId: string,
  name: string,
  base64: string,
): Promise<AttachmentView> {
  const meta = await ctx.session
    .open()
    .addAttachment(matterId, { name, bytes: Buffer.from(base64, 'base64') }, sessionNow(ctx));
  return attachmentView(meta);
}

export function removeAttachment(
  ctx: AppContext,
  matterId: string,
  fileId: string,
): { removed: string } {
  ctx.session.open().removeAttachment(matterId, fileId, sessionNow(ctx));
  return { removed: fileId };
}
