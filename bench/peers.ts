/**
 * The peer engines, fed the same text as our filing: pdfmake 0.3 (PDF, Tinos, justified,
 * first-line indents, same margins) and docxtemplater (DOCX, a paragraph loop).
 */
import { createRequire } from 'node:module';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import PizZip from 'pizzip';
import Docxtemplater from 'docxtemplater';
import {
  inlineText,
  ADDRESSEE_INDENT,
  BODY_SIZE,
  FIRST_LINE_INDENT,
  LINE_HEIGHT,
  PAGE,
  TABLE,
  type Block,
  type FilingDocument,
  type Inline,
} from '../main/engine/index.ts';
import { fontPaths } from '../main/fonts.ts';

const require = createRequire(import.meta.url);

interface PdfmakeText {
  text: string;
  bold?: boolean;
  italics?: boolean;
}
type PdfmakeNode = Record<string, unknown>;

function runs(inlines: readonly Inline[]): PdfmakeText[] {
  return inlines.map((i) =>
    i.kind === 'text'
      ? { text: i.text, ...(i.bold ? { bold: true } : {}), ...(i.italic ? { italics: true } : {}) }
      : { text: '\n' },
  );
}

/** Our model as a pdfmake document definition: the same words, font, size, margins, alignment. */
export function toPdfmake(doc: FilingDocument): PdfmakeNode {
  const content: PdfmakeNode[] = [];
  const lineHeight = LINE_HEIGHT / (BODY_SIZE * 1.15);
  for (const block of doc.blocks as Block[]) {
    switch (block.kind) {
      case 'addressee':
        for (const line of block.lines)
          content.push({ text: runs(line), margin: [ADDRESSEE_INDENT, 0, 0, 0] });
        break;
      case 'paragraph': {
        const centred =
          block.role === 'title' || block.role === 'subtitle' || block.role === 'urgent';
        const indented = block.role === 'body' || block.role === 'heading';
        content.push({
          text: runs(block.inlines),
          alignment: centred ? 'center' : 'justify',
          bold: centred || block.role === 'heading',
          ...(indented ? { leadingIndent: FIRST_LINE_INDENT } : {}),
        });
        break;
      }
      case 'list':
        block.items.forEach((item, n) =>
          content.push({
            text: [{ text: `${n + 1}) ` }, ...runs(item.inlines)],
            alignment: 'justify',
            leadingIndent: FIRST_LINE_INDENT,
          }),
        );
        break;
      case 'table':
        content.push({
          table: {
            body: block.rows.map((r) =>
              r.cells.map((c) => ({ text: inlineText(c.inlines), fontSize: TABLE.size })),
            ),
          },
          margin: [0, 6, 0, 6],
        });
        break;
      case 'signature':
        content.push({ text: inlineText(block.date), margin: [0, 24, 0, 0] });
        for (const s of block.signers)
          content.push({
            columns: [
              { text: inlineText(s.role) },
              { text: `________________ ${inlineText(s.name)}`, alignment: 'right' },
            ],
            margin: [0, 16, 0, 0],
          });
        break;
      case 'pageBreak':
        content.push({ text: '', pageBreak: 'after' });
        break;
    }
  }
  return {
    pageSize: 'A4',
    pageMargins: [PAGE.marginLeft, PAGE.marginTop, PAGE.marginRight, PAGE.marginBottom],
    defaultStyle: { font: 'Tinos', fontSize: BODY_SIZE, lineHeight },
    header: (page: number) =>
      page > 1
        ? {
            text: String(page),
            alignment: 'center',
            fontSize: 12,
            margin: [0, PAGE.headerTop, 0, 0],
          }
        : null,
    info: { title: doc.meta.title },
    content,
  };
}

interface PdfmakeModule {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(def: PdfmakeNode): { getBuffer(): Promise<Buffer> };
}

export function loadPdfmake(): PdfmakeModule {
  const pdfmake = require('pdfmake') as PdfmakeModule;
  const paths = fontPaths();
  pdfmake.setFonts({
    Tinos: {
      normal: paths.regular,
      bold: paths.bold,
      italics: paths.italic,
      bolditalics: paths.boldItalic,
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  const allowed = new Set(Object.values(paths));
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  return pdfmake;
}

export async function pdfmakeRenderer(): Promise<(doc: FilingDocument) => Promise<Buffer>> {
  const pdfmake = loadPdfmake();
  return (doc) => pdfmake.createPdf(toPdfmake(doc)).getBuffer();
}

/** Every paragraph's text, in order: what docxtemplater is asked to print. */
export function paragraphTexts(doc: FilingDocument): string[] {
  const out: string[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') out.push(inlineText(block.inlines));
    if (block.kind === 'addressee') out.push(...block.lines.map(inlineText));
    if (block.kind === 'list')
      out.push(...block.items.map((i, n) => `${n + 1}) ${inlineText(i.inlines)}`));
    if (block.kind === 'table')
      out.push(...block.rows.map((r) => r.cells.map((c) => inlineText(c.inlines)).join('\t')));
    if (block.kind === 'signature')
      out.push(
        inlineText(block.date),
        ...block.signers.map(
          (s) => `${inlineText(s.role)}\t________________ ${inlineText(s.name)}`,
        ),
      );
  }
  return out;
}

export async function docxtemplaterRenderer(): Promise<(doc: FilingDocument) => Promise<Buffer>> {
  const template = await Packer.toBuffer(
    new Document({
      styles: { default: { document: { run: { font: 'Times New Roman', size: BODY_SIZE * 2 } } } },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('{#paras}')] }),
            new Paragraph({ children: [new TextRun('{text}')] }),
            new Paragraph({ children: [new TextRun('{/paras}')] }),
          ],
        },
      ],
    }),
  );
  return async (doc) => {
    const zip = new PizZip(template);
    const engine = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true });
    engine.render({ paras: paragraphTexts(doc).map((text) => ({ text })) });
    return engine.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' }) as Buffer;
  };
}
