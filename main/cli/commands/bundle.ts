/**
 * `refuge bundle <matter> <filing> -o bundle.pdf [--index] [--dpi 150]`: the matter's latest
 * draft of the filing rendered to PDF, followed by the files its «Приложение:» names. The
 * pre-flight of the filing and of the bundle (sheet counts that differ) goes to stderr.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Lang } from '../../../common/manifest.ts';
import { Vault } from '../../vault/index.ts';
import { vaultDir } from '../../paths.ts';
import { getServices } from '../../services.ts';
import * as clock from '../../../common/clock.ts';
import { bundleMatterFiling } from '../../bundle/matter.ts';
import { DEFAULT_DPI } from '../../bundle/index.ts';
import { bundleWarningText } from '../../bundle/messages.ts';
import { UsageError } from '../errors.ts';
import { cliText } from '../messages.ts';
import type { VaultIo } from './vault.ts';
import type { Preflight } from '../../engine/render.ts';

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export async function runBundleCli(
  argv: readonly string[],
  ui: Lang,
  io: VaultIo,
  passphrase: (prompt: string) => Promise<string>,
  printPreflight: (preflight: Preflight) => void,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      output: { type: 'string', short: 'o' },
      index: { type: 'boolean' },
      dpi: { type: 'string' },
      'passphrase-stdin': { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const [matterId, templateId] = positionals;
  if (!matterId || !templateId || !values.output)
    throw new UsageError('bundle <matter> <filing> -o <bundle.pdf> [--index] [--dpi 150]');
  const dpi = values.dpi === undefined ? DEFAULT_DPI : Number(values.dpi);
  if (!Number.isInteger(dpi) || dpi < 72 || dpi > 600)
    throw new UsageError(`--dpi ${values.dpi ?? ''}: a whole number from 72 to 600`);

  const vault = await Vault.open(vaultDir(), await passphrase('Vault passphrase: '));
  try {
    const matter = vault.getMatter(matterId);
    const draft = matter.drafts.find((d) => d.templateId === templateId);
    const latest = draft?.versions[draft.versions.length - 1];
    if (!latest) {
      io.err(cliText('bundleNoDraft', ui, { id: templateId }));
      return 2;
    }
    const { rendered, bundle } = await bundleMatterFiling(
      getServices().engine,
      vault,
      matterId,
      {
        templateId,
        templateVersion: latest.templateVersion,
        answers: latest.answers,
        lang: latest.lang,
        messagesLang: ui,
        today: clock.today(),
        now: clock.now(),
      },
      { index: values.index ?? false, dpi },
    );
    await writeFileAtomic(resolve(values.output), Buffer.from(bundle.bytes), { mode: 0o600 });
    printPreflight(rendered.preflight);
    for (const w of bundle.warnings) io.err(`! ${bundleWarningText(w, ui)}`);
    io.out(
      cliText('bundleWritten', ui, {
        file: values.output,
        pages: bundle.pages,
        filing: bundle.filingPages,
        annexes: bundle.annexes.length,
        size: formatSize(bundle.bytes.length),
      }),
    );
    return 0;
  } finally {
    vault.lock();
  }
}
