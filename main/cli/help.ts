/**
 * `refuge help` and `refuge <command> --help`, written from the command table (table.ts) in the
 * user's language: a paralegal finds every command, its forms, options and an example.
 */
import type { Lang } from '../../common/manifest.ts';
import { UsageError } from './errors.ts';
import type { CommandContext } from './io.ts';
import { cliText } from './messages.ts';
import { localize } from '../../common/locales/index.ts';
import { forms } from './parse.ts';
import {
  COMMAND_NAMES,
  COMMANDS,
  COMMON_OPTIONS,
  isCommand,
  type CommandName,
  type CommandSpec,
  type OptionSpec,
} from './table.ts';

/** Where the words start beside a usage line; a longer line has them on the next. */
const COLUMN = 45;

function beside(left: string, right: string): string[] {
  return left.length < COLUMN - 1
    ? [`${left.padEnd(COLUMN)}${right}`]
    : [left, `${' '.repeat(COLUMN)}${right}`];
}

function summaryOf(name: CommandName, sub: string | undefined, ui: Lang): string {
  const spec: CommandSpec = COMMANDS[name];
  const key = sub === undefined ? spec.summary : (spec.subcommands?.[sub]?.summary ?? spec.summary);
  return localize(ui, `cliCommands.${key}`);
}

/** Every command and every form of one, a line each with what it does. */
export function generalHelp(ui: Lang): string {
  const lines = [localize(ui, 'cliHelp.usageGeneral')];
  for (const name of COMMAND_NAMES)
    for (const { sub, line } of forms(name, true))
      lines.push(...beside(`  ${line}`, summaryOf(name, sub, ui)));
  lines.push(localize(ui, 'cliHelp.anyCommand'), localize(ui, 'cliHelp.more'));
  return lines.join('\n');
}

function optionLine(name: string, option: OptionSpec, ui: Lang): string[] {
  const flag = option.short ? `-${option.short}, --${name}` : `    --${name}`;
  const left = `  ${flag}${option.value === undefined ? '' : ` ${option.value}`}`;
  return beside(left, localize(ui, `cliOptions.${option.help}`));
}

/** One command: what it does, its usage (each form), its options, an example. */
export function commandHelp(name: CommandName, ui: Lang): string {
  const spec: CommandSpec = COMMANDS[name];
  const lines = [
    `refuge ${name} — ${summaryOf(name, undefined, ui)}`,
    localize(ui, 'cliHelp.usage'),
  ];
  const all = forms(name);
  for (const { sub, line } of all)
    lines.push(
      ...(all.length === 1
        ? [`  refuge ${line}`]
        : beside(`  refuge ${line}`, summaryOf(name, sub, ui))),
    );
  lines.push(localize(ui, 'cliHelp.options'));
  const options = { ...spec.options, ...COMMON_OPTIONS };
  for (const [option, s] of Object.entries(options)) lines.push(...optionLine(option, s, ui));
  lines.push(localize(ui, 'cliHelp.example'), `  ${spec.example}`);
  return lines.join('\n');
}

/** `refuge help [command]`: the list, or one command's help. */
export function runHelp(command: string | undefined, { ui, io }: CommandContext): number {
  if (command === undefined) io.out(generalHelp(ui));
  else if (isCommand(command)) io.out(commandHelp(command, ui));
  else throw new UsageError(cliText('unknownCommand', ui, { command }));
  return 0;
}
