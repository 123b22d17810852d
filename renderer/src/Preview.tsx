/**
 * The live preview: the real PDF from the engine, drawn by pdf.js (./pdf.ts). Each page is drawn
 * off-screen and swapped in when ready, so the old picture stays readable until the new one
 * replaces it.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeBase64, openPdf } from './pdf.ts';

/** Whether any of the element shows: inside the window and every scrolling box around it. */
function isOnScreen(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  let top = 0;
  let bottom = window.innerHeight;
  for (let box = el.parentElement; box; box = box.parentElement) {
    if (!/(auto|scroll)/.test(getComputedStyle(box).overflowY)) continue;
    const clip = box.getBoundingClientRect();
    top = Math.max(top, clip.top);
    bottom = Math.min(bottom, clip.bottom);
  }
  return rect.height > 0 && rect.bottom > top && rect.top < bottom;
}

export function Preview({
  base64,
  rev,
  busy,
}: {
  base64: string | null;
  /** Which edit of the answers this PDF shows; exposed for the browser tests' timing. */
  rev: number;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const [paintedRev, setPaintedRev] = useState(-1);
  const [allPaintedRev, setAllPaintedRev] = useState(-1);
  const [pages, setPages] = useState(0);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!base64 || !host.current) return;
    let cancelled = false;
    const target = host.current;
    const task = openPdf(decodeBase64(base64));
    void (async () => {
      try {
        const doc = await task.promise;
        const width = Math.max(200, target.clientWidth - 16);
        // The pages the user can see are drawn first and the preview counts as refreshed once
        // they are; the rest follow. Each page is swapped in as soon as it is drawn, so the
        // old picture stays until the new one replaces it.
        const shown = new Set(
          [...target.children].flatMap((el, i) =>
            i < doc.numPages && isOnScreen(el) ? [i + 1] : [],
          ),
        );
        if (shown.size === 0) shown.add(1);
        const order = [
          ...[...shown].sort((a, b) => a - b),
          ...Array.from({ length: doc.numPages }, (_, i) => i + 1).filter((n) => !shown.has(n)),
        ];
        let shownLeft = shown.size;
        for (const n of order) {
          const page = await doc.getPage(n);
          const base = page.getViewport({ scale: 1 });
          const scale = width / base.width;
          const ratio = window.devicePixelRatio || 1;
          const viewport = page.getViewport({ scale: scale * ratio });
          const canvas = document.createElement('canvas');
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
          canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', t('preview.page', { n, total: doc.numPages }));
          await page.render({ canvas, viewport }).promise;
          if (cancelled) return;
          const old = target.children[n - 1];
          if (old) old.replaceWith(canvas);
          else target.append(canvas);
          if (shown.has(n) && --shownLeft === 0) {
            setPages(doc.numPages);
            setFailed(false);
            setPaintedRev(rev);
          }
        }
        if (cancelled) return;
        while (target.children.length > doc.numPages) target.lastElementChild?.remove();
        setAllPaintedRev(rev);
        await doc.destroy();
      } catch {
        if (!cancelled) setFailed(true);
      }
    })();
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [base64, rev, t]);

  // Locking unmounts the preview: its pixels go with it.
  useEffect(() => {
    const target = host.current;
    return () => target?.replaceChildren();
  }, []);

  return (
    <section
      className="preview"
      aria-labelledby="preview-heading"
      aria-busy={busy || paintedRev !== rev}
      data-painted-rev={paintedRev}
      data-all-painted={allPaintedRev === rev}
    >
      <h2 id="preview-heading">
        {t('preview.title')}
        {pages > 0 && <span className="meta"> · {t('preview.pages', { count: pages })}</span>}
      </h2>
      {failed && <p className="error-text">{t('preview.failed')}</p>}
      {!base64 && <p className="empty">{t('preview.empty')}</p>}
      <div ref={host} className="preview-pages" />
    </section>
  );
}
