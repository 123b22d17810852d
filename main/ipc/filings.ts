/** templates:*, filing:*, bundle:export — validated, then handed to app/filings.ts. */
import type { AppContext } from '../app/context.ts';
import {
  blankFiling,
  exportFiling,
  listTemplates,
  previewFiling,
  renderFiling,
  templateView,
  validateFiling,
} from '../app/filings.ts';
import { exportBundle } from '../app/bundle.ts';
import { domainHandlers } from './result.ts';

export function filingHandlers(ctx: AppContext, touch: () => void) {
  const { engine } = ctx.services;
  return domainHandlers(
    {
      'templates:list': ({ uiLang }) => listTemplates(engine, uiLang),
      'templates:get': ({ templateId, templateVersion }) =>
        templateView(engine, templateId, templateVersion),
      'filing:validate': (p) => validateFiling(engine, p),
      // Print goes through here: in a render worker like every other render.
      'filing:render': (p) => renderFiling(ctx, p),
      'filing:preview': (p) => previewFiling(ctx, p),
      'filing:export': (p) => exportFiling(ctx, p),
      'filing:blank': (p) => blankFiling(ctx, p),
      'bundle:export': (p) => exportBundle(ctx, p),
    },
    {
      touch,
      quiet: [
        'templates:list',
        'templates:get',
        'filing:validate',
        'filing:render',
        'filing:blank',
      ],
    },
  );
}
