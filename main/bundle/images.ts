/**
 * Scans and photos onto A4: the right page orientation, EXIF orientation honoured, never blown up
 * past a readable size, and downsampled to the bundle's DPI so 40 scanned pages still go by e-mail.
 * A JPEG already within the limit and upright is embedded byte for byte (no second lossy pass).
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import exifr from 'exifr';
import { AttachmentError } from './messages.ts';
import type { AttachmentMime } from './inspect.ts';

export const A4 = { width: 595.28, height: 841.89 } as const;
/** Room around an image; the top one is higher so the annex stamp never covers the scan. */
export const IMAGE_MARGIN = { side: 28, top: 48, bottom: 28 } as const;
/** A small picture is shown no larger than at 96 pixels per inch: enlarging only blurs it. */
const MIN_NATURAL_DPI = 96;
const JPEG_QUALITY = 82;
const DPI_TOLERANCE = 1.25;

export interface Raster {
  readonly width: number;
  readonly height: number;
  /** RGBA, 4 bytes a pixel. */
  readonly data: Uint8Array;
}

export interface PlacedImage {
  readonly format: 'jpg' | 'png';
  readonly bytes: Uint8Array;
  /** Page size in points (landscape for a wide picture). */
  readonly page: { readonly width: number; readonly height: number };
  /** Where the picture goes on that page, in points. */
  readonly box: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  /** Pixels embedded, and whether they were resampled or re-encoded. */
  readonly pixels: { readonly width: number; readonly height: number };
  readonly resampled: boolean;
}

/**
 * Decompression bombs: a 729 KB PNG of 16000×16000 pixels decodes to 1 GB of RGBA (2.68 GB RSS
 * while bundling). Sizes are read from the header (PNG IHDR, JPEG SOF) and checked against these
 * limits before anything is decoded. 50 megapixels is a 48 MP phone photo or an A4 page scanned
 * at 600 DPI (35 MP) with room to spare; decoded, it is 200 MB of RGBA at most.
 */
export const IMAGE_LIMITS = { maxSide: 16_384, maxMegapixels: 50 } as const;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Pixel size from the header alone (SOF for JPEG, IHDR for PNG); null when there is none. */
export function imageSize(
  bytes: Uint8Array,
  mime: AttachmentMime,
): { width: number; height: number } | null {
  if (mime === 'image/png') {
    if (bytes.length < 33 || !PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return null;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // The first chunk must be IHDR, 13 bytes long.
    if (view.getUint32(8) !== 13 || view.getUint32(12) !== 0x49484452) return null;
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  return jpegFrame(bytes)?.size ?? null;
}

/**
 * Walks a JPEG's segments up to its scan: the frame size from SOF, and whether the file is whole
 * (an SOS with data after it, and the EOI marker). A JPEG cut after 300 bytes keeps a valid
 * header that pdf-lib would embed without a word; here it is not whole.
 */
function jpegFrame(
  bytes: Uint8Array,
): { size: { width: number; height: number } | null; whole: boolean } | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let size: { width: number; height: number } | null = null;
  let i = 2;
  while (i + 3 < bytes.length) {
    if (bytes[i] !== 0xff) return { size, whole: false };
    const marker = bytes[i + 1] as number;
    if (marker === 0xff) {
      i++;
      continue;
    }
    const length = ((bytes[i + 2] as number) << 8) | (bytes[i + 3] as number);
    if (length < 2 || i + 2 + length > bytes.length) return { size, whole: false };
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (
      marker >= 0xc0 &&
      marker <= 0xcf &&
      marker !== 0xc4 &&
      marker !== 0xc8 &&
      marker !== 0xcc &&
      length >= 8
    )
      size ??= {
        height: ((bytes[i + 5] as number) << 8) | (bytes[i + 6] as number),
        width: ((bytes[i + 7] as number) << 8) | (bytes[i + 8] as number),
      };
    if (marker === 0xda) {
      // Start of scan: entropy-coded data follows, and the file ends with EOI (trailing
      // padding some cameras add is allowed after it).
      const scan = i + 2 + length;
      let eoi = bytes.length - 2;
      while (eoi > scan && !(bytes[eoi] === 0xff && bytes[eoi + 1] === 0xd9)) eoi--;
      return { size, whole: eoi > scan };
    }
    i += 2 + length;
  }
  return { size, whole: false };
}

/**
 * Before any decoding: the header names a size within IMAGE_LIMITS, and a JPEG is whole. Throws
 * a named AttachmentError (`imageTooLarge` with the size and limit, or `imageBroken`).
 */
export function checkImage(
  bytes: Uint8Array,
  mime: 'image/jpeg' | 'image/png',
  place: string,
): { width: number; height: number } {
  const size = imageSize(bytes, mime);
  if (!size || size.width === 0 || size.height === 0)
    throw new AttachmentError('imageBroken', place);
  if (
    size.width > IMAGE_LIMITS.maxSide ||
    size.height > IMAGE_LIMITS.maxSide ||
    size.width * size.height > IMAGE_LIMITS.maxMegapixels * 1_000_000
  )
    throw new AttachmentError('imageTooLarge', place, {
      width: size.width,
      height: size.height,
      megapixels: IMAGE_LIMITS.maxMegapixels,
    });
  if (mime === 'image/jpeg' && !jpegFrame(bytes)?.whole)
    throw new AttachmentError('imageTruncated', place);
  return size;
}

/** EXIF orientation 1–8 (1 = upright); anything unreadable counts as upright. */
export async function jpegOrientation(bytes: Uint8Array): Promise<number> {
  try {
    const o = await exifr.orientation(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    );
    return typeof o === 'number' && o >= 1 && o <= 8 ? o : 1;
  } catch {
    return 1;
  }
}

function decode(bytes: Uint8Array, mime: AttachmentMime, place: string): Raster {
  try {
    if (mime === 'image/jpeg') {
      const img = jpeg.decode(bytes, {
        useTArray: true,
        formatAsRGBA: true,
        maxResolutionInMP: IMAGE_LIMITS.maxMegapixels,
        maxMemoryUsageInMB: 512,
      });
      return { width: img.width, height: img.height, data: img.data };
    }
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { width: png.width, height: png.height, data: png.data };
  } catch {
    throw new AttachmentError('imageBroken', place);
  }
}

/**
 * Area-averaging downscale (every source pixel counts, so fine print in a scan survives better
 * than with nearest or bilinear sampling). Only ever shrinks.
 */
export function downscale(src: Raster, width: number, height: number): Raster {
  const out = new Uint8Array(width * height * 4);
  const sx = src.width / width;
  const sy = src.height / height;
  const acc = new Float64Array(width * 4);
  for (let y = 0; y < height; y++) {
    acc.fill(0);
    const y0 = Math.floor(y * sy);
    const y1 = Math.max(y0 + 1, Math.min(src.height, Math.floor((y + 1) * sy)));
    for (let yy = y0; yy < y1; yy++) {
      const row = yy * src.width * 4;
      for (let x = 0; x < width; x++) {
        const x0 = Math.floor(x * sx);
        const x1 = Math.max(x0 + 1, Math.min(src.width, Math.floor((x + 1) * sx)));
        let r = 0,
          g = 0,
          b = 0,
          a = 0;
        for (let xx = x0; xx < x1; xx++) {
          const p = row + xx * 4;
          r += src.data[p] as number;
          g += src.data[p + 1] as number;
          b += src.data[p + 2] as number;
          a += src.data[p + 3] as number;
        }
        const n = x1 - x0;
        acc[x * 4] = (acc[x * 4] as number) + r / n;
        acc[x * 4 + 1] = (acc[x * 4 + 1] as number) + g / n;
        acc[x * 4 + 2] = (acc[x * 4 + 2] as number) + b / n;
        acc[x * 4 + 3] = (acc[x * 4 + 3] as number) + a / n;
      }
    }
    const rows = y1 - y0;
    for (let i = 0; i < width * 4; i++)
      out[y * width * 4 + i] = Math.round((acc[i] as number) / rows);
  }
  return { width, height, data: out };
}

/** Applies an EXIF orientation so the pixels stand the way the photographer held the camera. */
export function orient(src: Raster, orientation: number): Raster {
  if (orientation === 1) return src;
  const swap = orientation >= 5;
  const width = swap ? src.height : src.width;
  const height = swap ? src.width : src.height;
  const out = new Uint8Array(src.data.length);
  const W = src.width;
  const H = src.height;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      let dx: number, dy: number;
      switch (orientation) {
        case 2:
          dx = W - 1 - x;
          dy = y;
          break; // mirrored
        case 3:
          dx = W - 1 - x;
          dy = H - 1 - y;
          break; // upside down
        case 4:
          dx = x;
          dy = H - 1 - y;
          break;
        case 5:
          dx = y;
          dy = x;
          break;
        case 6:
          dx = H - 1 - y;
          dy = x;
          break; // phone held upright: rotate 90° clockwise
        case 7:
          dx = H - 1 - y;
          dy = W - 1 - x;
          break;
        default:
          dx = y;
          dy = W - 1 - x;
          break; // 8: rotate 90° counter-clockwise
      }
      const s = (y * W + x) * 4;
      const d = (dy * width + dx) * 4;
      out[d] = src.data[s] as number;
      out[d + 1] = src.data[s + 1] as number;
      out[d + 2] = src.data[s + 2] as number;
      out[d + 3] = src.data[s + 3] as number;
    }
  }
  return { width, height, data: out };
}

/** Transparent parts of a PNG become paper white, then JPEG. */
function encodeJpeg(r: Raster): Uint8Array {
  const data = Buffer.alloc(r.data.length);
  for (let i = 0; i < r.data.length; i += 4) {
    const a = (r.data[i + 3] as number) / 255;
    data[i] = Math.round((r.data[i] as number) * a + 255 * (1 - a));
    data[i + 1] = Math.round((r.data[i + 1] as number) * a + 255 * (1 - a));
    data[i + 2] = Math.round((r.data[i + 2] as number) * a + 255 * (1 - a));
    data[i + 3] = 255;
  }
  return jpeg.encode({ data, width: r.width, height: r.height }, JPEG_QUALITY).data;
}

/** Where a picture of this (upright) pixel size goes, and how many pixels it needs at `dpi`. */
export function placement(
  width: number,
  height: number,
  dpi: number,
): {
  page: PlacedImage['page'];
  box: PlacedImage['box'];
  target: { width: number; height: number };
} {
  const page =
    width > height
      ? { width: A4.height, height: A4.width }
      : { width: A4.width, height: A4.height };
  const boxW = page.width - 2 * IMAGE_MARGIN.side;
  const boxH = page.height - IMAGE_MARGIN.top - IMAGE_MARGIN.bottom;
  const scale = Math.min(boxW / width, boxH / height, 72 / MIN_NATURAL_DPI);
  const w = width * scale;
  const h = height * scale;
  const box = {
    x: (page.width - w) / 2,
    y: IMAGE_MARGIN.bottom + (boxH - h) / 2,
    width: w,
    height: h,
  };
  const maxW = Math.max(1, Math.round((w / 72) * dpi));
  // A quarter over the limit is let through: re-encoding a scan made at about the right DPI
  // costs time and quality and saves next to nothing.
  const target =
    width > maxW * DPI_TOLERANCE
      ? { width: maxW, height: Math.max(1, Math.round((height * maxW) / width)) }
      : { width, height };
  return { page, box, target };
}

export async function placeImage(
  bytes: Uint8Array,
  mime: 'image/jpeg' | 'image/png',
  dpi: number,
  place: string,
): Promise<PlacedImage> {
  const size = checkImage(bytes, mime, place);
  const orientation = mime === 'image/jpeg' ? await jpegOrientation(bytes) : 1;
  const upright = orientation >= 5 ? { width: size.height, height: size.width } : size;
  const { page, box, target } = placement(upright.width, upright.height, dpi);
  const shrink = target.width < upright.width;
  if (!shrink && orientation === 1) {
    // Within the limit and upright: the original bytes (pdf-lib validates them as it embeds).
    return {
      format: mime === 'image/jpeg' ? 'jpg' : 'png',
      bytes,
      page,
      box,
      pixels: upright,
      resampled: false,
    };
  }
  let raster = decode(bytes, mime, place);
  // Shrink before rotating: the rotation then moves the fewer pixels.
  if (shrink)
    raster = downscale(
      raster,
      orientation >= 5 ? target.height : target.width,
      orientation >= 5 ? target.width : target.height,
    );
  raster = orient(raster, orientation);
  const encoded = encodeJpeg(raster);
  // Resampling that does not pay (a small, already well-compressed JPEG) keeps the original.
  if (orientation === 1 && mime === 'image/jpeg' && encoded.length >= bytes.length)
    return { format: 'jpg', bytes, page, box, pixels: upright, resampled: false };
  return {
    format: 'jpg',
    bytes: encoded,
    page,
    box,
    pixels: { width: raster.width, height: raster.height },
    resampled: true,
  };
}
