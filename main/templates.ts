/**
 * Loads templates/<id>/{manifest.json, template.<lang>.hbs} and templates/cites.json from disk.
 * Every problem is reported with the file it is in; a broken template never hides the others.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { LANGS, manifestSchema } from '../common/manifest.ts';
import type { CiteTable, PartialTable } from './engine/handlebars.ts';
import type { TemplateBundle } from './engine/render.ts';

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
  })
  .strict();
const citeTableSchema = z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/), citeSchema);

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new TemplateLoadError(
      file,
      `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new TemplateLoadError(file, `not valid JSON: ${(err as Error).message}`);
  }
}

function formatZodIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

export function loadCites(dir: string): CiteTable {
  const file = join(dir, 'cites.json');
  const parsed = citeTableSchema.safeParse(readJson(file));
  if (!parsed.success) throw new TemplateLoadError(file, formatZodIssues(parsed.error));
  return parsed.data;
}

const partialsManifestSchema = z.record(
  z.string().regex(/^[a-z][a-z0-9-]*$/),
  z
    .object({
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
export function loadPartials(dir: string): PartialTable {
  const partialsDir = join(dir, 'partials');
  const file = join(partialsDir, 'partials.json');
  if (!existsSync(file)) return {};
  const parsed = partialsManifestSchema.safeParse(readJson(file));
  if (!parsed.success) throw new TemplateLoadError(file, formatZodIssues(parsed.error));
  const table: Record<string, PartialTable[string]> = {};
  for (const [name, spec] of Object.entries(parsed.data)) {
    const sources: Partial<Record<(typeof LANGS)[number], string>> = {};
    for (const lang of LANGS) {
      const source = join(partialsDir, `${name}.${lang}.hbs`);
      if (existsSync(source)) sources[lang] = readFileSync(source, 'utf8');
    }
    if (Object.keys(sources).length === 0)
      throw new TemplateLoadError(file, `partial "${name}" has no ${name}.<lang>.hbs file`);
    table[name] = { params: Object.keys(spec.params), sources, origin: partialsDir };
  }
  return table;
}

export function loadTemplate(dir: string): TemplateBundle {
  const manifestFile = join(dir, 'manifest.json');
  const parsed = manifestSchema.safeParse(readJson(manifestFile));
  if (!parsed.success) throw new TemplateLoadError(manifestFile, formatZodIssues(parsed.error));
  const manifest = parsed.data;
  const sources: TemplateBundle['sources'] = {};
  for (const lang of LANGS) {
    const file = join(dir, `template.${lang}.hbs`);
    if (existsSync(file)) sources[lang] = readFileSync(file, 'utf8');
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
  readonly templates: TemplateBundle[];
  /** Templates that failed to load; the rest still work. */
  readonly errors: TemplateLoadError[];
}

export function loadTemplates(dir = defaultTemplatesDir()): LoadedTemplates {
  const cites = loadCites(dir);
  const partials = loadPartials(dir);
  const templates: TemplateBundle[] = [];
  const errors: TemplateLoadError[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const sub = join(dir, entry);
    if (!statSync(sub).isDirectory() || !existsSync(join(sub, 'manifest.json'))) continue;
    try {
      templates.push(loadTemplate(sub));
    } catch (err) {
      if (err instanceof TemplateLoadError) errors.push(err);
      else throw err;
    }
  }
  return { dir, cites, partials, templates, errors };
}
