/** pack:* — validated, then handed to app/packs.ts. */
import type { Handlers } from '../api.ts';
import type { AppContext } from '../app/context.ts';
import { importPack, inspectPack, packStatus } from '../app/packs.ts';
import { handler } from './result.ts';

export function packHandlers(ctx: AppContext, touch: () => void) {
  return {
    'pack:status': handler('pack:status', ({ uiLang }) => packStatus(ctx, uiLang)),
    'pack:inspect': handler('pack:inspect', (p) => inspectPack(ctx, p), touch),
    'pack:import': handler('pack:import', (p) => importPack(ctx, p), touch),
  } satisfies Partial<Handlers>;
}
