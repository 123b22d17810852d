/**
 * Resolves a URL path to a file of the built renderer, or null: the Electron `app://` protocol
 * and the bridge serve the same build through this one check. Anything that would leave the
 * folder (`..`, encoded separators, absolute paths, NUL) is refused.
 */
import { resolve, sep } from 'node:path';

export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/, 1)[0] ?? '');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  if (relative.split('/').some((part) => part === '..')) return null;
  const base = resolve(root);
  const full = resolve(base, relative);
  return full.startsWith(base + sep) ? full : null;
}
