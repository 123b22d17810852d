/** attachments:* — validated, then handed to app/attachments.ts. */
import type { Handlers } from '../api.ts';
import type { AppContext } from '../app/context.ts';
import { addAttachment, listAttachments, removeAttachment } from '../app/attachments.ts';
import { handler } from './result.ts';

export function attachmentHandlers(ctx: AppContext, touch: () => void) {
  return {
    'attachments:list': handler(
      'attachments:list',
      ({ matterId }) => listAttachments(ctx, matterId),
      touch,
    ),
    'attachments:add': handler(
      'attachments:add',
      ({ matterId, name, content }) => addAttachment(ctx, matterId, name, content),
      touch,
    ),
    'attachments:remove': handler(
      'attachments:remove',
      ({ matterId, fileId }) => removeAttachment(ctx, matterId, fileId),
      touch,
    ),
  } satisfies Partial<Handlers>;
}
