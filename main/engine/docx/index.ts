/**
 * DOCX writer: real Word structure from the document model — named styles per paragraph role,
 * real numbering (one instance per list, so each restarts), page numbers in a PAGE field from
 * page 2, A4 with the filing margins, Times New Roman 14 pt in every font slot, language tags,
 * automatic hyphenation, document properties. Sizes come from style.ts, shared with the PDF.
 *
 * The docx package builds the parts that never change between filings (styles, settings, header,
 * section properties) once per language; the body, numbering and properties are written directly
 * (xml.ts) and zipped with native zlib (zip.ts). Building everything through docx for each filing
 * took 2.5× docxtemplater's time, most of it in object-to-XML conversion and JavaScript deflate.
 */
import {
  AlignmentType,
  Document,
  Header,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { unzipSync } from 'fflate';
import { deflateEntry, zip, type DeflatedEntry } from './zip.ts';
import { bodyXml, coreXml, numberingXml, STYLE_ID, twip } from './xml.ts';
import type { Align, FilingDocument, ParagraphRole } from '../model.ts';
import {
  BODY_SIZE,
  FONT_FAMILY,
  LANGUAGE_TAGS,
  LINE_HEIGHT,
  PAGE,
  PAGE_NUMBER_SIZE,
  PARAGRAPH_STYLES,
} from '../style.ts';

const halfPoints = (pt: number): number => Math.round(pt * 2);

const FONT = { ascii: FONT_FAMILY, hAnsi: FONT_FAMILY, cs: FONT_FAMILY, eastAsia: FONT_FAMILY };

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

const exactLine = (
  height: number,
): { line: number; lineRule: (typeof LineRuleType)[keyof typeof LineRuleType] } => ({
  line: twip(height),
  lineRule: LineRuleType.EXACT,
});

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

/** Static parts of the package (styles, settings, header with the PAGE field…), per language. */
const skeletons = new Map<FilingDocument['lang'], Promise<Skeleton>>();

async function skeleton(lang: FilingDocument['lang']): Promise<Skeleton> {
  const tag = LANGUAGE_TAGS[lang];
  const document = new Document({
    title: '',
    hyphenation: { autoHyphenation: true, consecutiveHyphenLimit: 2, doNotHyphenateCaps: true },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPoints(BODY_SIZE), language: { value: tag } },
          paragraph: { spacing: exactLine(LINE_HEIGHT) },
        },
      },
      paragraphStyles: paragraphStyles(lang),
    },
    // A placeholder list so the package has a numbering part; numbering.xml is written per document.
    numbering: {
      config: [
        {
          reference: 'placeholder',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }],
        },
      ],
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
        children: [new Paragraph({ children: [] })],
      },
    ],
  });
  const parts = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
  const documentXml = new TextDecoder().decode(parts['word/document.xml']);
  const bodyStart = documentXml.indexOf('<w:body>') + '<w:body>'.length;
  return {
    // Shared parts are deflated here once; the three written per filing keep their place.
    entries: Object.entries(parts).map(([name, data]) =>
      PER_FILING.has(name) ? name : deflateEntry({ name, data }),
    ),
    head: documentXml.slice(0, bodyStart),
    sectPr: documentXml.slice(documentXml.indexOf('<w:sectPr', bodyStart)),
  };
}

const UTF8 = new TextEncoder();

/** Parts written for each filing: the body, its lists, its properties. */
const PER_FILING = new Set(['word/document.xml', 'word/numbering.xml', 'docProps/core.xml']);

interface Skeleton {
  /** The package's parts in order: deflated, or the name of a part written per filing. */
  readonly entries: readonly (DeflatedEntry | string)[];
  /** document.xml around the body. */
  readonly head: string;
  readonly sectPr: string;
}

export async function renderDocx(doc: FilingDocument, now: Date): Promise<Uint8Array> {
  let parts = skeletons.get(doc.lang);
  if (!parts) {
    parts = skeleton(doc.lang);
    skeletons.set(doc.lang, parts);
  }
  const base = await parts;
  const { xml, lists } = bodyXml(doc);
  const encode = (text: string): Uint8Array => UTF8.encode(text);
  const written: Record<string, () => string> = {
    'word/document.xml': () => base.head + xml + base.sectPr,
    'word/numbering.xml': () => numberingXml(lists),
    'docProps/core.xml': () => coreXml(doc, now),
  };
  return zip(
    base.entries.map((entry) =>
      typeof entry === 'string' ? { name: entry, data: encode(written[entry]?.() ?? '') } : entry,
    ),
  );
}
