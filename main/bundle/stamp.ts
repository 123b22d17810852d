/**
 * Stamps drawn onto annex pages with the filing's own font (the engine's `createOverlayFont`: the
 * same face and ToUnicode the filing uses, so the stamp extracts as text). Pages are addressed as
 * the reader sees them: a copied page may carry /Rotate and a crop box, and the stamp must still
 * sit at the top right of what is shown.
 */
import {
  type PDFPage,
  pushGraphicsState,
  popGraphicsState,
  concatTransformationMatrix,
  setFillingGrayscaleColor,
  setStrokingGrayscaleColor,
  setLineWidth,
  rectangle,
  fillAndStroke,
} from 'pdf-lib';
import type { OverlayFont } from '../engine/index.ts';

/** The page as shown: its size and the matrix from shown coordinates to user space. */
export function shownFrame(page: PDFPage): {
  width: number;
  height: number;
  matrix: [number, number, number, number, number, number];
} {
  const { x, y, width: W, height: H } = page.getCropBox();
  const angle = (((page.getRotation().angle % 360) + 360) % 360) as number;
  switch (angle) {
    case 90:
      return { width: H, height: W, matrix: [0, 1, -1, 0, x + W, y] };
    case 180:
      return { width: W, height: H, matrix: [-1, 0, 0, -1, x + W, y + H] };
    case 270:
      return { width: H, height: W, matrix: [0, -1, 1, 0, x, y + H] };
    default:
      return { width: W, height: H, matrix: [1, 0, 0, 1, x, y] };
  }
}

const STAMP_SIZE = 10;
const STAMP_PAD = 3;
const STAMP_INSET = 14;

/**
 * «Прил. 2, л. 3» at the top right on a white box with a thin border, so it reads over a dark
 * scan. The page's own content is wrapped in q…Q first: a scan's content stream may leave its
 * graphics state changed, and the stamp must not inherit a stray matrix or colour.
 */
export function stampPage(page: PDFPage, font: OverlayFont, label: string): void {
  const { width, height, matrix } = shownFrame(page);
  const textWidth = font.measure(label, STAMP_SIZE);
  const boxW = textWidth + 2 * STAMP_PAD;
  const boxH = STAMP_SIZE + 2 * STAMP_PAD;
  const bx = width - STAMP_INSET - boxW;
  const by = height - STAMP_INSET - boxH;
  const doc = page.doc;
  page.node.normalize();
  const start = doc.context.register(doc.context.contentStream([pushGraphicsState()]));
  const end = doc.context.register(doc.context.contentStream([popGraphicsState()]));
  page.node.wrapContentStreams(start, end);
  font.use(page);
  const descent = font.descent(STAMP_SIZE);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(...matrix),
    setFillingGrayscaleColor(1),
    setStrokingGrayscaleColor(0.4),
    setLineWidth(0.5),
    rectangle(bx, by, boxW, boxH),
    fillAndStroke(),
    setFillingGrayscaleColor(0),
    ...font.text(bx + STAMP_PAD, by + STAMP_PAD + descent * 0.6, STAMP_SIZE, label),
    popGraphicsState(),
  );
}
