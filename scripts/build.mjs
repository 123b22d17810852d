// Bundles the CLI into dist/ for a fast cold start: one file plus lazily loaded chunks
// (hyphenation patterns, the DOCX writer) that only load when a document needs them.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'main/cli/index.ts', 'render-worker': 'main/workers/render-worker.ts' },
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
