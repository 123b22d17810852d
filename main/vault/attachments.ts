/**
 * A matter's files: each one's bytes a binary record of its own (same format and AEAD as JSON
 * records), its description in the matter record.
 */
import { createHash, randomBytes } from 'node:crypto';
import { safeFileName } from '../../common/file-names.ts';
import { inspectAttachment } from '../bundle/inspect.ts';
import { VaultError } from './errors.ts';
import type { VaultInternals } from './internals.ts';
import { getStored, writeMatter } from './matters.ts';
import { fileRecordId, type AttachmentMeta } from './types.ts';

/**
 * Adds a file to a matter: its type from its bytes, its sheets counted (a password-protected or
 * broken PDF is refused with a named AttachmentError), then the bytes sealed as a binary record.
 */
export async function addAttachment(
  v: VaultInternals,
  matterId: string,
  file: { name: string; bytes: Uint8Array },
  now: Date,
): Promise<AttachmentMeta> {
  getStored(v, matterId); // no such matter: refused before the file is inspected
  // The one file-name sanitiser: no bidi override can make «…fdp.exe» show as «…exe.pdf».
  const name = safeFileName(file.name);
  const inspected = await inspectAttachment(file.bytes, name);
  const meta: AttachmentMeta = {
    id: randomBytes(8).toString('hex'),
    name,
    mime: inspected.mime,
    size: file.bytes.length,
    pages: inspected.pages,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    addedAt: now.toISOString(),
  };
  v.transaction(() => {
    const matter = getStored(v, matterId); // as it is now: another process may have saved it
    // The bytes first: a crash before the matter is saved leaves an orphan, never a dangling
    // entry.
    v.putBytes(fileRecordId(matterId, meta.id), file.bytes);
    writeMatter(v, {
      ...matter,
      updatedAt: meta.addedAt,
      attachments: [...(matter.attachments ?? []), meta],
    });
  });
  return meta;
}

export function listAttachments(v: VaultInternals, matterId: string): readonly AttachmentMeta[] {
  return getStored(v, matterId).attachments ?? [];
}

export function getAttachmentBytes(v: VaultInternals, matterId: string, fileId: string): Buffer {
  if (!listAttachments(v, matterId).some((a) => a.id === fileId))
    throw new VaultError('notFound', `No attachment "${fileId}" in this matter.`, fileId);
  return v.getBytes(fileRecordId(matterId, fileId));
}

export function removeAttachment(
  v: VaultInternals,
  matterId: string,
  fileId: string,
  now: Date,
): void {
  v.transaction(() => {
    const matter = getStored(v, matterId);
    const rest = (matter.attachments ?? []).filter((a) => a.id !== fileId);
    if (rest.length === (matter.attachments ?? []).length)
      throw new VaultError('notFound', `No attachment "${fileId}" in this matter.`, fileId);
    writeMatter(v, { ...matter, updatedAt: now.toISOString(), attachments: rest });
    v.delete(fileRecordId(matterId, fileId));
  });
}
