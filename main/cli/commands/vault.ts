/**
 * `refuge vault …`: the encrypted vault from the command line — create it, list its matters,
 * change the passphrase, export and import encrypted backups, wipe it.
 */
import { createVaultAt, describeSkipped, wipeVaultAt } from '../../app/vault.ts';
import { localize, type SectionKey } from '../../../common/locales/index.ts';
import { vaultDir } from '../../paths.ts';
import { UsageError } from '../errors.ts';
import type { CommandContext, Io } from '../io.ts';
import { Passphrases, withVault } from '../passphrases.ts';
import type { Parsed } from '../table.ts';

/** The old name of the commands' output: kept for the code that still imports it. */
export type VaultIo = Io;
export { Passphrases };

/** The word typed to confirm a wipe: the same in every language, like a command. */
const WIPE = 'WIPE';

export async function runVaultCli(p: Parsed<'vault'>, { ui, io }: CommandContext): Promise<number> {
  const t = (key: SectionKey<'cliVault'>, params: Record<string, string | number> = {}): string =>
    localize(ui, `cliVault.${key}`, params);
  const { values } = p;
  const dir = vaultDir();
  const pass = new Passphrases(values['passphrase-stdin'] ?? false, ui);
  switch (p.sub) {
    case 'init': {
      await createVaultAt(dir, await pass.next('promptCreate'));
      io.out(t('created', { dir }));
      return 0;
    }
    case 'list': {
      const matters = await withVault(pass, ui, io, (vault) =>
        vault.listMatters({ query: values.query ?? '', includeArchived: values.all ?? false }),
      );
      for (const m of matters) {
        io.out(
          `${m.id}  ${m.updatedAt.slice(0, 10)}  ${m.archived ? `${t('archived')} ` : ''}${m.title} — ${m.clientName}`,
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
        const current = await pass.next('promptCurrent');
        return vault.changePassphrase(current, await pass.next('promptNew'), { rekey });
      });
      io.out(t(rekey ? 'rekeyed' : 'rewrapped'));
      for (const id of skipped) io.err(t('leftDamaged', { id }));
      return 0;
    }
    case 'export': {
      const file = p.arg(1);
      const { skipped } = await withVault(pass, ui, io, async (vault) =>
        vault.exportTo(file, await pass.next('promptExport'), values.matter),
      );
      io.out(t('exported', { file }));
      if (skipped.length === 0) return 0;
      // The rest is saved, but a backup missing records must not pass for a whole one.
      io.err(`! ${describeSkipped(skipped, ui)}`);
      return 1;
    }
    case 'import': {
      const file = p.arg(1);
      const ids = await withVault(pass, ui, io, async (vault) =>
        vault.importFrom(file, await pass.next('promptImport')),
      );
      io.out(t('imported', { n: ids.length }));
      return 0;
    }
    case 'wipe': {
      // Confirmation: the passphrase proves this is the owner, then the word WIPE.
      const passphrase = await pass.next('promptVault');
      const confirm = await pass.next('promptWipe', { word: WIPE });
      if (confirm !== WIPE) throw new UsageError(t('notWiped', { word: WIPE }));
      await wipeVaultAt(dir, passphrase);
      io.out(t('wiped'));
      return 0;
    }
  }
}
