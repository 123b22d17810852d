/**
 * Template packs for tests: a base templates folder copied from the repository (the committed
 * filings only, so the tests do not depend on filings being written elsewhere) and a "v2" of it
 * with one filing updated, one added, a cite corrected and a shared partial changed. Packs are
 * signed with the test key in test/fixtures/packs — never trusted by the shipped app.
 */
import { createPrivateKey, sign } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import {
  buildPack,
  canonicalJson,
  keyIdOf,
  MANIFEST_ENTRY,
  SIGNATURE_ENTRY,
  type TrustedKey,
} from '../../main/packs/pack.ts';
import type { PackOptions } from '../../main/packs/template-library.ts';
import { tempDir } from '../helpers/temp.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/packs/', import.meta.url));
const REPO_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

export const TEST_PRIVATE_PEM = readFileSync(join(FIXTURES, 'TEST-ONLY-private.pem'), 'utf8');
export const TEST_PUBLIC_PEM = readFileSync(join(FIXTURES, 'TEST-ONLY-public.pem'), 'utf8');
export const TEST_KEY: TrustedKey = {
  id: keyIdOf(TEST_PUBLIC_PEM),
  holder: 'Refuge tests (test/fixtures/packs)',
  pem: TEST_PUBLIC_PEM,
};

/** The marker the v2 complaint prints and v1 does not. */
export const V2_MARKER = 'Редакция шаблона 1.1.0.';
export const V2_CITE = 'upk-592-1';
export const V2_PARTIAL = 'torture-risk';

export { tempDir };

/**
 * A copy of the committed templates (cites, partials and two filings) with the complaint at
 * 1.0.0, whatever version the repository has reached, so the packs' versions stay fixed.
 */
export function baseTemplates(): string {
  const dir = join(tempDir('templates'), 'templates');
  for (const part of ['cites.json', 'partials', 'supreme-court-complaint', 'refugee-application'])
    cpSync(join(REPO_TEMPLATES, part), join(dir, part), { recursive: true });
  editJson(join(dir, 'supreme-court-complaint', 'manifest.json'), (m) => (m.version = '1.0.0'));
  return dir;
}

function editJson(file: string, edit: (value: Record<string, unknown>) => void): void {
  const value = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(value);
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function editText(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file}: "${from}" not found`);
  writeFileSync(file, text.replace(from, to));
}

/** v2: the complaint 1.0.0 → 1.1.0 (a new sentence), a new filing, a cite and a partial fixed. */
export function v2Templates(base: string, options: { complaintDays?: number } = {}): string {
  const dir = join(tempDir('templates-v2'), 'templates');
  cpSync(base, dir, { recursive: true });
  const complaint = join(dir, 'supreme-court-complaint');
  editJson(join(complaint, 'manifest.json'), (m) => {
    m.version = '1.1.0';
    // A term in days changes; a term in months (the refusal's appeal) has none to change.
    if (options.complaintDays !== undefined)
      for (const d of m.deadlines as { rule: { days?: number } }[])
        if (d.rule.days !== undefined) d.rule.days = options.complaintDays;
  });
  editText(
    join(complaint, 'template.ru.hbs'),
    '<p>Копия постановления получена',
    `<p>${V2_MARKER}</p>\n  <p>Копия постановления получена`,
  );
  cpSync(complaint, join(dir, 'supreme-court-complaint-2'), { recursive: true });
  editJson(join(dir, 'supreme-court-complaint-2', 'manifest.json'), (m) => {
    m.id = 'supreme-court-complaint-2';
  });
  editJson(join(dir, 'cites.json'), (cites) => {
    const cite = cites[V2_CITE] as { ru: string; verified: boolean; whyUnverified?: string };
    cite.ru = `${cite.ru} (в ред. 2026)`;
    cite.verified = !cite.verified;
    // An unverified cite must say why (the cite table's schema).
    if (cite.verified) delete cite.whyUnverified;
    else cite.whyUnverified = 'The 2026 edition has not been read yet.';
  });
  editText(join(dir, 'partials', `${V2_PARTIAL}.ru.hbs`), '<p>', '<p> ');
  return dir;
}

export function pack(
  dir: string,
  packVersion: number,
  privateKeyPem = TEST_PRIVATE_PEM,
): Uint8Array {
  return buildPack(dir, {
    privateKeyPem,
    packVersion,
    createdAt: new Date('2026-11-26T10:00:00Z'),
  });
}

/** Rewrites one entry of a pack's ZIP, keeping the rest (manifest and signature) as they are. */
export function rezip(
  bytes: Uint8Array,
  change: (entries: Record<string, Uint8Array>) => void,
): Uint8Array {
  const entries = unzipSync(bytes);
  change(entries);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(entries)) out[name] = data;
  return zipSync(out);
}

/** Flips one byte of an entry (the middle one, so it is content, not a delimiter). */
export function flipByte(entries: Record<string, Uint8Array>, name: string, at?: number): void {
  const data = entries[name];
  if (!data) throw new Error(`no entry ${name}`);
  const copy = data.slice();
  const i = at ?? Math.floor(copy.length / 2);
  copy[i] = (copy[i] ?? 0) ^ 0x01;
  entries[name] = copy;
}

export function packOptions(packsDir: string): PackOptions {
  return { packsDir, trustedKeys: [TEST_KEY] };
}

/** A pack's manifest changed and signed again with the test key (a pack as another build wrote it). */
export function resign(
  bytes: Uint8Array,
  edit: (manifest: Record<string, unknown>) => void,
): Uint8Array {
  return rezip(bytes, (entries) => {
    const raw = entries[MANIFEST_ENTRY];
    if (!raw) throw new Error('no manifest');
    const manifest = JSON.parse(new TextDecoder().decode(raw)) as Record<string, unknown>;
    edit(manifest);
    const signed = new TextEncoder().encode(canonicalJson(manifest));
    entries[MANIFEST_ENTRY] = signed;
    entries[SIGNATURE_ENTRY] = new TextEncoder().encode(
      sign(null, signed, createPrivateKey(TEST_PRIVATE_PEM)).toString('base64'),
    );
  });
}
