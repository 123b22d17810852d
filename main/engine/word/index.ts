/**
 * DOCX writer: real Word structure from the document model — named styles per paragraph role,
 * real numbering (one instance per list, so each restarts), page numbers in a PAGE field from
 * page 2, A4 with the filing margins, Times New Roman 14 pt in every font slot, language tags,
 * automatic hyphenation, document properties. Sizes come from style.ts, shared with the PDF.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LevelFormat,
  LevelSuffix,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import type { Align, Block, FilingDocument, Inline, ListRole, ParagraphRole } from '../model.ts';
import {
  ADDRESSEE_INDENT,
  ADDRESSEE_SPACE_AFTER,
  BODY_SIZE,
  CONTENT_WIDTH,
  FONT_FAMILY,
  LANGUAGE_TAGS,
  LINE_HEIGHT,
  LIST_STYLES,
  PAGE,
  PAGE_NUMBER_SIZE,
  PARAGRAPH_STYLES,
  SIGNATURE_LINE,
  SIGNATURE_SPACE_BEFORE,
  SIGNER_SPACE_BEFORE,
  TABLE_CELL_PADDING,
  TABLE_LINE_HEIGHT,
  TABLE_SIZE,
  TABLE_SPACE,
} from '../style.ts';

const twip = (pt: number): number => Math.round(pt * 20);
const halfPoints = (pt: number): number => Math.round(pt * 2);

const FONT = { ascii: FONT_FAMILY, hAnsi: FONT_FAMILY, cs: FONT_FAMILY, eastAsia: FONT_FAMILY };

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

const STYLE_ID: Record<ParagraphRole, string> = {
  body: 'RefugeBody',
  plain: 'RefugePlain',
  title: 'RefugeTitle',
  subtitle: 'RefugeSubtitle',
  heading: 'RefugeHeading',
  requestsIntro: 'RefugeRequestsIntro',
  attachmentsIntro: 'RefugeAttachmentsIntro',
  urgent: 'RefugeUrgent',
};

const LIST_REFERENCE: Record<ListRole, string> = {
  requests: 'refuge-requests',
  attachments: 'refuge-attachments',
  numbered: 'refuge-numbered',
  bulleted: 'refuge-bulleted',
};

const exactLine = (
  height: number,
): { line: number; lineRule: (typeof LineRuleType)[keyof typeof LineRuleType] } => ({
  line: twip(height),
  lineRule: LineRuleType.EXACT,
});

function runs(inlines: readonly Inline[], extra: IRunOptions = {}): TextRun[] {
  return inlines.map((inline) =>
    inline.kind === 'break'
      ? new TextRun({ break: 1, ...extra })
      : new TextRun({
          text: inline.text,
          ...(inline.bold ? { bold: true } : {}),
          ...(inline.italic ? { italics: true } : {}),
          ...(inline.underline ? { underline: {} } : {}),
          ...extra,
        }),
  );
}

/** The DOCX numbering format of a list role: "1)", "1.", "–". */
function numberingLevel(role: ListRole): {
  format: (typeof LevelFormat)[keyof typeof LevelFormat];
  text: string;
} {
  const sample = LIST_STYLES[role].label(1);
  if (role === 'bulleted') return { format: LevelFormat.BULLET, text: sample };
  return { format: LevelFormat.DECIMAL, text: sample.replace('1', '%1') };
}

interface Context {
  /** Numbering instance counter: every list gets its own, so numbering restarts. */
  nextInstance: number;
}

function blockToDocx(
  block: Block,
  index: number,
  blocks: readonly Block[],
  ctx: Context,
): (Paragraph | Table)[] {
  const nextIsSignature = blocks[index + 1]?.kind === 'signature';
  const keepNext = nextIsSignature ? { keepNext: true } : {};
  switch (block.kind) {
    case 'paragraph': {
      const options: IParagraphOptions = {
        style: STYLE_ID[block.role],
        children: runs(block.inlines),
        ...(block.align ? { alignment: ALIGN[block.align] } : {}),
        ...(block.keepWithNext ? { keepNext: true } : {}),
        ...keepNext,
      };
      return [new Paragraph(options)];
    }
    case 'addressee':
      return block.lines.map(
        (line, i) =>
          new Paragraph({
            style: STYLE_ID.plain,
            alignment: AlignmentType.LEFT,
            indent: { left: twip(ADDRESSEE_INDENT), firstLine: 0 },
            keepNext: true,
            keepLines: true,
            ...(i === block.lines.length - 1
              ? { spacing: { after: twip(ADDRESSEE_SPACE_AFTER), ...exactLine(LINE_HEIGHT) } }
              : {}),
            children: runs(line),
          }),
      );
    case 'list': {
      const instance = ctx.nextInstance++;
      return block.items.map(
        (item, i) =>
          new Paragraph({
            style: STYLE_ID.plain,
            numbering: { reference: LIST_REFERENCE[block.role], level: 0, instance },
            ...(i === block.items.length - 1 ? keepNext : {}),
            children: runs(item.inlines),
          }),
      );
    }
    case 'table': {
      const columns = Math.max(...block.rows.map((r) => r.cells.length));
      const weights =
        block.widths && block.widths.length === columns
          ? block.widths
          : Array.from({ length: columns }, () => 1);
      const total = weights.reduce((a, b) => a + b, 0);
      const widths = weights.map((w) => twip((w / total) * CONTENT_WIDTH));
      const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
      return [
        new Table({
          width: { size: twip(CONTENT_WIDTH), type: WidthType.DXA },
          columnWidths: widths,
          borders: {
            top: border,
            bottom: border,
            left: border,
            right: border,
            insideHorizontal: border,
            insideVertical: border,
          },
          rows: block.rows.map(
            (row) =>
              new TableRow({
                tableHeader: row.header,
                cantSplit: true,
                children: row.cells.map(
                  (cell, ci) =>
                    new TableCell({
                      width: { size: widths[ci] ?? 0, type: WidthType.DXA },
                      margins: {
                        top: twip(TABLE_CELL_PADDING),
                        bottom: twip(TABLE_CELL_PADDING),
                        left: twip(TABLE_CELL_PADDING),
                        right: twip(TABLE_CELL_PADDING),
                      },
                      children: [
                        new Paragraph({
                          style: STYLE_ID.plain,
                          alignment: row.header ? AlignmentType.CENTER : AlignmentType.LEFT,
                          spacing: exactLine(TABLE_LINE_HEIGHT),
                          children: runs(cell.inlines, {
                            size: halfPoints(TABLE_SIZE),
                            ...(row.header ? { bold: true } : {}),
                          }),
                        }),
                      ],
                    }),
                ),
              }),
          ),
        }),
        // Word needs a paragraph after a table; it also carries the space below it.
        new Paragraph({
          style: STYLE_ID.plain,
          spacing: { before: 0, after: 0, line: twip(TABLE_SPACE), lineRule: LineRuleType.EXACT },
          children: [],
        }),
      ];
    }
    case 'signature': {
      const rightTab = [{ type: TabStopType.RIGHT, position: twip(CONTENT_WIDTH) }];
      const together = { keepNext: true, keepLines: true };
      const paragraphs: Paragraph[] = [
        new Paragraph({
          style: STYLE_ID.plain,
          alignment: AlignmentType.LEFT,
          tabStops: rightTab,
          spacing: { before: twip(SIGNATURE_SPACE_BEFORE), ...exactLine(LINE_HEIGHT) },
          ...together,
          children: [
            ...runs(block.date),
            ...(block.place ? [new TextRun({ children: ['\t'] }), ...runs(block.place)] : []),
          ],
        }),
      ];
      block.signers.forEach((signer, i) => {
        paragraphs.push(
          new Paragraph({
            style: STYLE_ID.plain,
            alignment: AlignmentType.LEFT,
            tabStops: rightTab,
            spacing: { before: twip(SIGNER_SPACE_BEFORE), ...exactLine(LINE_HEIGHT) },
            ...(i < block.signers.length - 1 ? together : { keepLines: true }),
            children: [
              ...runs(signer.role),
              new TextRun({ children: ['\t', `${SIGNATURE_LINE} `] }),
              ...runs(signer.name),
            ],
          }),
        );
      });
      return paragraphs;
    }
    case 'pageBreak':
      return [new Paragraph({ style: STYLE_ID.plain, pageBreakBefore: true, children: [] })];
  }
}

function paragraphStyles(
  lang: FilingDocument['lang'],
): NonNullable<ConstructorParameters<typeof Document>[0]['styles']>['paragraphStyles'] {
  return (Object.keys(STYLE_ID) as ParagraphRole[]).map((role) => {
    const s = PARAGRAPH_STYLES[role];
    return {
      id: STYLE_ID[role],
      name: `Refuge ${role}`,
      basedOn: 'Normal',
      next:
        role === 'title' || role === 'subtitle' || role === 'heading'
          ? STYLE_ID.body
          : STYLE_ID[role],
      quickFormat: true,
      run: {
        font: FONT,
        size: halfPoints(BODY_SIZE),
        bold: s.bold,
        language: { value: LANGUAGE_TAGS[lang] },
      },
      paragraph: {
        alignment: ALIGN[s.align],
        indent: { firstLine: twip(s.firstLineIndent) },
        spacing: {
          before: twip(s.spaceBefore),
          after: twip(s.spaceAfter),
          ...exactLine(LINE_HEIGHT),
        },
        keepNext: s.keepWithNext,
        widowControl: true,
      },
    };
  });
}

export async function renderDocx(doc: FilingDocument): Promise<Uint8Array> {
  const ctx: Context = { nextInstance: 1 };
  const children = doc.blocks.flatMap((block, i) => blockToDocx(block, i, doc.blocks, ctx));
  const lang = LANGUAGE_TAGS[doc.lang];
  const document = new Document({
    title: doc.meta.title,
    ...(doc.meta.subject ? { subject: doc.meta.subject } : {}),
    creator: doc.meta.author || 'Refuge',
    lastModifiedBy: 'Refuge',
    keywords: [...(doc.meta.keywords ?? [])].join(', '),
    description: doc.meta.templateId
      ? `${doc.meta.templateId} ${doc.meta.templateVersion ?? ''}`.trim()
      : '',
    hyphenation: { autoHyphenation: true, consecutiveHyphenLimit: 2, doNotHyphenateCaps: true },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPoints(BODY_SIZE), language: { value: lang } },
          paragraph: { spacing: exactLine(LINE_HEIGHT) },
        },
      },
      paragraphStyles: paragraphStyles(doc.lang),
    },
    numbering: {
      config: (Object.keys(LIST_REFERENCE) as ListRole[]).map((role) => {
        const level = numberingLevel(role);
        return {
          reference: LIST_REFERENCE[role],
          levels: [
            {
              level: 0,
              format: level.format,
              text: level.text,
              alignment: AlignmentType.LEFT,
              suffix: LevelSuffix.SPACE,
              style: {
                paragraph: {
                  alignment: AlignmentType.JUSTIFIED,
                  indent: { left: 0, firstLine: twip(LIST_STYLES[role].firstLineIndent) },
                },
              },
            },
          ],
        };
      }),
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twip(PAGE.width), height: twip(PAGE.height) },
            margin: {
              top: twip(PAGE.marginTop),
              bottom: twip(PAGE.marginBottom),
              left: twip(PAGE.marginLeft),
              right: twip(PAGE.marginRight),
              header: twip(PAGE.headerTop),
              footer: twip(PAGE.headerTop),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [PageNumber.CURRENT],
                    size: halfPoints(PAGE_NUMBER_SIZE),
                    font: FONT,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  // The docx package stamps core.xml's created/modified with the current time itself.
  return new Uint8Array(await Packer.toBuffer(document));
}
