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
import { getServices } from '../app/context.ts';
import {
  AnswersInvalid,
  AttachmentError,
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
 * One command's part of the usage text: its lines (the command, its continuation lines) between
 * the heading and the closing line about --today. Null for a command the usage does not list.
 */
export function commandUsage(usage: string, command: string): string | null {
  const lines = usage.split('\n');
  const [heading, ...body] = lines;
  const footer = body.pop() ?? '';
  const mine: string[] = [];
  let inside = false;
  for (const line of body) {
    if (/^ {2}\S/.test(line)) inside = line.slice(2).split(/[\s|]/)[0] === command;
    if (inside) mine.push(line);
  }
  return mine.length === 0 ? null : [heading, ...mine, footer].join('\n');
}

/** The commands that make documents from the installed templates. */
const DRAFTING_COMMANDS: ReadonlySet<string> = new Set([
  'render',
  'blank',
  'family-applications',
  'batch',
  'bundle',
  'matter',
]);

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
    // `refuge <command> --help`: that command's lines of the usage, in the user's language.
    if (command !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
      const help = commandUsage(t('usage'), command);
      if (help === null) throw new UsageError(t('unknownCommand', { command }));
      io.out(help);
      return 0;
    }
    // A pack that failed its check, or a newest pack removed from the folder: said before any
    // document is made, as the app says it on every screen.
    if (command !== undefined && DRAFTING_COMMANDS.has(command))
      for (const line of packLoadAlerts(getServices().engine.warnings, ui)) io.err(line);
    const ctx: CommandContext = { ui, io, answersFrom };
    // Each command's code is loaded when it runs: a render need not parse the XLSX reader.
    switch (command) {
      case 'templates':
        return (await import('./commands/templates.ts')).runTemplatesCli(rest, ctx);
      case 'describe':
        return (await import('./commands/describe.ts')).runDescribeCli(rest, ctx);
      case 'validate':
        return (await import('./commands/validate.ts')).runValidateCli(rest, ctx);
      case 'render':
        return await (await import('./commands/render.ts')).runRenderCli(rest, ctx);
      case 'blank':
        return await (await import('./commands/blank.ts')).runBlankCli(rest, ctx);
      case 'family-applications':
        return (await import('./commands/family-applications.ts')).runFamilyApplicationsCli(
          rest,
          ctx,
        );
      case 'lint':
        return await (await import('./commands/lint.ts')).runLintCli(rest, ctx);
      case 'cites':
        return (await import('./commands/cites.ts')).runCitesCli(rest, ctx);
      case 'batch': {
        const { runBatchCli } = await import('./commands/batch.ts');
        return await runBatchCli(command, rest, ui, io);
      }
      case 'batch-template':
        return await (await import('./commands/batch-template.ts')).runBatchTemplateCli(rest, ctx);
      case 'vault':
        return await (await import('./commands/vault.ts')).runVaultCli(rest, ctx);
      case 'matter':
        return await (await import('./commands/matter.ts')).runMatterCli(rest, ctx);
      case 'triage':
        return await (await import('./commands/triage.ts')).runTriageCli(rest, ui, io);
      case 'deadlines':
        return await (await import('./commands/deadlines.ts')).runDeadlinesCli(rest, ui, io);
      case 'bundle':
        return await (await import('./commands/bundle.ts')).runBundleCli(rest, ctx);
      case 'pack': {
        const { runPackCli } = await import('./commands/pack.ts');
        return await runPackCli(rest, ui, io);
      }
      case 'bench': {
        const { runBench } = await import('../../bench/index.ts');
        return runBench([...rest]);
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(t('usage'));
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(t('unknownCommand', { command }));
    }
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
    io.err(t('invalidAnswers'));
    for (const issue of err.issues) io.err(`  ${issue.path} (${issue.place}): ${issue.message}`);
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
  if (err instanceof AttachmentError) {
    io.err(err.localized(ui));
    return 2;
  }
  if (err instanceof UsageError) {
    io.err(`${t('usageError')}: ${err.message}`);
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
