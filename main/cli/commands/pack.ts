/**
 * `refuge pack …`: build and sign a template pack (maintainers), inspect and import one (lawyers,
 * from a USB stick). Exit codes: 0 done, 2 refused or invalid (the pack, the key, the usage).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../../../common/lang.ts';
import { localize, type SectionKey } from '../../../common/locales/index.ts';
import { writeOutput } from '../../app/files.ts';
import {
  installedVersion,
  installPackOver,
  PackError,
  packMessage,
  previewPackImport,
  type PackChanges,
} from '../../app/packs.ts';
import {
  APP_VERSION_PATTERN,
  buildSignedPack,
  createPackKeys,
  KeyFileExists,
  NotAKey,
  trustedKeyOf,
} from '../../app/packs-tools.ts';
import { defaultPackOptions, getServices, type PackOptions } from '../../app/context.ts';
import { UsageError } from '../errors.ts';
import * as clock from '../../../common/clock.ts';
import { vaultDir } from '../../paths.ts';
import { openVaultAt, type Vault } from '../../app/vault.ts';
import type { CommandContext, Io } from '../io.ts';
import { parseCommand } from '../parse.ts';
import { Passphrases } from '../passphrases.ts';
import type { Parsed } from '../table.ts';

/** The vault, opened only for `pack import` on a machine that has one. */
async function openVaultFor(fromStdin: boolean, ui: Lang): Promise<Vault> {
  const passphrase = await new Passphrases(fromStdin, ui).next('promptVault');
  return (await openVaultAt(vaultDir(), passphrase, ui)).vault;
}

// The words are the cliPack section of the one table per language (common/locales/).
type Key = SectionKey<'cliPack'>;

/** The change summary as lines in the user's language (also what the CLI prints). */
export function describeChanges(changes: PackChanges, ui: Lang): string[] {
  const t = (key: Key, params: Record<string, string | number> = {}): string =>
    localize(ui, `cliPack.${key}`, params);
  const lines: string[] = [];
  for (const f of changes.filingsAdded)
    lines.push(t('filingAdded', { title: f.title[ui], version: f.version }));
  for (const f of changes.filingsChanged)
    lines.push(
      t(f.older ? 'filingOlder' : 'filingChanged', { title: f.title[ui], from: f.from, to: f.to }),
    );
  const yesNo = (v: boolean): string => t(v ? 'yes' : 'no');
  for (const c of changes.citesChanged) {
    if (c.added) lines.push(t('citeAdded', { key: c.key, text: c.text }));
    else if (c.textChanged) lines.push(t('citeText', { key: c.key, text: c.text }));
    if (c.verified)
      lines.push(
        t('citeVerified', { key: c.key, from: yesNo(c.verified.from), to: yesNo(c.verified.to) }),
      );
  }
  for (const p of changes.partialsChanged)
    lines.push(t('partial', { name: p.title[ui], change: t(p.change) }));
  if (lines.length === 0) lines.push(t('noChanges'));
  return lines;
}

function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new UsageError(`${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

/** `refuge pack <args…>` with the given packs folder and keys (tests run it on their own). */
export async function runPackCli(
  args: readonly string[],
  ui: Lang,
  io: Io,
  packs: PackOptions = defaultPackOptions(),
): Promise<number> {
  try {
    return await runPack(parseCommand('pack', args, ui).parsed, ui, io, packs);
  } catch (err) {
    return packFailure(err, ui, io);
  }
}

/** `refuge pack`, parsed by the command table. */
export async function packCommand(
  p: Parsed<'pack'>,
  { ui, io }: Pick<CommandContext, 'ui' | 'io'>,
): Promise<number> {
  try {
    return await runPack(p, ui, io, defaultPackOptions());
  } catch (err) {
    return packFailure(err, ui, io);
  }
}

/** A refused pack, key or call: said without a usage heading (the pack is what is wrong), exit 2. */
function packFailure(err: unknown, ui: Lang, io: Io): number {
  if (err instanceof PackError) {
    io.err(packMessage(err.code, ui, err.params));
    io.err(`  ${err.detail}`);
    return 2;
  }
  if (err instanceof KeyFileExists) {
    io.err(localize(ui, 'cliPack.exists', { file: err.file }));
    return 2;
  }
  if (err instanceof NotAKey) {
    io.err(localize(ui, 'cliPack.notAKey', { file: err.message }));
    return 2;
  }
  if (err instanceof UsageError) {
    io.err(err.message);
    return 2;
  }
  throw err;
}

async function runPack(p: Parsed<'pack'>, ui: Lang, io: Io, packs: PackOptions): Promise<number> {
  const t = (key: Key, params: Record<string, string | number> = {}): string =>
    localize(ui, `cliPack.${key}`, params);
  const { values } = p;
  switch (p.sub) {
    case 'keygen': {
      const dir = resolve(p.need('output'));
      const { id } = createPackKeys(dir);
      io.out(t('keygen', { id, dir }));
      return 0;
    }
    case 'build': {
      const [dir, key, output] = [p.arg(1), p.need('key'), p.need('output')];
      const createdAt = clock.now();
      // Default version: the UTC minute of the build (202611261854) — monotonic and readable.
      const version =
        values['pack-version'] ?? createdAt.toISOString().replace(/\D/g, '').slice(0, 12);
      if (!/^[1-9]\d{0,14}$/.test(version))
        throw new UsageError(t('badPackVersion', { value: version }));
      const minAppVersion = values['min-app-version'];
      if (minAppVersion !== undefined && !APP_VERSION_PATTERN.test(minAppVersion))
        throw new UsageError(t('badMinAppVersion', { value: minAppVersion }));
      const built = buildSignedPack(resolve(dir), readKey(key), {
        packVersion: Number(version),
        createdAt,
        ...(minAppVersion === undefined ? {} : { minAppVersion }),
      });
      writeOutput(resolve(output), built.bytes);
      io.out(
        t('built', {
          version,
          id: built.signer,
          file: output,
          files: built.files,
          bytes: built.bytes.length,
        }),
      );
      return 0;
    }
    case 'inspect':
    case 'import': {
      const sub = p.sub;
      const bytes = readBytes(p.arg(1));
      const keyFile = values.key;
      // inspect --key: a maintainer checks a pack against the key they just signed with.
      const place = {
        dir: packs.packsDir ?? '',
        trusted: keyFile ? [trustedKeyOf(readKey(keyFile), keyFile)] : packs.trustedKeys,
      };
      // Importing into a machine with a vault: its passphrase, so the pack floor kept in the
      // vault (packs/floor.ts) is checked and raised, as in the app.
      const vault =
        sub === 'import' && existsSync(join(vaultDir(), 'vault.json'))
          ? await openVaultFor(values['passphrase-stdin'] === true, ui)
          : null;
      // Locked however it ends: a refused pack leaves the vault as closed as an installed one.
      try {
        const { engine } = getServices(packs.builtInDir, packs);
        const { pack, installed, changes } = previewPackImport(engine, bytes, place, vault);
        io.out(
          t('verified', {
            version: pack.manifest.packVersion,
            date: pack.manifest.createdAt.slice(0, 10),
            holder: pack.signer.holder,
            id: pack.signer.id,
            installed: installed || t('none'),
          }),
        );
        if (pack.manifest.minAppVersion !== undefined)
          io.out(t('needsApp', { version: pack.manifest.minAppVersion }));
        for (const line of describeChanges(changes, ui)) io.out(`  ${line}`);
        if (sub === 'inspect') return 0;
        installPackOver(bytes, place, vault);
        io.out(t('installed', { version: pack.manifest.packVersion }));
        return 0;
      } finally {
        vault?.lock();
      }
    }
    case 'status': {
      const dir = packs.packsDir ?? '';
      const services = getServices(undefined, packs);
      const version = installedVersion(dir);
      io.out(version ? String(version) : t('none'));
      for (const w of services.engine.warnings) {
        const v = /pack-(\d+)\./.exec(w.file)?.[1] ?? w.file;
        io.err(localize(ui, 'packErrors.loadWarning', { version: v }));
        io.err(`  ${w.error.detail}`);
      }
      return services.engine.warnings.length > 0 ? 1 : 0;
    }
  }
}

/** A key file's text; one that cannot be read is a usage error, as any file named. */
function readKey(file: string): string {
  return new TextDecoder().decode(readBytes(file));
}
