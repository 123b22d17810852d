/**
 * What a file the lawyer attaches is, decided by its bytes (a scan named «решение.pdf» may be a
 * JPEG, a «.jpg» may be anything), and how many sheets it adds to a bundle.
 */
import { PDFDocument, EncryptedPDFError } from 'pdf-lib';
import { AttachmentError } from './messages.ts';
import { checkImage } from './images.ts';

export type AttachmentMime = 'application/pdf' | 'image/jpeg' | 'image/png';

/** A scan of 40 pages at 300 DPI stays under this; a larger file cannot go out by e-mail anyway. */
export const MAX_ATTACHMENT_BYTES = 40 * 1024 * 1024;

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function sniffMime(bytes: Uint8Array): AttachmentMime | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return 'image/jpeg';
  if (bytes.length >= 8 && PNG_MAGIC.every((b, i) => bytes[i] === b)) return 'image/png';
  // PDF readers accept the header anywhere in the first 1024 bytes (some scanners prepend junk).
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024));
  if (head.indexOf('%PDF-') >= 0) return 'application/pdf';
  return null;
}

/** Loads a PDF for counting or copying; encrypted and unreadable files are named errors. */
export async function loadPdf(bytes: Uint8Array, place: string): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    // An own copy: pdf-lib reads `.buffer` from offset 0, and Node's Buffers are often views.
    doc = await PDFDocument.load(new Uint8Array(bytes), { updateMetadata: false });
  } catch (err) {
    // pdf-lib's errors are ES5-compiled Error subclasses: instanceof fails, the message does not.
    if (err instanceof EncryptedPDFError || /is encrypted/.test(String((err as Error).message)))
      throw new AttachmentError('pdfEncrypted', place);
    throw new AttachmentError('pdfBroken', place);
  }
  // pdf-lib is lenient: a truncated file may "load" with no pages at all.
  let pages: number;
  try {
    pages = doc.getPageCount();
  } catch {
    throw new AttachmentError('pdfBroken', place);
  }
  if (pages === 0) throw new AttachmentError('pdfBroken', place);
  return doc;
}

export interface InspectedFile {
  readonly mime: AttachmentMime;
  /** Sheets it adds to a bundle: a PDF's pages, one for an image. */
  readonly pages: number;
}

export async function inspectAttachment(bytes: Uint8Array, name: string): Promise<InspectedFile> {
  if (bytes.length === 0) throw new AttachmentError('empty', name);
  if (bytes.length > MAX_ATTACHMENT_BYTES)
    throw new AttachmentError('tooLarge', name, { limit: MAX_ATTACHMENT_BYTES / 1024 / 1024 });
  const mime = sniffMime(bytes);
  if (mime === null) throw new AttachmentError('unsupportedType', name);
  if (mime === 'application/pdf')
    return { mime, pages: (await loadPdf(bytes, name)).getPageCount() };
  checkImage(bytes, mime, name); // size from the header, before anything decodes it
  return { mime, pages: 1 };
}
