/**
 * WordprocessingML for the body, the numbering and the core properties of a filing, written
 * directly (the docx package builds the static parts once per language; see index.ts).
 * Every text goes through `escapeXml`; element order follows the OOXML schema (pPr, rPr).
 */
import type { Align, Block, FilingDocument, Inline, ListRole, ParagraphRole } from '../model.ts';
import {
  ADDRESSEE_INDENT,
  ADDRESSEE_SPACE_AFTER,
  CONTENT_WIDTH,
  LANGUAGE_TAGS,
  LINE_HEIGHT,
  LIST_STYLES,
  SIGNATURE,
  TABLE,
  columnWidths,
} from '../style.ts';

export const twip = (pt: number): number => Math.round(pt * 20);

export const STYLE_ID: Record<ParagraphRole, string> = {
  body: 'RefugeBody',
  plain: 'RefugePlain',
  title: 'RefugeTitle',
  subtitle: 'RefugeSubtitle',
  heading: 'RefugeHeading',
  requestsIntro: 'RefugeRequestsIntro',
  attachmentsIntro: 'RefugeAttachmentsIntro',
  urgent: 'RefugeUrgent',
};

const JC: Record<Align, string> = {
  justify: 'both',
  left: 'left',
  center: 'center',
  right: 'right',
};
const ABSTRACT: Record<ListRole, number> = {
  requests: 1,
  attachments: 2,
  numbered: 3,
  bulleted: 4,
};

const NEEDS_ESCAPE = /[&<>"]/;

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

interface RunStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
  /** Never hyphenated (names, places): Word does not hyphenate text marked «no proofing». */
  readonly noHyphenate?: boolean;
}

const TOKEN = /[^ \n]+/g;
const DIGIT = /\p{N}/u;

/** U+2060 WORD JOINER: no line break at this point (Word and LibreOffice honour it). */
const WORD_JOINER = '\u2060';

/**
 * The text of a run as Word content: inside a number or a code («7594-26-00-3/1187»,
 * «CCPR/C/3/Rev.12») a hyphen becomes Word's non-breaking hyphen and a slash is joined to what
 * follows, so Word never breaks a line there (no-break spaces come from the markup already).
 */
function textContent(text: string): string {
  if (!/[-/]/.test(text) || !DIGIT.test(text))
    return `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`;
  // Tokens are separated by ordinary spaces only: «AB\u00A01234567» is one. Parts alternate:
  // text, a token with a digit, text… (found token by token: a pattern retried from every letter
  // of every word cost more than the rest of the DOCX body).
  const parts: string[] = [];
  let from = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (!DIGIT.test(m[0])) continue;
    parts.push(text.slice(from, m.index), m[0]);
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from));
  let xml = '';
  parts.forEach((part, i) => {
    if (part === '') return;
    if (i % 2 === 0 || !/[-/]/.test(part)) {
      xml += `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`;
      return;
    }
    part.split('-').forEach((piece, j) => {
      if (j > 0) xml += '<w:noBreakHyphen/>';
      if (piece !== '')
        xml += `<w:t xml:space="preserve">${escapeXml(piece.replace(/\/(?=.)/gu, `/${WORD_JOINER}`))}</w:t>`;
    });
  });
  return xml;
}

function run(text: string, style: RunStyle = {}): string {
  return runXml(text, style.bold, style.italic, style.underline, style.noHyphenate, style.size);
}

/** A run from its flags: runs() calls this once per inline, with no style object to build. */
function runXml(
  text: string,
  bold: boolean | undefined,
  italic: boolean | undefined,
  underline: boolean | undefined,
  noHyphenate: boolean | undefined,
  size: number | undefined,
): string {
  let rPr = '';
  if (bold) rPr += '<w:b/><w:bCs/>';
  if (italic) rPr += '<w:i/><w:iCs/>';
  // CT_RPr order: b, bCs, i, iCs, noProof, sz, szCs, u.
  if (noHyphenate) rPr += '<w:noProof/>';
  if (size) rPr += `<w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/>`;
  if (underline) rPr += '<w:u w:val="single"/>';
  return rPr === ''
    ? `<w:r>${textContent(text)}</w:r>`
    : `<w:r><w:rPr>${rPr}</w:rPr>${textContent(text)}</w:r>`;
}

function runs(inlines: readonly Inline[], extra: RunStyle = {}): string {
  let out = '';
  for (const inline of inlines) {
    out +=
      inline.kind === 'break'
        ? '<w:r><w:br/></w:r>'
        : runXml(
            inline.text,
            inline.bold || extra.bold,
            inline.italic,
            inline.underline,
            inline.noHyphenate,
            extra.size,
          );
  }
  return out;
}

interface ParagraphProps {
  readonly style: string;
  readonly keepNext?: boolean;
  readonly keepLines?: boolean;
  readonly pageBreakBefore?: boolean;
  readonly numId?: number;
  readonly rightTab?: boolean;
  readonly spacing?: { before?: number; after?: number; line?: number };
  readonly indentLeft?: number;
  readonly align?: Align;
}

function paragraph(props: ParagraphProps, content: string): string {
  let pPr = `<w:pStyle w:val="${props.style}"/>`;
  if (props.keepNext) pPr += '<w:keepNext/>';
  if (props.keepLines) pPr += '<w:keepLines/>';
  if (props.pageBreakBefore) pPr += '<w:pageBreakBefore/>';
  if (props.numId !== undefined)
    pPr += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${props.numId}"/></w:numPr>`;
  if (props.rightTab)
    pPr += `<w:tabs><w:tab w:val="right" w:pos="${twip(CONTENT_WIDTH)}"/></w:tabs>`;
  if (props.spacing) {
    const s = props.spacing;
    pPr += `<w:spacing${s.before !== undefined ? ` w:before="${twip(s.before)}"` : ''}${s.after !== undefined ? ` w:after="${twip(s.after)}"` : ''}${s.line !== undefined ? ` w:line="${twip(s.line)}" w:lineRule="exact"` : ''}/>`;
  }
  if (props.indentLeft !== undefined)
    pPr += `<w:ind w:left="${twip(props.indentLeft)}" w:firstLine="0"/>`;
  if (props.align) pPr += `<w:jc w:val="${JC[props.align]}"/>`;
  return `<w:p><w:pPr>${pPr}</w:pPr>${content}</w:p>`;
}

const TAB = '<w:r><w:tab/></w:r>';

function table(block: Extract<Block, { kind: 'table' }>): string {
  const widths = columnWidths(block).map(twip);
  const border = (side: string): string =>
    `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const margin = twip(TABLE.cellPadding);
  let xml = `<w:tbl><w:tblPr><w:tblW w:w="${twip(CONTENT_WIDTH)}" w:type="dxa"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="${margin}" w:type="dxa"/><w:left w:w="${margin}" w:type="dxa"/><w:bottom w:w="${margin}" w:type="dxa"/><w:right w:w="${margin}" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  for (const row of block.rows) {
    xml += `<w:tr><w:trPr><w:cantSplit/>${row.header ? '<w:tblHeader/>' : ''}</w:trPr>`;
    row.cells.forEach((cell, ci) => {
      xml += `<w:tc><w:tcPr><w:tcW w:w="${widths[ci] ?? 0}" w:type="dxa"/></w:tcPr>${paragraph(
        {
          style: STYLE_ID.plain,
          spacing: { line: TABLE.lineHeight },
          align: row.header ? 'center' : 'left',
        },
        runs(cell.inlines, { size: TABLE.size, ...(row.header ? { bold: true } : {}) }),
      )}</w:tc>`;
    });
    xml += '</w:tr>';
  }
  // Word needs a paragraph after a table; it also carries the space below it.
  return `${xml}</w:tbl>${paragraph({ style: STYLE_ID.plain, spacing: { before: 0, after: 0, line: TABLE.space } }, '')}`;
}

/** The body of document.xml and the list kind of each numbering instance it uses (numId = index + 1). */
export function bodyXml(doc: FilingDocument): { xml: string; lists: ListRole[] } {
  const lists: ListRole[] = [];
  let xml = '';
  doc.blocks.forEach((block, index) => {
    // The block before a signature stays on its page: a signature is never alone on a page.
    const beforeSignature = doc.blocks[index + 1]?.kind === 'signature';
    switch (block.kind) {
      case 'paragraph':
        xml += paragraph(
          {
            style: STYLE_ID[block.role],
            keepNext: block.keepWithNext || beforeSignature,
            ...(block.align ? { align: block.align } : {}),
          },
          runs(block.inlines),
        );
        break;
      case 'addressee':
        block.lines.forEach((line, i) => {
          const last = i === block.lines.length - 1;
          xml += paragraph(
            {
              style: STYLE_ID.plain,
              keepNext: true,
              keepLines: true,
              indentLeft: ADDRESSEE_INDENT,
              align: 'left',
              ...(last ? { spacing: { after: ADDRESSEE_SPACE_AFTER, line: LINE_HEIGHT } } : {}),
            },
            runs(line),
          );
        });
        break;
      case 'list': {
        lists.push(block.role);
        const numId = lists.length;
        block.items.forEach((item, i) => {
          xml += paragraph(
            {
              style: STYLE_ID.plain,
              numId,
              keepNext: beforeSignature && i === block.items.length - 1,
              ...(item.ragged ? { align: 'left' as const } : {}),
            },
            runs(item.inlines),
          );
        });
        break;
      }
      case 'table':
        xml += table(block);
        break;
      case 'signature': {
        xml += paragraph(
          {
            style: STYLE_ID.plain,
            keepNext: true,
            keepLines: true,
            rightTab: true,
            align: 'left',
            spacing: { before: SIGNATURE.spaceBefore, line: LINE_HEIGHT },
          },
          runs(block.date) + (block.place ? TAB + runs(block.place) : ''),
        );
        block.signers.forEach((signer, i) => {
          const last = i === block.signers.length - 1;
          xml += paragraph(
            {
              style: STYLE_ID.plain,
              keepNext: !last,
              keepLines: true,
              rightTab: true,
              align: 'left',
              spacing: { before: SIGNATURE.signerSpaceBefore, line: LINE_HEIGHT },
            },
            runs(signer.role) + TAB + run(`${SIGNATURE.line} `) + runs(signer.name),
          );
        });
        break;
      }
      case 'pageBreak':
        xml += paragraph({ style: STYLE_ID.plain, pageBreakBefore: true }, '');
        break;
    }
  });
  return { xml, lists };
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** One abstract numbering per list kind; one instance per list, so every list starts at 1. */
export function numberingXml(lists: readonly ListRole[]): string {
  let xml = abstractNumbering();
  lists.forEach((role, i) => {
    xml += `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${ABSTRACT[role]}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
  });
  return `${xml}</w:numbering>`;
}

let abstractPart: string | undefined;

/** numbering.xml up to its instances: the same for every filing, so written once. */
function abstractNumbering(): string {
  if (abstractPart !== undefined) return abstractPart;
  let xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W_NS}">`;
  for (const role of Object.keys(ABSTRACT) as ListRole[]) {
    const style = LIST_STYLES[role];
    const bullet = role === 'bulleted';
    xml += `<w:abstractNum w:abstractNumId="${ABSTRACT[role]}"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${bullet ? 'bullet' : 'decimal'}"/><w:suff w:val="space"/><w:lvlText w:val="${escapeXml(bullet ? style.label(1) : style.label(1).replace('1', '%1'))}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="${twip(style.firstLineIndent)}"/><w:jc w:val="both"/></w:pPr></w:lvl></w:abstractNum>`;
  }
  abstractPart = xml;
  return xml;
}

/** Document properties: title, subject, author, keywords, template id and version, language. */
export function coreXml(doc: FilingDocument, now: Date): string {
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const meta = doc.meta;
  const description = meta.templateId
    ? `${meta.templateId} ${meta.templateVersion ?? ''}`.trim()
    : '';
  const author = meta.author || 'Refuge';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(meta.title)}</dc:title>${meta.subject ? `<dc:subject>${escapeXml(meta.subject)}</dc:subject>` : ''}<dc:creator>${escapeXml(author)}</dc:creator><cp:keywords>${escapeXml((meta.keywords ?? []).join(', '))}</cp:keywords><dc:description>${escapeXml(description)}</dc:description><dc:language>${LANGUAGE_TAGS[doc.lang]}</dc:language><cp:lastModifiedBy>Refuge</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`;
}
