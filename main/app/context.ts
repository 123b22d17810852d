/**
 * What a use case runs on: the one set of services of the process and, for the window's front
 * doors, the session (the open vault, the render pool, the save dialogs). The CLI has no session:
 * its use cases take the engine and the vault it opened instead.
 */
import type { Services } from '../services.ts';
import type { Session } from '../session.ts';

export interface AppContext {
  readonly services: Services;
  readonly session: Session;
}

/** Client surnames in default file names: only when the lawyer asked for them (api.ts Prefs). */
export function namesInFileNames(ctx: AppContext): boolean {
  return ctx.session.prefs.get().namesInFileNames === true;
}

/** The template library every front door renders from (every installed version of each filing). */
export type Library = Services['engine'];

// The CLI's way to the one services instance of its process (the window's comes with its session).
export { defaultPackOptions, getServices, type PackOptions } from '../services.ts';
