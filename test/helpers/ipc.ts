/** Calling the real IPC handlers in tests: a value that must come back, or an error that must. */
import type { Channel, Handlers, Results } from '../../main/api.ts';

export function ipcCalls(handlers: Handlers) {
  return {
    async ok<C extends Channel>(channel: C, payload: unknown): Promise<Results[C]> {
      const r = await handlers[channel](payload);
      if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
      return r.value as Results[C];
    },
    async fails(channel: Channel, payload: unknown): Promise<{ code: string; message: string }> {
      const r = await handlers[channel](payload);
      if (r.ok) throw new Error(`${channel} unexpectedly succeeded`);
      return r.error;
    },
  };
}
