/**
 * The pack rollback floor kept in the vault (packs/floor.ts), through both front doors: a vault
 * that never saw the packs already installed on the machine adopts them when a pack is next
 * imported — in the window (app/packs.ts) and now from `refuge pack import` too, which had
 * checked against a floor of 0 and so let a rollback through once the packs folder was emptied.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Vault } from '../../main/vault/index.ts';
import { installPack } from '../../main/packs/store.ts';
import { vaultPackFloor } from '../../main/packs/floor.ts';
import { baseTemplates, pack, packOptions, tempDir, v2Templates } from '../packs/helpers.ts';

const PASSPHRASE = 'тихий вечер над Алматы';
const base = baseTemplates();
const packV1 = pack(base, 1);
const packV2 = pack(v2Templates(base), 2);

describe('refuge pack import on a vault that predates the installed packs', () => {
  it('adopts the installed pack as the floor, as the window does, and refuses the rollback', async () => {
    const home = tempDir('pack-adopt-home');
    const packsDir = join(home, 'template-packs');
    installPack(packV2, packsDir, packOptions(packsDir).trustedKeys); // before the vault knew
    const vault = await Vault.create(join(home, 'vault'), PASSPHRASE, { kdf: { N: 2 ** 10 } });
    expect(vaultPackFloor(vault)).toBe(0);
    vault.lock();
    const v1 = join(home, 'v1.refugepack');
    writeFileSync(v1, packV1);
    const run = () =>
      spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'test/packs/pack-cli-child.ts',
          packsDir,
          base,
          'import',
          v1,
          '--passphrase-stdin',
        ],
        {
          encoding: 'utf8',
          input: `${PASSPHRASE}\n`,
          env: { ...process.env, REFUGE_HOME: home, REFUGE_LANG: 'en' },
        },
      );
    expect(run().status).toBe(2); // older than the one installed
    const reopened = await Vault.open(join(home, 'vault'), PASSPHRASE);
    expect(vaultPackFloor(reopened)).toBe(2);
    reopened.lock();
    // The packs folder emptied: the vault still remembers pack 2.
    for (const f of readdirSync(packsDir)) rmSync(join(packsDir, f), { recursive: true });
    const rollback = run();
    expect(rollback.status, rollback.stdout).toBe(2);
    expect(rollback.stderr).toMatch(/the vault remembers pack 2/);
  }, 120_000);
});
