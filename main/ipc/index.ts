/**
 * The handler table the Electron shell (main/electron/guard.ts) and the test bridge
 * (main/bridge/server.ts) serve: one thin file per domain, each validating the payload with the
 * contract's schema (main/api.ts) and calling the use case in main/app/. No use case lives here.
 * Each domain names its channels once, as keys of the uses it hands to `domainHandlers`
 * (result.ts), which checks each against the contract; the return type here checks that every
 * channel has a handler.
 */
import type { Handlers } from '../api.ts';
import type { Services } from '../services.ts';
import type { Session } from '../session.ts';
import { attachmentHandlers } from './attachments.ts';
import { batchHandlers } from './batch.ts';
import { draftHandlers } from './drafts.ts';
import { filingHandlers } from './filings.ts';
import { matterHandlers } from './matters.ts';
import { packHandlers } from './packs.ts';
import { settingsHandlers } from './settings.ts';
import { vaultHandlers } from './vault.ts';

export { preflightView } from '../app/preflight.ts';

export function createHandlers(services: Services, session: Session): Handlers {
  const ctx = { services, session };
  // Every call that reads or changes client data keeps the vault from locking as idle.
  const touch = (): void => session.touch();
  return {
    ...filingHandlers(ctx, touch),
    ...settingsHandlers(ctx),
    ...vaultHandlers(ctx, touch),
    ...batchHandlers(ctx, touch),
    ...packHandlers(ctx, touch),
    ...matterHandlers(ctx, touch),
    ...draftHandlers(ctx, touch),
    ...attachmentHandlers(ctx, touch),
  };
}
