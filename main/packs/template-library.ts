/**
 * The template library: the templates the app renders with, the built-in set plus every
 * installed pack, each a whole templates folder with its own cites and partials. New drafts get
 * the newest version of each filing; a draft that recorded an older version keeps rendering with
 * the set that holds it until the lawyer moves it on. It is not an engine of its own: it hands
 * each request to the engine of the set that holds the filing, and so looks like one Engine to
 * everything else.
 */
import {
  createEngine,
  UnknownTemplate,
  type Engine,
  type EngineOptions,
  type RenderRequest,
  type FilingTemplate,
  type CiteTable,
  type PartialTable,
} from '../engine/index.ts';
import type { LoadedTemplates } from '../templates.ts';
import type { PackError, TrustedKey } from './pack.ts';
import { loadInstalledPacks } from './store.ts';
import { setHolidayYears } from '../../common/holidays.ts';

export interface TemplateSet {
  /** null: the templates shipped with the app. */
  readonly packVersion: number | null;
  readonly loaded: LoadedTemplates;
  readonly engine: Engine;
}

export interface PackOptions {
  /** Where installed packs live; absent: built-in templates only. */
  readonly packsDir?: string;
  readonly trustedKeys: readonly TrustedKey[];
  /** The built-in templates a pack is compared with; absent: the app's own. */
  readonly builtInDir?: string;
}

/** Compares x.y.z versions numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export interface TemplateLibrary extends Engine {
  /** The set a filing's version comes from (the newest set holding it); undefined: none. */
  setFor(templateId: string, version?: string): TemplateSet | undefined;
  readonly sets: readonly TemplateSet[];
  /** Every version of a filing available, oldest first. */
  versions(templateId: string): string[];
  /** The cites and partials of the newest set: what new drafts print. */
  readonly cites: CiteTable;
  readonly partials: PartialTable;
  readonly warnings: readonly { readonly file: string; readonly error: PackError }[];
  /** Re-reads the installed packs (after an import). */
  reload(): void;
}

type EngineParts = Pick<EngineOptions, 'loadFonts' | 'loadBreaker'>;

export function createTemplateLibrary(
  builtIn: LoadedTemplates,
  packs: PackOptions | undefined,
  parts: EngineParts,
): TemplateLibrary {
  const setOf = (packVersion: number | null, loaded: LoadedTemplates): TemplateSet => ({
    packVersion,
    loaded,
    engine: createEngine({
      templates: loaded.templates,
      cites: loaded.cites,
      partials: loaded.partials,
      // The newest set with a court table serves every set: courts are not tied to a version.
      courts: () => [...sets].reverse().find((s) => s.loaded.courts)?.loaded.courts,
      ...parts,
    }),
  });
  const base = setOf(null, builtIn);
  let sets: TemplateSet[] = [base];
  let warnings: TemplateLibrary['warnings'] = [];
  let current = new Map<string, { set: TemplateSet; template: FilingTemplate }>();

  const reload = (): void => {
    const found = packs?.packsDir
      ? loadInstalledPacks(packs.packsDir, packs.trustedKeys)
      : { packs: [], warnings: [] };
    sets = [base, ...found.packs.map((p) => setOf(p.packVersion, p.loaded))];
    warnings = found.warnings;
    current = new Map();
    // Days off come from every set in order, later packs correcting earlier ones year by year.
    setHolidayYears(sets.flatMap((set) => set.loaded.holidays));
    // Later sets win ties: a pack may correct cites or partials without bumping a filing.
    for (const set of sets)
      for (const template of set.loaded.templates) {
        const have = current.get(template.manifest.id);
        if (
          !have ||
          compareVersions(template.manifest.version, have.template.manifest.version) >= 0
        )
          current.set(template.manifest.id, { set, template });
      }
  };
  reload();

  const setFor = (templateId: string, version?: string): TemplateSet | undefined => {
    if (version === undefined) return current.get(templateId)?.set;
    for (let i = sets.length - 1; i >= 0; i--) {
      const set = sets[i];
      if (
        set?.loaded.templates.some(
          (t) => t.manifest.id === templateId && t.manifest.version === version,
        )
      )
        return set;
    }
    return undefined;
  };
  const engineFor = (templateId: string, version?: string): Engine => {
    const set = setFor(templateId, version);
    if (!set) throw new UnknownTemplate(version ? `${templateId}@${version}` : templateId);
    return set.engine;
  };
  const newest = (): TemplateSet => sets[sets.length - 1] ?? base;

  return {
    get templates() {
      return [...current.values()].map((c) => c.template);
    },
    get sets() {
      return sets;
    },
    get warnings() {
      return warnings;
    },
    get cites() {
      return newest().loaded.cites;
    },
    get partials() {
      return newest().loaded.partials;
    },
    setFor,
    versions(templateId) {
      const all = new Set<string>();
      for (const set of sets)
        for (const t of set.loaded.templates)
          if (t.manifest.id === templateId) all.add(t.manifest.version);
      return [...all].sort(compareVersions);
    },
    reload,
    template: (id: string, version?: string) => engineFor(id, version).template(id),
    validate: (templateId, answers, lang, today, version, docLang) =>
      engineFor(templateId, version).validate(templateId, answers, lang, today, undefined, docLang),
    build: (request: RenderRequest) =>
      engineFor(request.templateId, request.templateVersion).build(request),
    // Writers do not depend on templates; the newest set's engine (the one most drafts render
    // with) writes documents built elsewhere, so its fonts are parsed once.
    writePdf: (...args) => newest().engine.writePdf(...args),
    writeDocx: (...args) => newest().engine.writeDocx(...args),
    render: (request, format) =>
      engineFor(request.templateId, request.templateVersion).render(request, format),
  };
}
