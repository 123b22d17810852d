/**
 * Typography of the document model built from filing markup: template whitespace collapsed,
 * runs merged, no-break spaces after abbreviations, between initials and in numbers, names kept
 * whole, and the punctuation of a list of requests settled. Pure functions of the model, shared
 * by both parsers.
 */
import { tieAbbreviations, tieInitials, tieNumbers } from '../../../common/text.ts';
import type { Block, Inline, TextRun } from '../model.ts';

export const WS = /[ \t\r\n]+/g;
const COLLAPSIBLE = /[\t\r\n]| {2}/;

/**
 * Runs of whitespace as one space. Most runs of a filing have single spaces only: they are
 * returned as they are, not copied (a replace copies the text even when nothing changes).
 */
export function collapseWhitespace(text: string): string {
  return COLLAPSIBLE.test(text) ? text.replace(WS, ' ') : text;
}

/**
 * A list of requests (ПРОШУ:) is one sentence: each item ends with «;», the last with «.».
 * Which item is last depends on the answers (conditional items, the lawyer's own lines), so the
 * templates write «;» everywhere and the punctuation is settled here. An item ending in «:» (it
 * introduces what follows), «?», «!» or «…» keeps its own ending.
 */
export function punctuateRequests(block: Block): Block {
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

/** Lines of a multiline answer: trimmed, empty ones dropped, inner whitespace collapsed. */
export function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => collapseWhitespace(line).trim())
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
    let text = collapseWhitespace(inline.text);
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
        ? { ...inline, text: tieNumbers(tieInitials(tieAbbreviations(inline.text))) }
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
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}?[\p{L}\p{M}]+)*/gu;
const OPENING = new Set(['\u00A0', '(', '«', '"', '“', '„']);
const SENTENCE_END = /[.!?…:\s]/u;

/**
 * Whether the word at `at` stands inside a sentence: after a no-break space or an opening
 * bracket or quote, or after spaces and line breaks that follow anything but the end of a
 * sentence (or a colon). Checked by hand for each capitalised word: as a look-behind in front of
 * the word's pattern it was tried at every position of the text, a fifth of a DOCX's page.
 */
function insideSentence(text: string, at: number): boolean {
  const before = text[at - 1];
  if (before === undefined) return false;
  if (OPENING.has(before)) return true;
  if (before !== ' ' && before !== '\n') return false;
  let i = at - 1;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\n')) i--;
  const last = text[i - 1];
  return last !== undefined && !SENTENCE_END.test(last);
}

function protectProperNouns(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  // The last 8 characters before the current run: all insideSentence needs, kept short so a
  // long paragraph is not copied again for every run.
  let before = '';
  for (const inline of inlines) {
    if (inline.kind !== 'text' || inline.noHyphenate) {
      out.push(inline);
      before = (before + (inline.kind === 'text' ? inline.text : '\n')).slice(-8);
      continue;
    }
    const text = inline.text;
    const context = before;
    let at = 0;
    const joined = context + text;
    for (const m of joined.matchAll(CAPITALISED_WORD)) {
      const start = m.index - context.length;
      // Short words in capitals («РК», «УПК», «ООН») have no hyphenation point anyway.
      if (start < 0 || m[0].length < 5 || !insideSentence(joined, m.index)) continue;
      if (start > at) out.push({ ...inline, text: text.slice(at, start) });
      out.push({ ...inline, text: m[0], noHyphenate: true });
      at = start + m[0].length;
    }
    if (at < text.length) out.push(at === 0 ? inline : { ...inline, text: text.slice(at) });
    before = (before + text).slice(-8);
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

export function normaliseBlock(block: Block): Block {
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
