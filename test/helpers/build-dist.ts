/**
 * vitest global setup: tests that start `bin/refuge.js` run the build a user runs, so dist/ is
 * brought up to date with the sources once, before any test starts one (a rebuild inside a test
 * would print to the stderr it checks).
 */
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  // The fast tier runs no test that starts the built CLI (scripts/test.mjs FAST_EXCLUDES), so it
  // does not wait for a rebuild after every edit of the sources.
  if (process.env.REFUGE_TEST_TIER === 'fast') return;
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('scripts/build.mjs --if-stale failed');
}
