/**
 * The maintainers' side of template packs, for `refuge pack keygen` and `refuge pack build`:
 * a signing key pair written where it cannot overwrite one, and a pack built, signed and checked
 * against its own key before it is handed back to be written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createPublicKey } from 'node:crypto';
import { join } from 'node:path';
import {
  buildPack,
  generatePackKeys,
  keyIdOf,
  verifyPack,
  type BuildOptions,
  type TrustedKey,
} from '../packs/pack.ts';

export { APP_VERSION_PATTERN } from '../packs/pack.ts';

/** A key file already there: a key someone has is never replaced. */
export class KeyFileExists extends Error {
  constructor(readonly file: string) {
    super(file);
  }
}

/** A key file that holds no PEM key. */
export class NotAKey extends Error {}

/** `private.pem` (0600: the private key is the whole trust) and `public.pem` in `dir`. */
export function createPackKeys(dir: string): { id: string } {
  mkdirSync(dir, { recursive: true });
  for (const name of ['private.pem', 'public.pem'])
    if (existsSync(join(dir, name))) throw new KeyFileExists(join(dir, name));
  const keys = generatePackKeys();
  // 'wx': even a file appearing since the check above is not replaced.
  writeFileSync(join(dir, 'private.pem'), keys.privatePem, { mode: 0o600, flag: 'wx' });
  writeFileSync(join(dir, 'public.pem'), keys.publicPem, { flag: 'wx' });
  return { id: keys.id };
}

/** The key a PEM file (either half of the pair) can check signatures with. */
export function trustedKeyOf(pem: string, holder: string): TrustedKey {
  let pub: string;
  try {
    pub = createPublicKey(pem).export({ type: 'spki', format: 'pem' }).toString();
  } catch {
    throw new NotAKey(holder);
  }
  return { id: keyIdOf(pub), holder, pem: pub };
}

/**
 * The templates folder built into a pack signed with `privatePem`, and verified with that key's
 * public half as an importer would: a pack that would be refused never leaves the machine.
 */
export function buildSignedPack(
  templatesDir: string,
  privatePem: string,
  options: Omit<BuildOptions, 'privateKeyPem'>,
): { bytes: Uint8Array; signer: string; files: number } {
  const bytes = buildPack(templatesDir, { ...options, privateKeyPem: privatePem });
  const check = verifyPack(bytes, [trustedKeyOf(privatePem, 'build')]);
  return { bytes, signer: check.signer.id, files: check.files.size };
}
