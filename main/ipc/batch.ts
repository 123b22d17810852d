/** batch:* — validated, then handed to app/batch.ts. */
import type { Handlers } from '../api.ts';
import type { AppContext } from '../app/context.ts';
import {
  batchProgress,
  cancelBatch,
  inspectBatch,
  revealBatch,
  saveBatchTemplate,
  startBatch,
} from '../app/batch.ts';
import { handler } from './result.ts';

export function batchHandlers(ctx: AppContext, touch: () => void) {
  return {
    'batch:inspect': handler('batch:inspect', (p) => inspectBatch(ctx, p), touch),
    'batch:start': handler('batch:start', (p) => startBatch(ctx, p), touch),
    'batch:status': handler('batch:status', ({ runId }) => batchProgress(ctx, runId)),
    'batch:cancel': handler('batch:cancel', ({ runId }) => cancelBatch(ctx, runId), touch),
    // No client data in it: asked for without the vault.
    'batch:template': handler('batch:template', (p) => saveBatchTemplate(ctx, p)),
    'batch:reveal': handler('batch:reveal', ({ runId }) => revealBatch(ctx, runId), touch),
  } satisfies Partial<Handlers>;
}
