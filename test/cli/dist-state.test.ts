/**
 * `refuge` runs the build in dist/ only when it was built from the sources as they are: a
 * changed, added or removed source makes it stale, and a stale build that cannot be rebuilt is
 * refused with a message — never run.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distState, fingerprint, STAMP } from '../../scripts/dist-state.mjs';
import { tempDir } from '../helpers/temp.ts';

/** A checkout in miniature: sources, a build whose runCli says it ran, bin/refuge.js. */
function checkout(): string {
  const root = tempDir('dist-state');
  for (const dir of ['main/cli', 'common', 'templates/x', 'dist', 'bin', 'scripts'])
    mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, 'main/cli/index.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'common/text.ts'), 'export const b = 2;\n');
  writeFileSync(join(root, 'templates/x/template.ru.hbs'), '<filing></filing>\n');
  writeFileSync(
    join(root, 'dist/cli.js'),
    "export async function runCli(args) { process.stdout.write('dist ran ' + args.join(' ')); return 0; }\n",
  );
  copyFileSync('bin/refuge.js', join(root, 'bin/refuge.js'));
  copyFileSync('scripts/dist-state.mjs', join(root, 'scripts/dist-state.mjs'));
  return root;
}

const stamp = (root: string): void =>
  writeFileSync(join(root, STAMP), JSON.stringify({ sources: fingerprint(root) }));

const refuge = (root: string) =>
  spawnSync(process.execPath, [join(root, 'bin/refuge.js'), 'templates'], {
    encoding: 'utf8',
    env: { ...process.env, REFUGE_DEV: '' },
  });

describe('the build and its sources', () => {
  it('is missing until built, fresh once stamped, stale after any change', () => {
    const root = checkout();
    expect(distState(root)).toBe('missing');
    stamp(root);
    expect(distState(root)).toBe('fresh');

    writeFileSync(join(root, 'common/text.ts'), 'export const b = 3;\n'); // same size
    utimesSync(join(root, 'common/text.ts'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(distState(root)).toBe('stale');
    stamp(root);
    writeFileSync(join(root, 'templates/x/template.ru.hbs'), '<filing>x</filing>\n');
    expect(distState(root)).toBe('stale');
    stamp(root);
    writeFileSync(join(root, 'main/new.ts'), '');
    expect(distState(root)).toBe('stale');
    stamp(root);
    rmSync(join(root, 'main/new.ts'));
    expect(distState(root)).toBe('stale');
    stamp(root);
    expect(distState(root)).toBe('fresh');
    rmSync(join(root, 'dist/cli.js'));
    expect(distState(root)).toBe('missing');
  });

  it('runs a fresh build, and refuses a stale one it cannot rebuild, saying why', () => {
    const root = checkout();
    stamp(root);
    const fresh = refuge(root);
    expect(fresh.stdout).toBe('dist ran templates');
    expect(fresh.status).toBe(0);

    writeFileSync(join(root, 'main/cli/index.ts'), 'export const a = 2;\n');
    const stale = refuge(root);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toBe('');
    expect(stale.stderr).toContain('dist/ is older than the sources');
    expect(stale.stderr).toContain('npm ci');

    rmSync(join(root, STAMP));
    const missing = refuge(root);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('dist/ is not built');
  });
});
