// Is dist/ built from the sources as they are now? The build records a fingerprint of every file
// dist/ is built from (path, size, modification time — a stat, no reads, ~2 ms); the `refuge`
// command and the test run compare it before trusting dist/. Shared by scripts/build.mjs and
// bin/refuge.js; plain JavaScript, so it runs before anything is built.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What dist/ is built from. Templates are read at run time, but precompiled into dist/. */
const INPUTS = [
  'main',
  'common',
  'bench', // `refuge bench`
  'templates',
  'package-lock.json',
  'scripts/build.mjs',
];
const SKIP = new Set(['node_modules', 'samples']);

export const STAMP = 'dist/build-stamp.json';

function walk(root, path, out) {
  const full = join(root, path);
  if (!existsSync(full)) return;
  const st = statSync(full);
  if (st.isDirectory()) {
    for (const name of readdirSync(full).sort())
      if (!SKIP.has(name) && !name.startsWith('.')) walk(root, join(path, name), out);
  } else out.push(`${relative(root, full)}\0${st.size}\0${Math.trunc(st.mtimeMs)}`);
}

export function fingerprint(root) {
  const entries = [];
  for (const input of INPUTS) walk(root, input, entries);
  return createHash('sha256').update(entries.join('\n')).digest('hex');
}

/** 'fresh', 'missing' (never built) or 'stale' (a source changed since). */
export function distState(root) {
  const stamp = join(root, STAMP);
  if (!existsSync(stamp) || !existsSync(join(root, 'dist', 'cli.js'))) return 'missing';
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(stamp, 'utf8')).sources;
  } catch {
    return 'stale';
  }
  return recorded === fingerprint(root) ? 'fresh' : 'stale';
}
