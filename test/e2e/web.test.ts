/**
 * `npm run web` as a user runs it: builds the renderer, serves it with its CSP on 127.0.0.1 at a
 * printed address, keeps the vault under REFUGE_HOME, and answers the API only with the token.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { tempDir } from '../helpers/temp.ts';

const home = tempDir('web');
let child: ChildProcess | null = null;
afterAll(() => {
  if (child?.pid) process.kill(-child.pid, 'SIGTERM');
  rmSync(home, { recursive: true, force: true });
});

function started(): Promise<{ url: string; output: string }> {
  child = spawn('npm', ['run', 'web', '--', '--export-dir', join(home, 'exports')], {
    env: { ...process.env, REFUGE_HOME: home },
    detached: true, // its own process group: npm, the build and the server stop together
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no address printed:\n${output}`)), 120_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
      // The banner's last line: everything before it has been printed too.
      if (url && output.includes('Loopback only')) {
        clearTimeout(timer);
        resolve({ url, output });
      }
    };
    child?.stdout?.on('data', read);
    child?.stderr?.on('data', read);
    child?.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

describe('npm run web', () => {
  it('serves the app on loopback with its CSP, and the API only with the token', async () => {
    const { url, output } = await started();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{32}$/);
    expect(output).toContain(`Vault: ${join(home, 'vault')}`);
    const origin = new URL(url).origin;

    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(
      /default-src 'none'|default-src 'self'/,
    );
    expect(await page.text()).toContain('<div id="root">');

    const refused = await fetch(`${origin}/api/vault:status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(refused.status).toBe(401);
    const token = /#token=([\w-]+)/.exec(url)?.[1] ?? '';
    const status = await fetch(`${origin}/api/vault:status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-refuge-token': token },
      body: '{}',
    });
    expect(await status.json()).toMatchObject({ ok: true, value: { state: 'none' } });
    expect(existsSync(join(home, 'vault'))).toBe(false); // nothing written before a vault is made
  }, 180_000);
});
