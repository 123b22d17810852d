/**
 * Page and typography of a filing — one place, read by both writers so the DOCX (laid out by
 * Word/LibreOffice) and our PDF break lines and pages alike.
 *
 * Conventions (law-notes.md §7.1): A4; margins left 30 mm, right 10 mm, top/bottom 20 mm;
 * Times New Roman 14 pt; first-line indent 1.25 cm; justified; page numbers from page 2,
 * top centre. The KZ rule text behind these numbers is UNVERIFIED (generic CIS guidance,
 * Типовые правила 2014 № 144 superseded 2018); they are a convention, not a cite.
 */
import type { ParagraphRole, Align, ListRole, Table } from './model.ts';

export const MM = 72 / 25.4; // points per millimetre
export const TWIP = 1 / 20; // points per twip

export const PAGE = {
  width: 210 * MM,
  height: 297 * MM,
  marginLeft: 30 * MM,
  marginRight: 10 * MM,
  marginTop: 20 * MM,
  marginBottom: 20 * MM,
  /** Distance of the page-number header from the top edge. */
  headerTop: 10 * MM,
} as const;

export const CONTENT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;

/** Word font name; the PDF embeds Tinos, metric-compatible with it. */
export const FONT_FAMILY = 'Times New Roman';

export const BODY_SIZE = 14;
/**
 * Exact line pitch (not "single", which Word and LibreOffice compute differently from font
 * metrics): the one number that makes both writers put the same lines on a page.
 */
export const LINE_HEIGHT = 17;
export const FIRST_LINE_INDENT = 12.5 * MM;
/** Addressee block (шапка) starts at this distance from the left margin: right half of the page. */
export const ADDRESSEE_INDENT = 80 * MM;
export const PAGE_NUMBER_SIZE = 12;
/** Lines kept together at a page break (widow/orphan control in both writers). */
export const MIN_LINES_AT_PAGE_EDGE = 2;

export interface ParagraphStyle {
  readonly align: Align;
  readonly bold: boolean;
  readonly caps: boolean; // the template writes capitals itself; this is documentation for DOCX styles
  readonly firstLineIndent: number;
  readonly spaceBefore: number;
  readonly spaceAfter: number;
  readonly keepWithNext: boolean;
}

export const PARAGRAPH_STYLES: Readonly<Record<ParagraphRole, ParagraphStyle>> = {
  body: {
    align: 'justify',
    bold: false,
    caps: false,
    firstLineIndent: FIRST_LINE_INDENT,
    spaceBefore: 0,
    spaceAfter: 0,
    keepWithNext: false,
  },
  plain: {
    align: 'justify',
    bold: false,
    caps: false,
    firstLineIndent: 0,
    spaceBefore: 0,
    spaceAfter: 0,
    keepWithNext: false,
  },
  title: {
    align: 'center',
    bold: true,
    caps: true,
    firstLineIndent: 0,
    spaceBefore: 17,
    spaceAfter: 0,
    keepWithNext: true,
  },
  subtitle: {
    align: 'center',
    bold: true,
    caps: false,
    firstLineIndent: 0,
    spaceBefore: 0,
    spaceAfter: 17,
    keepWithNext: true,
  },
  heading: {
    align: 'left',
    bold: true,
    caps: false,
    firstLineIndent: FIRST_LINE_INDENT,
    spaceBefore: 8.5,
    spaceAfter: 0,
    keepWithNext: true,
  },
  requestsIntro: {
    align: 'left',
    bold: true,
    caps: true,
    firstLineIndent: 0,
    spaceBefore: 8.5,
    spaceAfter: 0,
    keepWithNext: true,
  },
  attachmentsIntro: {
    align: 'left',
    bold: false,
    caps: false,
    firstLineIndent: 0,
    spaceBefore: 8.5,
    spaceAfter: 0,
    keepWithNext: true,
  },
  urgent: {
    align: 'center',
    bold: true,
    caps: true,
    firstLineIndent: 0,
    spaceBefore: 0,
    spaceAfter: 8.5,
    keepWithNext: true,
  },
};

/** Space after the addressee block, before the title. */
export const ADDRESSEE_SPACE_AFTER = 17;
/** The signature block. */
export const SIGNATURE = {
  /** Space before the block. */
  spaceBefore: 25.5,
  /** Space between its signers. */
  signerSpaceBefore: 17,
  /** Printed before a signer's name: the place to sign by hand. */
  line: '________________',
} as const;

/**
 * Tables: the cells' text size and exact pitch, the padding inside each cell, the space before
 * and after the table.
 */
export const TABLE = { size: 12, lineHeight: 14, cellPadding: 2, space: 8.5 } as const;

/**
 * A table's column widths in points across the text width: its relative widths, or equal columns
 * when it gives none or not one per column. Both writers take them from here, so Word and our PDF
 * wrap a cell's text at the same width.
 */
export function columnWidths(table: Table): number[] {
  const columns = Math.max(...table.rows.map((r) => r.cells.length));
  const weights =
    table.widths && table.widths.length === columns
      ? table.widths
      : Array.from({ length: columns }, () => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w / total) * CONTENT_WIDTH);
}

export interface ListStyle {
  /** Label of item n (1-based), followed by one space. */
  label(n: number): string;
  readonly firstLineIndent: number;
}

export const LIST_STYLES: Readonly<Record<ListRole, ListStyle>> = {
  requests: { label: (n) => `${n})`, firstLineIndent: FIRST_LINE_INDENT },
  attachments: { label: (n) => `${n}.`, firstLineIndent: FIRST_LINE_INDENT },
  numbered: { label: (n) => `${n}.`, firstLineIndent: FIRST_LINE_INDENT },
  bulleted: { label: () => '–', firstLineIndent: FIRST_LINE_INDENT },
};

/** Language tags written into DOCX runs and the PDF catalog. */
export const LANGUAGE_TAGS = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' } as const;
