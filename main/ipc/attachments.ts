/** attachments:* — validated, then handed to app/attachments.ts. */
import type { AppContext } from '../app/context.ts';
import { addAttachment, listAttachments, removeAttachment } from '../app/attachments.ts';
import { domainHandlers } from './result.ts';

export function attachmentHandlers(ctx: AppContext, touch: () => void) {
  return domainHandlers(
    {
      'attachments:list': ({ matterId }) => listAttachments(ctx, matterId),
      'attachments:add': ({ matterId, name, content }) =>
        addAttachment(ctx, matterId, name, content),
      'attachments:remove': ({ matterId, fileId }) => removeAttachment(ctx, matterId, fileId),
    },
    { touch },
  );
}
