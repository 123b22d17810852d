/**
 * Every `refuge` command, declared once: its arguments, options, subcommands, words (keys of the
 * cliCommands and cliOptions sections of the one table per language) and an example. The parser
 * (parse.ts), `refuge help`, `refuge <command> --help`, the usage errors and the shell completion
 * scripts (completion.ts) are all read from here; what each command does is in commands/<name>.ts,
 * bound in index.ts. Pure data: loading it loads no command's code.
 */
import type { SectionKey } from '../../common/locales/index.ts';
import { FILED_HOW } from '../../common/filed.ts';

export type SummaryKey = SectionKey<'cliCommands'>;
export type OptionHelpKey = SectionKey<'cliOptions'>;

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** How the value is shown in the usage line: `--lang ru|kk|en`. */
  readonly value?: string;
  /** The only values the option takes (checked by the parser, offered by completion). */
  readonly choices?: readonly string[];
  /** A whole number in this range (checked by the parser). */
  readonly range?: readonly [min: number, max: number];
  /** Without it the command cannot run: shown without brackets, checked before it runs. */
  readonly required?: boolean;
  readonly help: OptionHelpKey;
}

export type Options = Readonly<Record<string, OptionSpec>>;

/** One form of a command: `refuge vault export <file> [--matter <id>]`. */
export interface FormSpec {
  readonly summary: SummaryKey;
  /** `<id>` is required, `[dir]` optional, a trailing `…` repeats (`<file>…`). */
  readonly args: readonly string[];
  /** The names of the command's options this form takes. */
  readonly options: readonly string[];
  /** Of those, the ones it cannot run without. */
  readonly required?: readonly string[];
  /** How this form shows an option's value, where it differs from the option's own. */
  readonly values?: Readonly<Record<string, string>>;
}

export interface CommandSpec {
  readonly summary: SummaryKey;
  readonly args?: readonly string[];
  readonly options: Options;
  /** `vault init|list|…`: the first argument picks the form, each with its own arguments. */
  readonly subcommands?: Readonly<Record<string, FormSpec>>;
  /** The command reads its arguments itself (bench): the options are listed for help only. */
  readonly passThrough?: boolean;
  /** Drafts from the installed templates: a pack that failed its check is said first. */
  readonly drafts?: boolean;
  readonly example: string;
}

const lang = { type: 'string', value: 'ru|kk|en', choices: ['ru', 'kk', 'en'] } as const;
const json = { type: 'boolean', help: 'json' } as const;
const passphraseStdin = { type: 'boolean', help: 'passphraseStdin' } as const;
/** A matter may hold several drafts of one filing: this names one (`refuge matter show`). */
const draftOption = { type: 'string', value: '<draft>', help: 'draft' } as const;
const outputFiling = {
  type: 'string',
  short: 'o',
  value: '<file.pdf|file.docx>',
  required: true,
  help: 'outputFiling',
} as const;
const outputDir = {
  type: 'string',
  short: 'o',
  value: '<dir>',
  required: true,
  help: 'outputDir',
} as const;

export const COMMANDS = {
  templates: {
    summary: 'templates',
    options: { json },
    example: 'refuge templates --json',
  },
  describe: {
    summary: 'describe',
    args: ['<id>'],
    options: { json },
    example: 'refuge describe supreme-court-complaint --json',
  },
  validate: {
    summary: 'validate',
    args: ['<id>', '<answers.json>'],
    options: { json, lang: { ...lang, help: 'langFiling' } },
    example: 'refuge validate supreme-court-complaint answers.json',
  },
  render: {
    summary: 'render',
    args: ['<id>', '<answers.json>'],
    options: {
      output: outputFiling,
      lang: { ...lang, help: 'langFiling' },
      pdfa: { type: 'boolean', help: 'pdfa' },
    },
    drafts: true,
    example:
      'refuge render supreme-court-complaint templates/supreme-court-complaint/samples/complex.json -o complaint.pdf',
  },
  blank: {
    summary: 'blank',
    args: ['<id>'],
    options: {
      output: outputFiling,
      lang: { ...lang, help: 'langFiling' },
      choices: { type: 'string', value: '<answers.json>', help: 'choices' },
    },
    drafts: true,
    example: 'refuge blank expulsion-appeal -o form.pdf --lang kk --choices choices.json',
  },
  'family-applications': {
    summary: 'familyApplications',
    args: ['<answers.json>'],
    options: {
      output: outputDir,
    },
    drafts: true,
    example: 'refuge family-applications answers.json -o family',
  },
  triage: {
    summary: 'triage',
    options: {
      place: { type: 'string', value: '<place>', help: 'place' },
      decision: { type: 'string', value: '<decision>', help: 'decision' },
      'decision-date': { type: 'string', value: '<DD.MM.YYYY>', help: 'decisionDate' },
      'detention-date': { type: 'string', value: '<DD.MM.YYYY>', help: 'detentionDate' },
      'asylum-pending': { type: 'boolean', help: 'asylumPending' },
      matter: { type: 'string', value: '<matter>', help: 'triageMatter' },
      lang: { ...lang, help: 'langOutput' },
      json,
      'passphrase-stdin': passphraseStdin,
    },
    example: 'refuge triage --place free --decision expulsionRuling --decision-date 28.01.2026',
  },
  deadlines: {
    summary: 'deadlines',
    options: {
      ics: { type: 'string', value: '<file.ics>', help: 'ics' },
      names: { type: 'boolean', help: 'names' },
      lang: { ...lang, help: 'langOutput' },
      json,
      'passphrase-stdin': passphraseStdin,
    },
    example: 'refuge deadlines --ics deadlines.ics',
  },
  'batch-template': {
    summary: 'batchTemplate',
    args: ['<id>'],
    options: {
      output: {
        type: 'string',
        short: 'o',
        value: '<file.xlsx|file.csv>',
        required: true,
        help: 'outputTable',
      },
    },
    example: 'refuge batch-template refugee-application -o clients.xlsx',
  },
  batch: {
    summary: 'batch',
    args: ['<id>', '<rows.csv|xlsx>'],
    options: {
      output: outputDir,
      format: {
        type: 'string',
        value: 'pdf|docx|pdf,docx',
        choices: ['pdf', 'docx', 'pdf,docx', 'docx,pdf'],
        help: 'format',
      },
      jobs: { type: 'string', value: '<N>', range: [1, 64], help: 'jobs' },
      name: { type: 'string', value: '"{{person.lastName}}-{{date}}"', help: 'name' },
      force: { type: 'boolean', help: 'force' },
      pdfa: { type: 'boolean', help: 'pdfa' },
      sheet: { type: 'string', value: '<sheet>', help: 'sheet' },
      lang: { ...lang, help: 'langFiling' },
      mapping: { type: 'string', value: '<mapping.json>', help: 'mapping' },
      'save-mapping': { type: 'string', value: '<mapping.json>', help: 'saveMapping' },
    },
    drafts: true,
    example: 'refuge batch refugee-application clients.xlsx -o out --format pdf,docx',
  },
  vault: {
    summary: 'vault',
    options: {
      'passphrase-stdin': passphraseStdin,
      query: { type: 'string', value: '<text>', help: 'query' },
      all: { type: 'boolean', help: 'all' },
      matter: { type: 'string', value: '<matter>', help: 'exportMatter' },
      'keep-key': { type: 'boolean', help: 'keepKey' },
    },
    subcommands: {
      init: { summary: 'vaultInit', args: [], options: ['passphrase-stdin'] },
      list: { summary: 'vaultList', args: [], options: ['passphrase-stdin', 'query', 'all'] },
      passwd: { summary: 'vaultPasswd', args: [], options: ['passphrase-stdin', 'keep-key'] },
      export: {
        summary: 'vaultExport',
        args: ['<file>'],
        options: ['passphrase-stdin', 'matter'],
      },
      import: { summary: 'vaultImport', args: ['<file>'], options: ['passphrase-stdin'] },
      wipe: { summary: 'vaultWipe', args: [], options: ['passphrase-stdin'] },
    },
    example: 'refuge vault export backup.refuge --matter <matter>',
  },
  matter: {
    summary: 'matter',
    options: {
      'passphrase-stdin': passphraseStdin,
      title: { type: 'string', value: '"…"', help: 'title' },
      on: { type: 'string', value: '<DD.MM.YYYY>', help: 'filedOn' },
      how: { type: 'string', value: FILED_HOW.join('|'), choices: FILED_HOW, help: 'filedHow' },
      reference: { type: 'string', value: '"…"', help: 'filedReference' },
      clear: { type: 'boolean', help: 'filedClear' },
      draft: draftOption,
    },
    subcommands: {
      new: {
        summary: 'matterNew',
        args: ['<templateId>', '<answers.json>'],
        options: ['passphrase-stdin', 'title'],
      },
      show: { summary: 'matterShow', args: ['<matter>'], options: ['passphrase-stdin'] },
      draft: {
        summary: 'matterDraft',
        args: ['<matter>', '<templateId>', '<answers.json>'],
        options: ['passphrase-stdin', 'draft'],
      },
      attach: {
        summary: 'matterAttach',
        args: ['<matter>', '<file>…'],
        options: ['passphrase-stdin'],
      },
      files: { summary: 'matterFiles', args: ['<matter>'], options: ['passphrase-stdin'] },
      detach: {
        summary: 'matterDetach',
        args: ['<matter>', '<fileId>'],
        options: ['passphrase-stdin'],
      },
      'delete-draft': {
        summary: 'matterDeleteDraft',
        args: ['<matter>', '<draft>'],
        options: ['passphrase-stdin'],
      },
      filed: {
        summary: 'matterFiled',
        args: ['<matter>', '<templateId>'],
        options: ['passphrase-stdin', 'on', 'how', 'reference', 'clear', 'draft'],
      },
    },
    drafts: true,
    example: 'refuge matter new refugee-application answers.json --title "Иванов"',
  },
  bundle: {
    summary: 'bundle',
    args: ['<matter>', '<filing>'],
    options: {
      output: {
        type: 'string',
        short: 'o',
        value: '<bundle.pdf>',
        required: true,
        help: 'outputBundle',
      },
      index: { type: 'boolean', help: 'index' },
      dpi: { type: 'string', value: '<72…600>', range: [72, 600], help: 'dpi' },
      draft: draftOption,
      'passphrase-stdin': passphraseStdin,
    },
    drafts: true,
    example: 'refuge bundle <matter> expulsion-appeal -o bundle.pdf --index',
  },
  lint: {
    summary: 'lint',
    args: ['[templates-dir]'],
    options: {},
    example: 'refuge lint',
  },
  cites: {
    summary: 'cites',
    args: ['[id]'],
    options: {
      unverified: { type: 'boolean', help: 'unverified' },
      markdown: { type: 'boolean', help: 'markdown' },
    },
    example: 'refuge cites --unverified',
  },
  pack: {
    summary: 'pack',
    options: {
      output: { type: 'string', short: 'o', value: '<file>', help: 'outputPack' },
      key: { type: 'string', value: '<key.pem>', help: 'key' },
      'pack-version': { type: 'string', value: '<N>', help: 'packVersion' },
      'min-app-version': { type: 'string', value: '<x.y.z>', help: 'minAppVersion' },
      'passphrase-stdin': passphraseStdin,
    },
    subcommands: {
      inspect: {
        summary: 'packInspect',
        args: ['<file.refugepack>'],
        options: ['key'],
        values: { key: '<public.pem>' },
      },
      import: {
        summary: 'packImport',
        args: ['<file.refugepack>'],
        options: ['passphrase-stdin'],
      },
      status: { summary: 'packStatus', args: [], options: [] },
      keygen: {
        summary: 'packKeygen',
        args: [],
        options: ['output'],
        required: ['output'],
        values: { output: '<dir>' },
      },
      build: {
        summary: 'packBuild',
        args: ['<templates-dir>'],
        options: ['key', 'output', 'pack-version', 'min-app-version'],
        required: ['key', 'output'],
        values: { key: '<private.pem>', output: '<file.refugepack>' },
      },
    },
    example: 'refuge pack inspect update.refugepack',
  },
  bench: {
    summary: 'bench',
    args: ['[series|vault|batch|bundle]'],
    options: { json },
    passThrough: true,
    example: 'refuge bench --json',
  },
  completion: {
    summary: 'completion',
    args: ['<bash|zsh|fish>'],
    options: {},
    example: 'source <(refuge completion bash)',
  },
  help: {
    summary: 'help',
    args: ['[command]'],
    options: {},
    example: 'refuge help vault',
  },
} as const satisfies Readonly<Record<string, CommandSpec>>;

export type CommandName = keyof typeof COMMANDS;

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

/** The options every command takes besides its own (read before the command is known). */
export const COMMON_OPTIONS = {
  today: { type: 'string', value: '<YYYY-MM-DD>', help: 'today' },
  help: { type: 'boolean', short: 'h', help: 'help' },
} as const satisfies Options;

/** A command's parsed options: a string or a flag each, absent when not given. */
export type Values<N extends CommandName> = {
  readonly [
    K in keyof (typeof COMMANDS)[N]['options']
  ]?: (typeof COMMANDS)[N]['options'][K] extends {
    readonly type: 'boolean';
  }
    ? boolean
    : string;
};

/** The subcommand a command line chose (vault, matter, pack), checked against the table. */
export type Sub<N extends CommandName> = (typeof COMMANDS)[N] extends {
  readonly subcommands: infer S;
}
  ? keyof S & string
  : undefined;

/** A command line as its command receives it: options by name, then the words around them. */
export interface Parsed<N extends CommandName> {
  readonly values: Values<N>;
  readonly sub: Sub<N>;
  /** Every word that is not an option, the subcommand first where the command has them. */
  readonly positionals: readonly string[];
  /** The i-th positional, which the parser has already checked is there. */
  arg(i: number): string;
  /** An option the parser has already checked was given (a `required` one). */
  need(option: keyof Values<N> & string): string;
}
