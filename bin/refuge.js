#!/usr/bin/env node
// The `refuge` command: from the TypeScript sources when they are here (a checkout, always
// current), else the bundled CLI (a packaged build, fast start).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const sources = fileURLToPath(new URL('../main/cli/index.ts', import.meta.url));
let runCli;
if (existsSync(sources)) {
  const { tsImport } = await import('tsx/esm/api');
  ({ runCli } = await tsImport('../main/cli/index.ts', import.meta.url));
} else {
  ({ runCli } = await import(new URL('../dist/cli.js', import.meta.url).href));
}
process.exitCode = await runCli(process.argv.slice(2));
