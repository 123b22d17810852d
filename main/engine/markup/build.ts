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

/**
 * What an element holds: inline text and tags, plain text split into lines (the answers of
 * multiline fields), nothing, or the elements its `children` name.
 */
type Content = 'inline' | 'lines' | 'empty' | 'elements';

/** One element of the vocabulary: everything the builder checks about it, in one place. */
interface ElementRule {
  readonly content: Content;
  /** For `elements` content: the elements allowed inside. */
  readonly children?: readonly string[];
  /** Allowed attributes, each with its allowed values (null: any value, checked apart). */
  readonly attributes?: Readonly<Record<string, readonly string[] | null>>;
  /** A top-level block: allowed directly inside <filing>. */
  readonly block?: true;
  /** An inline tag: allowed inside any element of inline content, writing into its parent. */
  readonly inline?: true;
  /** For the paragraph elements: the role of the paragraph they produce. */
  readonly role?: ParagraphRole;
}

const INLINE: ElementRule = { content: 'inline' };
const LISTING: ElementRule = {
  content: 'elements',
  children: ['item', 'each-line'],
  attributes: { title: null },
  block: true,
};

/**
 * The vocabulary, which is small and closed. A Map rather than an object literal, so that a tag
 * named like a property of Object.prototype («constructor») is unknown, not found.
 */
const ELEMENTS: ReadonlyMap<string, ElementRule> = new Map<string, ElementRule>([
  ['filing', { content: 'elements' }], // children: every block, below
  [
    'p',
    {
      content: 'inline',
      block: true,
      role: 'body',
      attributes: {
        indent: ['no', 'yes'],
        align: ['left', 'center', 'right', 'justify'],
        keep: ['next'],
      },
    },
  ],
  ['title', { content: 'inline', block: true, role: 'title' }],
  ['subtitle', { content: 'inline', block: true, role: 'subtitle' }],
  ['heading', { content: 'inline', block: true, role: 'heading' }],
  ['urgent', { content: 'inline', block: true, role: 'urgent' }],
  ['addressee', { content: 'elements', children: ['line'], block: true }],
  ['line', INLINE],
  ['paras', { content: 'lines', block: true }],
  ['requests', LISTING],
  ['attachments', LISTING],
  ['list', { ...LISTING, attributes: { type: ['numbered', 'bulleted'] } }],
  ['item', { content: 'inline', attributes: { key: null } }],
  ['each-line', { content: 'lines' }],
  ['table', { content: 'elements', children: ['row'], attributes: { widths: null }, block: true }],
  ['row', { content: 'elements', children: ['cell'], attributes: { header: ['yes', 'no'] } }],
  ['cell', INLINE],
  ['signature', { content: 'elements', children: ['date', 'place', 'signer'], block: true }],
  ['date', INLINE],
  ['place', INLINE],
  ['signer', { content: 'elements', children: ['role', 'name'] }],
  ['role', INLINE],
  ['name', INLINE],
  ['pagebreak', { content: 'empty', block: true }],
  ['b', { content: 'inline', inline: true }],
  ['i', { content: 'inline', inline: true }],
  ['u', { content: 'inline', inline: true }],
  ['nohyphen', { content: 'inline', inline: true }],
  ['br', { content: 'empty', inline: true }],
  ['annex-ref', { content: 'empty', inline: true, attributes: { key: null } }],
]);

const namesWhere = (test: (rule: ElementRule) => boolean | undefined): ReadonlySet<string> =>
  new Set([...ELEMENTS].filter(([, rule]) => test(rule)).map(([name]) => name));

const INLINE_TAGS = namesWhere((rule) => rule.inline);
/** The children each element of `elements` content allows (the hot path asks this per tag). */
const CHILDREN: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [...ELEMENTS].flatMap(([name, rule]) =>
    rule.content !== 'elements'
      ? []
      : [[name, name === 'filing' ? namesWhere((r) => r.block) : new Set(rule.children)]],
  ),
);

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
  readonly rule: ElementRule;
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
      const content = parent.rule.content;
      if (content === 'lines')
        failAt(`<${parent.name}> holds plain text only, not <${name}>`, offset);
      const allowed = content === 'inline' ? INLINE_TAGS : CHILDREN.get(parent.name);
      if (!allowed) return failAt(`<${parent.name}> cannot contain elements`, offset);
      if (!allowed.has(name))
        failAt(
          ELEMENTS.has(name)
            ? `<${name}> is not allowed inside <${parent.name}>`
            : `unknown element <${name}>`,
          offset,
        );
    }
    // Known here: the root is <filing>, and any other element passed its parent's list.
    const rule = ELEMENTS.get(name) ?? failAt(`unknown element <${name}>`, offset);
    const attributes = rule.attributes ?? {};
    for (const attr in attrs)
      if (!Object.hasOwn(attributes, attr))
        failAt(`unknown attribute "${attr}" on <${name}>`, offset);
    if (!options.staticCheck) validateAttributes(name, attributes, attrs, failAt, offset);
    const style: Style = parent
      ? { ...parent.style }
      : { bold: false, italic: false, underline: false, noHyphenate: false };
    if (name === 'b') style.bold = true;
    if (name === 'i') style.italic = true;
    if (name === 'u') style.underline = true;
    if (name === 'nohyphen') style.noHyphenate = true;
    const frame: Frame = {
      name,
      rule,
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
    const content = frame.rule.content;
    if (content === 'lines') {
      frame.text += text;
      return;
    }
    if (content === 'empty') {
      if (text.trim() !== '') failText(`<${frame.name}/> must be empty`, from, to);
      return;
    }
    if (content === 'inline') {
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
      const role = frame.rule.role;
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
  allowed: Readonly<Record<string, readonly string[] | null>>,
  attrs: Readonly<Record<string, string>>,
  fail: (m: string, offset: number) => never,
  offset: number,
): void {
  for (const attr in attrs) {
    const values = allowed[attr];
    const value = attrs[attr] ?? '';
    if (values && !values.includes(value))
      fail(
        `attribute ${attr}="${value}" on <${name}> must be one of: ${values.join(', ')}`,
        offset,
      );
  }
  if (name === 'table' && attrs.widths !== undefined && !parseWidths(attrs.widths))
    fail(`widths="${attrs.widths}" must be positive numbers separated by commas`, offset);
  if (name === 'annex-ref' && !attrs.key) fail('<annex-ref> needs a key attribute', offset);
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
