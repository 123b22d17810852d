/**
 * The version of this Refuge, from package.json (the bundler inlines it). Packs name the oldest
 * Refuge that can use them (`minAppVersion`), checked against this.
 */
import pkg from '../package.json' with { type: 'json' };
import { compare, valid } from 'semver';

export const APP_VERSION: string = pkg.version;

/** Whether this Refuge is older than `needed` (a semver x.y.z); false for a malformed value. */
export function appOlderThan(needed: string, current: string = APP_VERSION): boolean {
  return valid(needed) !== null && valid(current) !== null && compare(current, needed) < 0;
}
