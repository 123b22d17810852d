/**
 * Printing from the app without writing a file: pdf.js draws each page of the real PDF into an
 * image held in memory, the images are shown only to the printer (@media print in styles.css),
 * and window.print() opens the system dialog. The OS print spool keeps its own plaintext copy
 * of what is printed — the UI warns before calling this.
 */
import { openPdf } from './pdf.ts';

/** Sharp enough for 14 pt text; a long bundle drops to 150 dpi to keep memory in bounds. */
function dpiFor(pages: number): number {
  return pages > 12 ? 150 : 200;
}

const POINTS_PER_MM = 72 / 25.4;

export async function printPdf(
  bytes: Uint8Array,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const doc = await openPdf(bytes).promise;
  const root = document.createElement('div');
  root.id = 'print-root';
  root.setAttribute('aria-hidden', 'true');
  const urls: string[] = [];
  try {
    const scale = dpiFor(doc.numPages) / 72;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const size = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport }).promise;
      const blob = await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas'))), 'image/png'),
      );
      canvas.width = 0; // release the bitmap now, not at the next GC
      const url = URL.createObjectURL(blob);
      urls.push(url);
      const img = document.createElement('img');
      img.src = url;
      img.alt = '';
      // Each page keeps its own size, so a landscape annex prints landscape.
      img.style.width = `${(size.width / POINTS_PER_MM).toFixed(1)}mm`;
      img.style.height = `${(size.height / POINTS_PER_MM).toFixed(1)}mm`;
      root.append(img);
      onProgress?.(n, doc.numPages);
    }
    document.body.append(root);
    await Promise.all([...root.querySelectorAll('img')].map((img) => img.decode()));
    document.body.classList.add('printing');
    window.print();
    return doc.numPages;
  } finally {
    document.body.classList.remove('printing');
    root.remove();
    for (const url of urls) URL.revokeObjectURL(url);
    void doc.destroy();
  }
}
