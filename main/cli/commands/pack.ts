/**
 * `refuge pack …`: build and sign a template pack (maintainers), inspect and import one (lawyers,
 * from a USB stick). Exit codes: 0 done, 2 refused or invalid (the pack, the key, the usage).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createPublicKey } from 'node:crypto';
import type { Lang } from '../../../common/lang.ts';
import { localize, type SectionKey } from '../../../common/locales/index.ts';
import { writeOutput } from '../../app/files.ts';
import {
  adoptedPackFloor,
  buildPack,
  checkPackForImport,
  generatePackKeys,
  installedVersion,
  installPack,
  keyIdOf,
  packChanges,
  PackError,
  packMessage,
  raiseVaultPackFloor,
  verifyPack,
  type PackChanges,
  type TrustedKey,
} from '../../app/packs.ts';
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
  const passphrase = await new Passphrases(fromStdin).next('Vault passphrase: ');
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
    return await packCommand(parseCommand('pack', args, ui).parsed, { ui, io }, packs);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(err.message);
      return 2;
    }
    throw err;
  }
}

export async function packCommand(
  p: Parsed<'pack'>,
  { ui, io }: Pick<CommandContext, 'ui' | 'io'>,
  packs: PackOptions = defaultPackOptions(),
): Promise<number> {
  const t = (key: Key, params: Record<string, string | number> = {}): string =>
    localize(ui, `cliPack.${key}`, params);
  const { values } = p;
  try {
    switch (p.sub) {
      case 'keygen': {
        const dir = resolve(p.need('output'));
        mkdirSync(dir, { recursive: true });
        for (const name of ['private.pem', 'public.pem'])
          if (existsSync(join(dir, name)))
            throw new UsageError(t('exists', { file: join(dir, name) }));
        const keys = generatePackKeys();
        // 'wx': never replace a key someone already has; 0600: the private key is the whole trust.
        writeFileSync(join(dir, 'private.pem'), keys.privatePem, { mode: 0o600, flag: 'wx' });
        writeFileSync(join(dir, 'public.pem'), keys.publicPem, { flag: 'wx' });
        io.out(t('keygen', { id: keys.id, dir }));
        return 0;
      }
      case 'build': {
        const [dir, key, output] = [p.arg(1), p.need('key'), p.need('output')];
        const createdAt = clock.now();
        // Default version: the UTC minute of the build (202611261854) — monotonic and readable.
        const version =
          values['pack-version'] ?? createdAt.toISOString().replace(/\D/g, '').slice(0, 12);
        if (!/^[1-9]\d{0,14}$/.test(version)) throw new UsageError(`--pack-version ${version}`);
        const bytes = buildPack(resolve(dir), {
          privateKeyPem: new TextDecoder().decode(readBytes(key)),
          packVersion: Number(version),
          createdAt,
        });
        writeOutput(resolve(output), bytes);
        // Read back what was written, so a broken pack never leaves the maintainer's machine.
        const pem = readKeyPublic(key);
        const check = verifyPack(bytes, [{ id: keyIdOf(pem), holder: 'build', pem }]);
        io.out(
          t('built', {
            version,
            id: check.signer.id,
            file: output,
            files: check.files.size,
            bytes: bytes.length,
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
        const trusted: readonly TrustedKey[] = keyFile
          ? [{ id: keyIdOf(readKeyPublic(keyFile)), holder: keyFile, pem: readKeyPublic(keyFile) }]
          : packs.trustedKeys;
        const dir = packs.packsDir ?? '';
        // Importing into a machine with a vault: its passphrase, so the pack floor kept in the
        // vault (packs/floor.ts) is checked and raised, as in the app.
        const vault =
          sub === 'import' && existsSync(join(vaultDir(), 'vault.json'))
            ? await openVaultFor(values['passphrase-stdin'] === true, ui)
            : null;
        // Locked however it ends: a refused pack leaves the vault as closed as an installed one.
        try {
          const floor = vault ? adoptedPackFloor(vault, dir) : undefined;
          const { pack, loaded, installed } = checkPackForImport(bytes, dir, trusted, floor);
          const services = getServices(packs.builtInDir, packs);
          io.out(
            t('verified', {
              version: pack.manifest.packVersion,
              date: pack.manifest.createdAt.slice(0, 10),
              holder: pack.signer.holder,
              id: pack.signer.id,
              installed: installed || t('none'),
            }),
          );
          for (const line of describeChanges(packChanges(services.engine, loaded), ui))
            io.out(`  ${line}`);
          if (sub === 'inspect') return 0;
          const version = installPack(bytes, dir, trusted, floor);
          if (vault) raiseVaultPackFloor(vault, version);
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
  } catch (err) {
    if (err instanceof PackError) {
      io.err(packMessage(err.code, ui, err.params));
      io.err(`  ${err.detail}`);
      return 2;
    }
    if (err instanceof UsageError) {
      io.err(err.message);
      return 2;
    }
    throw err;
  }
}

/** The public half of a key file, which may hold either half (PEM). */
function readKeyPublic(file: string): string {
  const pem = new TextDecoder().decode(readBytes(file));
  try {
    return createPublicKey(pem).export({ type: 'spki', format: 'pem' }).toString();
  } catch {
    throw new UsageError(`${file}: not a PEM key`);
  }
}
