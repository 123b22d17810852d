/** drafts:* — validated, then handed to app/drafts.ts. */
import { dayOf, sessionNow } from '../app/clock.ts';
import type { AppContext } from '../app/context.ts';
import { openDraft, saveDraftFromWindow } from '../app/drafts.ts';
import { deleteMatterDraft, markMatterFiling } from '../app/matters.ts';
import { domainHandlers } from './result.ts';

export function draftHandlers(ctx: AppContext, touch: () => void) {
  return domainHandlers(
    {
      'drafts:open': (p) =>
        openDraft(
          ctx.session.open(),
          ctx.services.engine,
          ctx.services.loaded.triage,
          p,
          sessionNow(ctx),
          dayOf(),
          {
            courts: ctx.services.loaded.courts,
            settingsRegion: ctx.session.status().region ?? '',
          },
        ),
      'drafts:save': (p) => saveDraftFromWindow(ctx, p),
      'drafts:filed': (p) => markMatterFiling(ctx, p),
      'drafts:delete': (p) => deleteMatterDraft(ctx, p),
    },
    { touch },
  );
}
