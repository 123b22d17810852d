/**
 * A template pack may carry its own court table (courts.json): once installed, the newest table
 * replaces the built-in one whole, for every filing; a malformed one refuses the pack, naming
 * the file.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installPack } from '../../main/packs/store.ts';
import { getServices } from '../../main/services.ts';
import { PackError } from '../../main/packs/pack.ts';
import { TemplateLoadError } from '../../main/templates.ts';
import { TEST_KEY, baseTemplates, pack, packOptions, tempDir } from './helpers.ts';

const REPO_COURTS = join(import.meta.dirname, '..', '..', 'templates', 'courts.json');
const shipped = JSON.parse(readFileSync(REPO_COURTS, 'utf8')) as {
  regions: { id: string; place: { ru: string }; courts: { name: { kk: unknown } }[] }[];
};
const base = baseTemplates();
cpSync(REPO_COURTS, join(base, 'courts.json'));

function withCourts(table: unknown): string {
  const dir = join(tempDir('courts-pack'), 'templates');
  cpSync(base, dir, { recursive: true });
  writeFileSync(join(dir, 'courts.json'), JSON.stringify(table, null, 2));
  return dir;
}

describe('the court table from a template pack', () => {
  it('replaces the built-in one: a corrected place of signing is what a filing prints', () => {
    const corrected = structuredClone(shipped);
    const aktobe = corrected.regions.find((r) => r.id === 'aktobe')!;
    aktobe.place.ru = 'г. Актобе (исправлено пакетом)';
    const packsDir = tempDir('packs');
    installPack(pack(withCourts(corrected), 1), packsDir, [TEST_KEY]);
    const { engine, loaded } = getServices(base, packOptions(packsDir));
    expect(loaded.courts?.regions.find((r) => r.id === 'aktobe')?.place.ru).toBe(
      'г. Актобе (исправлено пакетом)',
    );
    // The built-in filing renders with the pack's table.
    const built = engine.build({
      templateId: 'supreme-court-complaint',
      answers: { region: 'aktobe' },
      lang: 'ru',
      today: '2026-11-25',
      allowIncomplete: true,
    });
    expect(built.answers.signingPlace).toBe('г. Актобе (исправлено пакетом)');
  });

  it('refuses a pack whose table has a court without a Kazakh name, naming courts.json', () => {
    const broken = structuredClone(shipped);
    delete (broken.regions[0]!.courts[0]!.name as { kk?: unknown }).kk;
    let error: unknown;
    try {
      installPack(pack(withCourts(broken), 1), tempDir('packs-bad'), [TEST_KEY]);
    } catch (err) {
      error = err;
    }
    expect(error instanceof PackError || error instanceof TemplateLoadError).toBe(true);
    expect((error as Error).message).toContain('courts.json');
  });
});
