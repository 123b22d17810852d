/**
 * A matter may hold several drafts of one filing (two complaints against two arrest rulings, a
 * request to restore each missed term): a draft is named by its own id, never by its filing.
 * Pure: the window mints the id of a draft it starts, main mints one for the CLI, both here.
 */

/** Twelve lowercase hex digits, as every vault has written them. */
export const DRAFT_ID_PATTERN = /^[0-9a-f]{12}$/;

/** A new draft's id: 48 random bits (Web Crypto, in the window and in Node alike). */
export function newDraftId(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The term of a draft a new one was started to answer (a request to restore it). */
export interface DraftOrigin {
  /** The draft whose term it is. */
  readonly draftId: string;
  readonly templateId: string;
  readonly deadlineId: string;
}

export function sameOrigin(a: DraftOrigin | undefined, b: DraftOrigin): boolean {
  return a !== undefined && a.draftId === b.draftId && a.deadlineId === b.deadlineId;
}

interface NumberedDraft {
  readonly id: string;
  readonly templateId: string;
  readonly createdAt?: string;
  readonly versions: readonly { readonly savedAt: string }[];
}

/** When the draft was started: recorded since drafts could be several, else its oldest version. */
export function draftStartedAt(d: NumberedDraft): string {
  return d.createdAt ?? d.versions[0]?.savedAt ?? '';
}

/**
 * Each draft's number among the matter's drafts of the same filing, in the order they were
 * started (1, 2, …), or undefined for a filing drafted once — its title alone names it.
 */
export function draftNumbers(drafts: readonly NumberedDraft[]): Map<string, number | undefined> {
  const out = new Map<string, number | undefined>();
  const byTemplate = new Map<string, NumberedDraft[]>();
  for (const d of drafts) {
    const group = byTemplate.get(d.templateId) ?? [];
    group.push(d);
    byTemplate.set(d.templateId, group);
  }
  for (const group of byTemplate.values()) {
    const ordered = [...group].sort(
      (a, b) => draftStartedAt(a).localeCompare(draftStartedAt(b)) || a.id.localeCompare(b.id),
    );
    ordered.forEach((d, i) => out.set(d.id, group.length > 1 ? i + 1 : undefined));
  }
  return out;
}
