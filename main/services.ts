/**
 * The engine wired to the disk: templates from templates/ plus the installed template packs
 * (main/packs/), fonts from the npm package. One instance per process; the CLI, the IPC handlers
 * and the bridge all go through it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  loadTemplates,
  useValidatedJson,
  type LoadedTemplates,
  type ValidatedLookup,
} from './templates.ts';
import { loadFontBytes } from './fonts.ts';
import {
  loadHyphenator,
  usePrecompiledTemplates,
  type PrecompiledLookup,
  type PrecompiledTemplate,
} from './engine/index.ts';
import {
  createTemplateLibrary,
  type PackOptions,
  type TemplateLibrary,
} from './packs/template-library.ts';
import { defaultPacksDir } from './packs/store.ts';
import { SHIPPED_TRUSTED_KEYS } from './packs/trusted-keys.ts';
import { holidayYears } from '../common/holidays.ts';
import type { TriageTable } from '../common/triage.ts';
import type { CourtTable } from '../common/courts.ts';

export type { PackOptions };

/** The newest set with a court table replaces the whole table, like triage.json. */
export function courtsOf(sets: readonly LoadedTemplates[]): { courts?: CourtTable } {
  const courts = [...sets].reverse().find((s) => s.courts)?.courts;
  return courts ? { courts } : {};
}

function triageOf(sets: readonly LoadedTemplates[]): { triage?: TriageTable } {
  const triage = [...sets].reverse().find((s) => s.triage)?.triage;
  return triage ? { triage } : {};
}

export interface Services {
  /** The template library: every set's templates, each rendered by its own set's engine. */
  readonly engine: TemplateLibrary;
  /** What new drafts use: the newest version of each filing, the newest cites and partials. */
  readonly loaded: LoadedTemplates;
  /** Where packs are installed and whose signatures count; absent: built-in templates only. */
  readonly packs: PackOptions | undefined;
}

let cached: Services | undefined;
let precompiledLoaded = false;

/**
 * The build (dist/) carries the built-in templates compiled at build time, one file per source
 * named by its SHA-256 (scripts/precompile-templates.ts); only the templates a process renders
 * are loaded. Running from the sources there are none and templates compile on first use.
 */
function loadPrecompiled(): void {
  if (precompiledLoaded) return;
  precompiledLoaded = true;
  const dir = new URL('./precompiled/', import.meta.url);
  if (!fileURLToPath(dir).includes(`${sep}dist${sep}`) || !existsSync(dir)) return;
  usePrecompiledTemplates(precompiledFrom(fileURLToPath(dir)));
  useValidatedJson(validatedFrom(fileURLToPath(dir)));
}

/** Manifests and cite tables validated at build time (`<kind>-<sha256 of the text>.json`). */
export function validatedFrom(dir: string): ValidatedLookup {
  return (kind, text) => {
    const file = join(dir, `${kind}-${createHash('sha256').update(text).digest('hex')}.json`);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : undefined;
  };
}

/** Templates precompiled into `dir` (one `<sha256 of the source>.cjs` each), found by source. */
export function precompiledFrom(dir: string): PrecompiledLookup {
  const load = createRequire(import.meta.url);
  return (source) => {
    const file = join(dir, `${createHash('sha256').update(source).digest('hex')}.cjs`);
    return existsSync(file) ? (load(file) as PrecompiledTemplate) : undefined;
  };
}

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
  loadPrecompiled();
  const builtIn = loadTemplates(templatesDir);
  const packOptions = packs ?? (templatesDir ? undefined : defaultPackOptions());
  const engine = createTemplateLibrary(builtIn, packOptions, {
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
        ...courtsOf(engine.sets.map((set) => set.loaded)),
        errors: builtIn.errors,
      };
    },
  };
  if (isDefault) cached = services;
  return services;
}
