/**
 * The court table (templates/courts.json): every region of Kazakhstan with its place of signing
 * and its courts in the cases the filings need, none marked checked; a malformed table refuses
 * the set, naming the file; lint names a court field the table cannot fill.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyRegion,
  courtFindings,
  courtTableSchema,
  lintCourtTable,
  regionDefaults,
  resolveRegion,
  type CourtTable,
} from '../../common/courts.ts';
import { loadTemplates, TemplateLoadError } from '../../main/templates.ts';
import { getServices } from '../../main/services.ts';
import { lintTemplates } from '../../main/app/lint.ts';
import type { Manifest } from '../../common/manifest.ts';
import { tempDir } from '../helpers/temp.ts';

const REPO_TEMPLATES = join(import.meta.dirname, '..', '..', 'templates');
const raw = JSON.parse(readFileSync(join(REPO_TEMPLATES, 'courts.json'), 'utf8')) as unknown;
const table: CourtTable = courtTableSchema.parse(raw);
const manifests: Manifest[] = getServices(REPO_TEMPLATES).loaded.templates.map((t) => t.manifest);
const manifest = (id: string): Manifest => {
  const m = manifests.find((x) => x.id === id);
  if (!m) throw new Error(id);
  return m;
};

describe('the shipped court table', () => {
  it('has the 17 oblasts (Abai, Jetisu and Ulytau since 2022) and the three cities', () => {
    expect(table.regions).toHaveLength(20);
    expect(table.regions.map((r) => r.name.ru)).toEqual(
      expect.arrayContaining([
        'г. Астана',
        'г. Алматы',
        'г. Шымкент',
        'область Абай',
        'область Жетісу',
        'область Ұлытау',
        'Актюбинская область',
      ]),
    );
  });

  it('marks no court as checked: nobody has compared them with an official list', () => {
    expect(table.regions.flatMap((r) => r.courts).filter((c) => c.checked)).toEqual([]);
  });

  it('passes lint against the shipped filings', () => {
    expect(lintCourtTable(table, manifests, 'courts.json')).toEqual([]);
  });

  it('gives Aktobe its own court and place in Russian and Kazakh', () => {
    const aktobe = resolveRegion(table, 'Актюбинская область');
    expect(aktobe?.id).toBe('aktobe');
    expect(regionDefaults(manifest('expulsion-appeal'), aktobe!, 'ru')).toMatchObject({
      higherCourt: 'Актюбинский областной суд',
      signingPlace: 'г. Актобе',
    });
    expect(regionDefaults(manifest('expulsion-appeal'), aktobe!, 'kk')).toMatchObject({
      higherCourtKk: 'Ақтөбе облыстық соты',
      signingPlace: 'Ақтөбе қ.',
    });
    // The cassation petition names the appeal court in the genitive.
    expect(regionDefaults(manifest('cassation-petition'), aktobe!, 'ru').appealCourt).toBe(
      'судебной коллегии по уголовным делам Актюбинского областного суда',
    );
  });

  it('never replaces a value given, and names an unknown region with the known ones', () => {
    const given = applyRegion(
      manifest('expulsion-appeal'),
      { region: 'aktobe', signingPlace: 'г. Хромтау' },
      table,
      'ru',
      'en',
    );
    expect(given.answers).toMatchObject({ signingPlace: 'г. Хромтау' });
    const unknown = applyRegion(
      manifest('expulsion-appeal'),
      { region: 'Атлантида' },
      table,
      'ru',
      'ru',
    );
    expect(unknown.issues.map((i) => i.code)).toEqual(['unknownRegion']);
    expect(unknown.issues[0]?.message).toContain('aktobe');
  });
});

describe('a broken court table', () => {
  it('a court without a Kazakh name refuses the set, naming courts.json', () => {
    const dir = join(tempDir('courts-nokk'), 'templates');
    cpSync(REPO_TEMPLATES, dir, { recursive: true });
    const broken = structuredClone(raw) as { regions: { courts: { name: { kk?: unknown } }[] }[] };
    delete broken.regions[2]!.courts[0]!.name.kk;
    writeFileSync(join(dir, 'courts.json'), JSON.stringify(broken));
    expect(() => loadTemplates(dir)).toThrow(TemplateLoadError);
    expect(() => loadTemplates(dir)).toThrow(/courts\.json/);
    return expect(lintTemplates(dir)).rejects.toThrow(/courts\.json/);
  });

  it('lint names a region without a court a filing needs, and a court field in two languages', () => {
    const noInvestigative: CourtTable = {
      regions: table.regions.map((r) =>
        r.id === 'aktobe'
          ? { ...r, courts: r.courts.filter((c) => c.kind !== 'investigative') }
          : r,
      ),
    };
    expect(lintCourtTable(noInvestigative, manifests, 'courts.json')).toContain(
      'courts.json: aktobe has no court of kind "investigative", which a default needs',
    );
    const twoLanguages = structuredClone(manifest('expulsion-appeal'));
    const field = twoLanguages.fields.find((f) => f.key === 'higherCourt');
    if (field?.type !== 'text') throw new Error('higherCourt');
    (field as { languages?: string[] }).languages = ['ru', 'kk'];
    expect(lintCourtTable(table, [twoLanguages], 'courts.json')).toContain(
      'courts.json: expulsion-appeal.higherCourt: a court field is asked in exactly one language, ru or kk',
    );
  });

  it('says a court from the list is unchecked by the table it was given, also after another', () => {
    const cassation = manifest('cassation-petition');
    const answers = { verdictCourt: '  Алатауский районный  суд г. Алматы ' };
    const codes = (t: CourtTable) =>
      courtFindings(cassation, answers, t, 'almaty').map((f) => `${f.path} ${f.code}`);
    expect(codes(table)).toEqual(['verdictCourt unverifiedCourt']);
    // A pack's table with the court checked: its own answer, not the first table's remembered one.
    const checked: CourtTable = {
      regions: table.regions.map((r) => ({
        ...r,
        courts: r.courts.map((c) => ({ ...c, checked: true })),
      })),
    };
    expect(codes(checked)).toEqual([]);
    expect(codes(table)).toEqual(['verdictCourt unverifiedCourt']);
  });
});
