/**
 * What the user is told: repairs in `refuge vault` output (real CLI process) and in the app's
 * unlock result; a backup that left damaged records out says which; a busy vault names its
 * holder, in the user's language.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Vault } from '../../main/vault/index.ts';
import { createHandlers } from '../../main/ipc/handlers.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';

const PASS = 'a long vault passphrase';
const home = mkdtempSync(join(tmpdir(), 'refuge-surface-'));
const dir = join(home, 'vault');
afterAll(() => rmSync(home, { recursive: true, force: true }));

const cli = (args: string[], input: string, lang = 'ru') =>
  spawnSync(process.execPath, ['bin/refuge.js', ...args, '--passphrase-stdin'], {
    encoding: 'utf8',
    input,
    env: { ...process.env, REFUGE_HOME: home, REFUGE_LANG: lang },
  });

function flipByte(file: string): void {
  const bytes = readFileSync(file);
  bytes[40] = (bytes[40] ?? 0) ^ 0x01;
  writeFileSync(file, bytes);
}

describe('what the user is told', () => {
  const ids: string[] = [];

  it('refuge vault list rebuilds a damaged index and says so; export names a damaged record and saves the rest', async () => {
    const vault = await Vault.create(dir, PASS, { kdf: { N: 2 ** 10 } });
    const at = new Date('2026-02-01T10:00:00Z');
    for (const t of ['Первое', 'Второе'])
      ids.push(vault.createMatter({ title: t, client: { lastName: t, firstName: 'Т' } }, at).id);
    vault.lock();
    flipByte(join(dir, 'records', 'index.bin'));
    const listed = cli(['vault', 'list'], `${PASS}\n`);
    expect(listed.status, listed.stderr).toBe(0);
    for (const id of ids) expect(listed.stdout).toContain(id);
    expect(listed.stderr).toMatch(/Список дел восстановлен по записям \(он был повреждён\)/);

    flipByte(join(dir, 'records', `matter-${ids[1]}.bin`));
    const file = join(home, 'backup.refuge');
    const exported = cli(['vault', 'export', file], `${PASS}\n${PASS}\n`, 'en');
    expect(exported.status).toBe(1);
    expect(exported.stderr).toContain(`Saved without the damaged records (1): matter-${ids[1]}`);
    expect(existsSync(file)).toBe(true);
    const other = await Vault.create(join(home, 'other'), PASS, { kdf: { N: 2 ** 10 } });
    expect(await other.importFrom(file, PASS)).toEqual([ids[0]]);
  }, 120_000);

  it('the app learns at unlock what was repaired, in the user language', async () => {
    flipByte(join(dir, 'records', 'index.bin'));
    const session = new Session({
      vaultDir: dir,
      saveTarget: { choose: async () => join(home, 'app.refuge'), chooseFolder: async () => null },
    });
    const handlers = createHandlers(getServices(), session);
    const unlocked = await handlers['vault:unlock']({ passphrase: PASS, uiLang: 'kk' });
    expect(unlocked).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    const repairs = unlocked.ok ? (unlocked.value.repairs ?? []) : [];
    expect(repairs.join('\n')).toMatch(/Істер тізімі жазбалар бойынша қалпына келтірілді/);
    expect(repairs.join('\n')).toContain(`matter-${ids[1]}`); // the damaged record, named
    const backup = await handlers['vault:backup']({ passphrase: PASS, uiLang: 'ru' });
    expect(backup).toMatchObject({ ok: true, value: { skipped: [`matter-${ids[1]}`] } });
    expect(backup.ok && backup.value.warning).toMatch(/без повреждённых записей/);
    await session.close();
  });

  it('a busy vault: the CLI waits, then names the process that holds it', () => {
    const lock = { pid: process.pid, host: hostname(), started: '', token: 'feedfacefeedface' };
    writeFileSync(join(dir, '.refuge-lock'), JSON.stringify(lock));
    const busy = cli(['vault', 'list'], `${PASS}\n`);
    rmSync(join(dir, '.refuge-lock'));
    expect(busy.status).toBe(1);
    expect(busy.stderr).toContain(`Хранилище занято`);
    expect(busy.stderr).toContain(String(process.pid));
  }, 60_000);
});
