/**
 * The Handlebars environment: isolated, strict, escaping always on, only our helpers.
 * Templates print; they do not compute — deadlines and declensions arrive in the context or come
 * from common/ helpers tested there.
 */
import Handlebars from 'handlebars';
import type { Lang } from '../../common/manifest.ts';
import { assertNoUnescapedOutput } from './handlebars/check.ts';
import { TemplateError, type CiteTable, type Notice } from './handlebars/types.ts';
import { createHelpers, HELPER_NAMES } from './handlebars/helpers.ts';

// The environment's parts live in handlebars/; their names stay importable from here.
export { assertNoUnescapedOutput } from './handlebars/check.ts';
export { HELPER_NAMES } from './handlebars/helpers.ts';
export { TemplateError, type Cite, type CiteTable, type Notice } from './handlebars/types.ts';

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

  const helpers = createHelpers(cites);
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
