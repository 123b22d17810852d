/**
 * Flow, the second stage of layout: the document's blocks → the units pagination moves between
 * pages (a paragraph line, a table row, a signature block), each with its break rules.
 */
import type { Block, FilingDocument, Inline } from '../model.ts';
import {
  ADDRESSEE_INDENT,
  ADDRESSEE_SPACE_AFTER,
  BODY_SIZE,
  CONTENT_WIDTH,
  LINE_HEIGHT,
  LIST_STYLES,
  MIN_LINES_AT_PAGE_EDGE,
  PAGE,
  PARAGRAPH_STYLES,
  SIGNATURE,
  TABLE,
  columnWidths,
} from '../style.ts';
import type { LayoutContext } from './layout.ts';
import { layoutParagraph, type UnitLine } from './lines.ts';
import type { Fragment } from './items.ts';

/** The thing pagination moves between pages: one paragraph line, one table row, a signature block. */
export interface Unit {
  readonly height: number;
  readonly spaceBefore: number;
  readonly lines: readonly UnitLine[];
  readonly rules: readonly { x: number; dy: number; width: number; height: number }[];
  /** May a page break fall immediately before this unit? */
  breakBefore: boolean;
  /** Must a page break fall before this unit (explicit page break)? */
  forceBreakBefore: boolean;
  /** Table header units to repeat when a page starts inside this table. */
  readonly repeatHeader?: readonly Unit[];
}

function lineUnits(lines: readonly UnitLine[], lineHeight: number, spaceBefore: number): Unit[] {
  return lines.map((line, i) => ({
    height: lineHeight,
    spaceBefore: i === 0 ? spaceBefore : 0,
    lines: [{ ...line, dy: line.dy - lineHeight * i }],
    rules: [],
    // Widow/orphan control: at least MIN_LINES_AT_PAGE_EDGE lines on each side of a break. A
    // word hyphenated across a page break is read across the turn of a page (TeX's
    // \brokenpenalty, here absolute): the hyphenated line goes over with its continuation.
    breakBefore:
      i === 0 ||
      (i >= MIN_LINES_AT_PAGE_EDGE &&
        lines.length - i >= MIN_LINES_AT_PAGE_EDGE &&
        lines[i - 1]?.hyphen === null),
    forceBreakBefore: false,
  }));
}

function tableUnits(block: Extract<Block, { kind: 'table' }>, ctx: LayoutContext): Unit[] {
  const widths = columnWidths(block);
  const lefts = widths.map(
    (_, i) => PAGE.marginLeft + widths.slice(0, i).reduce((a, b) => a + b, 0),
  );
  const border = 0.5;
  const header: Unit[] = [];
  const units: Unit[] = [];
  block.rows.forEach((row, rowIndex) => {
    const cellLines = row.cells.map((cell, ci) =>
      layoutParagraph(
        row.header
          ? cell.inlines.map((i) => (i.kind === 'text' ? { ...i, bold: true } : i))
          : cell.inlines,
        {
          x: (lefts[ci] ?? 0) + TABLE.cellPadding,
          width: (widths[ci] ?? 0) - 2 * TABLE.cellPadding,
          size: TABLE.size,
          lineHeight: TABLE.lineHeight,
          align: row.header ? 'center' : 'left',
          firstLineIndent: 0,
        },
        ctx,
      ),
    );
    const lineCount = Math.max(1, ...cellLines.map((l) => l.length));
    const height = lineCount * TABLE.lineHeight + 2 * TABLE.cellPadding;
    const rules: Unit['rules'][number][] = [];
    // Top and left borders of every cell; right border of the last; bottom of the row.
    for (let ci = 0; ci < widths.length; ci++) {
      rules.push({ x: lefts[ci] ?? 0, dy: 0, width: widths[ci] ?? 0, height: border });
      rules.push({ x: lefts[ci] ?? 0, dy: 0, width: border, height });
    }
    rules.push({ x: PAGE.marginLeft + CONTENT_WIDTH - border, dy: 0, width: border, height });
    rules.push({ x: PAGE.marginLeft, dy: height - border, width: CONTENT_WIDTH, height: border });
    const unit: Unit = {
      height,
      spaceBefore: rowIndex === 0 ? TABLE.space : 0,
      lines: cellLines.flat().map((l) => ({ ...l, dy: l.dy + TABLE.cellPadding })),
      rules,
      breakBefore: rowIndex === 0 || !block.rows[rowIndex - 1]?.header,
      forceBreakBefore: false,
      ...(row.header ? {} : { repeatHeader: header }),
    };
    if (row.header) header.push(unit);
    units.push(unit);
  });
  return units;
}

function signatureUnit(block: Extract<Block, { kind: 'signature' }>, ctx: LayoutContext): Unit {
  const lines: UnitLine[] = [];
  // One row: left text (date, role) and right text (place, signature line and name); returns its line count.
  const row = (left: readonly Inline[], right: readonly Inline[], dy: number): number => {
    const half = CONTENT_WIDTH / 2;
    const l = layoutParagraph(
      left,
      {
        x: PAGE.marginLeft,
        width: half,
        size: BODY_SIZE,
        lineHeight: LINE_HEIGHT,
        align: 'left',
        firstLineIndent: 0,
      },
      ctx,
    );
    const r = layoutParagraph(
      right,
      {
        x: PAGE.marginLeft + half,
        width: half,
        size: BODY_SIZE,
        lineHeight: LINE_HEIGHT,
        align: 'right',
        firstLineIndent: 0,
      },
      ctx,
    );
    for (const line of [...l, ...r])
      if (line.pieces.length > 0) lines.push({ ...line, dy: line.dy + dy });
    return Math.max(1, l.length, r.length);
  };
  let dy = row(block.date, block.place ?? [], 0) * LINE_HEIGHT;
  for (const signer of block.signers) {
    dy += SIGNATURE.signerSpaceBefore;
    dy +=
      row(signer.role, [{ kind: 'text', text: `${SIGNATURE.line} ` }, ...signer.name], dy) *
      LINE_HEIGHT;
  }
  return {
    height: dy,
    spaceBefore: SIGNATURE.spaceBefore,
    lines,
    rules: [],
    breakBefore: true,
    forceBreakBefore: false,
  };
}

/** Vertical space that never takes a page break before it (space after a block). */
function spacer(height: number): Unit {
  return {
    height,
    spaceBefore: 0,
    lines: [],
    rules: [],
    breakBefore: false,
    forceBreakBefore: false,
  };
}

/** All flow units of a document, with their break rules. */
export function flow(doc: FilingDocument, ctx: LayoutContext): Unit[] {
  const units: Unit[] = [];
  let keepPrevious = false; // the previous block asked to stay with this one
  let forceBreak = false;
  const push = (blockUnits: Unit[], keepWithNext: boolean): void => {
    const first = blockUnits[0];
    if (!first) return;
    if (keepPrevious) first.breakBefore = false;
    if (forceBreak) {
      first.forceBreakBefore = true;
      forceBreak = false;
    }
    units.push(...blockUnits);
    keepPrevious = keepWithNext;
  };
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'pageBreak':
        forceBreak = true;
        break;
      case 'addressee': {
        const blockUnits: Unit[] = [];
        block.lines.forEach((inlines, i) => {
          const lines = layoutParagraph(
            inlines,
            {
              x: PAGE.marginLeft + ADDRESSEE_INDENT,
              width: CONTENT_WIDTH - ADDRESSEE_INDENT,
              size: BODY_SIZE,
              lineHeight: LINE_HEIGHT,
              align: 'left',
              firstLineIndent: 0,
            },
            ctx,
          );
          const us = lineUnits(lines, LINE_HEIGHT, 0);
          us.forEach((u) => (u.breakBefore = false)); // the шапка stays whole on page 1
          if (i === 0 && us[0]) us[0].breakBefore = true;
          blockUnits.push(...us);
        });
        push(blockUnits, true);
        // Space after the шапка: carried by the next block's first unit.
        units.push(spacer(ADDRESSEE_SPACE_AFTER));
        break;
      }
      case 'paragraph': {
        const style = PARAGRAPH_STYLES[block.role];
        const inlines = style.bold
          ? block.inlines.map((i) => (i.kind === 'text' ? { ...i, bold: true } : i))
          : block.inlines;
        const lines = layoutParagraph(
          inlines,
          {
            x: PAGE.marginLeft,
            width: CONTENT_WIDTH,
            size: BODY_SIZE,
            lineHeight: LINE_HEIGHT,
            align: block.align ?? style.align,
            firstLineIndent: style.firstLineIndent,
          },
          ctx,
        );
        const us = lineUnits(lines, LINE_HEIGHT, style.spaceBefore);
        if (style.spaceAfter > 0) us.push(spacer(style.spaceAfter));
        push(us, block.keepWithNext ?? style.keepWithNext);
        break;
      }
      case 'list': {
        const style = LIST_STYLES[block.role];
        block.items.forEach((item, index) => {
          const label: Fragment = {
            text: `${style.label(index + 1)}\u00A0`,
            face: 'regular',
            size: BODY_SIZE,
            underline: false,
          };
          const lines = layoutParagraph(
            item.inlines,
            {
              x: PAGE.marginLeft,
              width: CONTENT_WIDTH,
              size: BODY_SIZE,
              lineHeight: LINE_HEIGHT,
              align: item.ragged ? 'left' : 'justify',
              firstLineIndent: style.firstLineIndent,
              leading: [label],
            },
            ctx,
          );
          push(lineUnits(lines, LINE_HEIGHT, 0), false);
        });
        break;
      }
      case 'table':
        push(tableUnits(block, ctx), false);
        units.push(spacer(TABLE.space));
        break;
      case 'signature': {
        const unit = signatureUnit(block, ctx);
        // Never alone on a page: no break before it nor before the last line of the text above.
        unit.breakBefore = false;
        let k = units.length - 1;
        while (k >= 0 && (units[k] as Unit).lines.length === 0) k--;
        if (k >= 0) (units[k] as Unit).breakBefore = false;
        push([unit], false);
        break;
      }
    }
  }
  return units;
}
