/**
 * Pagination, the last stage of layout: flow units → pages, with the latest allowed break before
 * the first unit that does not fit and table headers repeated on a page that starts in a table.
 */
import { PAGE } from '../style.ts';
import type { Line, Page, Rule } from './layout.ts';
import type { Unit } from './flow.ts';

/** Fill pages: the latest allowed break before the first unit that does not fit. */
export function paginate(units: readonly Unit[]): Page[] {
  const top = PAGE.marginTop;
  const bottom = PAGE.height - PAGE.marginBottom;
  const pages: Page[] = [];
  let i = 0;
  while (i < units.length) {
    const placed: { unit: Unit; y: number }[] = [];
    let y = top;
    const startIndex = i;
    // Repeat table headers when the page starts inside a table.
    const first = units[i] as Unit;
    if (
      pages.length > 0 &&
      first.repeatHeader &&
      first.repeatHeader.length > 0 &&
      !first.repeatHeader.includes(first)
    ) {
      for (const h of first.repeatHeader) {
        placed.push({ unit: h, y });
        y += h.height;
      }
    }
    const headerCount = placed.length;
    let j = i;
    for (; j < units.length; j++) {
      const unit = units[j] as Unit;
      if (j > startIndex && unit.forceBreakBefore) break;
      const space = placed.length > headerCount ? unit.spaceBefore : 0;
      if (y + space + unit.height > bottom + 0.01 && j > startIndex) {
        // Back up to the latest unit before which a break is allowed.
        let k = j;
        while (k > startIndex + 1 && !(units[k] as Unit).breakBefore) k--;
        if (k > startIndex + 1 || (units[k] as Unit).breakBefore) {
          placed.splice(headerCount + (k - startIndex));
          j = k;
        }
        break;
      }
      placed.push({ unit, y: y + space });
      y += space + unit.height;
    }
    if (j === startIndex) j = startIndex + 1; // a unit taller than a page: place it anyway
    i = j;
    const lines: Line[] = [];
    const rules: Rule[] = [];
    for (const { unit, y: uy } of placed) {
      for (const l of unit.lines)
        lines.push({
          x: l.x,
          y: uy + l.dy,
          boxWidth: l.boxWidth,
          width: l.width,
          pieces: l.pieces,
          hyphen: l.hyphen,
          justified: l.justified,
          stretch: l.stretch,
        });
      for (const r of unit.rules)
        rules.push({ x: r.x, y: uy + r.dy, width: r.width, height: r.height });
    }
    pages.push({ number: pages.length + 1, lines, rules });
  }
  return pages;
}
