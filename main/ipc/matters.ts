/** matters:*, triage:*, deadlines:list — validated, then handed to app/matters.ts. */
import type { AppContext } from '../app/context.ts';
import {
  archiveMatter,
  createMatter,
  deleteMatter,
  getMatter,
  listMatters,
  listOpenDeadlines,
  showTriage,
  startFamilyApplications,
  startFromTriage,
  updateMatter,
} from '../app/matters.ts';
import { domainHandlers } from './result.ts';

export function matterHandlers(ctx: AppContext, touch: () => void) {
  return domainHandlers(
    {
      'matters:list': (p) => listMatters(ctx, p),
      'matters:get': (p) => getMatter(ctx, p),
      'matters:create': ({ title }) => createMatter(ctx, title),
      'matters:update': (p) => updateMatter(ctx, p),
      'matters:archive': ({ matterId, archived }) => archiveMatter(ctx, matterId, archived),
      'matters:delete': ({ matterId }) => deleteMatter(ctx, matterId),
      'matters:family': ({ matterId }) => startFamilyApplications(ctx, matterId),
      'triage:show': (p) => showTriage(ctx, p),
      'triage:start': (p) => startFromTriage(ctx, p),
      'deadlines:list': (p) => listOpenDeadlines(ctx, p),
    },
    { touch, quiet: ['triage:show'] },
  );
}
