/**
 * What the Handlebars environment shares with its callers: the cite table, the notices a render
 * leaves for the pre-flight, and the error that names a template's line and column.
 */
export interface Cite {
  readonly ru: string;
  readonly kk: string;
  readonly en: string;
  readonly verified: boolean;
  readonly source: string;
  readonly note?: string;
  /** Why an unverified cite cannot be checked offline. */
  readonly whyUnverified?: string;
}
export type CiteTable = Readonly<Record<string, Cite>>;

/** What a render noticed that the lawyer must see before filing (pre-flight). */
export type Notice =
  | { kind: 'unverifiedCite'; key: string; text: string; source: string }
  | { kind: 'autoDeclined'; name: string; grammaticalCase: string; text: string }
  | { kind: 'undeclined'; name: string; grammaticalCase: string; reason: string }
  /** Characters the document's fonts cannot draw (found when the PDF is written). */
  | { kind: 'unprintable'; chars: string };

export class TemplateError extends Error {
  constructor(
    readonly detail: string,
    readonly source: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(
      line !== undefined ? `${source}:${line}:${column ?? 0}: ${detail}` : `${source}: ${detail}`,
    );
    this.name = 'TemplateError';
  }
}
