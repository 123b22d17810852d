/** batch:* — validated, then handed to app/batch.ts. */
import type { AppContext } from '../app/context.ts';
import {
  batchProgress,
  cancelBatch,
  inspectBatch,
  revealBatch,
  saveBatchTemplate,
  startBatch,
} from '../app/batch.ts';
import { domainHandlers } from './result.ts';

export function batchHandlers(ctx: AppContext, touch: () => void) {
  return domainHandlers(
    {
      'batch:inspect': (p) => inspectBatch(ctx, p),
      'batch:start': (p) => startBatch(ctx, p),
      'batch:status': ({ runId }) => batchProgress(ctx, runId),
      'batch:cancel': ({ runId }) => cancelBatch(ctx, runId),
      // No client data in it: asked for without the vault.
      'batch:template': (p) => saveBatchTemplate(ctx, p),
      'batch:reveal': ({ runId }) => revealBatch(ctx, runId),
    },
    { touch, quiet: ['batch:status', 'batch:template'] },
  );
}
