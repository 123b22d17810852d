// Builds the CLI into dist/ for a fast cold start (esbuild): one file plus lazily loaded chunks
// (hyphenation patterns, the DOCX writer) that only load when a document needs them.
//   node scripts/build.mjs              everything
//   node scripts/build.mjs --prepare    the same, run by `npm ci`; without the build tools
//                                       (npm ci --omit=dev) it says so and builds nothing
//   node scripts/build.mjs --renderer   the UI only
//   node scripts/build.mjs --main --outdir <dir>   the Node entry points and fonts only, elsewhere
//   node scripts/build.mjs --if-stale   dist/ only, and only when a source changed since
//                                       (dist/build-stamp.json); the UI too if it is missing
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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
// `--main --outdir <dir>`: only the Node entry points and fonts, elsewhere (the shell's smoke test
// builds its own); no stamp, no precompiled templates (services compile them at run time).
const outdirAt = process.argv.indexOf('--outdir');
if (process.argv.includes('--main')) {
  const out = outdirAt > 0 ? process.argv[outdirAt + 1] : 'dist';
  rmSync(out, { recursive: true, force: true });
  await buildNode(out);
  copyFonts(out);
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
  await buildNode('dist');
  copyFonts('dist');
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

/**
 * Two parts of dependencies that every process loaded and none uses (docs/DESIGN-NOTES.md): zod's
 * error messages in 48 languages (our schema errors are English, the default, and never
 * translated by zod), and the source-map library Handlebars loads to map compiled templates back
 * to their sources — only asked for with a `srcName` we never pass; without it Handlebars uses
 * its own code builder, as it does in a browser.
 */
function unusedAtStartUp() {
  return {
    name: 'refuge-unused-at-start-up',
    setup(build) {
      build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
        /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer)
          ? { path: 'zod-locales', namespace: 'refuge-trimmed', pluginData: args.resolveDir }
          : undefined,
      );
      build.onResolve({ filter: /^source-map$/ }, (args) =>
        /[\\/]handlebars[\\/]/.test(args.importer)
          ? { path: 'source-map', namespace: 'refuge-trimmed' }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'refuge-trimmed' }, (args) =>
        args.path === 'zod-locales'
          ? {
              contents: "export { default as en } from '../locales/en.js';",
              resolveDir: args.pluginData,
            }
          : { contents: 'module.exports = {};', loader: 'js' },
      );
    },
  };
}

async function buildNode(out) {
  await esbuild.build({
    entryPoints: {
      cli: 'main/cli/index.ts',
      'render-worker': 'main/workers/render-worker.ts',
      'electron-main': 'main/electron/main.ts',
    },
    external: ['electron'],
    // pdf-lib's ES build, so dist/ keeps only what we use of it (its CommonJS index loads
    // forms, appearances and the standard fonts at start-up).
    alias: { 'pdf-lib': 'pdf-lib/es/index.js' },
    plugins: [unusedAtStartUp()],
    outdir: out,
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
    // CommonJS dependencies built into ESM need a real `require`.
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
    outdir: out,
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

/**
 * The document fonts beside the build (dist/fonts), so the packaged app ships no node_modules:
 * everything else it runs is built into dist/, and the pdf.js worker is emitted by Vite into dist/renderer.
 */
function copyFonts(out) {
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve('@expo-google-fonts/tinos/package.json'));
  mkdirSync(join(out, 'fonts'), { recursive: true });
  for (const file of [
    '400Regular/Tinos_400Regular.ttf',
    '700Bold/Tinos_700Bold.ttf',
    '400Regular_Italic/Tinos_400Regular_Italic.ttf',
    '700Bold_Italic/Tinos_700Bold_Italic.ttf',
  ])
    copyFileSync(join(pkg, file), join(out, 'fonts', file.split('/')[1]));
  copyFileSync(join(pkg, 'LICENSE_FONT'), join(out, 'fonts', 'LICENSE_FONT'));
}
