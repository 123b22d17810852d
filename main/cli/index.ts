/**
 * `refuge` — the command-line front door to the same services the desktop app uses.
 * Exit codes: 0 success, 2 invalid input (answers, usage), 1 any other failure.
 * No stack trace reaches the user unless REFUGE_DEBUG=1.
 */
import { parseArgs } from 'node:util';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { extname, join, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { LANGS, type Lang, type Manifest } from '../../common/manifest.ts';
import { formatInclusiveLastDay, formatShortDate } from '../../common/dates.ts';
import { laterReadingLines } from '../../common/deadline-text.ts';
import { SampleHeaderError } from '../../common/samples.ts';
import { readAnswersFile } from './answers-file.ts';
import { formatMessage } from '../../common/messages.ts';
import { familyMemberApplications } from '../../common/prefill.ts';
import {
  AnswersInvalid,
  LanguageUnavailable,
  UnknownTemplate,
  type Preflight,
} from '../engine/render.ts';
import { MarkupError } from '../engine/markup.ts';
import { TemplateError } from '../engine/handlebars.ts';
import { TemplateLoadError } from '../templates.ts';
import { getServices } from '../services.ts';
import { packLoadAlerts } from '../packs/messages.ts';
import * as clock from '../../common/clock.ts';
import { cliText, detectUiLang, type CliKey } from './messages.ts';
import { lintTemplates } from '../app/lint.ts';
import { citesOfFiling, citeTableMarkdown } from '../cites.ts';
import { UsageError } from './errors.ts';
import { AttachmentError } from '../bundle/messages.ts';
import { TableError } from '../batch/errors.ts';
import { MappingError } from '../batch/mapping.ts';
import { VaultBusyError, VaultError } from '../vault/errors.ts';
import { describeBusy } from '../vault/repairs.ts';

export { UsageError };

interface Io {
  out(text: string): void;
  err(text: string): void;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

function parseLang(value: string | undefined, fallback: Lang): Lang {
  if (value === undefined) return fallback;
  if ((LANGS as readonly string[]).includes(value)) return value as Lang;
  throw new UsageError(`--lang: ${value}`);
}

/**
 * An answers file. A shipped sample (`$sample.asOf`) is computed as of the day it was written
 * for, unless the user pinned a day: the command's clock moves there and the user is told.
 */
function readAnswers(file: string, io: Io, ui: Lang, pinnedByUser: boolean): unknown {
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

export function printPreflight(preflight: Preflight, ui: Lang, io: Io, manifest?: Manifest): void {
  const t = (key: CliKey, params: Record<string, string | number> = {}): string =>
    cliText(key, ui, params);
  for (const n of preflight.answerNotices) io.err(`${n.place}: ${n.message}`);
  for (const notice of preflight.notices) {
    if (notice.kind === 'unverifiedCite')
      io.err(t('unverifiedCite', { text: notice.text, key: notice.key }));
    if (notice.kind === 'autoDeclined')
      io.err(t('autoDeclined', { name: notice.name, text: notice.text }));
    if (notice.kind === 'undeclined') io.err(t('undeclined', { name: notice.name }));
    if (notice.kind === 'unprintable')
      io.err(t('unprintable', { chars: [...notice.chars].join(' ') }));
  }
  const cites = getServices().engine.cites;
  for (const d of preflight.deadlines) {
    const label = manifest?.deadlines.find((spec) => spec.id === d.id)?.label[ui] ?? d.id;
    if (d.missed) io.err(t('deadlinePassed', { id: label, date: formatShortDate(d.lastDay) }));
    else io.err(t('deadlineLine', { id: label, date: formatInclusiveLastDay(d.lastDay, ui) }));
    for (const line of laterReadingLines(d.alternatives, ui, (k) => cites[k]?.[ui] ?? k))
      io.err(`  ${line}`);
  }
  for (const w of preflight.holidayWarnings) io.err(formatMessage(w.code, ui, { year: w.year }));
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
    const answersFrom = (file: string): unknown => readAnswers(file, io, ui, pinnedByUser);
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
    switch (command) {
      case 'templates': {
        const { values } = parseArgs({
          args: [...rest],
          options: { json: { type: 'boolean' } },
          allowPositionals: false,
        });
        const { loaded } = getServices();
        if (values.json) {
          io.out(
            JSON.stringify(
              loaded.templates.map((b) => ({
                id: b.manifest.id,
                version: b.manifest.version,
                title: b.manifest.title,
                languages: b.manifest.languages,
              })),
              null,
              2,
            ),
          );
        } else {
          for (const b of loaded.templates)
            io.out(
              `${b.manifest.id.padEnd(28)} ${b.manifest.version.padEnd(8)} ${b.manifest.languages.join(',').padEnd(9)} ${b.manifest.title[ui]}`,
            );
        }
        for (const e of loaded.errors) io.err(e.message);
        return loaded.errors.length > 0 ? 1 : 0;
      }
      case 'describe': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: { json: { type: 'boolean' } },
          allowPositionals: true,
        });
        const [id] = positionals;
        if (!id) throw new UsageError('describe <id> --json');
        const bundle = getServices().engine.template(id);
        if (values.json) io.out(JSON.stringify(bundle.manifest, null, 2));
        else
          io.out(
            `${bundle.manifest.title[ui]}\n${bundle.manifest.purpose[ui]}\n${bundle.manifest.fields.map((f) => `  ${f.key} (${f.type}${f.required ? ', *' : ''}) — ${f.label[ui]}`).join('\n')}`,
          );
        return 0;
      }
      case 'validate': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: {
            lang: { type: 'string' },
            json: { type: 'boolean' },
          },
          allowPositionals: true,
        });
        const [id, file] = positionals;
        if (!id || !file) throw new UsageError('validate <id> <answers.json>');
        const answers = answersFrom(file);
        const issues = getServices().engine.validate(id, answers, ui, clock.today());
        if (values.json) io.out(JSON.stringify({ ok: issues.length === 0, issues }, null, 2));
        for (const issue of issues) io.err(`${issue.path} (${issue.place}): ${issue.message}`);
        if (issues.length > 0) return 2;
        if (!values.json) io.out(t('valid'));
        return 0;
      }
      case 'render': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: {
            output: { type: 'string', short: 'o' },
            lang: { type: 'string' },
            pdfa: { type: 'boolean' },
          },
          allowPositionals: true,
        });
        const [id, file] = positionals;
        if (!id || !file || !values.output)
          throw new UsageError(
            'render <id> <answers.json> -o <file.pdf|file.docx> [--lang ru|kk|en] [--pdfa]',
          );
        const ext = extname(values.output).toLowerCase();
        if (ext !== '.pdf' && ext !== '.docx')
          throw new UsageError(t('badExtension', { file: values.output }));
        if (values.pdfa && ext !== '.pdf')
          throw new UsageError(t('pdfaNeedsPdf', { file: values.output }));
        const { engine } = getServices();
        const bundle = engine.template(id);
        const lang = parseLang(values.lang, bundle.manifest.languages[0] ?? 'ru');
        const answers = answersFrom(file); // first: a sample moves the clock to its day
        const rendered = await engine.render(
          {
            templateId: id,
            answers,
            ...(values.pdfa ? { pdfa: true } : {}),
            lang,
            messagesLang: ui,
            today: clock.today(),
          },
          ext === '.pdf' ? 'pdf' : 'docx',
        );
        await writeFileAtomic(resolve(values.output), Buffer.from(rendered.bytes), { mode: 0o600 });
        printPreflight(rendered.preflight, ui, io, bundle.manifest);
        io.out(t('written', { file: values.output, bytes: rendered.bytes.length }));
        return 0;
      }
      case 'blank': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: {
            output: { type: 'string', short: 'o' },
            lang: { type: 'string' },
            choices: { type: 'string' },
          },
          allowPositionals: true,
        });
        const [id] = positionals;
        if (!id || !values.output)
          throw new UsageError(
            'blank <id> -o <file.pdf|file.docx> [--lang ru|kk|en] [--choices answers.json]',
          );
        const ext = extname(values.output).toLowerCase();
        if (ext !== '.pdf' && ext !== '.docx')
          throw new UsageError(t('badExtension', { file: values.output }));
        const { engine } = getServices();
        const bundle = engine.template(id);
        const lang = parseLang(values.lang, bundle.manifest.languages[0] ?? 'ru');
        const rendered = await engine.render(
          {
            templateId: id,
            answers: values.choices ? answersFrom(values.choices) : {},
            lang,
            messagesLang: ui,
            today: clock.today(),
            blank: true,
          },
          ext === '.pdf' ? 'pdf' : 'docx',
        );
        await writeFileAtomic(resolve(values.output), Buffer.from(rendered.bytes), { mode: 0o600 });
        printPreflight(rendered.preflight, ui, io, bundle.manifest);
        io.out(t('written', { file: values.output, bytes: rendered.bytes.length }));
        return 0;
      }
      case 'family-applications': {
        // Закон «О беженцах» п. 2 ст. 11: each adult family member files an application of their
        // own; start each from the first. File names carry a number, never a client's name.
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: { output: { type: 'string', short: 'o' } },
          allowPositionals: true,
        });
        const [file] = positionals;
        if (!file || !values.output)
          throw new UsageError('family-applications <refugee-application answers.json> -o <dir>');
        const { engine } = getServices();
        const manifest = engine.template('refugee-application').manifest;
        const drafts = familyMemberApplications(manifest, readAnswersFile(file).answers);
        for (const [i, draft] of drafts.entries()) {
          const out = join(resolve(values.output), `family-member-${i + 1}.json`);
          await writeFileAtomic(out, `${JSON.stringify(draft, null, 2)}\n`, { mode: 0o600 });
          io.out(t('written', { file: out, bytes: Buffer.byteLength(JSON.stringify(draft)) }));
        }
        if (drafts.length === 0) io.err(t('noAdultFamily'));
        return 0;
      }
      case 'lint': {
        const { positionals } = parseArgs({ args: [...rest], options: {}, allowPositionals: true });
        const problems = await lintTemplates(positionals[0], ui);
        for (const p of problems) io.err(p);
        if (problems.length === 0) io.out(t('lintClean'));
        return problems.length === 0 ? 0 : 2;
      }
      case 'cites': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: { unverified: { type: 'boolean' }, markdown: { type: 'boolean' } },
          allowPositionals: true,
        });
        const { loaded, engine } = getServices();
        const filings = positionals[0] ? [engine.template(positionals[0])] : loaded.templates;
        const usedBy = new Map<string, string[]>();
        for (const bundle of filings)
          for (const key of citesOfFiling(bundle, loaded.partials))
            usedBy.set(key, [...(usedBy.get(key) ?? []), bundle.manifest.id]);
        const keys = [...usedBy.keys()].filter(
          (key) => !values.unverified || !loaded.cites[key]?.verified,
        );
        if (values.markdown) {
          io.out(citeTableMarkdown(keys, loaded.cites));
          return 0;
        }
        for (const key of keys) {
          const cite = loaded.cites[key];
          const status = cite?.verified ? t('citeVerified') : t('citeUnverified');
          io.out(
            `${status}  ${key}  ${cite?.[ui] ?? '?'}  [${(usedBy.get(key) ?? []).join(', ')}]`,
          );
          if (cite && !cite.verified) {
            io.out(`          ${cite.source}`);
            if (cite.whyUnverified)
              io.out(`          ${t('citeWhyUnverified')}: ${cite.whyUnverified}`);
          }
        }
        return 0;
      }
      // Commands load their code when run: a render need not parse the XLSX reader or the vault.
      case 'batch':
      case 'batch-template': {
        const { runBatchCli } = await import('./commands/batch.ts');
        return await runBatchCli(command, rest, ui, io);
      }
      case 'vault':
      case 'matter': {
        const { runVaultCli } = await import('./commands/vault.ts');
        return await runVaultCli(command, rest, ui, io);
      }
      case 'triage':
      case 'deadlines': {
        const { runTriageCli, runDeadlinesCli } = await import('./commands/triage.ts');
        return command === 'triage'
          ? await runTriageCli(rest, ui, io)
          : await runDeadlinesCli(rest, ui, io);
      }
      case 'bundle': {
        const [{ Passphrases }, { runBundleCli }] = await Promise.all([
          import('./commands/vault.ts'),
          import('./commands/bundle.ts'),
        ]);
        const pass = new Passphrases(rest.includes('--passphrase-stdin'));
        return await runBundleCli(
          rest,
          ui,
          io,
          (prompt) => pass.next(prompt),
          (preflight) => printPreflight(preflight, ui, io),
        );
      }
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
    io.err(err.message);
    return err.code === 'wrongPassphrase' ||
      err.code === 'weakPassphrase' ||
      err.code === 'notAVault' ||
      err.code === 'alreadyExists'
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
