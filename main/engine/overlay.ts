/**
 * Text drawn onto pages the engine did not lay out — a court bundle's annex stamps and index — in
 * the filing's own face (Tinos, read by sfnt.ts, subset by subset.ts; DESIGN-NOTES 7), with the
 * same ToUnicode as the filing, so what is drawn extracts as text. Loaded on demand through
 * `createOverlayFont` (index.ts): it pulls in the PDF writer, which a render that writes no PDF
 * never loads.
 */
import {
  PDFHexString,
  PDFName,
  beginText,
  endText,
  moveText,
  setFontAndSize,
  showText,
} from 'pdf-lib';
import type { PDFDocument, PDFOperator, PDFPage } from 'pdf-lib';
import { DocumentFace } from './pdf/pdf.ts';
import { Face, type FaceName } from './fonts/faces.ts';
import { SfntFont } from './fonts/sfnt.ts';

/** One face embedded in one foreign PDF document under one resource name. */
export interface OverlayFont {
  readonly resourceName: string;
  /** Advance width of `text` at `size`, in points. */
  measure(text: string, size: number): number;
  /** How far the face reaches below the baseline at `size`, in points (positive). */
  descent(size: number): number;
  /** Operators drawing `text` with its baseline starting at (x, y) in the current space. */
  text(x: number, y: number, size: number, text: string): PDFOperator[];
  /** Makes the font a resource of `page`; call before drawing on it. */
  use(page: PDFPage): void;
  /** Whether anything was drawn with it. */
  readonly used: boolean;
  /** Writes the subset of the glyphs drawn into the document; once, after the last text. */
  embed(): void;
}

export function overlayFont(
  pdf: PDFDocument,
  resourceName: string,
  face: FaceName,
  bytes: Uint8Array,
): OverlayFont {
  const metrics = new Face(face, new SfntFont(bytes), bytes);
  const doc = new DocumentFace(resourceName, metrics, pdf.context);
  return {
    resourceName,
    measure: (text, size) => metrics.measure(text, size),
    descent: (size) => (-metrics.descent / metrics.unitsPerEm) * size,
    text: (x, y, size, text) => [
      beginText(),
      setFontAndSize(resourceName, size),
      moveText(x, y),
      showText(PDFHexString.of(doc.encode(text))),
      endText(),
    ],
    use: (page) => page.node.setFontDictionary(PDFName.of(resourceName), doc.ref),
    get used() {
      return doc.used;
    },
    embed: () => doc.embed(pdf.context),
  };
}
