/**
 * Signed template packs end to end on real files: build → verify → change summary → install →
 * the library renders new drafts with the new version and old drafts with theirs; every kind of
 * bad pack is refused and changes nothing; a pack altered on disk after import is not used.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assertAppCanUse,
  buildPack,
  generatePackKeys,
  PackError,
  verifyPack,
  type PackErrorCode,
} from '../../main/packs/pack.ts';
import { checkPackForImport, installedVersion, installPack } from '../../main/packs/store.ts';
import { packChanges } from '../../main/packs/summary.ts';
import { packLoadAlerts, packMessage } from '../../main/packs/messages.ts';
import { APP_VERSION, appOlderThan } from '../../main/app-version.ts';
import { getServices } from '../../main/services.ts';
import { SHIPPED_TRUSTED_KEYS } from '../../main/packs/trusted-keys.ts';
import {
  TEST_KEY,
  V2_CITE,
  V2_MARKER,
  V2_PARTIAL,
  baseTemplates,
  flipByte,
  pack,
  packOptions,
  resign,
  rezip,
  TEST_PRIVATE_PEM,
  tempDir,
  v2Templates,
} from './helpers.ts';
import { sampleFile } from '../helpers/golden.ts';

const base = baseTemplates();
const v2dir = v2Templates(base);
const packV1 = pack(base, 1);
const packV2 = pack(v2dir, 2);
const sample = sampleFile(join(base, 'supreme-court-complaint', 'samples', 'complex.json'));
const request = {
  templateId: 'supreme-court-complaint',
  answers: sample,
  lang: 'ru' as const,
  today: '2026-11-26',
  allowIncomplete: true,
};

function refusal(run: () => unknown): PackErrorCode {
  try {
    run();
  } catch (err) {
    if (err instanceof PackError) return err.code;
    throw err;
  }
  throw new Error('the pack was accepted');
}

describe('a signed pack', () => {
  it('verifies with the key it was signed with and carries every file with its hash', () => {
    const verified = verifyPack(packV2, [TEST_KEY]);
    expect(verified.manifest.packVersion).toBe(2);
    expect(verified.manifest.keyId).toBe(TEST_KEY.id);
    const paths = verified.manifest.files.map((f) => f.path);
    expect(paths).toContain('cites.json');
    expect(paths).toContain(`partials/${V2_PARTIAL}.ru.hbs`);
    expect(paths).toContain('supreme-court-complaint/manifest.json');
    expect(paths).toContain('supreme-court-complaint/template.ru.hbs');
    expect(paths).toContain('supreme-court-complaint/README.md');
    expect(paths).toContain('supreme-court-complaint/samples/complex.json');
    for (const f of verified.manifest.files) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same bytes when built twice from the same folder and date', () => {
    expect(Buffer.from(pack(v2dir, 2)).equals(Buffer.from(packV2))).toBe(true);
  });

  it('is not trusted by the shipped app: the test key is not a shipped key', () => {
    expect(SHIPPED_TRUSTED_KEYS.map((k) => k.id)).not.toContain(TEST_KEY.id);
    expect(refusal(() => verifyPack(packV2, SHIPPED_TRUSTED_KEYS))).toBe('unknownKey');
  });
});

describe('refusals', () => {
  const trusted = [TEST_KEY];
  it('one changed byte in a template file', () => {
    const bad = rezip(packV2, (e) =>
      flipByte(e, 'templates/supreme-court-complaint/template.ru.hbs'),
    );
    expect(refusal(() => verifyPack(bad, trusted))).toBe('tampered');
  });
  it('one changed byte in cites.json', () => {
    const bad = rezip(packV2, (e) => flipByte(e, 'templates/cites.json'));
    expect(refusal(() => verifyPack(bad, trusted))).toBe('tampered');
  });
  it('one changed byte in the manifest (its list of hashes)', () => {
    const bad = rezip(packV2, (e) => {
      const text = new TextDecoder().decode(e['refuge-pack.json']);
      // Point a file at a different hash, as someone swapping the file would have to.
      const at = text.indexOf('"sha256":"') + 10;
      flipByte(e, 'refuge-pack.json', at);
    });
    expect(refusal(() => verifyPack(bad, trusted))).toBe('tampered');
  });
  it('one changed byte in the signature', () => {
    const bad = rezip(packV2, (e) => {
      const sig = new TextDecoder().decode(e['refuge-pack.sig']);
      const swapped = sig[10] === 'A' ? 'B' : 'A';
      e['refuge-pack.sig'] = new TextEncoder().encode(sig.slice(0, 10) + swapped + sig.slice(11));
    });
    expect(refusal(() => verifyPack(bad, trusted))).toBe('tampered');
  });
  it('a file added to the ZIP that the signed manifest does not list', () => {
    const bad = rezip(packV2, (e) => {
      e['templates/evil/manifest.json'] = new TextEncoder().encode('{}');
    });
    expect(refusal(() => verifyPack(bad, trusted))).toBe('tampered');
  });
  it('a file removed from the ZIP', () => {
    const bad = rezip(packV2, (e) => {
      delete e['templates/cites.json'];
    });
    expect(refusal(() => verifyPack(bad, trusted))).toBe('tampered');
  });
  it('a pack signed with a key the app does not trust', () => {
    const other = generatePackKeys();
    expect(refusal(() => verifyPack(pack(v2dir, 2, other.privatePem), trusted))).toBe('unknownKey');
  });
  it('a pack re-signed by another key that claims the trusted key id', () => {
    const other = generatePackKeys();
    const forged = pack(v2dir, 2, other.privatePem);
    const bad = rezip(forged, (e) => {
      const text = new TextDecoder().decode(e['refuge-pack.json']).replace(other.id, TEST_KEY.id);
      e['refuge-pack.json'] = new TextEncoder().encode(text);
    });
    expect(refusal(() => verifyPack(bad, trusted))).toBe('tampered');
  });
  it('an unsigned pack', () => {
    const bad = rezip(packV2, (e) => {
      delete e['refuge-pack.sig'];
    });
    expect(refusal(() => verifyPack(bad, trusted))).toBe('unsigned');
  });
  it('files that are not packs', () => {
    expect(refusal(() => verifyPack(new TextEncoder().encode('hello'), trusted))).toBe('malformed');
    expect(refusal(() => verifyPack(packV2.slice(0, packV2.length / 2), trusted))).toBe(
      'malformed',
    );
    expect(refusal(() => verifyPack(new Uint8Array(17 * 1024 * 1024), trusted))).toBe('tooLarge');
  });
  it('a folder whose JSON says one key twice is never signed', () => {
    const dir = join(tempDir('dupkey'), 'templates');
    cpSync(base, dir, { recursive: true });
    const file = join(dir, 'supreme-court-complaint', 'manifest.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace(
        '"id": "supreme-court-complaint",',
        '"id": "x",\n  "id": "supreme-court-complaint",',
      ),
    );
    let message = '';
    try {
      pack(dir, 3);
    } catch (err) {
      if (!(err instanceof PackError)) throw err;
      expect(err.code).toBe('badTemplates');
      message = err.message;
    }
    expect(message).toContain(
      'supreme-court-complaint/manifest.json:4: "id" is written twice in one object; only the last counts',
    );
  });

  it('every refusal has a message in ru, kk and en that says nothing was changed', () => {
    for (const code of [
      'malformed',
      'unsigned',
      'tampered',
      'unknownKey',
      'replayed',
      'badTemplates',
      'newerApp',
      'tooLarge',
    ] as const) {
      expect(packMessage(code, 'ru', { version: 1, installed: 2 })).toMatch(/Ничего не изменено/);
      expect(packMessage(code, 'kk', { version: 1, installed: 2 })).toMatch(/Ештеңе өзгертілмеді/);
      expect(packMessage(code, 'en', { version: 1, installed: 2 })).toMatch(/Nothing was changed/);
    }
    expect(packMessage('replayed', 'ru', { version: 1, installed: 2 })).toContain(
      'пакет 1, установлен 2',
    );
  });
});

describe('import, the change summary and versions kept for old drafts', () => {
  const packsDir = join(tempDir('packs'), 'template-packs');
  const services = getServices(base, packOptions(packsDir));
  const { engine } = services;

  it('lists the filings added, the versions changed, the cites and partials corrected', () => {
    const { loaded, installed } = checkPackForImport(packV2, packsDir, [TEST_KEY]);
    expect(installed).toBe(0);
    const changes = packChanges(engine, loaded);
    expect(changes.filingsAdded.map((f) => [f.id, f.version])).toEqual([
      ['supreme-court-complaint-2', '1.1.0'],
    ]);
    expect(changes.filingsChanged.map((f) => [f.id, f.from, f.to, f.older])).toEqual([
      ['supreme-court-complaint', '1.0.0', '1.1.0', false],
    ]);
    expect(changes.citesChanged).toHaveLength(1);
    const cite = changes.citesChanged[0];
    expect(cite?.key).toBe(V2_CITE);
    expect(cite?.textChanged).toBe(true);
    expect(cite?.verified).toEqual({
      from: engine.cites[V2_CITE]?.verified,
      to: !engine.cites[V2_CITE]?.verified,
    });
    expect(changes.partialsChanged).toEqual([
      {
        name: V2_PARTIAL,
        title: { ru: 'Риск пыток', kk: 'Азаптау қаупі', en: 'Risk of torture' },
        change: 'changed',
      },
    ]);
    expect(existsSync(packsDir)).toBe(false); // inspecting writes nothing
  });

  it('a draft of 1.0.0 renders the same before and after 1.1.0 is installed', () => {
    const before = engine.build({ ...request, templateVersion: '1.0.0' }).markup;
    expect(before).not.toContain(V2_MARKER);

    installPack(packV2, packsDir, [TEST_KEY]);
    engine.reload();
    expect(installedVersion(packsDir)).toBe(2);
    expect(readdirSync(packsDir).sort()).toEqual(['pack-2.refugepack', 'state.json']);

    expect(engine.template('supreme-court-complaint').manifest.version).toBe('1.1.0');
    expect(engine.versions('supreme-court-complaint')).toEqual(['1.0.0', '1.1.0']);
    expect(engine.templates.map((t) => t.manifest.id)).toContain('supreme-court-complaint-2');
    // New drafts: the new version, with the corrected cite.
    const fresh = engine.build(request);
    expect(fresh.markup).toContain(V2_MARKER);
    expect(fresh.document.meta.templateVersion).toBe('1.1.0');
    expect(engine.cites[V2_CITE]?.ru).toMatch(/в ред\. 2026/);
    // The old draft: its own version, byte for byte the markup it had.
    const old = engine.build({ ...request, templateVersion: '1.0.0' });
    expect(old.markup).toBe(before);
    expect(old.document.meta.templateVersion).toBe('1.0.0');
  });

  it('renders a PDF of the old version after the import', async () => {
    const file = await engine.render({ ...request, templateVersion: '1.0.0' }, 'pdf');
    expect(Buffer.from(file.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  });

  it('refuses to replay an older or the same pack, and nothing changes', () => {
    const before = readFileSync(join(packsDir, 'state.json'), 'utf8');
    const old = refusal(() => installPack(packV1, packsDir, [TEST_KEY]));
    expect(old).toBe('replayed');
    expect(refusal(() => installPack(packV2, packsDir, [TEST_KEY]))).toBe('replayed');
    expect(readFileSync(join(packsDir, 'state.json'), 'utf8')).toBe(before);
    expect(readdirSync(packsDir).sort()).toEqual(['pack-2.refugepack', 'state.json']);
  });

  it('still refuses the replay when state.json is damaged (the installed packs count)', () => {
    const state = join(packsDir, 'state.json');
    const saved = readFileSync(state);
    writeFileSync(state, 'garbage');
    try {
      expect(refusal(() => installPack(packV1, packsDir, [TEST_KEY]))).toBe('replayed');
    } finally {
      writeFileSync(state, saved);
    }
  });

  it('a pack altered on disk after import is not used: built-in templates with a warning', () => {
    const file = join(packsDir, 'pack-2.refugepack');
    const good = readFileSync(file);
    writeFileSync(
      file,
      rezip(good, (e) => flipByte(e, 'templates/cites.json')),
    );
    try {
      const after = getServices(base, packOptions(packsDir)).engine;
      expect(after.warnings.map((w) => w.error.code)).toEqual(['tampered']);
      expect(after.template('supreme-court-complaint').manifest.version).toBe('1.0.0');
      expect(after.versions('supreme-court-complaint')).toEqual(['1.0.0']);
      expect(after.build(request).markup).not.toContain(V2_MARKER);
    } finally {
      writeFileSync(file, good);
    }
  });
});

describe('a pack made for a newer Refuge', () => {
  const newer = buildPack(v2dir, {
    privateKeyPem: TEST_PRIVATE_PEM,
    packVersion: 3,
    createdAt: new Date('2026-11-26T10:00:00Z'),
    minAppVersion: '99.0.0',
  });

  it('is refused before its templates are read, saying to update Refuge, and nothing changes', () => {
    const packsDir = join(tempDir('packs-newer'), 'template-packs');
    expect(refusal(() => installPack(newer, packsDir, [TEST_KEY]))).toBe('newerApp');
    expect(existsSync(packsDir) ? readdirSync(packsDir) : []).toEqual([]);
    // Who signed what still checks out: a maintainer's older build tool verifies it.
    const verified = verifyPack(newer, [TEST_KEY]);
    let message = '';
    try {
      assertAppCanUse(verified);
    } catch (err) {
      if (!(err instanceof PackError)) throw err;
      message = packMessage(err.code, 'ru', err.params);
    }
    expect(message).toBe(
      `Этот пакет шаблонов рассчитан на Refuge 99.0.0 или новее, а установлена версия ${APP_VERSION}. Обновите программу, затем установите пакет снова. Ничего не изменено; действуют прежние шаблоны.`,
    );
  });

  it('names by default the Refuge that built it; a pack that names none still installs', () => {
    expect(verifyPack(packV2, [TEST_KEY]).manifest.minAppVersion).toBe(APP_VERSION);
    const unnamed = resign(packV2, (m) => {
      delete m.minAppVersion;
    });
    const packsDir = join(tempDir('packs-unnamed'), 'template-packs');
    installPack(unnamed, packsDir, [TEST_KEY]);
    expect(installedVersion(packsDir)).toBe(2);
  });

  it('once installed, is not used by an older Refuge, and says why rather than «tampered»', () => {
    // The app was downgraded, or a folder copied from a newer install.
    const packsDir = join(tempDir('packs-downgraded'), 'template-packs');
    installPack(packV1, packsDir, [TEST_KEY]);
    writeFileSync(join(packsDir, 'pack-3.refugepack'), newer);
    const { engine } = getServices(base, packOptions(packsDir));
    expect(engine.warnings.map((w) => w.error.code)).toEqual(['newerApp']);
    expect(packLoadAlerts(engine.warnings, 'ru')[0]).toContain(
      'рассчитан на Refuge 99.0.0 или новее',
    );
    // The older installed pack still serves.
    expect(engine.template('supreme-court-complaint').manifest.version).toBe('1.0.0');
  });

  it('compares versions as numbers, and a malformed one never blocks', () => {
    expect(appOlderThan('0.10.0', '0.9.9')).toBe(true);
    expect(appOlderThan('0.9.9', '0.10.0')).toBe(false);
    expect(appOlderThan(APP_VERSION)).toBe(false);
    expect(appOlderThan('not-a-version', '0.1.0')).toBe(false);
  });
});
