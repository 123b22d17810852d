/**
 * The engine's one front door: everything outside main/engine/ imports from here (ESLint keeps it
 * so), so the files behind it can be split, renamed and moved without touching the services.
 * Only modules the pipeline loads anyway are re-exported as values; the writers (PDF, DOCX) and
 * the overlay font stay behind dynamic imports, so importing the facade loads no writer.
 */
import type { PDFDocument } from 'pdf-lib';
import type { FaceName } from './fonts/faces.ts';
import type { OverlayFont } from './overlay.ts';

export {
  createEngine,
  AnswersInvalid,
  BlankNeedsChoices,
  UnknownTemplate,
  LanguageUnavailable,
  type Engine,
  type EngineOptions,
  type FilingTemplate,
  type RenderRequest,
  type OutputFormat,
  type Preflight,
  type BuiltDocument,
  type RenderedFile,
  type PdfOptions,
} from './render.ts';
export {
  TemplateError,
  HELPER_NAMES,
  assertNoUnescapedOutput,
  precompileTemplate,
  usePrecompiledTemplates,
  type Cite,
  type CiteTable,
  type Notice,
  type PartialSpec,
  type PartialTable,
  type PrecompiledLookup,
  type PrecompiledTemplate,
} from './handlebars.ts';
export { MarkupError, parseMarkup, blankMustaches } from './markup.ts';
export {
  inlineText,
  type Block,
  type FilingDocument,
  type Inline,
  type Paragraph,
} from './model.ts';
export * from './style.ts';
export { cacheStats, resetCacheStats, type CacheCount, type CacheName } from './cache-stats.ts';
export { loadHyphenator, type Hyphenator } from './hyphenation/index.ts';
export type { FaceName, FontBytes } from './fonts/faces.ts';
export { perFaceLazily } from './fonts/faces.ts';
export type { OverlayFont } from './overlay.ts';

/**
 * The filing's face `face` embedded in a PDF the engine did not lay out (a court bundle), for
 * drawing text on its pages (main/engine/overlay.ts). Loads the PDF writer on first call.
 */
export async function createOverlayFont(
  pdf: PDFDocument,
  resourceName: string,
  face: FaceName,
  bytes: Uint8Array,
): Promise<OverlayFont> {
  const { overlayFont } = await import('./overlay.ts');
  return overlayFont(pdf, resourceName, face, bytes);
}
