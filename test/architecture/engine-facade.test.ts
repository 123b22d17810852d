/**
 * The engine's one front door (main/engine/index.ts, issue 20): ESLint refuses any import of the
 * engine's files from outside main/engine/ other than the facade — values and types alike, from
 * the services, the front doors (the Electron shell has rules of its own, which must keep this
 * one), the bench and the build scripts. Tests may import internals. Each case is linted as an
 * in-memory file at the path it names, against the project's own eslint.config.js.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const RULE = '@typescript-eslint/no-restricted-imports';
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function facadeErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === RULE)
    .map((m) => m.message)
    .filter((m) => m.includes('main/engine/index.ts'));
}

describe('the engine facade', () => {
  it.each([
    ['main/bundle/probe.ts', "import { DocumentFace } from '../engine/pdf/pdf.ts';\n"],
    ['main/bundle/probe.ts', "import type { FontBytes } from '../engine/fonts/faces.ts';\n"],
    ['main/cli/probe.ts', "import { MarkupError } from '../engine/markup.ts';\n"],
    ['main/probe.ts', "import { loadHyphenator } from './engine/hyphenation/index.ts';\n"],
    ['main/electron/probe.ts', "import { createEngine } from '../engine/render.ts';\n"],
    ['bench/probe.ts', "import { PAGE } from '../main/engine/style.ts';\n"],
    ['scripts/probe.ts', "export { precompileTemplate } from '../main/engine/handlebars.ts';\n"],
  ])('refuses %s importing past it: %s', async (file, code) => {
    expect(await facadeErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['main/bundle/probe.ts', "import { createOverlayFont } from '../engine/index.ts';\n"],
    ['main/probe.ts', "import type { Engine } from './engine/index.ts';\n"],
    ['main/electron/probe.ts', "import { createEngine } from '../engine/index.ts';\n"],
    ['bench/probe.ts', "import { PAGE } from '../main/engine/index.ts';\n"],
    ['main/engine/probe.ts', "import { DocumentFace } from './pdf/pdf.ts';\n"],
    ['main/engine/docx/probe.ts', "import { PAGE } from '../style.ts';\n"],
    ['test/engine/probe.test.ts', "import { DocumentFace } from '../../main/engine/pdf/pdf.ts';\n"],
  ])('allows %s: %s', async (file, code) => {
    expect(await facadeErrors(file, code)).toEqual([]);
  });
});
