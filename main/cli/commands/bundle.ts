/**
 * `refuge bundle <matter> <filing> -o bundle.pdf [--index] [--dpi 150]`: the matter's latest
 * draft of the filing rendered to PDF, followed by the files its «Приложение:» names — the
 * window's bundle (app/bundle.ts). The pre-flight of the filing and of the bundle (sheet counts
 * that differ) goes to stderr.
 */
import { resolve } from 'node:path';
import { getServices } from '../../app/context.ts';
import { bundleLatestDraft, DEFAULT_DPI } from '../../app/bundle.ts';
import type { CommandContext } from '../io.ts';
import { cliText } from '../messages.ts';
import { Passphrases, withVault } from '../passphrases.ts';
import { printPreflight } from '../preflight.ts';
import type { Parsed } from '../table.ts';

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export async function runBundleCli(
  p: Parsed<'bundle'>,
  { ui, io }: CommandContext,
): Promise<number> {
  const { values } = p;
  const [matterId, templateId, output] = [p.arg(0), p.arg(1), p.need('output')];
  // The table took only a whole number from 72 to 600.
  const dpi = values.dpi === undefined ? DEFAULT_DPI : Number(values.dpi);

  const pass = new Passphrases(values['passphrase-stdin'] ?? false, ui);
  const made = await withVault(pass, ui, io, (vault) =>
    bundleLatestDraft(
      getServices().engine,
      vault,
      matterId,
      { templateId, draftId: values.draft },
      ui,
      { index: values.index ?? false, dpi },
      resolve(output),
    ),
  );
  if (!made) {
    io.err(cliText('bundleNoDraft', ui, { id: values.draft ?? templateId }));
    return 2;
  }
  printPreflight(made.preflight, ui, io);
  for (const w of made.warnings) io.err(`! ${w}`);
  io.out(
    cliText('bundleWritten', ui, {
      file: output,
      pages: made.pages,
      filing: made.filingPages,
      annexes: made.annexes,
      size: formatSize(made.bytes),
    }),
  );
  return 0;
}
