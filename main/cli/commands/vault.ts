/**
 * `refuge vault …` and `refuge matter …`: the encrypted vault from the command line. The
 * passphrase never comes from an argument (shell history, process list): a prompt without echo,
 * or `--passphrase-stdin` (one passphrase per line).
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { Vault, wipeVault } from '../../vault/index.ts';
import { describeRepair, describeSkipped } from '../../vault/repairs.ts';
import { formatShortDate } from '../../../common/dates.ts';
import type { Lang } from '../../../common/manifest.ts';
import { getServices } from '../../services.ts';
import { readAnswersFile } from '../answers-file.ts';
import * as clock from '../../../common/clock.ts';
import { vaultDir } from '../../paths.ts';
import { clientOf } from '../../../common/prefill.ts';
import { matterDeadlines } from '../../app/deadlines.ts';
import { UsageError } from '../errors.ts';
import { cliText } from '../messages.ts';
import { formatSize } from './bundle.ts';

export interface VaultIo {
  out(text: string): void;
  err(text: string): void;
}

export class Passphrases {
  private lines: string[] | undefined;
  constructor(private readonly fromStdin: boolean) {}

  async next(prompt: string): Promise<string> {
    if (this.fromStdin) {
      this.lines ??= readFileSync(0, 'utf8').split(/\r?\n/);
      const line = this.lines.shift();
      if (line === undefined || line === '')
        throw new UsageError('--passphrase-stdin: not enough lines on standard input');
      return line;
    }
    if (!process.stdin.isTTY)
      throw new UsageError('no terminal to ask for the passphrase: use --passphrase-stdin');
    return promptHidden(prompt);
  }
}

function promptHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    process.stderr.write(prompt);
    output._writeToOutput = () => undefined; // no echo
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

export async function runVaultCli(
  group: 'vault' | 'matter',
  argv: readonly string[],
  ui: Lang,
  io: VaultIo,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      'passphrase-stdin': { type: 'boolean' },
      query: { type: 'string' },
      all: { type: 'boolean' },
      matter: { type: 'string' },
      title: { type: 'string' },
      'keep-key': { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const [command, ...rest] = positionals;
  const dir = vaultDir();
  const pass = new Passphrases(values['passphrase-stdin'] ?? false);
  const openVault = async (): Promise<Vault> => {
    const vault = await Vault.open(dir, await pass.next('Vault passphrase: '));
    // What opening repaired is said, on stderr: stdout stays what the command prints.
    for (const r of vault.repairs) io.err(`! ${describeRepair(r, ui)}`);
    return vault;
  };

  if (group === 'vault') {
    switch (command) {
      case 'init': {
        await Vault.create(dir, await pass.next('New vault passphrase: '));
        io.out(
          `Vault created in ${dir}. Use full-disk encryption too: the vault does not protect a running, unlocked laptop.`,
        );
        return 0;
      }
      case 'list': {
        const vault = await openVault();
        for (const m of vault.listMatters({
          query: values.query ?? '',
          includeArchived: values.all ?? false,
        })) {
          io.out(
            `${m.id}  ${m.updatedAt.slice(0, 10)}  ${m.archived ? '[archived] ' : ''}${m.title} — ${m.clientName}`,
          );
        }
        vault.lock();
        return 0;
      }
      case 'passwd': {
        // Re-key by default: a passphrase being changed is often one others may know, and only
        // a new data key makes an old copy of vault.json with it useless. --keep-key re-wraps
        // the same key (fast; for a routine change nobody else could know).
        const vault = await openVault();
        const current = await pass.next('Current passphrase again: ');
        const rekey = values['keep-key'] !== true;
        const { skipped } = await vault.changePassphrase(
          current,
          await pass.next('New passphrase: '),
          { rekey },
        );
        vault.lock();
        io.out(
          rekey
            ? 'Passphrase changed and every record re-encrypted under a new key: an old copy of vault.json with the old passphrase opens nothing.'
            : 'Passphrase changed (same data key: an old copy of vault.json still opens with the old passphrase).',
        );
        for (const id of skipped) io.err(`record ${id} was already damaged and was left as it was`);
        return 0;
      }
      case 'export': {
        const [file] = rest;
        if (!file) throw new UsageError('vault export <file> [--matter <id>]');
        const vault = await openVault();
        const { skipped } = await vault.exportTo(
          file,
          await pass.next('Passphrase for the export file: '),
          values.matter,
        );
        vault.lock();
        io.out(`Exported (encrypted) to ${file}.`);
        if (skipped.length === 0) return 0;
        // The rest is saved, but a backup missing records must not pass for a whole one.
        io.err(`! ${describeSkipped(skipped, ui)}`);
        return 1;
      }
      case 'import': {
        const [file] = rest;
        if (!file) throw new UsageError('vault import <file>');
        const vault = await openVault();
        const ids = await vault.importFrom(
          file,
          await pass.next('Passphrase of the export file: '),
        );
        vault.lock();
        io.out(`Imported ${ids.length} matter(s).`);
        return 0;
      }
      case 'wipe': {
        // Confirmation: the passphrase proves this is the owner, then the word WIPE.
        const passphrase = await pass.next('Vault passphrase: ');
        const confirm = await pass.next('Type WIPE to destroy this vault for good: ');
        if (confirm !== 'WIPE') throw new UsageError('not wiped: the confirmation was not WIPE');
        await wipeVault(dir, passphrase);
        io.out('The vault was destroyed.');
        return 0;
      }
      default:
        throw new UsageError(
          'vault init|list|passwd [--keep-key]|export <file>|import <file>|wipe',
        );
    }
  }

  switch (command) {
    case 'new': {
      const [templateId, file] = rest;
      if (!templateId || !file)
        throw new UsageError('matter new <templateId> <answers.json> [--title "…"]');
      const { engine } = getServices();
      const bundle = engine.template(templateId);
      const answers = readAnswersFile(file).answers;
      const client = clientOf(answers);
      const vault = await openVault();
      const matter = vault.createMatter({
        title: values.title ?? bundle.manifest.title[ui],
        client,
      });
      vault.saveDraft(matter.id, {
        templateId,
        templateVersion: bundle.manifest.version,
        lang: bundle.manifest.languages[0] ?? 'ru',
        answers,
      });
      vault.lock();
      io.out(matter.id);
      return 0;
    }
    case 'show': {
      const [id] = rest;
      if (!id) throw new UsageError('matter show <id>');
      const { engine } = getServices();
      const vault = await openVault();
      const matter = vault.getMatter(id);
      vault.lock();
      io.out(
        `${matter.title}\n${[matter.client.lastName, matter.client.firstName, matter.client.middleName ?? ''].join(' ').trim()}${matter.archived ? ' [archived]' : ''}`,
      );
      for (const draft of matter.drafts) {
        const latest = draft.versions[draft.versions.length - 1];
        io.out(
          `  ${draft.templateId}: ${draft.versions.length} version(s), last saved ${latest?.savedAt ?? '—'}`,
        );
      }
      const deadlines = matterDeadlines(
        matter,
        engine,
        getServices().loaded.cites,
        ui,
        clock.today(),
      );
      if (deadlines.length > 0) io.out('Deadlines (soonest first):');
      for (const d of deadlines) {
        const status = d.missed ? 'PASSED' : `${d.daysLeft} day(s) left`;
        io.out(`  ${formatShortDate(d.lastDay)}  ${status}  ${d.label} (${d.basis.join('; ')})`);
        for (const line of d.later) io.out(`    ${line}`);
        for (const w of d.warnings) io.out(`    ! ${w}`);
      }
      return 0;
    }
    case 'attach': {
      // The file's type and sheets come from its bytes; it is sealed in the vault like the rest.
      const [id, ...files] = rest;
      if (!id || files.length === 0) throw new UsageError('matter attach <id> <file>…');
      const vault = await openVault();
      try {
        for (const file of files) {
          const a = await vault.addAttachment(id, {
            name: basename(file),
            bytes: readFileSync(file),
          });
          io.out(cliText('attached', ui, { ...a, size: formatSize(a.size) }));
        }
      } finally {
        vault.lock();
      }
      return 0;
    }
    case 'draft': {
      // A new version of a filing's answers (e.g. attachments now naming their files by fileId).
      const [id, templateId, file] = rest;
      if (!id || !templateId || !file)
        throw new UsageError('matter draft <id> <templateId> <answers.json>');
      const bundle = getServices().engine.template(templateId);
      const answers = readAnswersFile(file).answers;
      const vault = await openVault();
      try {
        vault.saveDraft(id, {
          templateId,
          templateVersion: bundle.manifest.version,
          lang: bundle.manifest.languages[0] ?? 'ru',
          answers,
        });
      } finally {
        vault.lock();
      }
      return 0;
    }
    case 'files': {
      const [id] = rest;
      if (!id) throw new UsageError('matter files <id>');
      const vault = await openVault();
      const files = vault.listAttachments(id);
      vault.lock();
      if (files.length === 0) io.out(cliText('noAttachments', ui));
      for (const a of files) io.out(cliText('attached', ui, { ...a, size: formatSize(a.size) }));
      return 0;
    }
    case 'detach': {
      const [id, fileId] = rest;
      if (!id || !fileId) throw new UsageError('matter detach <id> <fileId>');
      const vault = await openVault();
      try {
        vault.removeAttachment(id, fileId);
      } finally {
        vault.lock();
      }
      return 0;
    }
    default:
      throw new UsageError(
        'matter new <templateId> <answers.json> | show <id> | draft <id> <templateId> <answers.json> | attach <id> <file>… | files <id> | detach <id> <fileId>',
      );
  }
}
