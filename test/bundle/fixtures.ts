/** Scans and photos made in the test with the same image libraries the app uses. */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { degrees, PDFDocument } from 'pdf-lib';

/** A picture with structure (gradient and bars) so JPEG sizes are realistic, not all-white. */
function pixels(width: number, height: number, seed = 1): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const bar = Math.floor(y / 24) % 3 === 0 && x % 97 < 80 ? 60 : 235;
      data[i] = (bar + ((x * seed) % 17)) & 0xff;
      data[i + 1] = (bar + ((y * 7) % 13)) & 0xff;
      data[i + 2] = Math.min(255, bar + Math.floor((255 * x) / width / 8));
      data[i + 3] = 255;
    }
  return data;
}

export function makeJpeg(width: number, height: number, quality = 80, seed = 1): Uint8Array {
  return jpeg.encode({ data: pixels(width, height, seed), width, height }, quality).data;
}

export function makePng(width: number, height: number): Uint8Array {
  const png = new PNG({ width, height });
  pixels(width, height).copy(png.data);
  return PNG.sync.write(png);
}

/**
 * The same JPEG with an EXIF APP1 segment saying Orientation = `orientation` (what a phone
 * writes instead of rotating the pixels).
 */
export function withExifOrientation(jpg: Uint8Array, orientation: number): Uint8Array {
  const tiff = Buffer.from([
    0x4d,
    0x4d,
    0x00,
    0x2a,
    0x00,
    0x00,
    0x00,
    0x08, // big-endian TIFF, IFD0 at 8
    0x00,
    0x01, // one entry
    0x01,
    0x12,
    0x00,
    0x03,
    0x00,
    0x00,
    0x00,
    0x01,
    0x00,
    orientation,
    0x00,
    0x00, // Orientation SHORT
    0x00,
    0x00,
    0x00,
    0x00, // no next IFD
  ]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.concat([
    Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]),
    payload,
  ]);
  return Buffer.concat([Buffer.from(jpg.subarray(0, 2)), app1, Buffer.from(jpg.subarray(2))]);
}

/** A scanned document: every page one full-page JPEG (A4 at `dpi`). */
export async function makeScannedPdf(pages: number, dpi = 100): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const w = Math.round((210 / 25.4) * dpi);
  const h = Math.round((297 / 25.4) * dpi);
  for (let i = 0; i < pages; i++) {
    const image = await doc.embedJpg(makeJpeg(w, h, 60, i + 1));
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return doc.save();
}

/** A text-free PDF of `pages` pages with an optional /Rotate. */
export async function makePdf(
  pages: number,
  rotate = 0,
  options: { useObjectStreams?: boolean } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([595.28, 841.89]);
    if (rotate) page.setRotation(degrees(rotate));
  }
  return doc.save(options);
}
