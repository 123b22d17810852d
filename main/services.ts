/**
 * The engine wired to the disk: templates from templates/, fonts from the npm package.
 * One instance per process; the CLI, the IPC handlers and the bridge all go through it.
 */
import { loadTemplates, type LoadedTemplates } from './templates.ts';
import { createEngine, type Engine } from './engine/render.ts';
import { loadFontBytes } from './fonts.ts';
import { loadHyphenator } from './engine/hyphenation/index.ts';
import { todayInAlmaty } from '../common/dates.ts';

export interface Services {
  readonly engine: Engine;
  readonly loaded: LoadedTemplates;
}

let cached: Services | undefined;

export function getServices(templatesDir?: string): Services {
  if (cached && !templatesDir) return cached;
  const loaded = loadTemplates(templatesDir);
  const engine = createEngine({
    templates: loaded.templates,
    cites: loaded.cites,
    partials: loaded.partials,
    loadFonts: loadFontBytes,
    loadBreaker: loadHyphenator,
  });
  const services = { engine, loaded };
  if (!templatesDir) cached = services;
  return services;
}

export { todayInAlmaty };
