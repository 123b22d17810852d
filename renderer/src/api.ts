/**
 * The renderer's one door to the main process. In Electron the preload puts the typed API on
 * `window.refuge`; in the browser (`npm run web`, tests) the same functions go over the loopback
 * bridge with the per-run token from the URL fragment.
 */
import { methods, type Method, type RefugeApi } from '../../main/api.ts';

declare global {
  interface Window {
    refuge?: RefugeApi;
  }
}

export function createBridgeClient(token: string): RefugeApi {
  const api: Partial<Record<Method, (payload: unknown) => Promise<unknown>>> = {};
  for (const [method, channel] of Object.entries(methods) as [Method, string][]) {
    api[method] = async (payload) => {
      try {
        const res = await fetch(`./api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-refuge-token': token },
          body: JSON.stringify(payload),
          cache: 'no-store',
        });
        if (!res.ok) return { ok: false, error: { code: 'internal', message: '' } };
        return (await res.json()) as unknown;
      } catch {
        return { ok: false, error: { code: 'internal', message: '' } };
      }
    };
  }
  return api as RefugeApi;
}

export function resolveApi(): RefugeApi | null {
  if (window.refuge) return window.refuge;
  const token = /(?:^#|&)token=([\w-]+)/.exec(window.location.hash)?.[1];
  return token ? createBridgeClient(token) : null;
}
