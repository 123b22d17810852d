// Bundles the CLI into dist/ for a fast cold start: one file plus lazily loaded chunks
// (hyphenation patterns, the DOCX writer) that only load when a document needs them.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build as viteBuild } from 'vite';

const only = process.argv.includes('--renderer') ? 'renderer' : 'all';
// `--main --outdir <dir>`: only the Node bundles, elsewhere (the shell's smoke test builds its own).
const mainOnly = process.argv.includes('--main');
const outdirAt = process.argv.indexOf('--outdir');
const out = outdirAt > 0 ? process.argv[outdirAt + 1] : 'dist';

if (only === 'renderer') {
  await buildRenderer();
  process.exit(0);
}
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: {
    cli: 'main/cli/index.ts',
    'render-worker': 'main/workers/render-worker.ts',
    'electron-main': 'main/electron/main.ts',
  },
  external: ['electron'],
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
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
await build({
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
copyFonts();
if (!mainOnly) await buildRenderer();

/**
 * The document fonts beside the bundle (dist/fonts), so the packaged app ships no node_modules:
 * everything else it runs is bundled, and the pdf.js worker is emitted by Vite into dist/renderer.
 */
function copyFonts() {
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

/** The React UI, with relative URLs so app:// and http://127.0.0.1 both serve it. */
async function buildRenderer() {
  await viteBuild({ configFile: 'renderer/vite.config.ts', logLevel: 'warn' });
}
