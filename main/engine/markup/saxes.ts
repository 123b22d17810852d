/**
 * The markup read by saxes, a full XML parser: the reference reader, and the one that reads what
 * the scanner (scan.ts) leaves to it — comments, declarations, carriage returns, and every
 * malformed input, whose error keeps saxes's wording and place.
 */
import { SaxesParser, type SaxesTag } from 'saxes';
import { MarkupError } from './errors.ts';
import type { MarkupEvents } from './build.ts';

export function saxesRead(xml: string, source: string, events: MarkupEvents): void {
  const parser = new SaxesParser({ position: true, fileName: source });
  let fatal: MarkupError | undefined;
  const fail = (detail: string): never => {
    throw new MarkupError(detail, parser.line, parser.column, source);
  };
  // Where the current tag began (saxes reports the position after it) and where the last event ended.
  let tagStart = 0;
  let lastEventEnd = 0;
  parser.on('opentagstart', () => {
    tagStart = xml.lastIndexOf('<', parser.position - 1);
  });
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
    const attrs: Record<string, string> = {};
    for (const [name, raw] of Object.entries(tag.attributes))
      attrs[name] = typeof raw === 'string' ? raw : raw.value;
    events.open(tag.name, attrs, tagStart);
    lastEventEnd = parser.position;
  });
  parser.on('text', (text: string) => {
    const from = lastEventEnd;
    lastEventEnd = parser.position;
    events.text(text, from, parser.position);
  });
  parser.on('closetag', () => {
    lastEventEnd = parser.position;
    events.close();
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof MarkupError) throw err;
    if (fatal) throw fatal;
    throw err;
  }
}
