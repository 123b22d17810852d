// Bundles the CLI into dist/ for a fast cold start: one file plus lazily loaded chunks
// (hyphenation patterns, the DOCX writer) that only load when a document needs them.
//   node scripts/build.mjs              everything
//   node scripts/build.mjs --prepare    the same, run by `npm ci`; without the build tools
//                                       (npm ci --omit=dev) it says so and builds nothing
//   node scripts/build.mjs --renderer   the UI only
//   node scripts/build.mjs --if-stale   the bundle only, and only when a source changed since
//                                       (dist/build-stamp.json); the UI too if it is missing
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distState, fingerprint, STAMP } from './dist-state.mjs';
import { withBuildLock } from './build-lock.mjs';

const root = process.cwd();
let esbuild;
let vite;
try {
  esbuild = await import('esbuild');
  vite = await import('vite');
} catch (err) {
  if (!process.argv.includes('--prepare')) throw err;
  console.error(
    'refuge: the build tools (devDependencies) are not installed, so dist/ is not built; `refuge` will refuse to run until `npm ci` installs them.',
  );
  process.exit(0);
}
const mode = process.argv.includes('--renderer')
  ? 'renderer'
  : process.argv.includes('--if-stale')
    ? 'if-stale'
    : 'all';

if (mode === 'renderer') {
  await buildRenderer();
  process.exit(0);
}
// Several processes may find dist/ stale at once (parallel tests): one builds, the rest wait.
await withBuildLock(root, async () => {
  if (mode === 'if-stale' && distState(root) === 'fresh') return;
  // The sources as they are when the build starts: an edit during the build leaves it stale.
  const sources = fingerprint(root);
  rmSync(join(root, STAMP), { force: true });
  if (mode === 'all') rmSync('dist', { recursive: true, force: true });
  else if (existsSync('dist'))
    for (const name of readdirSync('dist'))
      if (name !== 'renderer') rmSync(join('dist', name), { recursive: true, force: true });
  await bundle();
  precompileTemplates();
  if (mode === 'all' || !existsSync(join('dist', 'renderer', 'index.html'))) await buildRenderer();
  writeFileSync(join(root, STAMP), `${JSON.stringify({ sources })}\n`);
});

/** The built-in templates, checked and compiled now, so a cold start does not (main/services.ts). */
function precompileTemplates() {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/precompile-templates.ts', join('dist', 'precompiled')],
    { stdio: 'inherit', env: { ...process.env, TSX_DISABLE_CACHE: '1' } },
  );
  if (run.status !== 0) throw new Error('precompiling the templates failed');
}

async function bundle() {
  await esbuild.build({
    entryPoints: {
      cli: 'main/cli/index.ts',
      'render-worker': 'main/workers/render-worker.ts',
      'electron-main': 'main/electron/main.ts',
    },
    external: ['electron'],
    // pdf-lib's ES build, so the bundle keeps only what we use of it (its CommonJS index loads
    // forms, appearances and the standard fonts at start-up).
    alias: { 'pdf-lib': 'pdf-lib/es/index.js' },
    outdir: 'dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Node 20 has them; without this esbuild rewrites every /\p{…}/u literal as a new RegExp(…)
    // built on each call, in the layout's per-word loop among others.
    supported: { 'regexp-unicode-property-escapes': true },
    sourcemap: false,
    minify: false,
    legalComments: 'linked',
    // CommonJS dependencies bundled into ESM need a real `require`.
    banner: {
      js: [
        "import { createRequire as __refugeCreateRequire } from 'node:module';",
        "import { fileURLToPath as __refugeFileURLToPath } from 'node:url';",
        "import { dirname as __refugeDirname } from 'node:path';",
        'const require = __refugeCreateRequire(import.meta.url);',
        'const __filename = __refugeFileURLToPath(import.meta.url);',
        'const __dirname = __refugeDirname(__filename);',
      ].join(' '),
    },
    logLevel: 'warning',
  });

  // The sandboxed preload is one CommonJS file that may require only 'electron'.
  await esbuild.build({
    entryPoints: { preload: 'main/electron/preload.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['electron'],
    logLevel: 'warning',
  });
}

/** The React UI, with relative URLs so app:// and http://127.0.0.1 both serve it. */
async function buildRenderer() {
  await vite.build({ configFile: 'renderer/vite.config.ts', logLevel: 'warn' });
}
