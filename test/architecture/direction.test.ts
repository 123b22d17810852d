/**
 * The one-way rule between layers (docs/ARCHITECTURE.md) is enforced by lint, not by convention:
 * each case lints a small file that is not on disk, at a path inside the layer, through the
 * project's own eslint.config.js, and expects the import to be refused — or, for the controls,
 * allowed, so the rule cannot pass by refusing everything.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('front doors (main/ipc, main/cli) reach the services only through main/app', () => {
  it.each([
    ['main/ipc/probe.ts', "import { Vault as x } from '../vault/index.ts';"],
    ['main/ipc/probe.ts', "import { getServices as x } from '../services.ts';"],
    ['main/ipc/probe.ts', "import { runBatch as x } from '../batch/run.ts';"],
    ['main/cli/probe.ts', "import { bundleMatterFiling as x } from '../bundle/matter.ts';"],
    ['main/cli/probe.ts', "import { installPack as x } from '../packs/store.ts';"],
    ['main/cli/commands/probe.ts', "import { createEngine as x } from '../../engine/index.ts';"],
    ['main/cli/commands/probe.ts', "import { RenderPool as x } from '../../workers/pool.ts';"],
  ])('%s: %s is refused', async (file, code) => {
    const found = await refusals(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('main/app/');
  });

  it.each([
    ['main/ipc/probe.ts', "import { exportFiling as x } from '../app/filings.ts';"],
    ['main/cli/commands/probe.ts', "import { saveDraft as x } from '../../app/drafts.ts';"],
    ['main/cli/commands/probe.ts', "import { contract as x } from '../../api.ts';"],
    ['main/cli/probe.ts', "import { today as x } from '../../common/clock.ts';"],
    // Types carry no code across the boundary: the adapter names the session it is given.
    ['main/ipc/probe.ts', "import type { Session as x } from '../session.ts';"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await refusals(file, code)).toEqual([]);
  });
});

describe('services never import the contract, the use cases or the front doors', () => {
  it.each([
    ['main/vault/probe.ts', "import type { Prefs as x } from '../api.ts';"],
    ['main/batch/probe.ts', "import { startBatch as x } from '../app/batch.ts';"],
    ['main/bundle/probe.ts', "import { createHandlers as x } from '../ipc/index.ts';"],
    ['main/packs/probe.ts', "import { runCli as x } from '../cli/index.ts';"],
    ['main/workers/probe.ts', "import { contract as x } from '../api.ts';"],
    ['main/engine/probe.ts', "import { resolveFiling as x } from '../app/filings.ts';"],
    ['main/engine/layout/probe.ts', "import type { PreflightView as x } from '../../api.ts';"],
  ])('%s: %s is refused', async (file, code) => {
    const found = await refusals(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('services never import');
  });

  it('a service may still use another service and the engine (through its front door)', async () => {
    expect(
      await refusals(
        'main/bundle/probe.ts',
        "import { createEngine as x } from '../engine/index.ts';",
      ),
    ).toEqual([]);
    expect(
      await refusals('main/bundle/probe.ts', "import { runBatch as x } from '../batch/run.ts';"),
    ).toEqual([]);
  });
});
