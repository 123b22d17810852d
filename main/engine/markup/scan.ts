/**
 * A reader for the markup our templates produce: elements with lower-case names, quoted
 * attributes, text with the five predefined entities and character references. It reads that by
 * `indexOf` and sticky patterns, several times faster than a general XML parser, which was the
 * largest single cost of a DOCX. Anything else — comments, declarations, CDATA, a carriage
 * return, a BOM, a control character, «]]>», and every malformed tag — it leaves to saxes
 * (saxes.ts) by returning false, so saxes decides the document and words the error exactly as
 * before. The events it reports before giving up are the ones saxes reports before the same
 * point, so an error the builder throws on them is the error saxes would have led to.
 */
import type { MarkupEvents } from './build.ts';

/** What only saxes reads (it reports these wherever they are, so they are checked up front). */
const LEFT_TO_SAXES =
  // eslint-disable-next-line no-control-regex -- the XML Char production excludes these
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\r\uFEFF\uFFFE\uFFFF]|\]\]>|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** The same, loosely (any surrogate): one cheap pass, so the exact pattern runs only on a hit. */
// eslint-disable-next-line no-control-regex -- as above
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\r\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]|\]\]>/;

const OPEN = /<([A-Za-z][A-Za-z0-9-]*)/y;
const ATTRIBUTE = /[ \t\n]+([A-Za-z][A-Za-z0-9-]*)[ \t\n]*=[ \t\n]*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /[ \t\n]*(\/?)>/y;
const CLOSE = /<\/([A-Za-z][A-Za-z0-9-]*)[ \t\n]*>/y;
const BLANK = /^[ \t\n]*$/;
/** Every «&» is one of these: parseMarkup rejects a bare one before any reader runs. */
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** The XML 1.0 Char production: a reference to anything else is an error (saxes words it). */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** References decoded; undefined for a reference to no character. */
function decode(raw: string): string | undefined {
  if (!raw.includes('&')) return raw;
  let bad = false;
  const text = raw.replace(
    REFERENCE,
    (_m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
      if (name !== undefined) return ENTITIES[name] ?? '';
      const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex ?? '', 16);
      if (!isXmlChar(code)) {
        bad = true;
        return '';
      }
      return String.fromCodePoint(code);
    },
  );
  return bad ? undefined : text;
}

/**
 * Reports the markup's events to `events`; false when the markup has something left to saxes
 * (the events reported so far must then be thrown away with their builder).
 */
export function scanMarkup(xml: string, events: MarkupEvents): boolean {
  if (SUSPECT.test(xml) && LEFT_TO_SAXES.test(xml)) return false;
  const open: string[] = [];
  let rootClosed = false;
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    if (lt === -1) {
      // After the root only blanks may follow; inside an unclosed root saxes words the error.
      return rootClosed && BLANK.test(xml.slice(at));
    }
    if (lt > at) {
      const raw = xml.slice(at, lt);
      if (open.length === 0) {
        // Text before or after the root: blanks are nothing, anything else saxes reports.
        if (!BLANK.test(raw)) return false;
      } else {
        const text = decode(raw);
        if (text === undefined) return false;
        // saxes reports text once it has read the «<» after it.
        events.text(text, at, lt + 1);
      }
    }
    if (rootClosed) return false; // a second root, or a comment after it
    if (xml.charCodeAt(lt + 1) === 0x2f /* / */) {
      CLOSE.lastIndex = lt;
      const m = CLOSE.exec(xml);
      if (!m || m[1] !== open[open.length - 1]) return false;
      open.pop();
      events.close();
      rootClosed = open.length === 0;
      at = CLOSE.lastIndex;
      continue;
    }
    OPEN.lastIndex = lt;
    const tag = OPEN.exec(xml);
    if (!tag) return false; // a comment, declaration, CDATA or a malformed tag
    const name = tag[1] ?? '';
    const attrs: Record<string, string> = {};
    let pos = OPEN.lastIndex;
    for (;;) {
      ATTRIBUTE.lastIndex = pos;
      const a = ATTRIBUTE.exec(xml);
      if (!a) break;
      const attr = a[1] ?? '';
      if (Object.hasOwn(attrs, attr)) return false;
      // A literal tab or newline in a value is a space (XML attribute-value normalisation).
      const value = decode((a[2] ?? a[3] ?? '').replace(/[\t\n]/g, ' '));
      if (value === undefined) return false;
      attrs[attr] = value;
      pos = ATTRIBUTE.lastIndex;
    }
    TAG_END.lastIndex = pos;
    const end = TAG_END.exec(xml);
    if (!end) return false;
    events.open(name, attrs, lt);
    at = TAG_END.lastIndex;
    if (end[1] === '/') {
      events.close();
      rootClosed = open.length === 0;
    } else open.push(name);
  }
  return rootClosed;
}
