/**
 * `npm run bench -- vault`: unlock time with the default KDF, listing 1 000 matters after unlock,
 * saving a draft (p50/p95 over distinct drafts), and Home's list of open deadlines over 200
 * matters of three drafts each (every matter decrypted, every draft's terms computed at the
 * version it was written on), p50/p95 over distinct days.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Vault } from '../main/vault/index.ts';
import { seededRandom } from './variants.ts';
import { median } from './stats.ts';
import { makeDistinct } from './distinct.ts';
import { splitSample } from '../common/samples.ts';
import { addDays } from '../common/dates.ts';
import { getServices } from '../main/services.ts';
import { openDeadlinesOf } from '../main/app/matters.ts';

/** The filings of Home's list: an expulsion, an extradition arrest, its Supreme Court complaint. */
const HOME_FILINGS = [
  'expulsion-appeal',
  'extradition-arrest-complaint',
  'supreme-court-complaint',
];
const HOME_MATTERS = 200;

/** Home's open deadlines over `HOME_MATTERS` matters, each draft distinct; ms per listing. */
function homeListTimes(v: Vault): number[] {
  const services = getServices();
  const docs = HOME_FILINGS.map((id, n) => {
    const file = join('templates', id, 'samples', 'simple.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const { sample } = splitSample(json);
    return { id, distinct: makeDistinct(json, sample?.asOf ?? '2026-11-25', HOME_MATTERS, 11 + n) };
  });
  for (let i = 0; i < HOME_MATTERS; i++) {
    const matter = v.createMatter({ title: `Дом ${i}`, client: { lastName: 'Б', firstName: 'В' } });
    for (const { id, distinct } of docs)
      v.saveDraft(matter.id, {
        templateId: id,
        templateVersion: services.engine.template(id).manifest.version,
        lang: 'ru',
        answers: distinct[i]?.answers ?? {},
      });
  }
  const random = seededRandom(23);
  const times: number[] = [];
  for (let r = 0; r < 10; r++) {
    // A different day each round: other terms open, passed, arguable — never one cached answer.
    const day = addDays('2026-11-25', Math.floor(random() * 700) - 350);
    const t0 = performance.now();
    openDeadlinesOf(services, v, 'ru', day);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

const PASS = 'benchmark passphrase';

export async function runVaultBench(json: boolean): Promise<number> {
  const scratch = mkdtempSync(join(tmpdir(), 'refuge-vault-bench-'));
  const dir = join(scratch, 'vault');
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
    const home = homeListTimes(v);
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
      {
        what: `Home's open deadlines, ${HOME_MATTERS} matters × ${HOME_FILINGS.length} drafts, p50, ms`,
        value: home[Math.floor(home.length * 0.5)] ?? NaN,
        target: '< 1000',
      },
      {
        what: `Home's open deadlines, ${HOME_MATTERS} matters × ${HOME_FILINGS.length} drafts, p95, ms`,
        value: home[Math.floor(home.length * 0.95)] ?? NaN,
        target: '< 1000',
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
    // The whole scratch folder: removing only the vault left an empty folder per run.
    rmSync(scratch, { recursive: true, force: true });
  }
}
