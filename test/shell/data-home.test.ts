/**
 * One data folder for every entry point (issue 23): the desktop app's main, the CLI and the web
 * bridge all ask main/paths.ts, so a matter made in the app can be batched from the CLI. The
 * built main process is checked to use it too, in test/shell/electron-main.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PRODUCT_NAME,
  adoptLegacyVault,
  legacyAppVaultDir,
  portableDir,
  resolveDataHome,
} from '../../main/paths.ts';
import { tempDir } from '../helpers/temp.ts';

describe('the data folder on each OS', () => {
  it.each([
    [
      'win32',
      { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' },
      'C:\\Users\\a\\AppData\\Roaming\\Refuge',
    ],
    ['win32', {}, 'C:\\Users\\a\\AppData\\Roaming\\Refuge'],
    ['darwin', {}, '/Users/a/Library/Application Support/Refuge'],
    ['linux', {}, '/home/a/.local/share/Refuge'],
    ['linux', { XDG_DATA_HOME: '/data/a' }, '/data/a/Refuge'],
    ['linux', { XDG_DATA_HOME: '' }, '/home/a/.local/share/Refuge'],
    ['linux', { REFUGE_HOME: '/mnt/stick/r' }, '/mnt/stick/r'],
  ] as const)('%s %j → %s', (platform, env, expected) => {
    const home =
      platform === 'win32' ? 'C:\\Users\\a' : platform === 'darwin' ? '/Users/a' : '/home/a';
    expect(resolveDataHome({ platform, env, home })).toBe(expected);
  });

  it('portable mode keeps everything beside the app, unless REFUGE_HOME says otherwise', () => {
    expect(
      resolveDataHome({
        platform: 'win32',
        env: {},
        home: 'C:\\Users\\a',
        portableDir: 'E:\\Refuge',
      }),
    ).toBe('E:\\Refuge\\RefugeData');
    expect(
      resolveDataHome({
        platform: 'linux',
        env: { REFUGE_HOME: '/x' },
        home: '/h',
        portableDir: '/p',
      }),
    ).toBe('/x');
  });

  it('finds a portable app by PORTABLE_EXECUTABLE_DIR or a `portable` file beside it', () => {
    const dir = tempDir('portable');
    const exe = join(dir, 'Refuge');
    expect(portableDir(exe, {})).toBeUndefined();
    expect(portableDir(exe, { PORTABLE_EXECUTABLE_DIR: 'E:\\' })).toBe('E:\\');
    writeFileSync(join(dir, 'portable'), '');
    expect(portableDir(exe, {})).toBe(dir);
  });

  it('is named after the product, as the package and the installer name it', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { productName?: string };
    expect(pkg.productName).toBe(PRODUCT_NAME);
    expect(readFileSync('electron-builder.yml', 'utf8')).toMatch(/^productName: Refuge$/m);
  });
});

describe('the CLI', () => {
  it('makes its vault in the same folder the app resolves, with no REFUGE_HOME', () => {
    const home = tempDir('home');
    mkdirSync(join(home, '.local', 'share'), { recursive: true });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HOME: home,
      USERPROFILE: home,
      APPDATA: join(home, 'AppData', 'Roaming'),
      REFUGE_LANG: 'en',
    };
    delete env.REFUGE_HOME;
    delete env.XDG_DATA_HOME;
    const result = spawnSync(
      process.execPath,
      ['bin/refuge.js', 'vault', 'init', '--passphrase-stdin'],
      { encoding: 'utf8', input: 'a long vault passphrase\n', env },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const expected = join(
      resolveDataHome({ platform: process.platform, env: { APPDATA: env.APPDATA }, home }),
      'vault',
    );
    expect(result.stdout).toContain(`Vault created in ${expected}.`);
    expect(readFileSync(join(expected, 'vault.json'), 'utf8')).toContain('{');
  }, 60_000);
});

describe('a vault an older desktop build kept under ~/.config/refuge (Linux)', () => {
  it('moves into the one data folder once, and never over an existing vault', () => {
    const home = tempDir('legacy-home');
    const legacy = join(home, '.config', 'refuge', 'vault');
    mkdirSync(legacy, { recursive: true });
    writeFileSync(join(legacy, 'vault.json'), '{"sealed":"old"}');
    const context = { platform: 'linux' as const, env: {}, home };
    expect(legacyAppVaultDir({ ...context, platform: 'win32' })).toBeUndefined();
    expect(legacyAppVaultDir({ ...context, env: { REFUGE_HOME: '/x' } })).toBeUndefined();
    expect(adoptLegacyVault(context)).toBe('moved');
    const moved = join(resolveDataHome(context), 'vault', 'vault.json');
    expect(readFileSync(moved, 'utf8')).toBe('{"sealed":"old"}');
    // A second old vault appearing later never replaces the one in use.
    mkdirSync(legacy, { recursive: true });
    writeFileSync(join(legacy, 'vault.json'), '{"sealed":"other"}');
    expect(adoptLegacyVault(context)).toBe('kept');
    expect(readFileSync(moved, 'utf8')).toBe('{"sealed":"old"}');
    rmSync(home, { recursive: true, force: true });
  });
});
