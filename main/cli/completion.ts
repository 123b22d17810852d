/**
 * `refuge completion bash|zsh|fish`: a completion script written from the command table
 * (table.ts), so a new command or option completes as soon as it is declared. Commands, their
 * subcommands, options and the values an option offers complete; everything else is a file name.
 */
import type { Lang } from '../../common/manifest.ts';
import type { CommandContext } from './io.ts';
import { usageError } from './parse.ts';
import { localize } from '../../common/locales/index.ts';
import {
  COMMAND_NAMES,
  COMMANDS,
  COMMON_OPTIONS,
  type CommandName,
  type CommandSpec,
  type Options,
} from './table.ts';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

function optionsOf(name: CommandName): Options {
  return { ...(COMMANDS[name] as CommandSpec).options, ...COMMON_OPTIONS };
}

function flags(options: Options): string[] {
  return Object.entries(options).flatMap(([n, o]) =>
    o.short === undefined ? [`--${n}`] : [`--${n}`, `-${o.short}`],
  );
}

/** Bash (and zsh through bashcompinit): one function, `_refuge`, the table as case arms. */
function bash(): string {
  const subs = COMMAND_NAMES.flatMap((name) => {
    const s = (COMMANDS[name] as CommandSpec).subcommands;
    return s ? [`    ${name}) words="${Object.keys(s).join(' ')}" ;;`] : [];
  });
  const opts = COMMAND_NAMES.map(
    (name) => `    ${name}) words="${flags(optionsOf(name)).join(' ')}" ;;`,
  );
  const values = new Map<string, string>();
  for (const name of COMMAND_NAMES)
    for (const [n, o] of Object.entries(optionsOf(name)))
      if (o.choices) values.set(`--${n}`, o.choices.join(' '));
  const valueArms = [...values].map(([flag, words]) => `    ${flag}) words="${words}" ;;`);
  return `# refuge completion (bash): source <(refuge completion bash)
_refuge() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} cmd=\${COMP_WORDS[1]} words=
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "${COMMAND_NAMES.join(' ')}" -- "$cur"))
    return
  fi
  case "$prev" in
${valueArms.join('\n')}
  esac
  if [[ -z $words && $COMP_CWORD -eq 2 && $cur != -* ]]; then
    case "$cmd" in
${subs.join('\n')}
    esac
  fi
  if [[ -z $words && $cur == -* ]]; then
    case "$cmd" in
${opts.join('\n')}
    esac
  fi
  if [[ -n $words ]]; then
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _refuge refuge
`;
}

function zsh(): string {
  return `# refuge completion (zsh): source <(refuge completion zsh)
autoload -U +X bashcompinit && bashcompinit
${bash().split('\n').slice(1).join('\n')}`;
}

/** A fish description: one line, its quotes escaped. */
function quoted(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function fish(ui: Lang): string {
  const lines = ['# refuge completion (fish): refuge completion fish | source'];
  for (const name of COMMAND_NAMES) {
    const spec: CommandSpec = COMMANDS[name];
    lines.push(
      `complete -c refuge -n __fish_use_subcommand -f -a ${name} -d ${quoted(localize(ui, `cliCommands.${spec.summary}`))}`,
    );
    const subs = Object.entries(spec.subcommands ?? {});
    for (const [sub, form] of subs)
      lines.push(
        `complete -c refuge -n '__fish_seen_subcommand_from ${name}; and not __fish_seen_subcommand_from ${subs.map(([s]) => s).join(' ')}' -f -a ${sub} -d ${quoted(localize(ui, `cliCommands.${form.summary}`))}`,
      );
    for (const [n, o] of Object.entries(optionsOf(name))) {
      const parts = [`complete -c refuge -n '__fish_seen_subcommand_from ${name}'`, `-l ${n}`];
      if (o.short) parts.push(`-s ${o.short}`);
      if (o.type === 'string') parts.push('-r');
      if (o.choices) parts.push(`-f -a ${quoted(o.choices.join(' '))}`);
      parts.push(`-d ${quoted(localize(ui, `cliOptions.${o.help}`))}`);
      lines.push(parts.join(' '));
    }
  }
  return `${lines.join('\n')}\n`;
}

export function completionScript(shell: Shell, ui: Lang): string {
  if (shell === 'fish') return fish(ui);
  return shell === 'zsh' ? zsh() : bash();
}

/** `refuge completion <shell>`: the script on stdout, to be sourced. */
export function runCompletion(shell: string, { ui, io }: CommandContext): number {
  if (!(SHELLS as readonly string[]).includes(shell))
    throw usageError(ui, 'completion', undefined, 'badValue', {
      value: shell,
      allowed: SHELLS.join(', '),
    });
  io.out(completionScript(shell as Shell, ui));
  return 0;
}
