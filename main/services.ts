/**
 * The engine wired to the disk: templates from templates/ plus the installed template packs
 * (main/packs/), fonts from the npm package. One instance per process; the CLI, the IPC handlers
 * and the bridge all go through it.
 */
import { loadTemplates, type LoadedTemplates } from './templates.ts';
import { loadFontBytes } from './fonts.ts';
import { loadHyphenator } from './engine/hyphenation/index.ts';
import { createLibraryEngine, type LibraryEngine, type PackOptions } from './packs/library.ts';
import { defaultPacksDir } from './packs/store.ts';
import { SHIPPED_TRUSTED_KEYS } from './packs/trusted-keys.ts';
import { holidayYears } from '../common/holidays.ts';
import type { TriageTable } from '../common/triage.ts';

export type { PackOptions };

function triageOf(sets: readonly LoadedTemplates[]): { triage?: TriageTable } {
  const triage = [...sets].reverse().find((s) => s.triage)?.triage;
  return triage ? { triage } : {};
}

export interface Services {
  readonly engine: LibraryEngine;
  /** What new drafts use: the newest version of each filing, the newest cites and partials. */
  readonly loaded: LoadedTemplates;
  /** Where packs are installed and whose signatures count; absent: built-in templates only. */
  readonly packs: PackOptions | undefined;
}

let cached: Services | undefined;

/** The app's own setting: packs in the user-data folder, signed by a shipped key. */
export function defaultPackOptions(): PackOptions {
  return { packsDir: defaultPacksDir(), trustedKeys: SHIPPED_TRUSTED_KEYS };
}

/**
 * `templatesDir` alone (tests, `lint`): that folder only, no packs. Neither: the app's templates
 * and its installed packs.
 */
export function getServices(templatesDir?: string, packs?: PackOptions): Services {
  const isDefault = !templatesDir && !packs;
  if (cached && isDefault) return cached;
  const builtIn = loadTemplates(templatesDir);
  const packOptions = packs ?? (templatesDir ? undefined : defaultPackOptions());
  const engine = createLibraryEngine(builtIn, packOptions, {
    loadFonts: loadFontBytes,
    loadBreaker: loadHyphenator,
  });
  const services: Services = {
    engine,
    packs: packOptions,
    get loaded(): LoadedTemplates {
      return {
        dir: builtIn.dir,
        templates: [...engine.templates],
        cites: engine.cites,
        partials: engine.partials,
        holidays: holidayYears(),
        // The newest set with a triage table replaces the whole table (a pack may re-map).
        ...triageOf(engine.sets.map((set) => set.loaded)),
        errors: builtIn.errors,
      };
    },
  };
  if (isDefault) cached = services;
  return services;
}
