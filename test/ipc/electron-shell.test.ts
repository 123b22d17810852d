/**
 * The Electron shell's pure parts under plain Node: the preload exposes exactly the contract (one
 * function per use case, each to its own channel), main registers a guarded handler for every
 * channel and refuses callers that are not our page, the menu speaks the UI language, and the
 * app:// file resolver cannot be walked out of the built renderer.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { contract, methods, type Channel, type Handlers } from '../../main/api.ts';
import { createHandlers } from '../../main/ipc/handlers.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';
import {
  isTrustedSender,
  registerHandlers,
  type InvokeEventLike,
} from '../../main/electron/guard.ts';
import { buildMenuTemplate } from '../../main/electron/menu.ts';
import { resolveStaticPath } from '../../main/static-files.ts';
import { exposed, invoked } from '../helpers/electron-stub.ts';
import { tempDir } from '../helpers/temp.ts';
import type { Lang } from '../../common/lang.ts';

const channels = Object.keys(contract).sort();
const handlers = createHandlers(
  getServices(),
  new Session({
    vaultDir: join(tempDir('shell'), 'vault'),
    saveTarget: { choose: async () => null, chooseFolder: async () => null },
  }),
);

describe('preload = contract = handlers', () => {
  it('exposes one function per method and nothing else, each invoking its own channel', async () => {
    await import('../../main/electron/preload.ts');
    const api = exposed.refuge as Record<string, (payload: unknown) => Promise<unknown>>;
    expect(Object.keys(exposed)).toEqual(['refuge']);
    expect(Object.keys(api).sort()).toEqual(Object.keys(methods).sort());
    for (const [method, channel] of Object.entries(methods)) {
      invoked.length = 0;
      await api[method]?.({ probe: method });
      expect(invoked).toEqual([{ channel, payload: { probe: method } }]);
    }
    expect(new Set(Object.values(methods)).size).toBe(channels.length);
    expect([...new Set(Object.values(methods))].sort()).toEqual(channels);
  });

  it('has a handler for every channel of the contract, and only those', () => {
    expect(Object.keys(handlers).sort()).toEqual(channels);
  });
});

function frame(url: string, parent: unknown = null): InvokeEventLike {
  return { senderFrame: { url, parent } };
}

describe('the IPC guard', () => {
  it.each([
    ['our page', frame('app://refuge/index.html'), true],
    ['our page with a fragment', frame('app://refuge/index.html#/matter'), true],
    ['a subframe of our page', frame('app://refuge/index.html', {}), false],
    ['another app:// host', frame('app://evil/index.html'), false],
    ['a web page', frame('https://refuge.example/'), false],
    ['a file URL', frame('file:///tmp/index.html'), false],
    ['a garbled URL', frame('not a url'), false],
    ['a destroyed frame', { senderFrame: null }, false],
  ])('%s → %s', (_what, event, trusted) => {
    expect(isTrustedSender(event)).toBe(trusted);
  });

  it('registers every channel; a refused caller never reaches the handler', async () => {
    const calls: string[] = [];
    const registered = new Map<string, (event: InvokeEventLike, payload: unknown) => unknown>();
    const recording = Object.fromEntries(
      channels.map((c) => [c, async () => (calls.push(c), { ok: true, value: c })]),
    ) as unknown as Handlers;
    const listed = registerHandlers({ handle: (c, l) => void registered.set(c, l) }, recording);
    expect([...listed].sort()).toEqual(channels);
    expect([...registered.keys()].sort()).toEqual(channels);

    const listener = registered.get('vault:wipe' satisfies Channel);
    expect(await listener?.(frame('https://evil.example/'), {})).toMatchObject({
      ok: false,
      error: { code: 'invalidPayload' },
    });
    expect(calls).toEqual([]);
    expect(await listener?.(frame('app://refuge/index.html'), {})).toEqual({
      ok: true,
      value: 'vault:wipe',
    });
    expect(calls).toEqual(['vault:wipe']);
  });

  it('validates payloads in main: a malformed call is an error as data, not a crash', async () => {
    for (const channel of channels as Channel[]) {
      const answer = await handlers[channel]({ __proto__: { polluted: true }, junk: 1 });
      expect(answer, channel).toHaveProperty('ok');
    }
    const bad = await handlers['filing:preview']({ templateId: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalidPayload' } });
  });
});

describe('the application menu', () => {
  const labels = (lang: Lang): string[] =>
    buildMenuTemplate(lang, { lock: () => undefined }, 'win32').flatMap((top) => [
      String(top.label),
      ...(Array.isArray(top.submenu) ? top.submenu : [])
        .filter((item) => item.type !== 'separator')
        .map((item) => String(item.label)),
    ]);

  it.each(['ru', 'kk'] as const)('is all in Cyrillic in %s', (lang) => {
    for (const label of labels(lang)) expect(label, label).not.toMatch(/[A-Za-z]/);
  });

  it('is in English in en, and every language labels the same items', () => {
    expect(labels('en')).toContain('Lock the vault');
    expect(labels('ru')).toHaveLength(labels('en').length);
    expect(labels('kk')).toHaveLength(labels('en').length);
    expect(new Set(labels('ru')).size).toBe(labels('ru').length);
  });

  it('locks from the menu, with the shortcut shown but handled by the page', () => {
    let locked = 0;
    const file = buildMenuTemplate('ru', { lock: () => (locked += 1) }, 'linux')[0];
    const lock = (Array.isArray(file?.submenu) ? file.submenu : []).find(
      (i) => i.label === 'Заблокировать хранилище',
    );
    expect(lock?.accelerator).toBe('CmdOrCtrl+Shift+L');
    expect(lock?.registerAccelerator).toBe(false);
    (lock?.click as () => void)();
    expect(locked).toBe(1);
  });
});

describe('app:// files', () => {
  const root = resolve('dist/renderer');
  it.each([
    ['/', join(root, 'index.html')],
    ['/index.html?x=1#y', join(root, 'index.html')],
    ['/assets/index-abc.js', join(root, 'assets', 'index-abc.js')],
    ['/assets/%D1%88%D1%80%D0%B8%D1%84%D1%82.ttf', join(root, 'assets', 'шрифт.ttf')],
  ])('%s resolves inside the built renderer', (url, expected) => {
    expect(resolveStaticPath(root, url)).toBe(expected);
  });

  it.each([
    '/../package.json',
    '/assets/../../main/api.ts',
    '/%2e%2e/package.json',
    '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/..%5c..%5cpackage.json',
    '/index.html%00.png',
    '/%E0%A4%A',
  ])('%s is refused', (url) => {
    expect(resolveStaticPath(root, url)).toBeNull();
  });
});

describe('packaging', () => {
  const builder = readFileSync('electron-builder.yml', 'utf8');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    main: string;
    devDependencies: Record<string, string>;
  };

  it('packs the Electron the app is developed against', () => {
    expect(/^electronVersion: (\S+)$/m.exec(builder)?.[1]).toBe(
      pkg.devDependencies.electron?.replace(/^\^/, ''),
    );
    expect(pkg.main).toBe('dist/electron-main.js');
  });

  it('burns the fuses that stop the app being run as Node or with injected code', () => {
    for (const fuse of [
      'runAsNode: false',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'enableEmbeddedAsarIntegrityValidation: true',
      'onlyLoadAppFromAsar: true',
    ])
      expect(builder).toContain(`  ${fuse}`);
  });

  it('builds for Windows, macOS and Linux, and never ships the test bridge', () => {
    expect(builder).toMatch(/^win:/m);
    expect(builder).toMatch(/^mac:/m);
    expect(builder).toMatch(/^linux:/m);
    expect(builder).toContain("'!**/bridge/**'");
  });
});
