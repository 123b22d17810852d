/**
 * What every `refuge` command loads before it knows which command it runs (issue 19, the cold
 * start's peak RSS): the modules `main/cli/index.ts` imports statically, as esbuild bundles them.
 * The vault and the bundle's image decoders load only for the commands that use them; dist/ leaves
 * out zod's messages in other languages and the source-map library, which nothing uses.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Every input reached from `entry` through static imports (dynamic ones are loaded on demand). */
async function staticallyLoaded(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    outdir: 'out',
    external: ['electron'],
    logLevel: 'silent',
  });
  const inputs = result.metafile.inputs;
  const seen = new Set([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift())
    for (const imp of inputs[file]?.imports ?? [])
      if (!imp.external && imp.kind !== 'dynamic-import' && !seen.has(imp.path)) {
        seen.add(imp.path);
        queue.push(imp.path);
      }
  return [...seen];
}

describe('what a command loads at start-up', () => {
  it('is not the vault nor the image decoders of court bundles', async () => {
    const loaded = await staticallyLoaded('main/cli/index.ts');
    expect(loaded).toContain('main/app/errors.ts'); // the walk does follow the CLI's imports
    expect(loaded).toContain('main/services.ts');
    const heavy = loaded.filter((f) =>
      /^main\/vault\/index\.ts$|^main\/bundle\/(images|assemble|matter)\.ts$|node_modules\/(pngjs|jpeg-js|exifr)\//.test(
        f,
      ),
    );
    expect(heavy).toEqual([]);
  });

  it('dist/ holds zod in English only and no source-map library', () => {
    const out = tempDir('start-up-build');
    const run = spawnSync(process.execPath, ['scripts/build.mjs', '--main', '--outdir', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const code = readdirSync(out)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(out, f), 'utf8'))
      .join('\n');
    const zodLocales = new Set(
      [...code.matchAll(/\/\/ \S*zod\/v4\/locales\/([\w-]+)\.js/g)].map((m) => m[1]),
    );
    expect([...zodLocales]).toEqual(['en']);
    expect(code).toContain('zod/v4/classic/schemas.js');
    expect(code).not.toMatch(/\/\/ \S*source-map\/lib\//);
    expect(code).toContain('handlebars/compiler/code-gen.js');
  });
});
