/**
 * Filing markup (docs/markup.md) → document model. The reading is split by concern: the builder
 * of the model and its closed vocabulary (markup/build.ts), typography of the text
 * (markup/typography.ts), errors with line and column (markup/errors.ts), and the readers of the
 * XML: our scanner (markup/scan.ts), and saxes (markup/saxes.ts) for what the scanner leaves.
 */
import type { FilingDocument } from './model.ts';
import { markupBuilder, type ParseOptions } from './markup/build.ts';
import { MarkupError } from './markup/errors.ts';
import { saxesRead } from './markup/saxes.ts';
import { scanMarkup } from './markup/scan.ts';

export { lineLocator, MarkupError } from './markup/errors.ts';
export { normaliseInlines } from './markup/typography.ts';
export type { ParseOptions } from './markup/build.ts';

export function parseMarkup(xml: string, options: ParseOptions): FilingDocument {
  return parseMarkupWith('scan', xml, options);
}

/**
 * `scan` reads with our scanner and leaves to saxes what it does not read (markup/scan.ts);
 * `saxes` reads with saxes only: the reference the tests hold the scanner to.
 */
export function parseMarkupWith(
  reader: 'scan' | 'saxes',
  xml: string,
  options: ParseOptions,
): FilingDocument {
  const source = options.source ?? 'markup';
  let builder = markupBuilder(xml, options);
  const bareAmpersand = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(xml);
  if (bareAmpersand) builder.failAt('a bare "&" must be written as &amp;', bareAmpersand.index);
  if (reader === 'saxes' || !scanMarkup(xml, builder)) {
    builder = markupBuilder(xml, options);
    saxesRead(xml, source, builder);
  }
  if (!builder.rootSeen) throw new MarkupError('the markup has no <filing> element', 1, 1, source);
  return builder.finish();
}

/**
 * Blank every mustache of a Handlebars source (keeping newlines and lengths) so the markup of a
 * template can be checked with the template's own line and column numbers.
 */
export function blankMustaches(source: string): string {
  return source.replace(/\{\{!--[\s\S]*?--\}\}|\{\{[\s\S]*?\}\}/g, (m) => m.replace(/[^\n]/g, ' '));
}
