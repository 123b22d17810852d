/**
 * What the desktop package ships (issue 23). electron-builder copies into the app every module its
 * dependency collection returns (`npm list --omit dev`, optional dependencies included): this runs
 * that very collection, without packaging or downloading anything, and fails if electron or any
 * package would ship — everything the app runs is built into dist/. It also proves dist/ needs
 * no node_modules: a copy laid out as in the package renders a filing with its embedded fonts.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pdfText } from '../helpers/extract.ts';
import { sampleOn } from '../helpers/golden.ts';
import { testDay } from '../helpers/clock.ts';
import { tempDir } from '../helpers/temp.ts';

interface Collected {
  readonly nodeModules: readonly { readonly name: string }[];
}
interface CollectorModule {
  getCollectorByPackageManager(
    pm: string,
    rootDir: string,
    tmp: unknown,
  ): { getNodeModules(options: { packageName: string }): Promise<Collected> };
  PM: { NPM: string };
}
interface TmpDirModule {
  TmpDir: new (name: string) => { cleanup(): Promise<void> };
}

const require = createRequire(import.meta.url);
const { getCollectorByPackageManager, PM } =
  require('app-builder-lib/out/node-module-collector/index.js') as CollectorModule;
const { TmpDir } = require('temp-file') as TmpDirModule;

async function shipped(projectDir: string, packageName: string): Promise<string[]> {
  const tmp = new TmpDir('refuge-packaging-test');
  try {
    const collector = getCollectorByPackageManager(PM.NPM, projectDir, tmp);
    return (await collector.getNodeModules({ packageName })).nodeModules.map((m) => m.name);
  } finally {
    await tmp.cleanup();
  }
}

describe('the desktop package', () => {
  it('ships no node_modules: not electron, not a package the build already bundles', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>;
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.optionalDependencies).toBeUndefined();
    expect(await shipped(resolve('.'), 'refuge')).toEqual([]);
  }, 60_000);

  it('the same collection does see a production dependency when one is declared', async () => {
    const project = tempDir('packaging-probe');
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'probe', version: '1.0.0', dependencies: { fflate: '*' } }),
    );
    symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'junction');
    expect(await shipped(project, 'probe')).toEqual(['fflate']);
  }, 60_000);

  it('has an icon electron-builder can make every platform’s set from (a PNG of 1024×1024)', () => {
    const png = readFileSync('build/icon.png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });

  it('runs from dist/ with no node_modules anywhere: a filing renders with its fonts', () => {
    const root = tempDir('packaging-dist');
    const built = spawnSync(
      process.execPath,
      ['scripts/build.mjs', '--main', '--outdir', join(root, 'dist')],
      { encoding: 'utf8' },
    );
    expect(built.status, built.stderr).toBe(0);
    cpSync('templates', join(root, 'templates'), { recursive: true });
    const answers = join(root, 'answers.json');
    writeFileSync(
      answers,
      JSON.stringify(sampleOn('templates/supreme-court-complaint/samples/complex.json', testDay())),
    );
    const out = join(root, 'filing.pdf');
    const run = spawnSync(
      process.execPath,
      [join(root, 'dist', 'cli.js'), 'render', 'supreme-court-complaint', answers, '-o', out],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, REFUGE_HOME: join(root, 'home'), REFUGE_TODAY: testDay() },
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const text = pdfText(readFileSync(out));
    expect(text).toContain('В Верховный Суд Республики Казахстан');
    expect(readFileSync(out).toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+Tinos-Regular/);
  }, 120_000);
});
