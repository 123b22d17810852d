/**
 * The backup: the whole vault (or one matter) as one encrypted file with its own salt and key
 * from its own passphrase, to move to another machine or keep; and its restore.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../atomic.ts';
import {
  ENVELOPE_VERSION,
  EXPORT_AAD,
  assertStrongPassphrase,
  open,
  scrypt,
  seal,
  type Header,
} from './envelope.ts';
import { VaultError } from './errors.ts';
import { checkKdf } from './kdf-policy.ts';
import { ioError, RECORD_ID, type VaultInternals } from './internals.ts';
import { assembleWith, draftRecordIds, replaceDrafts, writeMatter } from './matters.ts';
import {
  isDraftRecord,
  isFileRecord,
  isMatterRecord,
  type Draft,
  type Matter,
  type StoredMatter,
} from './types.ts';

/**
 * Writes the export file; `matterId` exports one matter only. A record that cannot be read is
 * left out and named in `skipped`; the rest is saved. (The file's format is unchanged since
 * layout 1: each matter with its drafts inside.)
 */
export async function exportTo(
  v: VaultInternals,
  file: string,
  passphrase: string,
  matterId?: string,
): Promise<{ readonly skipped: readonly string[] }> {
  assertStrongPassphrase(passphrase);
  const skipped: string[] = [];
  const records: Record<string, unknown> = {};
  const files: Record<string, string> = {};
  const tryRead = (id: string, read: () => void): void => {
    try {
      read();
    } catch (err) {
      if (!(err instanceof VaultError) || err.code !== 'tampered') throw err;
      skipped.push(err.recordId ?? id);
    }
  };
  // One consistent snapshot: no other process writes while it is read.
  v.readLocked(() => {
    const all = v.list();
    const ids = matterId
      ? [`matter-${matterId}`, ...all.filter((id) => id.startsWith(`file-${matterId}-`))]
      : all.filter((id) => id !== 'index' && !isDraftRecord(id));
    if (matterId) v.get(`matter-${matterId}`); // a damaged single matter: nothing to save
    for (const id of ids) {
      if (isFileRecord(id))
        // The backup is one text file (the restore form reads it as text), so attachments
        // travel base64-encoded inside it; in the vault itself they stay binary records.
        tryRead(id, () => (files[id] = v.getBytes(id).toString('base64')));
      else if (isMatterRecord(id))
        tryRead(id, () => {
          const stored = v.get<StoredMatter>(id);
          const drafts: Draft[] = [];
          for (const draftId of draftRecordIds(v, stored.id))
            tryRead(draftId, () => drafts.push(v.get<Draft>(draftId)));
          records[id] = assembleWith(stored, drafts);
        });
      else tryRead(id, () => (records[id] = v.get(id)));
    }
  });
  const salt = randomBytes(32);
  const kdf = { N: v.header().kdf.N, r: v.header().kdf.r, p: v.header().kdf.p };
  const key = await scrypt(passphrase, salt, kdf);
  const sealed = seal(key, Buffer.from(JSON.stringify({ records, files })), EXPORT_AAD);
  key.fill(0);
  const envelope = {
    format: 'refuge-export',
    schemaVersion: ENVELOPE_VERSION,
    kdf: { name: 'scrypt', ...kdf, salt: salt.toString('base64') },
    nonce: sealed.nonce.toString('base64'),
    tag: sealed.tag.toString('base64'),
    data: sealed.data.toString('base64'),
  };
  try {
    writeFileAtomic(file, Buffer.from(JSON.stringify(envelope)), v.ops);
  } catch (err) {
    ioError(err);
  }
  for (const id of skipped) v.noteDamaged(id);
  return { skipped };
}

/** Adds the matters of an export file's content to the vault (same ids are replaced); their ids. */
export async function importData(
  v: VaultInternals,
  content: string,
  passphrase: string,
): Promise<string[]> {
  let envelope: { format: string; kdf: Header['kdf']; nonce: string; tag: string; data: string };
  try {
    envelope = JSON.parse(content) as typeof envelope;
  } catch {
    throw new VaultError('notAnExport', 'Not a Refuge export file.');
  }
  if (envelope?.format !== 'refuge-export' || typeof envelope.kdf?.salt !== 'string')
    throw new VaultError('notAnExport', 'Not a Refuge export file.');
  const kdf = checkKdf(envelope.kdf, 'backup');
  const key = await scrypt(passphrase, kdf.salt, kdf);
  let records: Record<string, Matter>;
  let files: Record<string, string>;
  try {
    ({ records, files = {} } = JSON.parse(
      open(
        key,
        Buffer.from(envelope.nonce, 'base64'),
        Buffer.from(envelope.tag, 'base64'),
        Buffer.from(envelope.data, 'base64'),
        EXPORT_AAD,
      ).toString('utf8'),
    ) as { records: Record<string, Matter>; files?: Record<string, string> });
  } catch {
    throw new VaultError('wrongPassphrase', 'Wrong passphrase, or the export file was altered.');
  } finally {
    key.fill(0);
  }
  return v.transaction(() => {
    const imported: string[] = [];
    // Files before the matters that list them: a crash in between leaves unreferenced files,
    // never a matter pointing at a file that is not there.
    for (const [id, base64] of Object.entries(files)) {
      if (!isFileRecord(id) || !RECORD_ID.test(id)) continue;
      if (!Object.hasOwn(records, `matter-${id.split('-')[1] ?? ''}`)) continue;
      v.putBytes(id, Buffer.from(base64, 'base64'));
    }
    for (const [id, value] of Object.entries(records)) {
      if (!id.startsWith('matter-')) continue;
      replaceDrafts(v, value.id, value.drafts ?? []);
      writeMatter(v, value);
      imported.push(value.id);
    }
    return imported;
  });
}

/** The same, from the export file at `file`. */
export async function importFrom(
  v: VaultInternals,
  file: string,
  passphrase: string,
): Promise<string[]> {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch {
    throw new VaultError('notAnExport', 'Not a Refuge export file.');
  }
  return importData(v, content, passphrase);
}
