/**
 * `refuge` — the command-line front door to the same services the desktop app uses.
 * Exit codes: 0 success, 2 invalid input (answers, usage), 1 any other failure.
 * No stack trace reaches the user unless REFUGE_DEBUG=1.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Lang } from '../../common/manifest.ts';
import { formatShortDate } from '../../common/dates.ts';
import { SampleHeaderError } from '../../common/samples.ts';
import * as clock from '../../common/clock.ts';
import { APP_VERSION } from '../app-version.ts';
import { getServices } from '../app/context.ts';
import {
  AmbiguousDraft,
  AnswersInvalid,
  AttachmentError,
  FiledMarkRejected,
  BlankNeedsChoices,
  describeBusy,
  LanguageUnavailable,
  MappingError,
  MarkupError,
  TableError,
  TemplateError,
  TemplateLoadError,
  UnknownTemplate,
  VaultBusyError,
  VaultError,
  vaultErrorText,
  packLoadAlerts,
} from '../app/errors.ts';
import { readAnswersFile } from './answers-file.ts';
import { UsageError } from './errors.ts';
import { defaultIo, type CommandContext, type Io } from './io.ts';
import { cliText, detectUiLang, type CliKey } from './messages.ts';
import { parseCommand, rawArgs } from './parse.ts';
import { COMMANDS, isCommand, type CommandName, type CommandSpec, type Parsed } from './table.ts';

export { UsageError };

/**
 * An answers file. A shipped sample (`$sample.asOf`) is computed as of the day it was written
 * for, unless the user pinned a day: the command's clock moves there and the user is told.
 */
function readAnswers(
  file: string,
  io: Io,
  ui: Lang,
  pinnedByUser: boolean,
): Record<string, unknown> {
  const { answers, sample } = readAnswersFile(file);
  if (sample && !pinnedByUser) {
    clock.setClock(clock.pinnedDayClock(sample.asOf));
    io.err(cliText('sampleAsOf', ui, { date: formatShortDate(sample.asOf) }));
  }
  return answers;
}

/** `--today YYYY-MM-DD` or `--today=YYYY-MM-DD`, anywhere on the line: taken out for every command. */
function takeTodayOption(argv: readonly string[]): { args: string[]; today: string | undefined } {
  const args: string[] = [];
  let today: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--today') {
      today = argv[i + 1] ?? '';
      i++;
    } else if (arg.startsWith('--today=')) today = arg.slice('--today='.length);
    else args.push(arg);
  }
  return { args, today };
}

/**
 * What each command of the table (table.ts) runs, loaded when it runs: a render need not parse
 * the XLSX reader. The mapped type makes a command declared in the table without code here (or
 * code here for no declared command) a type error.
 */
const RUN: {
  readonly [N in CommandName]: (p: Parsed<N>, ctx: CommandContext) => number | Promise<number>;
} = {
  templates: async (p, ctx) => (await import('./commands/templates.ts')).runTemplatesCli(p, ctx),
  describe: async (p, ctx) => (await import('./commands/describe.ts')).runDescribeCli(p, ctx),
  validate: async (p, ctx) => (await import('./commands/validate.ts')).runValidateCli(p, ctx),
  render: async (p, ctx) => (await import('./commands/render.ts')).runRenderCli(p, ctx),
  blank: async (p, ctx) => (await import('./commands/blank.ts')).runBlankCli(p, ctx),
  'family-applications': async (p, ctx) =>
    (await import('./commands/family-applications.ts')).runFamilyApplicationsCli(p, ctx),
  triage: async (p, ctx) => (await import('./commands/triage.ts')).runTriageCli(p, ctx),
  deadlines: async (p, ctx) => (await import('./commands/deadlines.ts')).runDeadlinesCli(p, ctx),
  'batch-template': async (p, ctx) =>
    (await import('./commands/batch-template.ts')).runBatchTemplateCli(p, ctx),
  batch: async (p, ctx) => (await import('./commands/batch.ts')).batchCommand(p, ctx),
  vault: async (p, ctx) => (await import('./commands/vault.ts')).runVaultCli(p, ctx),
  matter: async (p, ctx) => (await import('./commands/matter.ts')).runMatterCli(p, ctx),
  bundle: async (p, ctx) => (await import('./commands/bundle.ts')).runBundleCli(p, ctx),
  lint: async (p, ctx) => (await import('./commands/lint.ts')).runLintCli(p, ctx),
  cites: async (p, ctx) => (await import('./commands/cites.ts')).runCitesCli(p, ctx),
  pack: async (p, ctx) => (await import('./commands/pack.ts')).packCommand(p, ctx),
  bench: async (p) => (await import('../../bench/index.ts')).runBench(p.positionals),
  completion: async (p, ctx) => (await import('./completion.ts')).runCompletion(p.arg(0), ctx),
  help: async (p, ctx) => (await import('./help.ts')).runHelp(p.positionals[0], ctx),
};

/** The table's parser, then the command's code; `--help` anywhere prints the command's help. */
async function runCommand<N extends CommandName>(
  name: N,
  argv: readonly string[],
  ctx: CommandContext,
): Promise<number> {
  const spec: CommandSpec = COMMANDS[name];
  if (spec.passThrough) {
    if (argv.includes('--help') || argv.includes('-h')) {
      ctx.io.out((await import('./help.ts')).commandHelp(name, ctx.ui));
      return 0;
    }
    return RUN[name](rawArgs<N>(argv), ctx);
  }
  const { help, parsed } = parseCommand(name, argv, ctx.ui);
  if (help) {
    ctx.io.out((await import('./help.ts')).commandHelp(name, ctx.ui));
    return 0;
  }
  // A pack that failed its check, or a newest pack removed from the folder: said before any
  // document is made, as the app says it on every screen.
  if (spec.drafts)
    for (const line of packLoadAlerts(getServices().engine.warnings, ctx.ui)) ctx.io.err(line);
  return RUN[name](parsed, ctx);
}

export async function runCli(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const ui = detectUiLang(process.env);
  const t = (key: CliKey, params: Record<string, string | number> = {}): string =>
    cliText(key, ui, params);
  // One command, one clock: pinned by --today or REFUGE_TODAY, else the real time in Almaty.
  const callerClock = clock.getClock();
  try {
    const { args, today: todayOption } = takeTodayOption(argv);
    const pin = todayOption ?? process.env.REFUGE_TODAY;
    let pinnedByUser = false;
    if (pin !== undefined && pin.trim() !== '') {
      try {
        clock.setClock(clock.clockFromSetting(pin));
      } catch {
        throw new UsageError(t('badToday', { value: pin }));
      }
      pinnedByUser = true;
      io.err(t('datePinned', { date: formatShortDate(clock.today()) }));
    }
    const answersFrom = (file: string): Record<string, unknown> =>
      readAnswers(file, io, ui, pinnedByUser);
    const [command, ...rest] = args;
    if (command === '--version' || command === '-V') {
      io.out(`refuge ${APP_VERSION}`);
      return 0;
    }
    if (command === undefined || command === '--help' || command === '-h') {
      io.out((await import('./help.ts')).generalHelp(ui));
      return command === undefined ? 2 : 0;
    }
    if (!isCommand(command)) throw new UsageError(t('unknownCommand', { command }));
    return await runCommand(command, rest, { ui, io, answersFrom });
  } catch (err) {
    return reportError(err, ui, io);
  } finally {
    clock.setClock(callerClock);
  }
}

function reportError(err: unknown, ui: Lang, io: Io): number {
  const t = (key: CliKey, params: Record<string, string | number> = {}): string =>
    cliText(key, ui, params);
  if (process.env.REFUGE_DEBUG === '1' && err instanceof Error) io.err(err.stack ?? err.message);
  if (err instanceof AnswersInvalid) {
    io.err(t(err instanceof BlankNeedsChoices ? 'blankChoicesMissing' : 'invalidAnswers'));
    for (const issue of err.issues) io.err(`  ${issue.path} (${issue.place}): ${issue.message}`);
    if (err instanceof BlankNeedsChoices)
      io.err(t('blankChoicesExample', { json: JSON.stringify(err.example) }));
    return 2;
  }
  if (err instanceof TableError || err instanceof MappingError) {
    io.err(`${t('usageError')}: ${err.message}`);
    return 2;
  }
  if (err instanceof VaultBusyError) {
    io.err(describeBusy(err.pid, err.host, ui));
    return 1;
  }
  if (err instanceof VaultError) {
    // In the person's language, as the window says it; the detail (a record, a region) after it.
    const text = vaultErrorText(err.code, ui);
    io.err(err.code === 'notFound' || err.code === 'notAVault' ? `${text}: ${err.message}` : text);
    return err.code === 'wrongPassphrase' ||
      err.code === 'weakPassphrase' ||
      err.code === 'notAVault' ||
      err.code === 'alreadyExists' ||
      err.code === 'newerFormat'
      ? 2
      : 1;
  }
  if (err instanceof AttachmentError || err instanceof FiledMarkRejected) {
    io.err(err.localized(ui));
    return 2;
  }
  if (err instanceof UsageError) {
    io.err(`${t('usageError')}: ${err.message}`);
    return 2;
  }
  if (err instanceof AmbiguousDraft) {
    io.err(t('ambiguousDraft', { id: err.templateId, drafts: err.draftIds.join(', ') }));
    return 2;
  }
  if (err instanceof UnknownTemplate) {
    io.err(t('unknownTemplate', { id: err.templateId }));
    return 2;
  }
  if (err instanceof LanguageUnavailable) {
    io.err(t('noLanguage', { id: err.templateId, lang: err.lang }));
    return 2;
  }
  if (err instanceof SampleHeaderError) {
    io.err(t('badJson', { detail: err.message }));
    return 2;
  }
  if (err instanceof SyntaxError) {
    io.err(t('badJson', { detail: err.message }));
    return 2;
  }
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (
    code === 'ENOENT' ||
    code === 'EACCES' ||
    code === 'EISDIR' ||
    code === 'ENOSPC' ||
    code === 'EROFS'
  ) {
    io.err(t('fileError', { code, detail: (err as Error).message }));
    return 1;
  }
  if (
    err instanceof TemplateLoadError ||
    err instanceof TemplateError ||
    err instanceof MarkupError
  ) {
    io.err(t('templateBroken', { detail: err.message }));
    return 1;
  }
  io.err(t('internalError', { detail: err instanceof Error ? err.message : String(err) }));
  return 1;
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;

if (invokedDirectly) {
  // The benchmark reads the peak RSS of a cold CLI process from here, and its CPU time (worker
  // threads included: what a batch costs however loaded the machine is).
  if (process.env.REFUGE_REPORT_RSS === '1')
    process.on('exit', () => {
      const usage = process.resourceUsage();
      const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
      process.stderr.write(`maxRSS=${usage.maxRSS} cpuMs=${cpuMs}\n`);
    });
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
