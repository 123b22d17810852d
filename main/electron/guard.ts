/**
 * Registers the IPC handlers on Electron's ipcMain — only through here. Every call is checked to
 * come from our own page (the top frame of app://refuge), then handed to the handler, which
 * validates the payload with the contract's schema and answers errors as data.
 */
import { contract, type Channel, type Handlers } from '../api.ts';

export const APP_ORIGIN = 'app://refuge';

/** The slice of Electron's IpcMainInvokeEvent the guard reads. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, payload: unknown) => unknown): void;
}

export function isTrustedSender(event: InvokeEventLike): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === 'app:' && url.host === 'refuge';
  } catch {
    return false;
  }
}

const REFUSED = {
  ok: false,
  error: { code: 'invalidPayload', message: 'Refused: not the Refuge window' },
} as const;

export function registerHandlers(ipc: IpcMainLike, handlers: Handlers): Channel[] {
  const channels = Object.keys(contract) as Channel[];
  for (const channel of channels) {
    ipc.handle(channel, async (event, payload) =>
      isTrustedSender(event) ? handlers[channel](payload) : REFUSED,
    );
  }
  return channels;
}

/**
 * What a page's `window.open` or target=_blank link gets: nothing. Refuge is offline and has no
 * link to the outside world; a URL handed to the system browser would leak that the app is in
 * use (and could carry client data in its query) to whoever watches the network. No URL is ever
 * passed to `shell.openExternal`.
 */
export function refuseWindowOpen(_details: { readonly url: string }): { action: 'deny' } {
  return { action: 'deny' };
}
