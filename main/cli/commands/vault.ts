/**
 * `refuge vault …`: the encrypted vault from the command line — create it, list its matters,
 * change the passphrase, export and import encrypted backups, wipe it.
 */
import { createVaultAt, describeSkipped, wipeVaultAt } from '../../app/vault.ts';
import { vaultDir } from '../../paths.ts';
import { UsageError } from '../errors.ts';
import type { CommandContext, Io } from '../io.ts';
import { Passphrases, withVault } from '../passphrases.ts';
import type { Parsed } from '../table.ts';

/** The old name of the commands' output: kept for the code that still imports it. */
export type VaultIo = Io;
export { Passphrases };

export async function runVaultCli(p: Parsed<'vault'>, { ui, io }: CommandContext): Promise<number> {
  const { values } = p;
  const dir = vaultDir();
  const pass = new Passphrases(values['passphrase-stdin'] ?? false);
  switch (p.sub) {
    case 'init': {
      await createVaultAt(dir, await pass.next('New vault passphrase: '));
      io.out(
        `Vault created in ${dir}. Use full-disk encryption too: the vault does not protect a running, unlocked laptop.`,
      );
      return 0;
    }
    case 'list': {
      const matters = await withVault(pass, ui, io, (vault) =>
        vault.listMatters({ query: values.query ?? '', includeArchived: values.all ?? false }),
      );
      for (const m of matters) {
        io.out(
          `${m.id}  ${m.updatedAt.slice(0, 10)}  ${m.archived ? '[archived] ' : ''}${m.title} — ${m.clientName}`,
        );
      }
      return 0;
    }
    case 'passwd': {
      // Re-key by default: a passphrase being changed is often one others may know, and only
      // a new data key makes an old copy of vault.json with it useless. --keep-key re-wraps
      // the same key (fast; for a routine change nobody else could know).
      const rekey = values['keep-key'] !== true;
      const { skipped } = await withVault(pass, ui, io, async (vault) => {
        const current = await pass.next('Current passphrase again: ');
        return vault.changePassphrase(current, await pass.next('New passphrase: '), { rekey });
      });
      io.out(
        rekey
          ? 'Passphrase changed and every record re-encrypted under a new key: an old copy of vault.json with the old passphrase opens nothing.'
          : 'Passphrase changed (same data key: an old copy of vault.json still opens with the old passphrase).',
      );
      for (const id of skipped) io.err(`record ${id} was already damaged and was left as it was`);
      return 0;
    }
    case 'export': {
      const file = p.arg(1);
      const { skipped } = await withVault(pass, ui, io, async (vault) =>
        vault.exportTo(file, await pass.next('Passphrase for the export file: '), values.matter),
      );
      io.out(`Exported (encrypted) to ${file}.`);
      if (skipped.length === 0) return 0;
      // The rest is saved, but a backup missing records must not pass for a whole one.
      io.err(`! ${describeSkipped(skipped, ui)}`);
      return 1;
    }
    case 'import': {
      const file = p.arg(1);
      const ids = await withVault(pass, ui, io, async (vault) =>
        vault.importFrom(file, await pass.next('Passphrase of the export file: ')),
      );
      io.out(`Imported ${ids.length} matter(s).`);
      return 0;
    }
    case 'wipe': {
      // Confirmation: the passphrase proves this is the owner, then the word WIPE.
      const passphrase = await pass.next('Vault passphrase: ');
      const confirm = await pass.next('Type WIPE to destroy this vault for good: ');
      if (confirm !== 'WIPE') throw new UsageError('not wiped: the confirmation was not WIPE');
      await wipeVaultAt(dir, passphrase);
      io.out('The vault was destroyed.');
      return 0;
    }
  }
}
