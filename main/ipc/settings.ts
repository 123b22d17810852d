/** calendar:get, courts:list, prefs:* — the window's settings and the main process's calendar. */
import { calendar } from '../app/clock.ts';
import { courtTable } from '../app/vault.ts';
import type { AppContext } from '../app/context.ts';
import { domainHandlers } from './result.ts';

export function settingsHandlers(ctx: AppContext) {
  const { prefs } = ctx.session;
  return domainHandlers({
    'calendar:get': () => calendar(),
    'courts:list': () => courtTable(ctx),
    'prefs:get': () => prefs.get(),
    'prefs:set': ({ uiLang, namesInFileNames }) =>
      prefs.set({
        ...(uiLang ? { uiLang } : {}),
        ...(namesInFileNames !== undefined ? { namesInFileNames } : {}),
      }),
  });
}
