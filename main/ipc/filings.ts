/** templates:*, filing:*, bundle:export — validated, then handed to app/filings.ts. */
import type { Handlers } from '../api.ts';
import type { AppContext } from '../app/context.ts';
import {
  blankFiling,
  exportFiling,
  listTemplates,
  previewFiling,
  renderFiling,
  validateFiling,
} from '../app/filings.ts';
import { exportBundle } from '../app/bundle.ts';
import { handler } from './result.ts';

export function filingHandlers(ctx: AppContext, touch: () => void) {
  const { engine } = ctx.services;
  return {
    'templates:list': handler('templates:list', ({ uiLang }) => listTemplates(engine, uiLang)),
    'templates:get': handler(
      'templates:get',
      ({ templateId, templateVersion }) => engine.template(templateId, templateVersion).manifest,
    ),
    'filing:validate': handler('filing:validate', (p) => validateFiling(engine, p)),
    // Print goes through here: in a render worker like every other render.
    'filing:render': handler('filing:render', (p) => renderFiling(ctx, p)),
    'filing:preview': handler('filing:preview', (p) => previewFiling(ctx, p), touch),
    'filing:export': handler('filing:export', (p) => exportFiling(ctx, p), touch),
    'filing:blank': handler('filing:blank', (p) => blankFiling(ctx, p)),
    'bundle:export': handler('bundle:export', (p) => exportBundle(ctx, p), touch),
  } satisfies Partial<Handlers>;
}
