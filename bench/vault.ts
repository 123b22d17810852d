/**
 * `npm run bench -- vault`: unlock time with the default KDF, listing 1 000 matters after unlock,
 * and saving a draft (p50/p95 over distinct drafts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Vault } from '../main/vault/index.ts';
import { seededRandom } from './variants.ts';
import { median } from './stats.ts';

const PASS = 'benchmark passphrase';

export async function runVaultBench(json: boolean): Promise<number> {
  const dir = join(mkdtempSync(join(tmpdir(), 'refuge-vault-bench-')), 'vault');
  try {
    const random = seededRandom(7);
    const vault = await Vault.create(dir, PASS);
    const ids: string[] = [];
    const names = ['Кузнецов', 'Волков', 'Әбілов', 'Монгуш', 'Белова', 'Орлов'];
    for (let i = 0; i < 1000; i++) {
      const last = names[Math.floor(random() * names.length)] ?? 'Кузнецов';
      ids.push(
        vault.createMatter({
          title: `Дело ${i}`,
          client: { lastName: last, firstName: `Клиент${i}` },
        }).id,
      );
    }
    vault.lock();
    const fittedLog2N = Math.log2(
      (JSON.parse(readFileSync(join(dir, 'vault.json'), 'utf8')) as { kdf: { N: number } }).kdf.N,
    );
    const unlocks: number[] = [];
    const lists: number[] = [];
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      const v = await Vault.open(dir, PASS);
      const t1 = performance.now();
      const listed = v.listMatters({ query: r === 0 ? '' : 'әбілов' });
      const t2 = performance.now();
      if (r === 0 && listed.length !== 1000) throw new Error('not all matters listed');
      unlocks.push(t1 - t0);
      lists.push(t2 - t1);
      v.lock();
    }
    const v = await Vault.open(dir, PASS);
    const saves: number[] = [];
    for (let i = 0; i < 100; i++) {
      const id = ids[Math.floor(random() * ids.length)] as string;
      const t0 = performance.now();
      v.saveDraft(id, {
        templateId: 'supreme-court-complaint',
        templateVersion: '1.0.0',
        lang: 'ru',
        answers: { facts: `Версия ${i} `.repeat(50 + (i % 40)) },
      });
      saves.push(performance.now() - t0);
    }
    saves.sort((a, b) => a - b);
    const rows = [
      {
        what: `unlock (scrypt N=2^${fittedLog2N} fitted to this machine, r=8), ms`,
        value: median(unlocks),
        target: '300–1000',
      },
      { what: 'list 1 000 matters after unlock, ms', value: median(lists), target: '< 300' },
      {
        what: 'save a draft p50, ms',
        value: saves[Math.floor(saves.length * 0.5)] ?? NaN,
        target: '< 20',
      },
      {
        what: 'save a draft p95, ms',
        value: saves[Math.floor(saves.length * 0.95)] ?? NaN,
        target: '< 20',
      },
    ];
    if (json) process.stdout.write(`${JSON.stringify({ vault: rows }, null, 2)}\n`);
    else {
      process.stdout.write('| vault | measured | target |\n|---|---:|---|\n');
      for (const r of rows)
        process.stdout.write(`| ${r.what} | ${r.value.toFixed(1)} | ${r.target} |\n`);
    }
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
