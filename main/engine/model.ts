/**
 * The document model: plain immutable data that both writers (DOCX, PDF) consume.
 * Nothing here knows about Handlebars or XML; the markup parser builds it.
 */
import type { Lang } from '../../common/lang.ts';

/** A span of text with one style. Text may contain U+00A0 (never broken) and U+00AD. */
export interface TextRun {
  readonly kind: 'text';
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Proper names, case numbers, cites: never hyphenated. */
  readonly noHyphenate?: boolean;
}

/** A forced line break inside a paragraph (`<br/>`). */
export interface LineBreak {
  readonly kind: 'break';
}

export type Inline = TextRun | LineBreak;

export type Align = 'justify' | 'left' | 'center' | 'right';

/**
 * Paragraph roles map to one style each in both writers (see style.ts), so the DOCX and
 * the PDF agree on sizes, spacing and indents.
 */
export type ParagraphRole =
  | 'body' // justified, first-line indent
  | 'plain' // justified, no indent (continuation, notes)
  | 'title' // centred bold caps: ЖАЛОБА, ХОДАТАЙСТВО
  | 'subtitle' // centred: "на постановление … от …"
  | 'heading' // bold section heading, left
  | 'requestsIntro' // «ПРОШУ:» / «СҰРАЙМЫН:»
  | 'attachmentsIntro' // «Приложение:» / «Қосымша:»
  | 'urgent'; // URGENT banner on UN filings: bold, centred, boxed in neither writer

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly role: ParagraphRole;
  readonly align?: Align; // overrides the role's default
  readonly inlines: readonly Inline[];
  /** Keep on the same page as the next block (headings, intros). */
  readonly keepWithNext?: boolean;
}

/** The addressee block (шапка) in the right half of the first page. */
export interface AddresseeBlock {
  readonly kind: 'addressee';
  /** Each entry is one paragraph of the block; long ones wrap inside the right half. */
  readonly lines: readonly (readonly Inline[])[];
}

export type ListRole = 'requests' | 'attachments' | 'numbered' | 'bulleted';

export interface ListItem {
  /** Content of the item (no number: the writers number it). */
  readonly inlines: readonly Inline[];
  /** Attachment key, so "(прил. 3)" references can be resolved; undefined for others. */
  readonly key?: string;
  /** Set left, not justified: a blank form's writing line would open wide gaps between words. */
  readonly ragged?: boolean;
}

/**
 * A numbered list. Numbering restarts for every list and is produced by the writers:
 * requests "1)", attachments "1.", numbered "1.", bulleted "–".
 */
export interface List {
  readonly kind: 'list';
  readonly role: ListRole;
  readonly items: readonly ListItem[];
}

export interface TableCell {
  readonly inlines: readonly Inline[];
}

export interface TableRow {
  readonly header: boolean;
  readonly cells: readonly TableCell[];
}

export interface Table {
  readonly kind: 'table';
  /** Relative column widths (any positive numbers); equal when absent. */
  readonly widths?: readonly number[];
  readonly rows: readonly TableRow[];
}

export interface Signer {
  /** Role line, e.g. «Заявитель», «Защитник, адвокат», «Переводчик». */
  readonly role: readonly Inline[];
  /** Name as printed after the line: «Д.\u00A0С.\u00A0Кузнецов». */
  readonly name: readonly Inline[];
}

/**
 * Date and one signature line per signer, kept together on one page
 * (a signature block never sits alone on a page: the writers keep it with the
 * last lines of the preceding paragraph).
 */
export interface SignatureBlock {
  readonly kind: 'signature';
  readonly date: readonly Inline[];
  readonly place?: readonly Inline[];
  readonly signers: readonly Signer[];
}

export interface PageBreak {
  readonly kind: 'pageBreak';
}

export type Block = Paragraph | AddresseeBlock | List | Table | SignatureBlock | PageBreak;

export interface DocumentMeta {
  readonly title: string;
  readonly subject?: string;
  readonly author?: string;
  readonly keywords?: readonly string[];
  /** Template id and version, recorded in the document properties. */
  readonly templateId?: string;
  readonly templateVersion?: string;
}

export interface FilingDocument {
  readonly lang: Lang;
  readonly meta: DocumentMeta;
  readonly blocks: readonly Block[];
}

/** Concatenated text of inlines; a line break becomes '\n'. */
export function inlineText(inlines: readonly Inline[]): string {
  let out = '';
  for (const inline of inlines) out += inline.kind === 'text' ? inline.text : '\n';
  return out;
}
