/**
 * The document model from a stream of markup events (open, text, close) in document order. The
 * vocabulary is small and closed: an unknown element or attribute is an error with its line and
 * column, so a typo in a template fails at lint time instead of silently dropping text. Both
 * readers of the markup (scan.ts, and saxes for what it does not read) drive the same builder, so
 * they cannot disagree on what the markup means.
 */
import type {
  Block,
  DocumentMeta,
  FilingDocument,
  Inline,
  ListItem,
  ListRole,
  Paragraph,
  ParagraphRole,
  Signer,
  TableRow,
  TextRun,
} from '../model.ts';
import type { Lang } from '../../../common/lang.ts';
import { lineLocator, MarkupError } from './errors.ts';
import {
  normaliseBlock,
  normaliseInlines,
  punctuateRequests,
  splitLines,
  WS,
} from './typography.ts';

type InlineTag = 'b' | 'i' | 'u' | 'br' | 'nohyphen' | 'annex-ref';
const INLINE_TAGS: ReadonlySet<string> = new Set<InlineTag>([
  'b',
  'i',
  'u',
  'br',
  'nohyphen',
  'annex-ref',
]);

/** Elements whose content is inline text; the value is the paragraph role they produce. */
const PARAGRAPH_TAGS: Readonly<Record<string, ParagraphRole>> = {
  p: 'body',
  title: 'title',
  subtitle: 'subtitle',
  heading: 'heading',
  urgent: 'urgent',
};

const BLOCK_TAGS = new Set([
  ...Object.keys(PARAGRAPH_TAGS),
  'addressee',
  'paras',
  'requests',
  'attachments',
  'list',
  'table',
  'signature',
  'pagebreak',
]);

/** Allowed attributes per element; everything else is an error. */
const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  p: ['indent', 'align', 'keep'],
  requests: ['title'],
  attachments: ['title'],
  list: ['type'],
  item: ['key'],
  table: ['widths'],
  row: ['header'],
  'annex-ref': ['key'],
};

/** Children allowed inside each container element (block structure). */
const CHILDREN: Readonly<Record<string, ReadonlySet<string>>> = {
  filing: BLOCK_TAGS,
  addressee: new Set(['line']),
  requests: new Set(['item', 'each-line']),
  attachments: new Set(['item', 'each-line']),
  list: new Set(['item', 'each-line']),
  table: new Set(['row']),
  row: new Set(['cell']),
  signature: new Set(['date', 'place', 'signer']),
  signer: new Set(['role', 'name']),
};

/** Elements whose content is inline (text + inline tags). */
const INLINE_CONTAINERS = new Set([
  ...Object.keys(PARAGRAPH_TAGS),
  'line',
  'item',
  'cell',
  'date',
  'place',
  'role',
  'name',
  ...INLINE_TAGS,
]);

/** Elements whose content is plain text split into lines (answers of multiline fields). */
const LINE_SPLIT_CONTAINERS = new Set(['paras', 'each-line']);

const EMPTY_ELEMENTS = new Set(['br', 'annex-ref', 'pagebreak']);

interface Style {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  noHyphenate: boolean;
}

interface PendingAnnexRef {
  readonly key: string;
  /** Where the tag began; line and column are worked out only if it is reported. */
  readonly offset: number;
  /** Index into the inline array where the number goes. */
  readonly target: { inlines: Inline[]; index: number };
}

interface Frame {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** Where the tag began; line and column are worked out only if it is reported. */
  readonly offset: number;
  inlines: Inline[];
  text: string; // for line-split containers
  style: Style;
  // container payloads
  lines: Inline[][];
  items: ListItem[];
  rows: TableRow[];
  cells: Inline[][];
  signers: Signer[];
  date: Inline[] | undefined;
  place: Inline[] | undefined;
  role: Inline[] | undefined;
  personName: Inline[] | undefined;
}

export interface ParseOptions {
  readonly lang: Lang;
  readonly meta: DocumentMeta;
  /** Name used in error messages (template path). */
  readonly source?: string;
  /**
   * Static check of a template source with mustaches blanked: validates the vocabulary only
   * (blank attribute values allowed, annex references not resolved).
   */
  readonly staticCheck?: boolean;
}

/** What a reader of the markup reports, in document order. */
export interface MarkupEvents {
  /** An opening (or self-closing) tag that begins at `offset`, the index of its «<». */
  open(name: string, attrs: Readonly<Record<string, string>>, offset: number): void;
  /**
   * Text with references decoded; `from`..`to` is the raw stretch it came from, where its first
   * non-blank character is found for an error (only then: a regex per text costs).
   */
  text(text: string, from: number, to: number): void;
  close(): void;
}

export interface MarkupBuilder extends MarkupEvents {
  readonly rootSeen: boolean;
  /** Throws a MarkupError at the line and column of `offset`. */
  failAt(detail: string, offset: number): never;
  /** Annex numbers resolved, text normalised: the document. */
  finish(): FilingDocument;
}

export function markupBuilder(xml: string, options: ParseOptions): MarkupBuilder {
  const source = options.source ?? 'markup';
  const blocks: Block[] = [];
  const stack: Frame[] = [];
  const annexNumbers = new Map<string, number>();
  const annexRefs: PendingAnnexRef[] = [];
  let rootSeen = false;

  // Built on the first error only: a tag's place is kept as an offset, never a line and column.
  let locate: ((offset: number) => { line: number; column: number }) | undefined;
  const failAt = (detail: string, offset: number): never => {
    locate ??= lineLocator(xml);
    const { line, column } = locate(offset);
    throw new MarkupError(detail, line, column, source);
  };
  const top = (): Frame | undefined => stack[stack.length - 1];

  const open = (name: string, attrs: Readonly<Record<string, string>>, offset: number): void => {
    const parent = top();
    if (!parent) {
      if (name !== 'filing') failAt(`the root element must be <filing>, not <${name}>`, offset);
      if (rootSeen) failAt('only one <filing> element is allowed', offset);
      rootSeen = true;
    } else {
      const allowed = INLINE_CONTAINERS.has(parent.name) ? INLINE_TAGS : CHILDREN[parent.name];
      if (LINE_SPLIT_CONTAINERS.has(parent.name))
        failAt(`<${parent.name}> holds plain text only, not <${name}>`, offset);
      if (!allowed) return failAt(`<${parent.name}> cannot contain elements`, offset);
      if (!allowed.has(name)) {
        const known =
          BLOCK_TAGS.has(name) ||
          INLINE_TAGS.has(name) ||
          name in CHILDREN ||
          INLINE_CONTAINERS.has(name) ||
          LINE_SPLIT_CONTAINERS.has(name);
        failAt(
          known ? `<${name}> is not allowed inside <${parent.name}>` : `unknown element <${name}>`,
          offset,
        );
      }
    }
    const allowedAttrs = ATTRIBUTES[name] ?? [];
    for (const attr in attrs)
      if (!allowedAttrs.includes(attr)) failAt(`unknown attribute "${attr}" on <${name}>`, offset);
    if (!options.staticCheck) validateAttributes(name, attrs, failAt, offset);
    const style: Style = parent
      ? { ...parent.style }
      : { bold: false, italic: false, underline: false, noHyphenate: false };
    if (name === 'b') style.bold = true;
    if (name === 'i') style.italic = true;
    if (name === 'u') style.underline = true;
    if (name === 'nohyphen') style.noHyphenate = true;
    const frame: Frame = {
      name,
      attrs,
      offset,
      inlines: INLINE_TAGS.has(name) && parent ? parent.inlines : [],
      text: '',
      style,
      lines: [],
      items: [],
      rows: [],
      cells: [],
      signers: [],
      date: undefined,
      place: undefined,
      role: undefined,
      personName: undefined,
    };
    if (name === 'br') frame.inlines.push({ kind: 'break' });
    if (name === 'annex-ref') {
      const key = attrs.key ?? '';
      const target = { inlines: frame.inlines, index: frame.inlines.length };
      frame.inlines.push({ kind: 'text', text: '?', ...styleFlags(style) });
      annexRefs.push({ key, offset, target });
    }
    stack.push(frame);
  };

  // The place of text is its first non-blank character, looked for only when it is reported.
  const failText = (detail: string, from: number, to: number): never =>
    failAt(detail, from + (/\S/.exec(xml.slice(from, to))?.index ?? 0));

  const text = (text: string, from: number, to: number): void => {
    const frame = top();
    if (!frame) {
      if (text.trim() !== '') failText('text outside <filing>', from, to);
      return;
    }
    if (LINE_SPLIT_CONTAINERS.has(frame.name)) {
      frame.text += text;
      return;
    }
    if (EMPTY_ELEMENTS.has(frame.name)) {
      if (text.trim() !== '') failText(`<${frame.name}/> must be empty`, from, to);
      return;
    }
    if (INLINE_CONTAINERS.has(frame.name)) {
      frame.inlines.push({ kind: 'text', text, ...styleFlags(frame.style) });
      return;
    }
    if (text.trim() !== '')
      failText(
        `text is not allowed directly inside <${frame.name}>; wrap it in an element`,
        from,
        to,
      );
  };

  const close = (): void => {
    const frame = stack.pop();
    if (!frame) return;
    const parent = top();
    const name = frame.name;
    if (INLINE_TAGS.has(name)) return; // inlines were written into the parent's array
    // Raw inlines: annex numbers are patched into them at the end, then everything is normalised.
    const inlines = frame.inlines;
    if (name === 'filing') return;
    if (!parent) return;
    if (parent.name === 'filing') {
      const role = PARAGRAPH_TAGS[name];
      if (role) {
        blocks.push(paragraphFrom(role, frame.attrs, inlines));
      } else if (name === 'addressee') {
        if (frame.lines.length === 0) failAt('<addressee> needs at least one <line>', frame.offset);
        blocks.push({ kind: 'addressee', lines: frame.lines });
      } else if (name === 'paras') {
        for (const text of splitLines(frame.text)) {
          blocks.push({ kind: 'paragraph', role: 'body', inlines: [{ kind: 'text', text }] });
        }
      } else if (name === 'requests' || name === 'attachments' || name === 'list') {
        const role: ListRole =
          name === 'list' ? (frame.attrs.type === 'bulleted' ? 'bulleted' : 'numbered') : name;
        if (frame.items.length === 0) return; // an empty list prints nothing, not a dangling «Приложение:»
        const title = frame.attrs.title?.replace(WS, ' ').trim();
        if (title) {
          blocks.push({
            kind: 'paragraph',
            role: name === 'requests' ? 'requestsIntro' : 'attachmentsIntro',
            inlines: [{ kind: 'text', text: title }],
            keepWithNext: true,
          });
        }
        if (name === 'attachments') {
          frame.items.forEach((item, index) => {
            if (item.key === undefined) return;
            if (annexNumbers.has(item.key))
              failAt(`attachment key "${item.key}" is used twice`, frame.offset);
            annexNumbers.set(item.key, index + 1);
          });
        }
        blocks.push({ kind: 'list', role, items: frame.items });
      } else if (name === 'table') {
        if (frame.rows.length === 0) return;
        const widths = parseWidths(frame.attrs.widths);
        blocks.push(
          widths
            ? { kind: 'table', widths, rows: frame.rows }
            : { kind: 'table', rows: frame.rows },
        );
      } else if (name === 'signature') {
        if (frame.signers.length === 0)
          failAt('<signature> needs at least one <signer>', frame.offset);
        blocks.push({
          kind: 'signature',
          date: frame.date ?? [],
          ...(frame.place ? { place: frame.place } : {}),
          signers: frame.signers,
        });
      } else if (name === 'pagebreak') {
        blocks.push({ kind: 'pageBreak' });
      }
      return;
    }
    switch (name) {
      case 'line':
        parent.lines.push(inlines);
        break;
      case 'item':
        if (normaliseInlines(inlines).length > 0)
          parent.items.push(frame.attrs.key ? { inlines, key: frame.attrs.key } : { inlines });
        break;
      case 'each-line':
        for (const text of splitLines(frame.text))
          parent.items.push({ inlines: [{ kind: 'text', text }] });
        break;
      case 'row':
        if (frame.cells.length > 0)
          parent.rows.push({
            header: frame.attrs.header === 'yes',
            cells: frame.cells.map((c) => ({ inlines: c })),
          });
        break;
      case 'cell':
        parent.cells.push(inlines);
        break;
      case 'date':
        parent.date = inlines;
        break;
      case 'place':
        parent.place = inlines;
        break;
      case 'role':
        parent.role = inlines;
        break;
      case 'name':
        parent.personName = inlines;
        break;
      case 'signer':
        parent.signers.push({ role: frame.role ?? [], name: frame.personName ?? [] });
        break;
      default:
        break;
    }
  };

  const finish = (): FilingDocument => {
    if (!options.staticCheck) {
      for (const ref of annexRefs) {
        const n = annexNumbers.get(ref.key);
        if (n === undefined)
          failAt(`<annex-ref key="${ref.key}"/> names no attachment item`, ref.offset);
        const placeholder = ref.target.inlines[ref.target.index];
        if (placeholder?.kind === 'text')
          ref.target.inlines[ref.target.index] = { ...placeholder, text: String(n) };
      }
    }
    const normalised = blocks
      .map(normaliseBlock)
      .map(punctuateRequests)
      .filter((b) => b.kind !== 'paragraph' || b.inlines.length > 0);
    return { lang: options.lang, meta: options.meta, blocks: normalised };
  };

  return {
    open,
    text,
    close,
    finish,
    failAt,
    get rootSeen() {
      return rootSeen;
    },
  };
}

function validateAttributes(
  name: string,
  attrs: Readonly<Record<string, string>>,
  fail: (m: string, offset: number) => never,
  offset: number,
): void {
  if (name === 'p') {
    oneOf(name, attrs, 'indent', ['no', 'yes'], fail, offset);
    oneOf(name, attrs, 'align', ['left', 'center', 'right', 'justify'], fail, offset);
    oneOf(name, attrs, 'keep', ['next'], fail, offset);
  }
  if (name === 'list') oneOf(name, attrs, 'type', ['numbered', 'bulleted'], fail, offset);
  if (name === 'row') oneOf(name, attrs, 'header', ['yes', 'no'], fail, offset);
  if (name === 'table' && attrs.widths !== undefined && !parseWidths(attrs.widths))
    fail(`widths="${attrs.widths}" must be positive numbers separated by commas`, offset);
  if (name === 'annex-ref' && !attrs.key) fail('<annex-ref> needs a key attribute', offset);
}

function oneOf(
  name: string,
  attrs: Readonly<Record<string, string>>,
  attr: string,
  values: readonly string[],
  fail: (m: string, offset: number) => never,
  offset: number,
): void {
  const v = attrs[attr];
  if (v !== undefined && !values.includes(v))
    fail(`attribute ${attr}="${v}" on <${name}> must be one of: ${values.join(', ')}`, offset);
}

function parseWidths(value: string | undefined): number[] | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(',').map((s) => Number(s.trim()));
  return parts.length > 0 && parts.every((n) => Number.isFinite(n) && n > 0) ? parts : undefined;
}

function styleFlags(style: Style): Omit<TextRun, 'kind' | 'text'> {
  return {
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(style.underline ? { underline: true } : {}),
    ...(style.noHyphenate ? { noHyphenate: true } : {}),
  };
}

function paragraphFrom(
  role: ParagraphRole,
  attrs: Readonly<Record<string, string>>,
  inlines: Inline[],
): Paragraph {
  const effectiveRole: ParagraphRole = role === 'body' && attrs.indent === 'no' ? 'plain' : role;
  const align = attrs.align as Paragraph['align'] | undefined;
  return {
    kind: 'paragraph',
    role: effectiveRole,
    inlines,
    ...(align ? { align } : {}),
    ...(attrs.keep === 'next' ? { keepWithNext: true } : {}),
  };
}
