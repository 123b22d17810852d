/**
 * Signed template packs: one file that carries a whole templates folder (filings, partials,
 * cites) to a laptop that never goes online. The container is a ZIP (fflate):
 *
 *   refuge-pack.json   the pack manifest, in canonical JSON (the exact bytes that are signed)
 *   refuge-pack.sig    the Ed25519 signature of those bytes, base64
 *   templates/<path>   every file the manifest lists, with its SHA-256
 *
 * The signature covers the manifest and the manifest covers every file, so one changed byte
 * anywhere is refused. Nothing from a pack is parsed before its signature checks out.
 * docs/template-packs.md describes the format for people who write other tools.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { z } from '../../common/zod.ts';
import { loadTemplatesFrom, type LoadedTemplates, type TemplateFiles } from '../templates.ts';
import { duplicateKeysIn } from '../duplicate-keys.ts';
import * as clock from '../../common/clock.ts';
import { APP_VERSION, appOlderThan } from '../app-version.ts';

export const PACK_FORMAT = 'refuge-template-pack';
export const MANIFEST_ENTRY = 'refuge-pack.json';
export const SIGNATURE_ENTRY = 'refuge-pack.sig';
export const FILES_PREFIX = 'templates/';

/** Generous for text templates, small enough that a hostile file cannot exhaust memory. */
export const MAX_PACK_BYTES = 16 * 1024 * 1024;
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
const MAX_FILES = 2000;

/** Why a pack is refused; each has a message in ru/kk/en (main/packs/messages.ts). */
export type PackErrorCode =
  | 'malformed'
  | 'unsigned'
  | 'tampered'
  | 'unknownKey'
  | 'replayed'
  | 'badTemplates'
  /** The pack names a newer Refuge than this one (`minAppVersion`). */
  | 'newerApp'
  | 'tooLarge'
  /** The packs folder shows an older pack than the vault remembers installing (floor.ts). */
  | 'stateLost'
  /** The folder's own record names a newer pack than the folder holds: it was removed. */
  | 'packMissing';

export class PackError extends Error {
  constructor(
    readonly code: PackErrorCode,
    /** What and where, in English, for logs and the CLI's detail line. */
    readonly detail: string,
    /** Values the localized message names (`replayed`: version, installed). */
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code}: ${detail}`);
    this.name = 'PackError';
  }
}

/** A Refuge version a pack may require: numbers only, as package.json writes it. */
export const APP_VERSION_PATTERN = /^\d{1,4}\.\d{1,4}\.\d{1,4}$/;

const PATH = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;
/** What a templates folder holds; anything else (editor backups, .DS_Store) stays out. */
const PACKED = /\.(json|hbs|md)$/;

const manifestSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    formatVersion: z.literal(1),
    /** Monotonic: an installed pack is replaced only by a higher number. */
    packVersion: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    createdAt: z.string().datetime(),
    keyId: z.string().regex(/^ed25519:[0-9a-f]{16}$/),
    /**
     * The oldest Refuge whose templates schema and helpers this pack's files fit: a newer pack
     * is refused with a message that says to update, not that the templates are broken.
     */
    minAppVersion: z.string().regex(APP_VERSION_PATTERN).optional(),
    files: z
      .array(
        z
          .object({
            path: z.string().max(300).regex(PATH),
            sha256: z.string().regex(/^[0-9a-f]{64}$/),
            size: z.number().int().nonnegative(),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_FILES),
  })
  .strict();

export type PackManifest = z.infer<typeof manifestSchema>;

/** A public key the app accepts packs from. */
export interface TrustedKey {
  /** `ed25519:` + the first 16 hex digits of SHA-256 over the key's SPKI DER. */
  readonly id: string;
  /** Who holds the private half (shown in docs and `refuge pack inspect`). */
  readonly holder: string;
  readonly pem: string;
}

export interface VerifiedPack {
  readonly manifest: PackManifest;
  /** path (relative to the templates folder) → bytes, every one checked against the manifest. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly signer: TrustedKey;
}

/** JSON with object keys sorted and no whitespace: one byte sequence per manifest. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

export function keyIdOf(key: KeyObject | string): string {
  const pub = typeof key === 'string' ? createPublicKey(key) : key;
  const der = pub.export({ type: 'spki', format: 'der' });
  return `ed25519:${createHash('sha256').update(der).digest('hex').slice(0, 16)}`;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Every packable file under a templates folder, relative paths with `/`, sorted. */
export function collectTemplateFiles(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(dir, rel)).sort()) {
      if (entry.startsWith('.')) continue;
      const path = rel ? `${rel}/${entry}` : entry;
      const stat = statSync(join(dir, path));
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile() && PACKED.test(entry) && PATH.test(path))
        files.set(path, readFileSync(join(dir, path)));
    }
  };
  walk('');
  return files;
}

/** The templates a set of pack files holds, parsed from memory. */
export function templatesOf(
  files: ReadonlyMap<string, Uint8Array>,
  origin: string,
): LoadedTemplates {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const source: TemplateFiles = {
    origin,
    read(path) {
      const bytes = files.get(path);
      return bytes === undefined ? undefined : decoder.decode(bytes);
    },
    folders: () => [
      ...new Set(
        [...files.keys()].filter((p) => p.includes('/')).map((p) => p.split('/')[0] ?? ''),
      ),
    ],
  };
  return loadTemplatesFrom(source);
}

export interface BuildOptions {
  readonly privateKeyPem: string;
  readonly packVersion: number;
  readonly createdAt?: Date;
  /** The oldest Refuge that may install the pack: by default the one that builds it. */
  readonly minAppVersion?: string;
}

/**
 * A signed pack of a templates folder. Refuses a folder whose templates do not load: a pack
 * that installs fine but breaks filings would be found by a lawyer, not by the maintainer.
 */
export function buildPack(dir: string, options: BuildOptions): Uint8Array {
  const files = collectTemplateFiles(dir);
  if (!files.has('cites.json')) throw new PackError('badTemplates', `${dir}: no cites.json`);
  // JSON keeps the last of a repeated key without a word: never sign a file that says two things.
  const repeated = [...files]
    .filter(([path]) => path.endsWith('.json'))
    .flatMap(([path, bytes]) => duplicateKeysIn(path, new TextDecoder().decode(bytes)));
  if (repeated.length > 0) throw new PackError('badTemplates', repeated.join('\n'));
  const loaded = templatesOf(files, dir);
  if (loaded.errors.length > 0)
    throw new PackError('badTemplates', loaded.errors.map((e) => e.message).join('\n'));
  if (loaded.templates.length === 0) throw new PackError('badTemplates', `${dir}: no filings`);
  const privateKey = createPrivateKey(options.privateKeyPem);
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new PackError('malformed', 'the signing key is not an Ed25519 private key');
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    formatVersion: 1,
    packVersion: options.packVersion,
    createdAt: (options.createdAt ?? clock.now()).toISOString(),
    keyId: keyIdOf(createPublicKey(privateKey)),
    minAppVersion: options.minAppVersion ?? APP_VERSION,
    files: [...files].map(([path, bytes]) => ({ path, sha256: sha256(bytes), size: bytes.length })),
  };
  const manifestBytes = new TextEncoder().encode(canonicalJson(manifestSchema.parse(manifest)));
  const signature = sign(null, manifestBytes, privateKey);
  // A fixed timestamp inside the ZIP: the same folder and manifest give the same bytes.
  const mtime = new Date('2000-01-01T00:00:00Z');
  const entries: Zippable = {
    [MANIFEST_ENTRY]: [manifestBytes, { mtime }],
    [SIGNATURE_ENTRY]: [new TextEncoder().encode(`${signature.toString('base64')}\n`), { mtime }],
  };
  for (const [path, bytes] of files) entries[`${FILES_PREFIX}${path}`] = [bytes, { mtime }];
  return zipSync(entries, { level: 9 });
}

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  if (bytes.length > MAX_PACK_BYTES)
    throw new PackError('tooLarge', `${bytes.length} bytes (at most ${MAX_PACK_BYTES})`);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new PackError('malformed', 'not a ZIP file');
  let total = 0;
  let count = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        count += 1;
        total += file.originalSize;
        if (count > MAX_FILES + 2 || file.originalSize > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES)
          throw new PackError('tooLarge', `${file.name}: too many or too large entries`);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof PackError) throw err;
    throw new PackError('malformed', `not a readable ZIP: ${(err as Error).message}`);
  }
}

/**
 * Refuses a pack made for a newer Refuge before its templates are read: their schema or helpers
 * may be ones this app does not know, and «the templates have errors» would be the wrong alarm.
 * Separate from verifyPack, which checks only who signed what (a maintainer's older build tool
 * still verifies a pack for a newer app).
 */
export function assertAppCanUse(pack: VerifiedPack): void {
  const needed = pack.manifest.minAppVersion;
  if (needed !== undefined && appOlderThan(needed))
    throw new PackError(
      'newerApp',
      `the pack needs Refuge ${needed} or newer; this is ${APP_VERSION}`,
      {
        needed,
        current: APP_VERSION,
      },
    );
}

/**
 * Checks a pack against the trusted keys and returns its files. The order matters: the
 * signature over the manifest bytes first, then the manifest's shape, then every file's hash,
 * and nothing in the ZIP that the manifest does not list.
 */
export function verifyPack(bytes: Uint8Array, trusted: readonly TrustedKey[]): VerifiedPack {
  const entries = unzip(bytes);
  const manifestBytes = entries[MANIFEST_ENTRY];
  if (!manifestBytes) throw new PackError('malformed', `no ${MANIFEST_ENTRY} in the file`);
  const sigEntry = entries[SIGNATURE_ENTRY];
  if (!sigEntry || sigEntry.length === 0)
    throw new PackError('unsigned', `no ${SIGNATURE_ENTRY} in the file`);
  const sigText = new TextDecoder().decode(sigEntry).trim();
  const signature = Buffer.from(sigText, 'base64');
  if (!/^[A-Za-z0-9+/]{86}==$/.test(sigText) || signature.length !== 64)
    throw new PackError('tampered', `${SIGNATURE_ENTRY} is not a 64-byte Ed25519 signature`);

  // The key id is read before the signature is checked only to pick the key; it is then covered
  // by the signature itself.
  const keyIdMatch = /"keyId":"(ed25519:[0-9a-f]{16})"/.exec(
    new TextDecoder().decode(manifestBytes),
  );
  if (!keyIdMatch) throw new PackError('malformed', `${MANIFEST_ENTRY} names no signing key`);
  const signer = trusted.find((k) => k.id === keyIdMatch[1]);
  if (!signer)
    throw new PackError('unknownKey', `signed with ${keyIdMatch[1]}, which is not trusted`);
  if (!verify(null, manifestBytes, createPublicKey(signer.pem), signature))
    throw new PackError('tampered', `the signature does not match ${MANIFEST_ENTRY}`);

  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes));
  } catch {
    throw new PackError('malformed', `${MANIFEST_ENTRY} is not JSON`);
  }
  const checked = manifestSchema.safeParse(parsed);
  if (!checked.success)
    throw new PackError(
      'malformed',
      `${MANIFEST_ENTRY}: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const manifest = checked.data;
  if (manifest.keyId !== signer.id) throw new PackError('tampered', 'two key ids in the manifest');

  const files = new Map<string, Uint8Array>();
  for (const file of manifest.files) {
    if (files.has(file.path)) throw new PackError('malformed', `${file.path} is listed twice`);
    const content = entries[`${FILES_PREFIX}${file.path}`];
    if (!content) throw new PackError('tampered', `${file.path} is listed but missing`);
    if (content.length !== file.size || sha256(content) !== file.sha256)
      throw new PackError('tampered', `${file.path} differs from its signed hash`);
    files.set(file.path, content);
  }
  for (const name of Object.keys(entries)) {
    if (name === MANIFEST_ENTRY || name === SIGNATURE_ENTRY || name.endsWith('/')) continue;
    if (!name.startsWith(FILES_PREFIX) || !files.has(name.slice(FILES_PREFIX.length)))
      throw new PackError('tampered', `${name} is in the file but not in the signed manifest`);
  }
  return { manifest, files, signer };
}

/** An Ed25519 key pair in PEM (PKCS#8 private, SPKI public), for `refuge pack keygen`. */
export function generatePackKeys(): { privatePem: string; publicPem: string; id: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    id: keyIdOf(publicKey),
  };
}
