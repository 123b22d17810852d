#!/usr/bin/env node
// The `refuge` command: the bundled CLI when built (fast start), else the TypeScript sources via tsx.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundled = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
let runCli;
if (existsSync(bundled)) {
  ({ runCli } = await import(bundled));
} else {
  const { tsImport } = await import('tsx/esm/api');
  ({ runCli } = await tsImport('../main/cli/index.ts', import.meta.url));
}
process.exitCode = await runCli(process.argv.slice(2));
