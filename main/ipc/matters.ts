/** matters:*, triage:*, deadlines:list — validated, then handed to app/matters.ts. */
import type { Handlers } from '../api.ts';
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
import { handler } from './result.ts';

export function matterHandlers(ctx: AppContext, touch: () => void) {
  return {
    'matters:list': handler('matters:list', (p) => listMatters(ctx, p), touch),
    'matters:get': handler('matters:get', (p) => getMatter(ctx, p), touch),
    'matters:create': handler('matters:create', ({ title }) => createMatter(ctx, title), touch),
    'matters:update': handler('matters:update', (p) => updateMatter(ctx, p), touch),
    'matters:archive': handler(
      'matters:archive',
      ({ matterId, archived }) => archiveMatter(ctx, matterId, archived),
      touch,
    ),
    'matters:delete': handler(
      'matters:delete',
      ({ matterId }) => deleteMatter(ctx, matterId),
      touch,
    ),
    'matters:family': handler(
      'matters:family',
      ({ matterId }) => startFamilyApplications(ctx, matterId),
      touch,
    ),
    'triage:show': handler('triage:show', (p) => showTriage(ctx, p)),
    'triage:start': handler('triage:start', (p) => startFromTriage(ctx, p), touch),
    'deadlines:list': handler('deadlines:list', (p) => listOpenDeadlines(ctx, p), touch),
  } satisfies Partial<Handlers>;
}
