/**
 * `refuge lint`: checks each template against its manifest with file, line and column —
 * escaping and helpers (AST), the markup vocabulary (mustaches blanked), every variable used
 * exists, every field is used, every `when` names a real field, samples validate and render.
 */
import Handlebars from 'handlebars';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Condition, Field, Manifest } from '../../common/manifest.ts';
import type { Lang } from '../../common/lang.ts';
import {
  assertNoUnescapedOutput,
  HELPER_NAMES,
  TemplateError,
  blankMustaches,
  MarkupError,
  parseMarkup,
  createEngine,
  AnswersInvalid,
  loadHyphenator,
} from '../engine/index.ts';
import { loadTemplates, defaultTemplatesDir } from '../templates.ts';
import { loadFontBytes } from '../fonts.ts';
import { splitSample } from '../../common/samples.ts';
import { lintTriageTable } from '../../common/triage.ts';
import { lintCourtTable } from '../../common/courts.ts';
import { duplicateKeyProblems } from '../duplicate-keys.ts';
import { conditionDeadlines, conditionFields } from '../../common/answer-values.ts';
import { REGION_KEY } from '../../common/manifest.ts';

const CONTEXT_ROOTS = new Set(['doc', 'computed']);

interface Scope {
  /** Field keys visible as bare names in this scope. */
  readonly names: ReadonlyMap<string, Field | null>;
}

function fieldScope(fields: readonly Field[]): Scope {
  return { names: new Map(fields.map((f) => [f.key, f])) };
}

/** A call of a shared partial, for checking its params and languages. */
export interface PartialCall {
  readonly name: string;
  readonly params: readonly string[];
  readonly where: string;
}

/**
 * Variables a template reads, checked against the manifest (or, for a partial, its params);
 * returns the names used. Partial calls are collected into `calls` when given.
 */
export function checkVariables(
  source: string,
  file: string,
  manifest: Manifest | { readonly params: readonly string[] },
  problems: string[],
  calls: PartialCall[] = [],
): Set<string> {
  const used = new Set<string>();
  const ast = Handlebars.parse(source);
  const root =
    'fields' in manifest
      ? fieldScope(manifest.fields)
      : { names: new Map<string, Field | null>(manifest.params.map((p) => [p, null])) };
  const where = (node: hbs.AST.Node): string =>
    `${file}:${node.loc?.start.line ?? 0}:${(node.loc?.start.column ?? 0) + 1}`;

  const checkPath = (path: hbs.AST.PathExpression, scopes: readonly Scope[]): void => {
    if (path.data) return; // @index, @first, @root handled below
    const parts = path.parts;
    const depth = (path.original.match(/\.\.\//g) ?? []).length;
    const scope = scopes[scopes.length - 1 - depth] ?? root;
    const head = parts[0];
    if (head === undefined) return; // `this`
    if (scopes.length - 1 - depth === 0 && CONTEXT_ROOTS.has(head)) return;
    if (!scope.names.has(head)) {
      problems.push(
        `${where(path)}: "${path.original}" is not a field of this manifest${scopes.length > 1 ? ' (inside #each)' : ''}`,
      );
      return;
    }
    used.add(head);
    const field = scope.names.get(head);
    if (
      field?.type === 'person' &&
      parts.length > 1 &&
      !['lastName', 'firstName', 'middleName', 'sex', 'latinName', 'forms'].includes(parts[1] ?? '')
    ) {
      problems.push(`${where(path)}: a person has no "${parts[1]}"`);
    }
  };

  const visitExpr = (expr: hbs.AST.Expression, scopes: readonly Scope[]): void => {
    if (expr.type === 'PathExpression') checkPath(expr as hbs.AST.PathExpression, scopes);
    if (expr.type === 'SubExpression') {
      const sub = expr as hbs.AST.SubExpression;
      for (const p of sub.params) visitExpr(p, scopes);
    }
  };

  const visit = (node: hbs.AST.Node | null | undefined, scopes: readonly Scope[]): void => {
    if (!node) return;
    if (node.type === 'Program')
      for (const child of (node as hbs.AST.Program).body) visit(child, scopes);
    if (node.type === 'MustacheStatement') {
      const m = node as hbs.AST.MustacheStatement;
      if (m.params.length === 0 && m.path.type === 'PathExpression')
        checkPath(m.path as hbs.AST.PathExpression, scopes);
      for (const p of m.params) visitExpr(p, scopes);
    }
    if (node.type === 'PartialStatement') {
      const partial = node as hbs.AST.PartialStatement;
      const pairs = partial.hash?.pairs ?? [];
      for (const pair of pairs) visitExpr(pair.value, scopes);
      calls.push({
        name: (partial.name as hbs.AST.PathExpression).original,
        params: pairs.map((p) => p.key),
        where: where(partial),
      });
    }
    if (node.type === 'BlockStatement') {
      const b = node as hbs.AST.BlockStatement;
      const helper = (b.path as hbs.AST.PathExpression).original;
      for (const p of b.params) visitExpr(p, scopes);
      let inner = scopes;
      if ((helper === 'each' || helper === 'with') && b.params[0]?.type === 'PathExpression') {
        const target = b.params[0] as hbs.AST.PathExpression;
        const depth = (target.original.match(/\.\.\//g) ?? []).length;
        const field = (scopes[scopes.length - 1 - depth] ?? root).names.get(target.parts[0] ?? '');
        if (field?.type === 'group') inner = [...scopes, fieldScope(field.fields)];
        else if (field?.type === 'person')
          inner = [
            ...scopes,
            {
              names: new Map(
                ['lastName', 'firstName', 'middleName', 'sex', 'latinName', 'forms'].map((k) => [
                  k,
                  null,
                ]),
              ),
            },
          ];
        else inner = [...scopes, { names: new Map() }];
      }
      visit(b.program, inner);
      visit(b.inverse, scopes);
    }
  };
  visit(ast, [root]);
  return used;
}

export async function lintTemplates(
  dir: string = defaultTemplatesDir(),
  _ui: Lang = 'en',
): Promise<string[]> {
  const problems: string[] = duplicateKeyProblems(dir);
  const loaded = loadTemplates(dir);
  for (const e of loaded.errors) problems.push(e.message);
  const engine = createEngine({
    templates: loaded.templates,
    cites: loaded.cites,
    partials: loaded.partials,
    loadFonts: loadFontBytes,
    loadBreaker: loadHyphenator,
  });

  // The situation → filings table names filings, their deadlines and fields: all must exist here.
  if (loaded.triage) {
    const manifests = new Map(loaded.templates.map((t) => [t.manifest.id, t.manifest]));
    problems.push(
      ...lintTriageTable(loaded.triage, (id) => manifests.get(id), join(dir, 'triage.json')),
    );
  }

  // Court fields need a table with their language, case and kind in every region.
  const manifestList = loaded.templates.map((t) => t.manifest);
  if (loaded.courts)
    problems.push(...lintCourtTable(loaded.courts, manifestList, join(dir, 'courts.json')));
  else if (manifestList.some((m) => m.fields.some((f) => f.type === 'text' && f.courtKind)))
    problems.push(`${join(dir, 'courts.json')}: missing, yet filings name courts by kind`);
  for (const m of manifestList)
    if (m.fields.some((f) => f.key === REGION_KEY))
      problems.push(`${m.id}/manifest.json: "${REGION_KEY}" is the draft's region, not a field`);

  const calledPartials = new Set<string>();
  for (const template of loaded.templates) {
    const { manifest, origin } = template;
    const topKeys = new Set(manifest.fields.map((f) => f.key));
    // A field named like a helper would be called instead of read: `{{fullName}}` inside #each.
    const helperNames = new Set<string>(HELPER_NAMES);
    for (const f of manifest.fields) {
      for (const key of [f.key, ...(f.type === 'group' ? f.fields.map((s) => s.key) : [])]) {
        if (helperNames.has(key) || key === 'doc' || key === 'computed')
          problems.push(
            `${origin}/manifest.json: field key "${key}" is reserved (a helper or context name)`,
          );
      }
    }
    for (const f of manifest.fields) {
      for (const path of conditionFields(f.when))
        if (!topKeys.has(path.split('.')[0] ?? ''))
          problems.push(
            `${origin}/manifest.json: fields.${f.key}.when refers to unknown field "${path}"`,
          );
      if (f.type === 'group') {
        const subKeys = new Set(f.fields.map((s) => s.key));
        for (const s of f.fields) {
          for (const path of conditionFields(s.when)) {
            const head = path.split('.')[0] ?? '';
            if (!subKeys.has(head) && !topKeys.has(head))
              problems.push(
                `${origin}/manifest.json: fields.${f.key}.${s.key}.when refers to unknown field "${path}"`,
              );
          }
        }
      }
      if (f.section && !manifest.sections.some((s) => s.id === f.section))
        problems.push(
          `${origin}/manifest.json: fields.${f.key}.section "${f.section}" is not a section`,
        );
    }
    // An IIN's holder: the birth date and person it is checked against must exist, in the same
    // group item or at the top level.
    for (const f of manifest.fields) {
      const scope = f.type === 'group' ? f.fields : [];
      for (const sub of [f, ...scope]) {
        if (sub.type !== 'iin') continue;
        const find = (key: string): Field | undefined =>
          scope.find((s) => s.key === key) ?? manifest.fields.find((t) => t.key === key);
        if (sub.birthDateField && find(sub.birthDateField)?.type !== 'date')
          problems.push(
            `${origin}/manifest.json: fields.${sub.key}.birthDateField "${sub.birthDateField}" is not a date field`,
          );
        if (sub.personField && find(sub.personField)?.type !== 'person')
          problems.push(
            `${origin}/manifest.json: fields.${sub.key}.personField "${sub.personField}" is not a person field`,
          );
      }
    }
    const deadlineIds = new Set(manifest.deadlines.map((d) => d.id));
    for (const f of manifest.fields)
      for (const sub of [f, ...(f.type === 'group' ? f.fields : [])])
        for (const id of conditionDeadlines(sub.when))
          if (!deadlineIds.has(id))
            problems.push(
              `${origin}/manifest.json: fields.${sub.key}.when: deadlinePassed names unknown deadline "${id}"`,
            );
    // An option's warningWhen reads like any condition, and says nothing without its warning.
    for (const f of manifest.fields) {
      if (f.type !== 'select') continue;
      for (const option of f.options) {
        if (!option.warningWhen) continue;
        const where = `fields.${f.key}.options.${option.value}.warningWhen`;
        if (!option.warning) problems.push(`${origin}/manifest.json: ${where} goes with a warning`);
        for (const path of conditionFields(option.warningWhen))
          if (!topKeys.has(path.split('.')[0] ?? ''))
            problems.push(`${origin}/manifest.json: ${where} refers to unknown field "${path}"`);
        for (const id of conditionDeadlines(option.warningWhen))
          if (!deadlineIds.has(id))
            problems.push(
              `${origin}/manifest.json: ${where}: deadlinePassed names unknown deadline "${id}"`,
            );
      }
    }
    // A computed late flag reads top-level deadlines only; a flag in a group item has no one day.
    for (const f of manifest.fields) {
      for (const sub of f.type === 'group' ? f.fields : [])
        if (sub.type === 'boolean' && sub.lateOf)
          problems.push(
            `${origin}/manifest.json: fields.${f.key}.${sub.key}.lateOf is top-level only`,
          );
      if (f.type !== 'boolean') continue;
      for (const id of f.lateOf ?? [])
        if (!deadlineIds.has(id))
          problems.push(
            `${origin}/manifest.json: fields.${f.key}.lateOf names unknown deadline "${id}"`,
          );
      if (f.asOf !== undefined && !f.lateOf)
        problems.push(`${origin}/manifest.json: fields.${f.key}.asOf goes with lateOf`);
      if (f.asOf !== undefined && manifest.fields.find((g) => g.key === f.asOf)?.type !== 'date')
        problems.push(
          `${origin}/manifest.json: fields.${f.key}.asOf must name a top-level date field`,
        );
    }
    for (const d of manifest.deadlines) {
      const conditions: [string, Condition | undefined][] = [
        [`deadlines.${d.id}.when`, d.when],
        ...d.alternatives.map((a, i): [string, Condition | undefined] => [
          `deadlines.${d.id}.alternatives[${i}].when`,
          a.when,
        ]),
      ];
      for (const [where, when] of conditions) {
        // A deadline computed from whether deadlines passed would depend on itself.
        if (conditionDeadlines(when).length > 0)
          problems.push(`${origin}/manifest.json: ${where} cannot use deadlinePassed`);
        for (const path of conditionFields(when))
          if (!topKeys.has(path.split('.')[0] ?? ''))
            problems.push(`${origin}/manifest.json: ${where} refers to unknown field "${path}"`);
      }
      if (d.askedFirst && d.role !== 'related')
        problems.push(
          `${origin}/manifest.json: deadlines.${d.id}.askedFirst is for a related term (a filing's own is asked first anyway)`,
        );
      const from = manifest.fields.find((f) => f.key === d.from);
      if (!from || from.type !== 'date')
        problems.push(
          `${origin}/manifest.json: deadlines.${d.id}.from "${d.from}" is not a date field`,
        );
      for (const key of d.basis)
        if (!Object.hasOwn(loaded.cites, key))
          problems.push(`${origin}/manifest.json: deadlines.${d.id}.basis cites unknown "${key}"`);
    }
    for (const key of manifest.legalBasis)
      if (!Object.hasOwn(loaded.cites, key))
        problems.push(`${origin}/manifest.json: legalBasis cites unknown "${key}"`);

    const usedAnywhere = new Set<string>();
    const partialNames = new Set(Object.keys(loaded.partials));
    for (const lang of manifest.languages) {
      const source = template.sources[lang];
      const file = `${origin}/template.${lang}.hbs`;
      if (source === undefined) continue;
      try {
        assertNoUnescapedOutput(source, file, partialNames);
        parseMarkup(blankMustaches(source), {
          lang,
          meta: { title: '' },
          source: file,
          staticCheck: true,
        });
        const calls: PartialCall[] = [];
        for (const k of checkVariables(source, file, manifest, problems, calls))
          usedAnywhere.add(k);
        for (const call of calls) {
          calledPartials.add(call.name);
          const spec = loaded.partials[call.name];
          if (!spec) continue;
          for (const param of spec.params)
            if (!call.params.includes(param))
              problems.push(`${call.where}: partial "${call.name}" needs ${param}=…`);
          for (const param of call.params)
            if (!spec.params.includes(param))
              problems.push(`${call.where}: partial "${call.name}" has no param "${param}"`);
          if (spec.sources[lang] === undefined)
            problems.push(`${call.where}: partial "${call.name}" has no ${lang} text`);
        }
        problems.push(...sourceProblems(source, file, loaded.cites));
      } catch (err) {
        if (err instanceof TemplateError || err instanceof MarkupError) problems.push(err.message);
        else throw err;
      }
    }
    for (const f of manifest.fields)
      if (!usedAnywhere.has(f.key))
        problems.push(`${origin}/manifest.json: field "${f.key}" is never used by a template`);

    const samplesDir = join(origin, 'samples');
    const samples = existsSync(samplesDir)
      ? readdirSync(samplesDir)
          .filter((f) => f.endsWith('.json'))
          .sort()
      : [];
    // `<name>.<lang>.json` is the sample for documents in that language (answers typed in it);
    // `<name>.json` serves the languages without one.
    const langOf = (file: string): Lang | undefined =>
      (/\.(ru|kk|en)\.json$/.exec(file)?.[1] as Lang | undefined) ?? undefined;
    const baseSamples = samples.filter((f) => langOf(f) === undefined);
    if (baseSamples.length < 2)
      problems.push(
        `${origin}: needs at least two samples in samples/ (found ${baseSamples.length})`,
      );
    for (const sample of samples) {
      const file = join(samplesDir, sample);
      const own = langOf(sample);
      if (own && !manifest.languages.includes(own))
        problems.push(`${file}: the filing has no "${own}" version`);
      let answers: unknown;
      let asOf: string;
      let late: ReadonlySet<string>;
      try {
        const split = splitSample(JSON.parse(readFileSync(file, 'utf8')));
        if (!split.sample) {
          problems.push(
            `${file}: needs "$sample": { "asOf": "YYYY-MM-DD" }, the day its dates are written for`,
          );
          continue;
        }
        answers = split.answers;
        asOf = split.sample.asOf;
        late = new Set(split.sample.late);
      } catch (err) {
        problems.push(`${file}: not valid JSON: ${(err as Error).message}`);
        continue;
      }
      const name = sample.replace(/\.json$/, '');
      const langs = own
        ? [own]
        : manifest.languages.filter((l) => !samples.includes(`${name}.${l}.json`));
      for (const lang of langs) {
        try {
          // As of its own day, a sample must validate: no passed deadline, nothing missing.
          const built = engine.build({ templateId: manifest.id, answers, lang, today: asOf });
          if (built.document.blocks.length === 0)
            problems.push(`${file} (${lang}): renders an empty document`);
          for (const d of built.preflight.deadlines)
            if (d.missed !== late.has(d.id))
              problems.push(
                d.missed
                  ? `${file} (${lang}): deadline "${d.id}" passed as of ${asOf} (list it in "$sample.late" if meant)`
                  : `${file} (${lang}): "$sample.late" names "${d.id}", still open as of ${asOf}`,
              );
          // A sample written for one language must be written in it (common/language.ts).
          if (own)
            for (const n of built.preflight.answerNotices)
              if (n.code === 'foreignLanguage') problems.push(`${file}: ${n.path}: ${n.message}`);
        } catch (err) {
          if (err instanceof AnswersInvalid)
            for (const i of err.issues) problems.push(`${file}: ${i.path}: ${i.message}`);
          else problems.push(`${file} (${lang}): ${(err as Error).message}`);
        }
      }
    }
  }
  problems.push(...lintPartials(loaded, calledPartials));
  return problems;
}

/** Each shared partial: markup vocabulary, only its params, known cites, and called by someone. */
function lintPartials(
  loaded: ReturnType<typeof loadTemplates>,
  calledPartials: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(loaded.partials)) {
    const used = new Set<string>();
    for (const [lang, source] of Object.entries(spec.sources) as [Lang, string][]) {
      const file = join(spec.origin, `${name}.${lang}.hbs`);
      try {
        assertNoUnescapedOutput(source, file, new Set());
        // A partial is a run of blocks; the root element is added on the same line.
        parseMarkup(`<filing>${blankMustaches(source)}</filing>`, {
          lang,
          meta: { title: '' },
          source: file,
          staticCheck: true,
        });
        for (const k of checkVariables(source, file, { params: spec.params }, problems))
          used.add(k);
        problems.push(...sourceProblems(source, file, loaded.cites));
      } catch (err) {
        if (err instanceof TemplateError || err instanceof MarkupError) problems.push(err.message);
        else throw err;
      }
    }
    for (const param of spec.params)
      if (!used.has(param))
        problems.push(`${spec.origin}/partials.json: ${name}.${param} is never used`);
    if (!calledPartials.has(name))
      problems.push(`${spec.origin}/partials.json: partial "${name}" is not called by any filing`);
  }
  return problems;
}

/** What a template's or partial's own text gets wrong: unknown cites, a sex tested by hand. */
function sourceProblems(
  source: string,
  file: string,
  cites: Readonly<Record<string, unknown>>,
): string[] {
  return [...unknownCites(source, file, cites), ...sexComparisons(source, file)];
}

/**
 * `(eq person.sex "female")` picks the male text when the sex is not known — a blank form for a
 * client not yet met; `{{bySex person "…" "…"}}` prints both forms then.
 */
function sexComparisons(source: string, file: string): string[] {
  return [...source.matchAll(/\((?:eq|ne)\s+[^)]*\bsex\b[^)]*\)/g)].map((m) => {
    const line = source.slice(0, m.index).split('\n').length;
    return `${file}:${line}: ${m[0]} words the text for a man when the sex is unknown; write {{bySex person "…" "…"}}`;
  });
}

function unknownCites(
  source: string,
  file: string,
  cites: Readonly<Record<string, unknown>>,
): string[] {
  const problems: string[] = [];
  for (const m of source.matchAll(/\{\{[^}]*\bcite\s+"([^"]+)"/g)) {
    if (!Object.hasOwn(cites, m[1] ?? '')) {
      const line = source.slice(0, m.index).split('\n').length;
      problems.push(`${file}:${line}: cite "${m[1]}" is not in cites.json`);
    }
  }
  return problems;
}
