#!/usr/bin/env node
// The `refuge` command runs the build in dist/ (fast start). In a checkout, dist/ is checked
// against the sources first: a stale one is rebuilt (or, without the build tools, refused) —
// never silently run. REFUGE_DEV=1 runs the TypeScript sources instead (`npm run cli:dev`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const checkout = existsSync(fileURLToPath(new URL('../main/cli/index.ts', import.meta.url)));

async function fromDist() {
  if (checkout) {
    const { distState } = await import('../scripts/dist-state.mjs');
    const state = distState(root);
    if (state !== 'fresh') {
      let esbuild = true;
      try {
        await import('esbuild');
      } catch {
        esbuild = false;
      }
      if (!esbuild) {
        process.stderr.write(
          state === 'missing'
            ? 'refuge: dist/ is not built and the build tools are not installed: run `npm ci` (or REFUGE_DEV=1 to run from the sources).\n'
            : 'refuge: dist/ is older than the sources and the build tools are not installed to rebuild it: run `npm ci` (or REFUGE_DEV=1 to run from the sources).\n',
        );
        return 1;
      }
      process.stderr.write(
        state === 'missing'
          ? 'refuge: building dist/ (first run)…\n'
          : 'refuge: the sources changed since dist/ was built: rebuilding…\n',
      );
      const { spawnSync } = await import('node:child_process');
      const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      if (build.status !== 0 || distState(root) !== 'fresh') {
        process.stderr.write('refuge: rebuilding dist/ failed: see the errors above.\n');
        return 1;
      }
    }
  }
  const { runCli } = await import(new URL('../dist/cli.js', import.meta.url).href);
  return runCli(process.argv.slice(2));
}

async function fromSources() {
  const { tsImport } = await import('tsx/esm/api');
  const { runCli } = await tsImport('../main/cli/index.ts', import.meta.url);
  return runCli(process.argv.slice(2));
}

// The bench reads the peak RSS of a cold `refuge` process from here.
if (process.env.REFUGE_REPORT_RSS === '1')
  process.on('exit', () => process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`));
process.exitCode = await (checkout && process.env.REFUGE_DEV === '1' ? fromSources() : fromDist());
