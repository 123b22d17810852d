/**
 * A template pack may carry its own «Что случилось?» table (triage.json): once installed, the
 * newest table replaces the built-in one whole; a malformed table refuses the pack, naming the file.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installPack } from '../../main/packs/store.ts';
import { getServices } from '../../main/services.ts';
import { PackError } from '../../main/packs/pack.ts';
import { TemplateLoadError } from '../../main/templates.ts';
import { triageFilings } from '../../common/triage.ts';
import { TEST_KEY, baseTemplates, pack, packOptions, tempDir } from './helpers.ts';

const base = baseTemplates();

function withTriage(table: unknown): string {
  const dir = join(tempDir('triage-pack'), 'templates');
  cpSync(base, dir, { recursive: true });
  writeFileSync(join(dir, 'triage.json'), JSON.stringify(table, null, 2));
  return dir;
}

const table = {
  $schemaVersion: 1,
  rows: [
    {
      id: 'supreme-court-complaint',
      template: 'supreme-court-complaint',
      when: { field: 'decision', equals: 'extraditionDecision' },
      why: { ru: 'Из пакета: жалоба в Верховный Суд.', kk: 'Пакеттен.', en: 'From the pack.' },
      deadline: 'complaint',
      prefill: { copyReceivedDate: { answer: 'decisionDate' } },
    },
  ],
};

describe('the triage table from a template pack', () => {
  it('before the pack the test templates have none; after it, the pack’s table is used', () => {
    expect(getServices(base, packOptions(tempDir('no-packs'))).loaded.triage).toBeUndefined();
    const packsDir = tempDir('packs');
    installPack(pack(withTriage(table), 1), packsDir, [TEST_KEY]);
    const { loaded } = getServices(base, packOptions(packsDir));
    expect(loaded.triage?.rows.map((r) => r.why.ru)).toEqual([
      'Из пакета: жалоба в Верховный Суд.',
    ]);
    const manifests = new Map(loaded.templates.map((t) => [t.manifest.id, t.manifest]));
    const items = triageFilings(
      loaded.triage!,
      {
        place: 'free',
        decision: 'extraditionDecision',
        decisionDate: '2026-03-02',
        asylumPending: false,
      },
      (id) => manifests.get(id),
      '2026-03-03',
    );
    expect(items.map((i) => [i.templateId, i.deadline?.lastDay])).toEqual([
      ['supreme-court-complaint', '2026-03-12'],
    ]);
  });

  it('refuses a pack whose table is malformed, naming triage.json', () => {
    let error: unknown;
    try {
      installPack(pack(withTriage({ $schemaVersion: 1, rows: [] }), 1), tempDir('packs-bad'), [
        TEST_KEY,
      ]);
    } catch (err) {
      error = err;
    }
    expect(error instanceof PackError || error instanceof TemplateLoadError).toBe(true);
    expect((error as Error).message).toContain('triage.json');
  });
});
