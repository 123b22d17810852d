import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Which fields the user has left (their errors become visible). A field left because a mouse
 * button or finger went down elsewhere is marked only when the press ends: an error appearing
 * on blur moves the button being pressed out from under the pointer, and the click — "add a
 * family member", "save PDF" — would silently not happen.
 */
export function useTouched(): [ReadonlySet<string>, (path: string) => void] {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const pressed = useRef(false);
  const pending = useRef<string[]>([]);

  const mark = useCallback((paths: readonly string[]) => {
    setTouched((current) => {
      const fresh = paths.filter((p) => !current.has(p));
      return fresh.length === 0 ? current : new Set([...current, ...fresh]);
    });
  }, []);

  useEffect(() => {
    const down = (): void => {
      pressed.current = true;
    };
    const up = (): void => {
      pressed.current = false;
      const paths = pending.current;
      pending.current = [];
      // After the click that ends this press has been dispatched (same input task).
      if (paths.length > 0) setTimeout(() => mark(paths), 0);
    };
    window.addEventListener('pointerdown', down, true);
    window.addEventListener('pointerup', up, true);
    window.addEventListener('pointercancel', up, true);
    return () => {
      window.removeEventListener('pointerdown', down, true);
      window.removeEventListener('pointerup', up, true);
      window.removeEventListener('pointercancel', up, true);
    };
  }, [mark]);

  const touch = useCallback(
    (path: string) => {
      if (pressed.current) pending.current.push(path);
      else mark([path]);
    },
    [mark],
  );
  return [touched, touch];
}
