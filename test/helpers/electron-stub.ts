/**
 * Stands in for the `electron` module under plain Node (the binary cannot be installed here): the
 * preload's only two calls, recorded so a test can see what the page is given and where each
 * function sends.
 */
export const exposed: Record<string, unknown> = {};
export const invoked: { channel: string; payload: unknown }[] = [];

export const contextBridge = {
  exposeInMainWorld(key: string, value: unknown): void {
    exposed[key] = value;
  },
};

export const ipcRenderer = {
  invoke(channel: string, payload: unknown): Promise<unknown> {
    invoked.push({ channel, payload });
    return Promise.resolve({ ok: true, value: channel });
  },
};
