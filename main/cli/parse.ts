/**
 * The one parser of every command line, read from the command table (table.ts): Node's own
 * `util.parseArgs` tokenizes, and the table says which options, subcommands and arguments a
 * command takes, so every command is refused the same way, in the user's language, with its
 * usage under the reason (docs/DESIGN-NOTES.md, "One command table").
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../../common/manifest.ts';
import { localize, type SectionKey } from '../../common/locales/index.ts';
import { UsageError } from './errors.ts';
import {
  COMMANDS,
  COMMON_OPTIONS,
  type CommandName,
  type CommandSpec,
  type FormSpec,
  type OptionSpec,
  type Parsed,
  type Sub,
  type Values,
} from './table.ts';

/** `-o, --output <file>` as the usage line shows an option: its short form when it has one. */
function optionSyntax(name: string, option: OptionSpec, value = option.value): string {
  const flag = option.short ? `-${option.short}` : `--${name}`;
  return value === undefined ? flag : `${flag} ${value}`;
}

/**
 * One form of a command as its usage line: the arguments, the required options, the rest —
 * or, `brief`, «[options]» for the rest (the list of every command).
 */
export function synopsis(name: CommandName, sub?: string, brief = false): string {
  const spec: CommandSpec = COMMANDS[name];
  const form: FormSpec | undefined = sub === undefined ? undefined : spec.subcommands?.[sub];
  const names = form ? form.options : Object.keys(spec.options);
  const required = (n: string): boolean =>
    form ? (form.required ?? []).includes(n) : spec.options[n]?.required === true;
  const shown = (n: string): string => {
    const option = spec.options[n] as OptionSpec;
    return optionSyntax(n, option, form?.values?.[n] ?? option.value);
  };
  return [
    name,
    ...(sub === undefined ? [] : [sub]),
    ...(form ? form.args : (spec.args ?? [])),
    ...names.filter(required).map(shown),
    ...(brief
      ? names.some((n) => !required(n))
        ? ['[options]']
        : []
      : names.filter((n) => !required(n)).map((n) => `[${shown(n)}]`)),
  ].join(' ');
}

/** Every form of a command: one for most, one per subcommand for vault, matter and pack. */
export function forms(
  name: CommandName,
  brief = false,
): { sub: string | undefined; line: string }[] {
  const subs: Readonly<Record<string, FormSpec>> | undefined = (COMMANDS[name] as CommandSpec)
    .subcommands;
  if (!subs) return [{ sub: undefined, line: synopsis(name, undefined, brief) }];
  return Object.keys(subs).map((sub) => ({ sub, line: synopsis(name, sub, brief) }));
}

/** The reason, then «Usage:» and the command's forms (or the one form meant). */
export function usageError(
  ui: Lang,
  name: CommandName,
  sub: string | undefined,
  key: SectionKey<'cliHelp'>,
  params: Record<string, string | number> = {},
): UsageError {
  const lines = sub === undefined ? forms(name).map((f) => f.line) : [synopsis(name, sub)];
  const reason = localize(ui, `cliHelp.${key}`, params);
  const heading = localize(ui, 'cliHelp.usage');
  return new UsageError([reason, heading, ...lines.map((l) => `  refuge ${l}`)].join('\n'));
}

function nodeOptions(options: CommandSpec['options']): NonNullable<ParseArgsConfig['options']> {
  const all = { ...options, help: COMMON_OPTIONS.help };
  return Object.fromEntries(
    Object.entries(all).map(([name, o]) => [
      name,
      o.short === undefined ? { type: o.type } : { type: o.type, short: o.short },
    ]),
  );
}

export interface ParseResult<N extends CommandName> {
  /** `--help` or `-h` anywhere: the caller prints the command's help instead of running it. */
  readonly help: boolean;
  readonly parsed: Parsed<N>;
}

/** Parses `argv` (what follows the command's name) as `name` takes it, or throws a UsageError. */
export function parseCommand<N extends CommandName>(
  name: N,
  argv: readonly string[],
  ui: Lang,
): ParseResult<N> {
  const spec: CommandSpec = COMMANDS[name];
  // Lenient tokenizing, then the table's rules: the errors are ours, localized, with the usage.
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: nodeOptions(spec.options),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const help = values.help === true;
  const sub = spec.subcommands ? positionals[0] : undefined;
  const form = sub === undefined ? undefined : spec.subcommands?.[sub];
  const result = (): ParseResult<N> => ({
    help,
    parsed: makeParsed<N>(values as Values<N>, positionals, form ? sub : undefined),
  });
  if (help) return result();
  if (spec.subcommands && !form)
    throw usageError(
      ui,
      name,
      undefined,
      sub === undefined ? 'missingSubcommand' : 'unknownSubcommand',
      { value: sub ?? '' },
    );
  const formName = form ? sub : undefined;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(spec.options, token.name) ? spec.options[token.name] : undefined;
    if (option === undefined || (form && !form.options.includes(token.name)))
      throw usageError(ui, name, formName, 'unknownOption', { option: token.rawName });
    // `-o --pdfa`: the next option is not a value (as strict parseArgs says); `-o=-x.pdf` is.
    const taken = token.value === undefined || (!token.inlineValue && token.value.startsWith('-'));
    if (option.type === 'string' && taken)
      throw usageError(ui, name, formName, 'optionNeedsValue', { option: token.rawName });
    if (option.type === 'boolean' && token.value !== undefined)
      throw usageError(ui, name, formName, 'optionTakesNoValue', { option: token.rawName });
    const value = token.value ?? '';
    if (option.choices && !option.choices.includes(value))
      throw usageError(ui, name, formName, 'badValue', {
        value: `${token.rawName} ${value}`,
        allowed: option.choices.join(', '),
      });
    const [min, max] = option.range ?? [];
    if (min !== undefined && max !== undefined) {
      const n = Number(value);
      if (!/^\d+$/.test(value) || n < min || n > max)
        throw usageError(ui, name, formName, 'notInRange', {
          value: `${token.rawName} ${value}`,
          min,
          max,
        });
    }
  }
  const args = form ? form.args : (spec.args ?? []);
  const given = form ? positionals.slice(1) : positionals;
  const missing = args.find((a, i) => !a.startsWith('[') && given[i] === undefined);
  if (missing !== undefined)
    throw usageError(ui, name, formName, 'missingArgument', { value: missing });
  const repeats = args.at(-1)?.endsWith('…') === true;
  const extra = given[args.length];
  if (!repeats && extra !== undefined)
    throw usageError(ui, name, formName, 'unexpectedArgument', { value: extra });
  const requiredOptions = form
    ? (form.required ?? [])
    : Object.keys(spec.options).filter((n) => spec.options[n]?.required === true);
  for (const option of requiredOptions)
    if (typeof values[option] !== 'string')
      throw usageError(ui, name, formName, 'missingOption', {
        value: optionSyntax(option, spec.options[option] as OptionSpec, form?.values?.[option]),
      });
  return result();
}

function makeParsed<N extends CommandName>(
  values: Values<N>,
  positionals: readonly string[],
  sub: string | undefined,
): Parsed<N> {
  return {
    values,
    // Checked against the command's subcommands above (undefined for a command without them).
    sub: sub as Sub<N>,
    positionals,
    arg(i) {
      const value = positionals[i];
      // The parser checked the table's required arguments: a miss here is a table out of step.
      if (value === undefined) throw new Error(`argument ${i} is not declared as required`);
      return value;
    },
    need(option) {
      const value = (values as Readonly<Record<string, unknown>>)[option];
      if (typeof value !== 'string') throw new Error(`--${option} is not declared as required`);
      return value;
    },
  };
}

/** A pass-through command's words as given: it reads its options itself (bench). */
export function rawArgs<N extends CommandName>(argv: readonly string[]): Parsed<N> {
  return makeParsed<N>({}, argv, undefined);
}
