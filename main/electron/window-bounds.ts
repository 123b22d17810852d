/**
 * The saved window position is used only if enough of the window (its title bar) lands on a
 * display that is still there: after a monitor is unplugged the window would otherwise open
 * off-screen, where a lawyer cannot reach it. Sizes are kept within the largest work area.
 */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SavedBounds {
  readonly width: number;
  readonly height: number;
  readonly x?: number | undefined;
  readonly y?: number | undefined;
}

/** How much of the window's top must be visible to be grabbed and moved. */
const GRAB_WIDTH = 120;
const GRAB_HEIGHT = 40;

export function boundsOnDisplays(
  saved: SavedBounds,
  workAreas: readonly Rect[],
): { width: number; height: number; x?: number; y?: number } {
  const widest = Math.max(0, ...workAreas.map((a) => a.width));
  const tallest = Math.max(0, ...workAreas.map((a) => a.height));
  const width = widest > 0 ? Math.min(saved.width, widest) : saved.width;
  const height = tallest > 0 ? Math.min(saved.height, tallest) : saved.height;
  if (saved.x === undefined || saved.y === undefined) return { width, height };
  const top: Rect = { x: saved.x, y: saved.y, width, height: GRAB_HEIGHT };
  const reachable = workAreas.some((area) => {
    const w = Math.min(top.x + top.width, area.x + area.width) - Math.max(top.x, area.x);
    const h = Math.min(top.y + top.height, area.y + area.height) - Math.max(top.y, area.y);
    return w >= Math.min(GRAB_WIDTH, width) && h >= Math.min(GRAB_HEIGHT, height);
  });
  // Unreachable: no position, and Electron centres the window on the primary display.
  return reachable ? { width, height, x: saved.x, y: saved.y } : { width, height };
}
