/**
 * The Handlebars environment: isolated, strict, escaping always on, only our helpers.
 * Templates print; they do not compute — deadlines and declensions arrive in the context or come
 * from common/ helpers tested there.
 */
import Handlebars from 'handlebars';
import { localize } from '../../common/locales/index.ts';
import type { Lang } from '../../common/manifest.ts';
import {
  LEGAL_DATE_FORMS,
  formatInclusiveLastDay,
  formatLegalDate,
  formatShortDate,
  isValidIsoDate,
  type LegalDateForm,
} from '../../common/dates.ts';
import {
  declineFullName,
  fullName,
  kazakhNameCase,
  initialsAfter,
  initialsBefore,
  type Person,
} from '../../common/names.ts';
import { plural } from '../../common/plural.ts';
import { blankFormatted, isBlankToken } from './blank.ts';

export interface Cite {
  readonly ru: string;
  readonly kk: string;
  readonly en: string;
  readonly verified: boolean;
  readonly source: string;
  readonly note?: string;
  /** Why an unverified cite cannot be checked offline. */
  readonly whyUnverified?: string;
}
export type CiteTable = Readonly<Record<string, Cite>>;

/** What a render noticed that the lawyer must see before filing (pre-flight). */
export type Notice =
  | { kind: 'unverifiedCite'; key: string; text: string; source: string }
  | { kind: 'autoDeclined'; name: string; grammaticalCase: string; text: string }
  | { kind: 'undeclined'; name: string; grammaticalCase: string; reason: string }
  /** Characters the document's fonts cannot draw (found when the PDF is written). */
  | { kind: 'unprintable'; chars: string };

export class TemplateError extends Error {
  constructor(
    readonly detail: string,
    readonly source: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(
      line !== undefined ? `${source}:${line}:${column ?? 0}: ${detail}` : `${source}: ${detail}`,
    );
    this.name = 'TemplateError';
  }
}

const CASES = ['genitive', 'dative', 'accusative', 'instrumental'] as const;
type GrammaticalCase = (typeof CASES)[number];

export const HELPER_NAMES = [
  'date',
  'shortDate',
  'lastDay',
  'fullName',
  'initials',
  'initialsFirst',
  'latinName',
  'plural',
  'cite',
  'typedCite',
  'upper',
  'count',
  'inc',
  'eq',
  'ne',
  'and',
  'or',
  'not',
  'includes',
  'gt',
  'lt',
  'isSet',
] as const;

interface RenderData {
  readonly refuge: {
    readonly lang: Lang;
    readonly notices: Notice[];
    readonly markUnverified: boolean;
  };
}

function renderData(options: Handlebars.HelperOptions): RenderData['refuge'] {
  const data = (options.data as Partial<RenderData> | undefined)?.refuge;
  if (!data) throw new Error('template rendered without Refuge render data');
  return data;
}

/** Handlebars passes the options hash as the last argument; strip it. */
function args(raw: readonly unknown[]): { values: unknown[]; options: Handlebars.HelperOptions } {
  const options = raw[raw.length - 1] as Handlebars.HelperOptions;
  return { values: raw.slice(0, -1), options };
}

function asPerson(value: unknown, helper: string): Person {
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof (value as Person).lastName !== 'string'
  ) {
    throw new Error(`{{${helper}}} needs a person`);
  }
  return value as Person;
}

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

/**
 * A shared argument block (templates/partials/<name>.<lang>.hbs): written once, printed by every
 * filing that calls `{{> name param=value}}`. It reads only its declared params (and `doc`), so a
 * fix lands in every filing and the lint can check each call.
 */
export interface PartialSpec {
  /** Its name for the lawyer, in each UI language; tests may leave it out. */
  readonly title?: Readonly<Record<Lang, string>>;
  readonly params: readonly string[];
  readonly sources: Partial<Record<Lang, string>>;
  readonly origin: string;
}
export type PartialTable = Readonly<Record<string, PartialSpec>>;

export interface EnvironmentOptions {
  readonly cites: CiteTable;
  readonly partials?: PartialTable;
}

export interface TemplateEnvironment {
  compile(source: string, name: string): CompiledTemplate;
}

export type CompiledTemplate = (
  context: object,
  lang: Lang,
  options?: {
    /** The draft preview: each unverified cite is followed by «[не проверено]» where it stands. */
    readonly markUnverified?: boolean;
  },
) => { markup: string; notices: Notice[] };

export function createEnvironment({
  cites,
  partials = {},
}: EnvironmentOptions): TemplateEnvironment {
  const hb = Handlebars.create();
  // `lookup` reaches arbitrary properties and `log` writes to the console: neither belongs in a filing.
  hb.unregisterHelper('lookup');
  hb.unregisterHelper('log');
  hb.unregisterHelper('helperMissing');
  hb.unregisterHelper('blockHelperMissing');

  const helpers: Record<(typeof HELPER_NAMES)[number], Handlebars.HelperDelegate> = {
    date(...raw: unknown[]) {
      const { values, options } = args(raw);
      const d = asText(values[0]);
      const form = values[1] === undefined ? 'plain' : asText(values[1]);
      if (!LEGAL_DATE_FORMS.includes(form as LegalDateForm))
        throw new Error(`{{date}}: unknown form "${form}" (plain, locative or attributive)`);
      if (d === '') return '';
      if (isBlankToken(d)) return blankFormatted(d, 'legalDate');
      if (!isValidIsoDate(d)) throw new Error(`{{date}} got "${d}", not a date`);
      return formatLegalDate(d, renderData(options).lang, form as LegalDateForm);
    },
    shortDate(...raw: unknown[]) {
      const { values } = args(raw);
      const d = asText(values[0]);
      if (d === '') return '';
      if (isBlankToken(d)) return blankFormatted(d, 'shortDate');
      if (!isValidIsoDate(d)) throw new Error(`{{shortDate}} got "${d}", not a date`);
      return formatShortDate(d);
    },
    lastDay(...raw: unknown[]) {
      const { values, options } = args(raw);
      const d = asText(values[0]);
      if (d === '') return '';
      if (isBlankToken(d)) return blankFormatted(d, 'shortDate');
      if (!isValidIsoDate(d)) throw new Error(`{{lastDay}} got "${d}", not a date`);
      return formatInclusiveLastDay(d, renderData(options).lang);
    },
    fullName(...raw: unknown[]) {
      const { values, options } = args(raw);
      const person = asPerson(values[0], 'fullName');
      const grammaticalCase = values[1];
      if (isBlankToken(person.lastName))
        return blankFormatted(person.lastName, asText(grammaticalCase) || 'nominative');
      if (grammaticalCase === undefined) return fullName(person);
      if (!CASES.includes(grammaticalCase as GrammaticalCase))
        throw new Error(`{{fullName}}: unknown case "${String(grammaticalCase)}"`);
      const { notices, lang } = renderData(options);
      const result =
        lang === 'kk'
          ? kazakhNameCase(person, grammaticalCase as GrammaticalCase)
          : declineFullName(person, grammaticalCase as GrammaticalCase);
      if (result.source === 'auto') {
        notices.push({
          kind: 'autoDeclined',
          name: fullName(person),
          grammaticalCase: String(grammaticalCase),
          text: result.text,
        });
      } else if (result.source === 'undeclined' || result.warning) {
        notices.push({
          kind: 'undeclined',
          name: fullName(person),
          grammaticalCase: String(grammaticalCase),
          reason: result.warning ?? 'unknownEnding',
        });
      }
      return result.text;
    },
    initials(...raw: unknown[]) {
      const person = asPerson(args(raw).values[0], 'initials');
      if (isBlankToken(person.lastName)) return blankFormatted(person.lastName, 'initials');
      return initialsAfter(person);
    },
    initialsFirst(...raw: unknown[]) {
      const person = asPerson(args(raw).values[0], 'initialsFirst');
      if (isBlankToken(person.lastName)) return blankFormatted(person.lastName, 'initials');
      return initialsBefore(person);
    },
    latinName(...raw: unknown[]) {
      const person = asPerson(args(raw).values[0], 'latinName');
      if (isBlankToken(person.lastName)) return blankFormatted(person.lastName, 'latin');
      return person.latinName ?? '';
    },
    plural(...raw: unknown[]) {
      const { values, options } = args(raw);
      if (isBlankToken(values[0]))
        return `${values[0]}\u00A0${asText(values[3] ?? values[2] ?? values[1])}`;
      const n = Number(values[0]);
      if (!Number.isFinite(n)) throw new Error('{{plural}} needs a number');
      const forms = values.slice(1).map(asText);
      const lang = renderData(options).lang;
      const [one = '', few = one, many = few] = forms;
      // ru: one/few/many; en: one/other (second form); kk: nouns after numerals stay singular.
      const form =
        lang === 'ru'
          ? plural(n, { one, few, many, other: few }, lang)
          : lang === 'en'
            ? plural(n, { one, other: few }, lang)
            : one;
      return `${n}\u00A0${form}`;
    },
    cite(...raw: unknown[]) {
      const { values, options } = args(raw);
      const key = asText(values[0]);
      const cite = Object.hasOwn(cites, key) ? cites[key] : undefined;
      if (!cite) throw new Error(`{{cite "${key}"}}: no such cite in templates/cites.json`);
      const { lang, notices, markUnverified } = renderData(options);
      const text = cite[lang];
      if (!cite.verified && !notices.some((n) => n.kind === 'unverifiedCite' && n.key === key)) {
        notices.push({ kind: 'unverifiedCite', key, text, source: cite.source });
      }
      return !cite.verified && markUnverified
        ? `${text}\u00A0${localize(lang, 'citeNotes.unverifiedMark')}`
        : text;
    },
    /**
     * An article the lawyer typed («ст. 517 КоАП РК»): the same check as {{cite}}. It counts as
     * verified only when it is, word for word, the text of a verified cite of the table;
     * otherwise the pre-flight lists it and the preview marks it, like an unverified cite.
     */
    typedCite(...raw: unknown[]) {
      const { values, options } = args(raw);
      const typed = asText(values[0]);
      if (typed.trim() === '' || isBlankToken(typed)) return typed;
      const { lang, notices, markUnverified } = renderData(options);
      const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase(lang);
      const known = Object.values(cites).some((c) => c.verified && norm(c[lang]) === norm(typed));
      if (known) return typed;
      const key = `typed:${norm(typed)}`;
      if (!notices.some((n) => n.kind === 'unverifiedCite' && n.key === key))
        notices.push({
          kind: 'unverifiedCite',
          key,
          text: typed,
          source: localize(lang, 'citeNotes.typedSource'),
        });
      return markUnverified ? `${typed}\u00A0${localize(lang, 'citeNotes.unverifiedMark')}` : typed;
    },
    upper(...raw: unknown[]) {
      const { values, options } = args(raw);
      if (isBlankToken(values[0])) return values[0];
      return asText(values[0]).toLocaleUpperCase(
        renderData(options).lang === 'kk' ? 'kk-KZ' : renderData(options).lang,
      );
    },
    count(...raw: unknown[]) {
      const value = args(raw).values[0];
      return Array.isArray(value) ? value.length : 0;
    },
    inc(...raw: unknown[]) {
      return Number(args(raw).values[0]) + 1;
    },
    eq: (...raw: unknown[]) => {
      const { values } = args(raw);
      return values[0] === values[1];
    },
    ne: (...raw: unknown[]) => {
      const { values } = args(raw);
      return values[0] !== values[1];
    },
    and: (...raw: unknown[]) => args(raw).values.every(truthy),
    or: (...raw: unknown[]) => args(raw).values.some(truthy),
    not: (...raw: unknown[]) => !truthy(args(raw).values[0]),
    includes: (...raw: unknown[]) => {
      const { values } = args(raw);
      return Array.isArray(values[0]) && values[0].includes(values[1]);
    },
    gt: (...raw: unknown[]) => {
      const { values } = args(raw);
      return Number(values[0]) > Number(values[1]);
    },
    lt: (...raw: unknown[]) => {
      const { values } = args(raw);
      return Number(values[0]) < Number(values[1]);
    },
    isSet: (...raw: unknown[]) => truthy(args(raw).values[0]),
  };
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn);

  const partialNames = new Set(Object.keys(partials));
  const compiledPartials = new Map<string, HandlebarsTemplateDelegate>();
  const partialFor = (name: string, lang: Lang): HandlebarsTemplateDelegate => {
    const key = `${name}.${lang}`;
    let fn = compiledPartials.get(key);
    if (!fn) {
      const spec = partials[name];
      const source = spec?.sources[lang];
      if (!spec || source === undefined)
        throw new TemplateError(`partial "${name}" has no "${lang}" version`, spec?.origin ?? name);
      const file = `${spec.origin}/${name}.${lang}.hbs`;
      const pre = precompiled(source);
      if (pre?.used.length === 0) fn = hb.template(pre.spec);
      else {
        assertNoUnescapedOutput(source, file, new Set());
        fn = hb.compile(source, COMPILE_OPTIONS);
      }
      compiledPartials.set(key, fn);
    }
    return fn;
  };

  return {
    compile(source, name) {
      // Built at build time from this very source, checked by the same walker (precompile.ts).
      const pre = precompiled(source);
      const fromBuild = pre !== undefined && pre.used.every((p) => partialNames.has(p));
      const used = fromBuild
        ? new Set(pre.used)
        : assertNoUnescapedOutput(source, name, partialNames);
      const template = fromBuild ? hb.template(pre.spec) : hb.compile(source, COMPILE_OPTIONS);
      return (context, lang, options = {}) => {
        const notices: Notice[] = [];
        const runtimePartials = Object.fromEntries(
          [...used].map((partial) => [partial, partialFor(partial, lang)]),
        );
        const markup = template(context, {
          data: { refuge: { lang, notices, markUnverified: options.markUnverified === true } },
          partials: runtimePartials,
          allowProtoPropertiesByDefault: false,
          allowProtoMethodsByDefault: false,
        });
        return { markup, notices };
      };
    },
  };
}

type KnownHelpers = NonNullable<Parameters<typeof Handlebars.compile>[1]>['knownHelpers'];

/** The same at run time and at build time (a precompiled template bakes them in). */
const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(
    [...HELPER_NAMES, 'if', 'unless', 'each', 'with'].map((name) => [name, true]),
  ) as KnownHelpers,
  noEscape: false,
  preventIndent: true,
} as const;

/** A template compiled when the app was built, with the shared partials it calls. */
export interface PrecompiledTemplate {
  readonly spec: TemplateSpecification;
  readonly used: readonly string[];
}

/** Finds a template by its exact source text, so an edited or a pack's template never meets a stale build. */
export type PrecompiledLookup = (source: string) => PrecompiledTemplate | undefined;

let precompiled: PrecompiledLookup = () => undefined;

/**
 * Templates compiled at build time (dist/precompiled/): a cold start skips parsing and compiling
 * them. A source the lookup does not find is checked and compiled as always.
 */
export function usePrecompiledTemplates(lookup: PrecompiledLookup): void {
  precompiled = lookup;
}

/**
 * Build time: check a source exactly as `compile` does and precompile it. Returns JavaScript
 * (Handlebars' template spec) for the build to write into dist/.
 */
export function precompileTemplate(
  source: string,
  name: string,
  partials: ReadonlySet<string>,
): { spec: string; used: string[] } {
  const used = assertNoUnescapedOutput(source, name, partials);
  return { spec: String(Handlebars.precompile(source, COMPILE_OPTIONS)), used: [...used] };
}

const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);
const KNOWN = new Set<string>([...HELPER_NAMES, ...BLOCK_HELPERS]);

/**
 * Walk the Handlebars AST: reject triple-stash, `{{& x}}`, raw blocks, partial blocks, dynamic or
 * unknown partials and decorators (escaping is never turned off, so an answer can never become
 * markup), and name any call of a helper we do not have with its line and column.
 * Returns the names of the shared partials the source calls.
 */
export function assertNoUnescapedOutput(
  source: string,
  name: string,
  partials: ReadonlySet<string> = new Set(),
): Set<string> {
  const usedPartials = new Set<string>();
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(source);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const position = /line (\d+)/.exec(message);
    throw new TemplateError(
      message.split('\n')[0] ?? message,
      name,
      position ? Number(position[1]) : undefined,
    );
  }
  const fail = (detail: string, node: hbs.AST.Node): never => {
    const loc = node.loc;
    throw new TemplateError(detail, name, loc?.start.line, (loc?.start.column ?? 0) + 1);
  };
  const checkCall = (
    node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression,
  ): void => {
    const path = node.path as hbs.AST.PathExpression;
    const isCall =
      node.params.length > 0 ||
      (node.hash?.pairs.length ?? 0) > 0 ||
      node.type !== 'MustacheStatement';
    if (isCall && !KNOWN.has(path.original)) fail(`unknown helper "${path.original}"`, node);
    for (const param of node.params) visitExpression(param);
    for (const pair of node.hash?.pairs ?? []) visitExpression(pair.value);
  };
  const visitExpression = (node: hbs.AST.Expression): void => {
    if (node.type === 'SubExpression') checkCall(node as hbs.AST.SubExpression);
  };
  const visit = (node: hbs.AST.Node | undefined | null): void => {
    if (!node) return;
    switch (node.type) {
      case 'Program':
        for (const child of (node as hbs.AST.Program).body) visit(child);
        return;
      case 'MustacheStatement': {
        const mustache = node as hbs.AST.MustacheStatement;
        if (!mustache.escaped)
          fail('unescaped output ({{{…}}} or {{& …}}) is not allowed in filings', node);
        checkCall(mustache);
        return;
      }
      case 'BlockStatement': {
        const block = node as hbs.AST.BlockStatement;
        checkCall(block);
        visit(block.program);
        visit(block.inverse);
        return;
      }
      case 'PartialStatement': {
        const partial = node as hbs.AST.PartialStatement;
        if (partial.name.type !== 'PathExpression')
          fail('dynamic partials are not allowed in filings', node);
        const partialName = (partial.name as hbs.AST.PathExpression).original;
        if (!partials.has(partialName))
          fail(`unknown partial "${partialName}" (templates/partials/)`, node);
        if (partial.params.length > 0)
          fail(`partial "${partialName}" takes named params only (name=value)`, node);
        for (const pair of partial.hash?.pairs ?? []) visitExpression(pair.value);
        usedPartials.add(partialName);
        return;
      }
      case 'PartialBlockStatement':
      case 'Decorator':
      case 'DecoratorBlock':
        fail(`${node.type} is not supported in filing templates`, node);
        return;
      default:
        return;
    }
  };
  const rawBlock = source.indexOf('{{{{');
  if (rawBlock >= 0) {
    const before = source.slice(0, rawBlock).split('\n');
    throw new TemplateError(
      'raw blocks ({{{{…}}}}) are not allowed in filings',
      name,
      before.length,
      (before[before.length - 1]?.length ?? 0) + 1,
    );
  }
  visit(ast);
  return usedPartials;
}
