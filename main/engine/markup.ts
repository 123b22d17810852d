/**
 * Filing markup (docs/markup.md) → document model. The vocabulary is small and closed: an unknown
 * element or attribute is an error with its line and column, so a typo in a template fails at
 * lint time instead of silently dropping text from a filing.
 */
import { SaxesParser, type SaxesTag } from 'saxes';
import { tieAbbreviations, tieNumbers } from '../../common/text.ts';
import type {
  Block,
  DocLang,
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
} from './model.ts';

export class MarkupError extends Error {
  constructor(
    readonly detail: string,
    readonly line: number,
    readonly column: number,
    readonly source: string,
  ) {
    super(`${source}:${line}:${column}: ${detail}`);
    this.name = 'MarkupError';
  }
}

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
  readonly lang: DocLang;
  readonly meta: DocumentMeta;
  /** Name used in error messages (template path). */
  readonly source?: string;
  /**
   * Static check of a template source with mustaches blanked: validates the vocabulary only
   * (blank attribute values allowed, annex references not resolved).
   */
  readonly staticCheck?: boolean;
}

const WS = /[ \t\r\n]+/g;

export function parseMarkup(xml: string, options: ParseOptions): FilingDocument {
  const source = options.source ?? 'markup';
  const parser = new SaxesParser({ position: true, fileName: source });
  const blocks: Block[] = [];
  const stack: Frame[] = [];
  const annexNumbers = new Map<string, number>();
  const annexRefs: PendingAnnexRef[] = [];
  let rootSeen = false;
  let fatal: MarkupError | undefined;

  const fail = (detail: string, line = parser.line, column = parser.column): never => {
    throw new MarkupError(detail, line, column, source);
  };
  // Built on the first error only: a tag's place is kept as an offset, never a line and column.
  let locate: ((offset: number) => { line: number; column: number }) | undefined;
  const failAt = (detail: string, offset: number): never => {
    locate ??= lineLocator(xml);
    const { line, column } = locate(offset);
    throw new MarkupError(detail, line, column, source);
  };
  // Where the current tag began (saxes reports the position after it) and where the last event ended.
  let tagStart = 0;
  let lastEventEnd = 0;
  parser.on('opentagstart', () => {
    tagStart = xml.lastIndexOf('<', parser.position - 1);
  });
  const bareAmpersand = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(xml);
  if (bareAmpersand) failAt('a bare "&" must be written as &amp;', bareAmpersand.index);
  const top = (): Frame | undefined => stack[stack.length - 1];

  parser.on('error', (err) => {
    // saxes prefixes "file:line:col: "; keep only the message.
    const message = err.message.replace(/^.*?:\d+:\d+: /, '');
    fatal ??= new MarkupError(message, parser.line, parser.column, source);
    throw fatal;
  });

  parser.on('comment', () => {
    lastEventEnd = parser.position;
  });
  parser.on('doctype', () => fail('DOCTYPE is not allowed in filing markup'));
  parser.on('processinginstruction', () => fail('processing instructions are not allowed'));
  parser.on('cdata', () => fail('CDATA is not allowed; text is escaped by the template engine'));

  parser.on('opentag', (tag: SaxesTag) => {
    const name = tag.name;
    const offset = tagStart;
    const fail = (detail: string): never => failAt(detail, tagStart);
    const parent = top();
    if (!parent) {
      if (name !== 'filing') fail(`the root element must be <filing>, not <${name}>`);
      if (rootSeen) fail('only one <filing> element is allowed');
      rootSeen = true;
    } else {
      const allowed = INLINE_CONTAINERS.has(parent.name) ? INLINE_TAGS : CHILDREN[parent.name];
      if (LINE_SPLIT_CONTAINERS.has(parent.name))
        fail(`<${parent.name}> holds plain text only, not <${name}>`);
      if (!allowed) return fail(`<${parent.name}> cannot contain elements`);
      if (!allowed.has(name)) {
        const known =
          BLOCK_TAGS.has(name) ||
          INLINE_TAGS.has(name) ||
          name in CHILDREN ||
          INLINE_CONTAINERS.has(name) ||
          LINE_SPLIT_CONTAINERS.has(name);
        fail(
          known ? `<${name}> is not allowed inside <${parent.name}>` : `unknown element <${name}>`,
        );
      }
    }
    const allowedAttrs = ATTRIBUTES[name] ?? [];
    const attrs: Record<string, string> = {};
    for (const [attr, raw] of Object.entries(tag.attributes)) {
      const value = typeof raw === 'string' ? raw : raw.value;
      if (!allowedAttrs.includes(attr)) fail(`unknown attribute "${attr}" on <${name}>`);
      attrs[attr] = value;
    }
    if (!options.staticCheck) validateAttributes(name, attrs, fail);
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
    if (EMPTY_ELEMENTS.has(name) && !tag.isSelfClosing) {
      // Content is checked on close (text) — nothing to do here.
    }
    stack.push(frame);
    lastEventEnd = parser.position;
  });

  parser.on('text', (text: string) => {
    const textStart =
      lastEventEnd + (/\S/.exec(xml.slice(lastEventEnd, parser.position))?.index ?? 0);
    lastEventEnd = parser.position;
    const fail = (detail: string): never => failAt(detail, textStart);
    const frame = top();
    if (!frame) {
      if (text.trim() !== '') fail('text outside <filing>');
      return;
    }
    if (LINE_SPLIT_CONTAINERS.has(frame.name)) {
      frame.text += text;
      return;
    }
    if (EMPTY_ELEMENTS.has(frame.name)) {
      if (text.trim() !== '') fail(`<${frame.name}/> must be empty`);
      return;
    }
    if (INLINE_CONTAINERS.has(frame.name)) {
      frame.inlines.push({ kind: 'text', text, ...styleFlags(frame.style) });
      return;
    }
    if (text.trim() !== '')
      fail(`text is not allowed directly inside <${frame.name}>; wrap it in an element`);
  });

  parser.on('closetag', () => {
    lastEventEnd = parser.position;
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
  });

  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof MarkupError) throw err;
    if (fatal) throw fatal;
    throw err;
  }
  if (!rootSeen) fail('the markup has no <filing> element', 1, 1);

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
}

/**
 * A list of requests (ПРОШУ:) is one sentence: each item ends with «;», the last with «.».
 * Which item is last depends on the answers (conditional items, the lawyer's own lines), so the
 * templates write «;» everywhere and the punctuation is settled here. An item ending in «:» (it
 * introduces what follows), «?», «!» or «…» keeps its own ending.
 */
function punctuateRequests(block: Block): Block {
  if (block.kind !== 'list' || block.role !== 'requests' || block.items.length === 0) return block;
  const last = block.items.length - 1;
  return {
    ...block,
    items: block.items.map((item, index) => ({
      ...item,
      inlines: endWith(item.inlines, index === last ? '.' : ';'),
    })),
  };
}

function endWith(inlines: readonly Inline[], mark: '.' | ';'): Inline[] {
  const out = [...inlines];
  const at = out.map((i) => i.kind).lastIndexOf('text');
  const run = out[at];
  if (run?.kind !== 'text' || at !== out.length - 1) return out;
  const trimmed = run.text.replace(/\s+$/u, '');
  if (/[:?!…]$/u.test(trimmed)) return out;
  // «… и т. д.», «… ст. 12 ч.»: an abbreviation keeps its dot.
  const abbreviation =
    /(^|[\s(\u00A0])(т\.[\s\u00A0]?[дп]|др|пр|г|гг|ст|ч|п|пп|стр|л|прил|etc|al)\.$/iu.test(trimmed);
  const bare = abbreviation ? trimmed : trimmed.replace(/[.;,]+$/u, '');
  out[at] = { ...run, text: abbreviation && mark === '.' ? bare : `${bare}${mark}` };
  return out;
}

/**
 * 1-based line and column of offsets in a text, from a table of line starts built once: a
 * filing of thousands of tags reports its one error in O(log lines), never by re-reading the
 * text before each tag (that made family lists quadratic). Lines end at «\n»; a column counts
 * UTF-16 units, as editors and saxes do.
 */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.min(Math.max(0, offset), text.length);
    // The last line start at or before `at`.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - (starts[lo] ?? 0) + 1 };
  };
}

function validateAttributes(
  name: string,
  attrs: Readonly<Record<string, string>>,
  fail: (m: string) => never,
): void {
  const oneOf = (attr: string, values: readonly string[]): void => {
    const v = attrs[attr];
    if (v !== undefined && !values.includes(v))
      fail(`attribute ${attr}="${v}" on <${name}> must be one of: ${values.join(', ')}`);
  };
  if (name === 'p') {
    oneOf('indent', ['no', 'yes']);
    oneOf('align', ['left', 'center', 'right', 'justify']);
    oneOf('keep', ['next']);
  }
  if (name === 'list') oneOf('type', ['numbered', 'bulleted']);
  if (name === 'row') oneOf('header', ['yes', 'no']);
  if (name === 'table' && attrs.widths !== undefined && !parseWidths(attrs.widths))
    fail(`widths="${attrs.widths}" must be positive numbers separated by commas`);
  if (name === 'annex-ref' && !attrs.key) fail('<annex-ref> needs a key attribute');
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

/** Lines of a multiline answer: trimmed, empty ones dropped, inner whitespace collapsed. */
function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(WS, ' ').trim())
    .filter((line) => line !== '');
}

function sameStyle(a: TextRun, b: TextRun): boolean {
  return (
    !!a.bold === !!b.bold &&
    !!a.italic === !!b.italic &&
    !!a.underline === !!b.underline &&
    !!a.noHyphenate === !!b.noHyphenate
  );
}

/**
 * Collapse template whitespace to single spaces, trim at the ends and around line breaks, and
 * merge neighbouring runs of the same style. U+00A0 is not whitespace here.
 */
export function normaliseInlines(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  let atLineStart = true;
  for (const inline of inlines) {
    if (inline.kind === 'break') {
      trimTrailingSpace(out);
      out.push(inline);
      atLineStart = true;
      continue;
    }
    let text = inline.text.replace(WS, ' ');
    if (atLineStart || endsWithSpace(out)) text = text.replace(/^ /, '');
    if (text === '') continue;
    atLineStart = false;
    const last = out[out.length - 1];
    if (last?.kind === 'text' && sameStyle(last, inline))
      out[out.length - 1] = { ...last, text: last.text + text };
    else out.push({ ...inline, text });
  }
  trimTrailingSpace(out);
  return protectProperNouns(
    out.map((inline) =>
      inline.kind === 'text'
        ? { ...inline, text: tieNumbers(tieAbbreviations(inline.text)) }
        : inline,
    ),
  );
}

/**
 * A capitalised word inside a sentence is a name — a place («Алматы»), a court, a person — and
 * is never hyphenated: «Алма-/ты» reads as a mistake on a filing. Its run is marked noHyphenate,
 * which the PDF layout honours and the DOCX writer turns into «no proofing» (Word does not
 * hyphenate such text). The first word of a sentence is an ordinary word and keeps hyphenation.
 */
const PROPER_NOUN =
  /(?<=[^.!?…:\s][ \n]+|\u00A0|[(«"“„])\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}?[\p{L}\p{M}]+)*/gu;

function protectProperNouns(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  let before = '';
  for (const inline of inlines) {
    if (inline.kind !== 'text' || inline.noHyphenate) {
      out.push(inline);
      before += inline.kind === 'text' ? inline.text : '\n';
      continue;
    }
    const text = inline.text;
    const context = before.slice(-8);
    let at = 0;
    for (const m of (context + text).matchAll(PROPER_NOUN)) {
      const start = m.index - context.length;
      if (start < 0) continue;
      // Short words in capitals («РК», «УПК», «ООН») have no hyphenation point anyway.
      if (m[0].length < 5) continue;
      if (start > at) out.push({ ...inline, text: text.slice(at, start) });
      out.push({ ...inline, text: m[0], noHyphenate: true });
      at = start + m[0].length;
    }
    if (at < text.length) out.push(at === 0 ? inline : { ...inline, text: text.slice(at) });
    before += text;
  }
  return out;
}

function endsWithSpace(out: readonly Inline[]): boolean {
  const last = out[out.length - 1];
  return last?.kind === 'text' && last.text.endsWith(' ');
}

function trimTrailingSpace(out: Inline[]): void {
  const last = out[out.length - 1];
  if (last?.kind !== 'text' || !last.text.endsWith(' ')) return;
  const text = last.text.replace(/ +$/, '');
  if (text === '') out.pop();
  else out[out.length - 1] = { ...last, text };
}

function normaliseBlock(block: Block): Block {
  switch (block.kind) {
    case 'paragraph':
      return { ...block, inlines: normaliseInlines(block.inlines) };
    case 'addressee':
      return { ...block, lines: block.lines.map(normaliseInlines).filter((l) => l.length > 0) };
    case 'list':
      return {
        ...block,
        items: block.items.map((item) => ({ ...item, inlines: normaliseInlines(item.inlines) })),
      };
    case 'table':
      return {
        ...block,
        rows: block.rows.map((row) => ({
          ...row,
          cells: row.cells.map((cell) => ({ inlines: normaliseInlines(cell.inlines) })),
        })),
      };
    case 'signature':
      return {
        ...block,
        date: normaliseInlines(block.date),
        ...(block.place ? { place: normaliseInlines(block.place) } : {}),
        signers: block.signers.map((s) => ({
          role: normaliseInlines(s.role),
          name: normaliseInlines(s.name),
        })),
      };
    case 'pageBreak':
      return block;
  }
}

/**
 * Blank every mustache of a Handlebars source (keeping newlines and lengths) so the markup of a
 * template can be checked with the template's own line and column numbers.
 */
export function blankMustaches(source: string): string {
  return source.replace(/\{\{!--[\s\S]*?--\}\}|\{\{[\s\S]*?\}\}/g, (m) => m.replace(/[^\n]/g, ' '));
}
