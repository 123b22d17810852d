/** calendar:get, courts:list, prefs:* — the window's settings and the main process's calendar. */
import type { Handlers } from '../api.ts';
import { calendar } from '../app/clock.ts';
import { courtTable } from '../app/vault.ts';
import type { AppContext } from '../app/context.ts';
import { handler } from './result.ts';

export function settingsHandlers(ctx: AppContext) {
  const { prefs } = ctx.session;
  return {
    'calendar:get': handler('calendar:get', () => calendar()),
    'courts:list': handler('courts:list', () => courtTable(ctx)),
    'prefs:get': handler('prefs:get', () => prefs.get()),
    'prefs:set': handler('prefs:set', ({ uiLang, namesInFileNames }) =>
      prefs.set({
        ...(uiLang ? { uiLang } : {}),
        ...(namesInFileNames !== undefined ? { namesInFileNames } : {}),
      }),
    ),
  } satisfies Partial<Handlers>;
}
