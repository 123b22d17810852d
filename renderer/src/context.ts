import { createContext, useContext } from 'react';
import type { RefugeApi } from '../../main/api.ts';
import type { Lang } from '../../common/lang.ts';

export const ApiContext = createContext<RefugeApi | null>(null);
export const UiLangContext = createContext<Lang>('ru');
/** Saves what is pending, then locks the vault (the button, the shortcut, the idle timer). */
export const LockContext = createContext<() => Promise<void>>(async () => undefined);

export function useApi(): RefugeApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('no API');
  return api;
}

export function useUiLang(): Lang {
  return useContext(UiLangContext);
}
