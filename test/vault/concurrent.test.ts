/**
 * Three real processes write to one vault at once (as the app, the browser version and the CLI
 * may): each creates matters and saves draft versions of one shared matter, on a template of
 * its own and on one they all share. Every acknowledged write must be there afterwards.
 * Before the lock, 120 matters from two processes kept 107, and 60 draft saves kept 38.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Vault } from '../../main/vault/index.ts';

const PASS = 'correct horse battery';
const WRITERS = ['a', 'b', 'c'];
const EACH = 15; // 3 × 15 = 45 versions of the shared draft: under the 50 a draft keeps
const child = new URL('./concurrent-child.ts', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'refuge-concurrent-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Writer {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly lines: string[];
  readonly ready: Promise<void>;
  readonly exited: Promise<number | null>;
}

function start(dir: string, name: string, shared: string): Writer {
  const proc = spawn(process.execPath, [
    '--import',
    'tsx',
    child,
    dir,
    PASS,
    name,
    shared,
    String(EACH),
  ]);
  const lines: string[] = [];
  let buffer = '';
  let stderr = '';
  let onReady = (): void => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  proc.stdout.on('data', (d: Buffer) => {
    buffer += d.toString('utf8');
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      if (line === 'ready') onReady();
    }
  });
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve) =>
    proc.on('close', (code) => {
      if (stderr) lines.push(`stderr ${stderr}`);
      resolve(code);
    }),
  );
  return { proc, lines, ready, exited };
}

describe('writers in several processes at once', () => {
  it('lose nothing: every matter and every draft version acknowledged is in the vault', async () => {
    const dir = join(root, 'vault');
    const vault = await Vault.create(dir, PASS, { kdf: { N: 2 ** 10 } });
    const shared = vault.createMatter(
      { title: 'Общее', client: { lastName: 'Общ', firstName: 'О' } },
      new Date('2026-05-01T09:00:00Z'),
    ).id;
    vault.lock();
    const writers = WRITERS.map((name) => start(dir, name, shared));
    await Promise.all(writers.map((w) => w.ready));
    for (const w of writers) w.proc.stdin.end('go\n'); // all at once
    const codes = await Promise.all(writers.map((w) => w.exited));
    expect(
      codes,
      writers.flatMap((w) => w.lines.filter((l) => l.startsWith('stderr'))).join('\n'),
    ).toEqual([0, 0, 0]);

    const acks = writers.flatMap((w) =>
      w.lines
        .filter((l) => l.startsWith('ack '))
        .map((l) => JSON.parse(l.slice(4)) as Record<string, unknown>),
    );
    expect(acks).toHaveLength(WRITERS.length * EACH * 3);
    const reopened = await Vault.open(dir, PASS);
    expect(reopened.verify()).toEqual([]);
    const listed = new Set(reopened.listMatters().map((m) => m.id));
    const drafts = reopened.getMatter(shared).drafts;
    const missing = acks.filter((a) => {
      if (typeof a.matter === 'string') return !listed.has(a.matter);
      const d = drafts.find((x) => x.templateId === a.templateId);
      return !d?.versions.some((v) => v.answers.name === a.name && v.answers.i === a.i);
    });
    expect(missing).toEqual([]);
    expect(listed.size).toBe(1 + WRITERS.length * EACH);
    expect(reopened.repairs).toEqual([]); // nothing was left to repair either
  }, 180_000);
});
