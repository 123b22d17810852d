/**
 * Loads templates/<id>/{manifest.json, template.<lang>.hbs} and templates/cites.json from disk.
 * Every problem is reported with the file it is in; a broken template never hides the others.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from '../common/zod.ts';
import { localized, manifestSchema, type Manifest } from '../common/manifest.ts';
import { LANGS } from '../common/lang.ts';
import type { CiteTable, PartialTable, FilingTemplate } from './engine/index.ts';
import { holidayYearsSchema } from '../common/holidays.ts';
import type { HolidayYear } from '../common/holidays-data.ts';
import { triageTableSchema, type TriageTable } from '../common/triage.ts';
import { courtTableSchema, type CourtTable } from '../common/courts.ts';

export class TemplateLoadError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'TemplateLoadError';
  }
}

/** The repository's templates folder, found from this file (not from the working directory). */
export function defaultTemplatesDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  for (const candidate of [
    resolve(here, '../templates'),
    resolve(here, 'templates'),
    resolve(here, '../../templates'),
  ]) {
    if (existsSync(join(candidate, 'cites.json'))) return candidate;
  }
  return resolve(here, '../templates');
}

const citeSchema = z
  .object({
    ru: z.string().min(1),
    kk: z.string().min(1),
    en: z.string().min(1),
    verified: z.boolean(),
    source: z.string().min(1),
    note: z.string().optional(),
    /** Why an unverified cite cannot be checked offline (`refuge cites --unverified` prints it). */
    whyUnverified: z.string().min(1).optional(),
  })
  .strict()
  .refine((c) => c.verified || c.whyUnverified !== undefined, {
    message: 'an unverified cite says why it cannot be checked (whyUnverified)',
  });
const citeTableSchema = z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/), citeSchema);

/**
 * Where template files come from: the templates folder on disk, or the verified contents of an
 * installed template pack held in memory (main/packs/), so a pack is parsed from exactly the
 * bytes whose signature was checked. Paths are relative and use `/`.
 */
export interface TemplateFiles {
  /** For error messages: the folder or `<pack file>!`. */
  readonly origin: string;
  /** The file's text, or undefined when it does not exist. Throws when it cannot be read. */
  read(path: string): string | undefined;
  /** The names of the top-level folders (filings and partials/). */
  folders(): string[];
}

export function folderFiles(dir: string): TemplateFiles {
  return {
    origin: dir,
    read(path) {
      const file = join(dir, path);
      if (!existsSync(file)) return undefined;
      return readFileSync(file, 'utf8');
    },
    folders: () => readdirSync(dir).filter((entry) => statSync(join(dir, entry)).isDirectory()),
  };
}

function readJson(source: TemplateFiles, path: string): unknown {
  const file = `${source.origin}/${path}`;
  let text: string | undefined;
  try {
    text = source.read(path);
  } catch (err) {
    throw new TemplateLoadError(
      file,
      `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    );
  }
  if (text === undefined) throw new TemplateLoadError(file, 'cannot read: ENOENT');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new TemplateLoadError(file, `not valid JSON: ${(err as Error).message}`);
  }
}

/**
 * A JSON file of the set, checked by its schema (or as the build checked the same text); a broken
 * one refuses the set, naming the file.
 */
function parseJson<T>(
  source: TemplateFiles,
  path: string,
  schema: z.ZodType<T>,
  kind?: ValidatedKind,
): T {
  const built = kind === undefined ? undefined : known(source, path, kind);
  if (built !== undefined) return built as T;
  const parsed = schema.safeParse(readJson(source, path));
  if (!parsed.success)
    throw new TemplateLoadError(`${source.origin}/${path}`, formatZodIssues(parsed.error));
  return parsed.data;
}

function formatZodIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** The JSON files of a set the build validates (a manifest; the set's tables beside the filings). */
export type ValidatedKind = 'manifest' | 'cites' | 'partials' | 'triage' | 'courts' | 'holidays';

/** What was validated when the app was built: a file's kind and exact text → the parsed value. */
export type ValidatedLookup = (kind: ValidatedKind, text: string) => unknown;

let validated: ValidatedLookup = () => undefined;

/**
 * The build (dist/) carries the built-in manifests and tables (cites, partials, triage, courts,
 * holidays) as zod parsed them at build time (scripts/precompile-templates.ts), keyed by their
 * exact text: a cold start skips validating what was validated then. Any other text (edited,
 * from a pack) is validated as always.
 */
export function useValidatedJson(lookup: ValidatedLookup): void {
  validated = lookup;
}

function known(source: TemplateFiles, path: string, kind: ValidatedKind): unknown {
  try {
    const text = source.read(path);
    return text === undefined ? undefined : validated(kind, text);
  } catch {
    return undefined; // readJson reports it
  }
}

export function loadCites(source: TemplateFiles): CiteTable {
  const built = known(source, 'cites.json', 'cites');
  if (built !== undefined) return built as CiteTable;
  return parseJson(source, 'cites.json', citeTableSchema);
}

const partialsManifestSchema = z.record(
  z.string().regex(/^[a-z][a-z0-9-]*$/),
  z
    .object({
      /** What the lawyer sees it called (pack summaries). */
      title: localized,
      description: z.string().min(1),
      /** param name → what to pass, for template authors */
      params: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), z.string().min(1)),
    })
    .strict(),
);

/**
 * templates/partials/: the shared argument blocks. partials.json names each block, its params and
 * what it argues; `<name>.<lang>.hbs` holds its text in each language it is written in.
 */
export function loadPartials(source: TemplateFiles): PartialTable {
  const partialsDir = `${source.origin}/partials`;
  const file = `${partialsDir}/partials.json`;
  if (source.read('partials/partials.json') === undefined) return {};
  const specs = parseJson(source, 'partials/partials.json', partialsManifestSchema, 'partials');
  const table: Record<string, PartialTable[string]> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const sources: Partial<Record<(typeof LANGS)[number], string>> = {};
    for (const lang of LANGS) {
      const text = source.read(`partials/${name}.${lang}.hbs`);
      if (text !== undefined) sources[lang] = text;
    }
    if (Object.keys(sources).length === 0)
      throw new TemplateLoadError(file, `partial "${name}" has no ${name}.<lang>.hbs file`);
    table[name] = {
      title: spec.title,
      params: Object.keys(spec.params),
      sources,
      origin: partialsDir,
    };
  }
  return table;
}

function parseManifest(source: TemplateFiles, folder: string, manifestFile: string): Manifest {
  const parsed = manifestSchema.safeParse(readJson(source, `${folder}/manifest.json`));
  if (!parsed.success) throw new TemplateLoadError(manifestFile, formatZodIssues(parsed.error));
  return parsed.data;
}

/** Build time: the value a manifest's or a table's text validates to (throws if not). */
export function validateJson(kind: ValidatedKind, text: string): unknown {
  const source: TemplateFiles = { origin: kind, read: () => text, folders: () => [] };
  if (kind === 'manifest') return parseManifest(source, '.', kind);
  if (kind === 'cites') return loadCites(source);
  const schemas: Record<typeof kind, z.ZodType> = {
    partials: partialsManifestSchema,
    triage: triageTableSchema,
    courts: courtTableSchema,
    holidays: holidayYearsSchema,
  };
  return parseJson<unknown>(source, kind, schemas[kind]);
}

export function loadTemplate(source: TemplateFiles, folder: string): FilingTemplate {
  const dir = `${source.origin}/${folder}`;
  const manifestFile = `${dir}/manifest.json`;
  const manifest = (known(source, `${folder}/manifest.json`, 'manifest') ??
    parseManifest(source, folder, manifestFile)) as Manifest;
  const sources: FilingTemplate['sources'] = {};
  for (const lang of LANGS) {
    const file = `${dir}/template.${lang}.hbs`;
    const text = source.read(`${folder}/template.${lang}.hbs`);
    if (text !== undefined) sources[lang] = text;
    else if (manifest.languages.includes(lang))
      throw new TemplateLoadError(
        file,
        `manifest lists "${lang}" but the template file is missing`,
      );
  }
  return { manifest, sources, origin: dir };
}

export interface LoadedTemplates {
  readonly dir: string;
  readonly cites: CiteTable;
  readonly partials: PartialTable;
  /** Years of days off this folder or pack brings (holidays.json); empty when it has none. */
  readonly holidays: readonly HolidayYear[];
  /** The situation → filings table (triage.json), when this folder or pack brings one. */
  readonly triage?: TriageTable;
  /** The regions and their courts (courts.json), when this folder or pack brings one. */
  readonly courts?: CourtTable;
  readonly templates: FilingTemplate[];
  /** Templates that failed to load; the rest still work. */
  readonly errors: TemplateLoadError[];
}

export function loadTemplates(dir = defaultTemplatesDir()): LoadedTemplates {
  return loadTemplatesFrom(folderFiles(dir));
}

export function loadTemplatesFrom(source: TemplateFiles): LoadedTemplates {
  const dir = source.origin;
  const cites = loadCites(source);
  const partials = loadPartials(source);
  const holidays = loadHolidays(source);
  const triage = loadTriage(source);
  const courts = loadCourts(source);
  const templates: FilingTemplate[] = [];
  const errors: TemplateLoadError[] = [];
  for (const entry of source.folders().sort()) {
    if (source.read(`${entry}/manifest.json`) === undefined) continue;
    try {
      templates.push(loadTemplate(source, entry));
    } catch (err) {
      if (err instanceof TemplateLoadError) errors.push(err);
      else throw err;
    }
  }
  return {
    dir,
    cites,
    partials,
    holidays,
    ...(triage ? { triage } : {}),
    ...(courts ? { courts } : {}),
    templates,
    errors,
  };
}

/** holidays.json, when the folder has one: a broken one refuses the whole set, like cites.json. */
export function loadHolidays(source: TemplateFiles): HolidayYear[] {
  if (source.read('holidays.json') === undefined) return [];
  return parseJson(source, 'holidays.json', holidayYearsSchema, 'holidays').years;
}

/** triage.json, when the folder has one: a broken one refuses the whole set, like holidays.json. */
export function loadTriage(source: TemplateFiles): TriageTable | undefined {
  if (source.read('triage.json') === undefined) return undefined;
  return parseJson(source, 'triage.json', triageTableSchema, 'triage');
}

/** courts.json, when the folder has one: a broken one refuses the whole set, like triage.json. */
export function loadCourts(source: TemplateFiles): CourtTable | undefined {
  if (source.read('courts.json') === undefined) return undefined;
  return parseJson(source, 'courts.json', courtTableSchema, 'courts');
}
