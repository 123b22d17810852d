/**
 * The public keys the shipped app accepts template packs from. Compiled into the app (not a
 * file beside it) so that nobody can add a key by dropping a file into the install folder; tests
 * and tools pass their own list instead (PackOptions.trustedKeys).
 *
 * The private half of each key is NOT in this repository. See docs/template-packs.md for who
 * holds it and how a key is added or retired (a key is retired by removing it here in a release).
 */
import type { TrustedKey } from './pack.ts';

export const SHIPPED_TRUSTED_KEYS: readonly TrustedKey[] = [
  {
    id: 'ed25519:08d4b5c1ac58e1e5',
    holder: 'Refuge maintainers — production signing key (2026), kept offline',
    pem: `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEArLw/1eymULcgxqltvfgIsm4h8BYsSJRSfdBND4YlJCw=
-----END PUBLIC KEY-----
`,
  },
];
