/**
 * Fault injection: every vault operation (create, open with its migrations, new matter, draft
 * save, attach, rename, passphrase change, re-key, import, delete) is run in a real process that kills
 * itself (SIGKILL) just before its 1st, 2nd, … N-th change to the disk — every step, chosen by a
 * hook (fault-child.ts), not by timing. After each crash the vault must open, read every record,
 * list exactly its matters, and hold every write the process acknowledged before dying; and
 * nothing that was there before may be lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { Vault, VaultError, type Matter } from '../../main/vault/index.ts';

const PASS = 'correct horse battery';
const NEW_PASS = 'a new passphrase entirely';
const FAST = { kdf: { N: 2 ** 10 } };
const child = new URL('./fault-child.ts', import.meta.url).pathname;
const fixture = new URL('../fixtures/vault-v1/', import.meta.url).pathname;
const v1 = JSON.parse(readFileSync(join(fixture, 'expected.json'), 'utf8')) as {
  passphrase: string;
  matters: Matter[];
};

let root = '';
let base = '';
let baseMatter = '';
let backup = '';
let png = '';
const figures = { operations: 0, faults: 0, acknowledged: 0, lost: 0 };
const stepsOf: Record<string, number> = {};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'refuge-faults-'));
  base = join(root, 'base');
  const vault = await Vault.create(base, PASS, FAST);
  const at = new Date('2026-03-01T10:00:00Z');
  baseMatter = vault.createMatter(
    { title: 'Основа', client: { lastName: 'Осн', firstName: 'О' } },
    at,
  ).id;
  vault.saveDraft(
    baseMatter,
    {
      templateId: 'supreme-court-complaint',
      templateVersion: '1',
      lang: 'ru',
      answers: { facts: 'первая' },
    },
    at,
  );
  const other = await Vault.create(join(root, 'other'), PASS, FAST);
  const x = other.createMatter(
    { title: 'Из копии', client: { lastName: 'К', firstName: 'К' } },
    at,
  );
  other.saveDraft(
    x.id,
    {
      templateId: 'asylum-application',
      templateVersion: '1',
      lang: 'kk',
      answers: { facts: 'копия' },
    },
    at,
  );
  backup = join(root, 'backup.refuge');
  await other.exportTo(backup, PASS);
  const image = new PNG({ width: 2, height: 2 });
  image.data.fill(90);
  png = join(root, 'scan.png');
  writeFileSync(png, PNG.sync.write(image));
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  console.info(
    `fault injection: ${figures.operations} operations, ${figures.faults} crashes, ` +
      `${figures.acknowledged} acknowledged writes checked, ${figures.lost} lost ` +
      `(steps: ${Object.entries(stepsOf)
        .map(([op, n]) => `${op} ${n}`)
        .join(', ')})`,
  );
});

interface Run {
  readonly acks: readonly Record<string, unknown>[];
  readonly steps: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

function run(dir: string, op: string, crashAt: number, extra = '', pass = PASS): Promise<Run> {
  return new Promise((resolve) => {
    const p = spawn(
      process.execPath,
      ['--import', 'tsx', child, dir, op, String(crashAt), pass, extra],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    p.on('close', (_code, signal) => {
      const lines = out.split('\n');
      const acks = lines
        .filter((l) => l.startsWith('ack '))
        .map((l) => JSON.parse(l.slice(4)) as Record<string, unknown>);
      const last = lines.find((l) => l.startsWith('steps '));
      resolve({ acks, steps: last ? Number(last.slice(6)) : null, signal, stderr });
    });
  });
}

async function openEither(dir: string, acks: Run['acks']): Promise<Vault> {
  const changed = acks.some((a) => a.passphrase === NEW_PASS);
  try {
    return await Vault.open(dir, changed ? NEW_PASS : PASS);
  } catch (err) {
    // Not acknowledged: either passphrase may be the one on disk, never neither.
    if (changed || !(err instanceof VaultError) || err.code !== 'wrongPassphrase') throw err;
    return Vault.open(dir, NEW_PASS);
  }
}

/** After a crash (or a clean run): the vault opens whole and holds every acknowledged write. */
async function check(dir: string, op: string, acks: Run['acks']): Promise<void> {
  figures.acknowledged += acks.length;
  const lost = (ok: boolean): void => {
    if (!ok) figures.lost++;
    expect(ok).toBe(true);
  };
  if (op === 'create') {
    if (!existsSync(join(dir, 'vault.json'))) {
      lost(acks.length === 0);
      (await Vault.create(dir, PASS, FAST)).lock(); // the folder is usable again
      return;
    }
    expect((await Vault.open(dir, PASS)).listMatters()).toEqual([]);
    return;
  }
  if (op === 'open') {
    const vault = await Vault.open(dir, v1.passphrase);
    expect(vault.verify()).toEqual([]);
    for (const m of v1.matters) {
      let same = false;
      try {
        same = JSON.stringify(vault.getMatter(m.id)) === JSON.stringify(m);
      } catch {
        /* counted below */
      }
      lost(same);
    }
    return;
  }
  const vault = await openEither(dir, acks);
  expect(vault.verify()).toEqual([]);
  if (op === 'rekey') {
    // The re-key was finished (or never began): no journal left, every record, drafts too,
    // sealed under the one key generation the header names.
    expect(existsSync(join(dir, 'rekey.json'))).toBe(false);
    const epoch =
      (JSON.parse(readFileSync(join(dir, 'vault.json'), 'utf8')) as { keyEpoch?: number })
        .keyEpoch ?? 0;
    for (const f of readdirSync(join(dir, 'records'))) {
      const bytes = readFileSync(join(dir, 'records', f));
      expect(`${bytes.subarray(0, 4).toString()}:${bytes.readUInt32BE(4)}`, f).toBe(
        `RFG2:${epoch}`,
      );
    }
    lost(acks.length === 0 || epoch === 1);
  }
  const listed = vault
    .listMatters({ includeArchived: true })
    .map((m) => m.id)
    .sort();
  const records = vault
    .list()
    .filter((r) => r.startsWith('matter-'))
    .map((r) => r.slice(7))
    .sort();
  expect(listed).toEqual(records); // the index agrees with the records
  // What was there before the operation is there after it.
  const before = vault.getMatter(baseMatter);
  lost(
    before.drafts.some((d) => d.versions.some((v) => v.answers.facts === 'первая')) &&
      listed.includes(baseMatter),
  );
  const deleted = new Set(
    acks.flatMap((a) => (typeof a.deleting === 'string' ? [a.deleting] : [])),
  );
  for (const a of acks) {
    if (typeof a.deleted === 'string') lost(!listed.includes(a.deleted));
    else if (typeof a.filed === 'string') {
      const d = vault.getMatter(a.filed).drafts.find((x) => x.templateId === a.templateId);
      lost(d?.filed?.on === a.on && d?.versions.at(-1)?.answers.facts === 'первая');
    } else if (typeof a.draft === 'string') {
      const d = vault.getMatter(a.draft).drafts.find((x) => x.templateId === a.templateId);
      lost(d?.versions.at(-1)?.answers.facts === a.facts);
    } else if (typeof a.attachment === 'string' && typeof a.matter === 'string') {
      const bytes = vault.getAttachmentBytes(a.matter, a.attachment);
      lost(createHash('sha256').update(bytes).digest('hex') === a.sha256);
    } else if (typeof a.title === 'string' && typeof a.matter === 'string')
      lost(vault.getMatter(a.matter).title === a.title);
    else if (typeof a.matter === 'string' && !deleted.has(a.matter))
      lost(listed.includes(a.matter) && vault.getMatter(a.matter).id === a.matter);
    else if (Array.isArray(a.imported))
      for (const id of a.imported as string[])
        lost(vault.getMatter(id).drafts[0]?.versions[0]?.answers.facts === 'копия');
  }
}

/** Runs `tasks` two at a time (the machine has two cores shared with others). */
async function twoAtATime(tasks: (() => Promise<void>)[]): Promise<void> {
  const queue = [...tasks];
  await Promise.all(
    [0, 1].map(async () => {
      for (let t = queue.shift(); t; t = queue.shift()) await t();
    }),
  );
}

const OPERATIONS: readonly { op: string; prepare: (dir: string) => void; extra?: () => string }[] =
  [
    { op: 'create', prepare: () => undefined },
    { op: 'open', prepare: (dir) => cpSync(join(fixture, 'vault'), dir, { recursive: true }) },
    ...['matter', 'draft', 'filed', 'update', 'passwd', 'rekey', 'delete'].map((op) => ({
      op,
      prepare: (dir: string) => cpSync(base, dir, { recursive: true }),
    })),
    { op: 'attach', prepare: (dir) => cpSync(base, dir, { recursive: true }), extra: () => png },
    { op: 'import', prepare: (dir) => cpSync(base, dir, { recursive: true }), extra: () => backup },
  ];

describe('a crash at every step of every vault operation', () => {
  it.each(OPERATIONS.map((o) => [o.op, o] as const))(
    '%s: after a kill before each change to the disk, the vault opens with every acknowledged write',
    async (op, { prepare, extra }) => {
      const pass = op === 'open' ? v1.passphrase : PASS;
      const clean = join(root, `${op}-clean`);
      prepare(clean);
      const whole = await run(clean, op, 0, extra?.() ?? '', pass);
      expect(whole.stderr).toBe('');
      expect(whole.steps).toBeGreaterThan(0);
      await check(clean, op, whole.acks);
      figures.operations++;
      const steps = whole.steps ?? 0;
      stepsOf[op] = steps;
      await twoAtATime(
        Array.from({ length: steps }, (_, i) => async () => {
          const dir = join(root, `${op}-${i + 1}`);
          prepare(dir);
          const crashed = await run(dir, op, i + 1, extra?.() ?? '', pass);
          expect(crashed.signal, crashed.stderr).toBe('SIGKILL');
          figures.faults++;
          await check(dir, op, crashed.acks);
          rmSync(dir, { recursive: true, force: true });
        }),
      );
    },
    300_000,
  );
});
