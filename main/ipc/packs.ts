/** pack:* — validated, then handed to app/packs.ts. */
import type { AppContext } from '../app/context.ts';
import { importPack, inspectPack, packStatus } from '../app/packs.ts';
import { domainHandlers } from './result.ts';

export function packHandlers(ctx: AppContext, touch: () => void) {
  return domainHandlers(
    {
      'pack:status': ({ uiLang }) => packStatus(ctx, uiLang),
      'pack:inspect': (p) => inspectPack(ctx, p),
      'pack:import': (p) => importPack(ctx, p),
    },
    { touch, quiet: ['pack:status'] },
  );
}
