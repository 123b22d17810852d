// Bundles the CLI into dist/ for a fast cold start: one file plus lazily loaded chunks
// (hyphenation patterns, the DOCX writer) that only load when a document needs them.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { build as viteBuild } from 'vite';

const only = process.argv.includes('--renderer') ? 'renderer' : 'all';

if (only === 'renderer') {
  await buildRenderer();
  process.exit(0);
}
rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: {
    cli: 'main/cli/index.ts',
    'render-worker': 'main/workers/render-worker.ts',
    'electron-main': 'main/electron/main.ts',
  },
  external: ['electron'],
  outdir: 'dist',
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
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['electron'],
  logLevel: 'warning',
});
await buildRenderer();

/** The React UI, with relative URLs so app:// and http://127.0.0.1 both serve it. */
async function buildRenderer() {
  await viteBuild({ configFile: 'renderer/vite.config.ts', logLevel: 'warn' });
}
