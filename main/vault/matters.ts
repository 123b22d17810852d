/**
 * Matters and their drafts: each matter a record, each draft a record of its own (layout 2), and
 * one encrypted index of summaries so listing and searching decrypt no matter. The index is
 * derived from the records and rebuilt from them when it cannot be trusted.
 */
import { randomBytes } from 'node:crypto';
import { AmbiguousDraft, VaultError } from './errors.ts';
import type { VaultInternals } from './internals.ts';
import type { IndexRebuildReason } from './repairs.ts';
import {
  draftRecordId,
  isMatterRecord,
  type Draft,
  type DraftVersion,
  type Matter,
  type MatterClient,
  type MatterSummary,
  type StoredMatter,
} from './types.ts';
import type { FiledMark } from '../../common/filed.ts';
import { draftStartedAt, newDraftId, type DraftOrigin } from '../../common/drafts.ts';

const MAX_VERSIONS = 50;

/** Case, ё/е and NFC folded, so «Фёдоров» finds «федоров». */
function fold(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('ru').replace(/ё/g, 'е');
}

const latestSave = (d: Draft): string => d.versions[d.versions.length - 1]?.savedAt ?? '';

/** The index, read fresh from disk; damaged or missing, it is rebuilt from the records. */
function index(v: VaultInternals): { matters: MatterSummary[] } {
  try {
    return v.get<{ matters: MatterSummary[] }>('index');
  } catch (err) {
    if (!(err instanceof VaultError) || (err.code !== 'tampered' && err.code !== 'notFound'))
      throw err;
    v.transaction(() => rebuildIndex(v, err.code === 'notFound' ? 'missing' : 'damaged'));
    return v.get<{ matters: MatterSummary[] }>('index');
  }
}

function summary(m: Matter): MatterSummary {
  const c = m.client;
  return {
    id: m.id,
    title: m.title,
    clientName: [c.lastName, c.firstName, c.middleName ?? ''].filter(Boolean).join(' '),
    archived: m.archived,
    updatedAt: m.updatedAt,
  };
}

export function draftRecordIds(v: VaultInternals, matterId: string): string[] {
  return v.list().filter((id) => id.startsWith(`draft-${matterId}-`));
}

/**
 * The matter as callers know it: its drafts (from their records) inside, the latest saved
 * last. `strict`: a damaged draft fails the read (never a draft silently missing); otherwise
 * (the index's dates) it is left out and named in the repairs.
 */
function assemble(
  v: VaultInternals,
  stored: StoredMatter,
  strict = true,
  draftIds: readonly string[] = draftRecordIds(v, stored.id),
): Matter {
  const drafts: Draft[] = [];
  for (const id of draftIds) {
    try {
      drafts.push(v.get<Draft>(id));
    } catch (err) {
      if (strict || !(err instanceof VaultError)) throw err;
      v.noteDamaged(id);
    }
  }
  return assembleWith(stored, drafts);
}

export function assembleWith(stored: StoredMatter, fromRecords: readonly Draft[]): Matter {
  // A layout-1 matter still read in place (a read-only folder) keeps its drafts inside.
  const ids = new Set(fromRecords.map((d) => d.id));
  const drafts = [...(stored.drafts ?? []).filter((d) => !ids.has(d.id)), ...fromRecords].sort(
    (a, b) => (latestSave(a) < latestSave(b) ? -1 : latestSave(a) > latestSave(b) ? 1 : 0),
  );
  const updatedAt = drafts.reduce(
    (max, d) => (latestSave(d) > max ? latestSave(d) : max),
    stored.updatedAt,
  );
  return { ...stored, updatedAt, drafts };
}

export function getStored(v: VaultInternals, id: string): StoredMatter {
  return v.get<StoredMatter>(`matter-${id}`);
}

/** Writes the matter record (never its drafts) and its index entry; under the lock. */
export function writeMatter(v: VaultInternals, matter: StoredMatter): void {
  const { drafts: _drafts, ...stored } = matter;
  v.put(`matter-${matter.id}`, { ...stored, drafts: [] });
  putIndexEntry(v, summary(assemble(v, { ...stored, drafts: [] }, false)));
}

/** Under the lock: the index as it is now on disk (another process may have written it). */
function putIndexEntry(v: VaultInternals, entry: MatterSummary): void {
  const rest = index(v).matters.filter((s) => s.id !== entry.id);
  v.put('index', { matters: [...rest, entry] });
}

/** Import: the matter's drafts become exactly `drafts` (same ids replaced, others removed). */
export function replaceDrafts(v: VaultInternals, matterId: string, drafts: readonly Draft[]): void {
  const keep = new Set(drafts.map((d) => draftRecordId(matterId, d.id)));
  for (const d of drafts) v.put(draftRecordId(matterId, d.id), d);
  for (const id of draftRecordIds(v, matterId)) if (!keep.has(id)) v.delete(id);
}

/** Why the index cannot be trusted (damaged, missing, not listing the matter records), or null. */
export function indexProblem(v: VaultInternals): IndexRebuildReason | null {
  let listed: string[];
  try {
    listed = v.get<{ matters: MatterSummary[] }>('index').matters.map((m) => m.id);
  } catch (err) {
    if (err instanceof VaultError && err.code === 'notFound') return 'missing';
    if (err instanceof VaultError && err.code === 'tampered') return 'damaged';
    throw err;
  }
  const onDisk = v
    .list()
    .filter(isMatterRecord)
    .map((id) => id.slice('matter-'.length));
  const a = new Set(listed);
  return listed.length === onDisk.length && onDisk.every((id) => a.has(id)) ? null : 'mismatch';
}

/**
 * The index derived from the records again: every matter record that opens, with its drafts'
 * latest save. Under the lock. Damaged records are named, not listed.
 */
export function rebuildIndex(v: VaultInternals, reason: IndexRebuildReason): void {
  let before: string[] = [];
  try {
    before = v.get<{ matters: MatterSummary[] }>('index').matters.map((m) => m.id);
  } catch {
    /* damaged or missing: everything listed now is new */
  }
  const matters: MatterSummary[] = [];
  for (const id of v.list()) {
    if (!isMatterRecord(id)) continue;
    try {
      matters.push(summary(assemble(v, v.get<StoredMatter>(id), false)));
    } catch (err) {
      if (!(err instanceof VaultError)) throw err;
      v.noteDamaged(err.recordId ?? id);
    }
  }
  v.put('index', { matters });
  const now = new Set(matters.map((m) => m.id));
  const old = new Set(before);
  v.repaired({
    kind: 'indexRebuilt',
    reason,
    added: [...now].filter((id) => !old.has(id)),
    removed: before.filter((id) => !now.has(id)),
  });
}

export function createMatter(
  v: VaultInternals,
  input: { title: string; client: MatterClient; facts?: string },
  now: Date,
): Matter {
  const stamp = now.toISOString();
  const matter: Matter = {
    id: randomBytes(8).toString('hex'),
    title: input.title,
    client: input.client,
    facts: input.facts ?? '',
    archived: false,
    createdAt: stamp,
    updatedAt: stamp,
    drafts: [],
  };
  v.transaction(() => writeMatter(v, matter));
  return matter;
}

export function getMatter(v: VaultInternals, id: string): Matter {
  return assemble(v, getStored(v, id));
}

/**
 * Vault.getMatters: each matter with its drafts, the records listed once for all of them — a
 * listing per matter made Home's list grow with the square of the matters.
 */
export function getMatters(v: VaultInternals, ids: readonly string[]): Matter[] {
  const draftsOf = new Map<string, string[]>();
  for (const record of v.list()) {
    const matterId = /^draft-([^-]+)-/.exec(record)?.[1];
    if (matterId === undefined) continue;
    const drafts = draftsOf.get(matterId) ?? [];
    drafts.push(record);
    draftsOf.set(matterId, drafts);
  }
  return ids.map((id) => assemble(v, getStored(v, id), true, draftsOf.get(id) ?? []));
}

export function updateMatter(
  v: VaultInternals,
  id: string,
  patch: Partial<Pick<Matter, 'title' | 'client' | 'facts' | 'archived' | 'triage'>>,
  now: Date,
): Matter {
  return v.transaction(() => {
    writeMatter(v, { ...getStored(v, id), ...patch, updatedAt: now.toISOString() });
    return getMatter(v, id);
  });
}

export function deleteMatter(v: VaultInternals, id: string): void {
  v.transaction(() => {
    for (const r of v.list())
      if (r.startsWith(`file-${id}-`) || r.startsWith(`draft-${id}-`)) v.delete(r);
    v.delete(`matter-${id}`);
    v.put('index', { matters: index(v).matters.filter((s) => s.id !== id) });
  });
}

/** Vault.deleteDraft: its record goes; the matter's index entry is written from the rest. */
export function deleteDraft(v: VaultInternals, matterId: string, draftId: string): void {
  v.transaction(() => {
    const matter = getMatter(v, matterId); // fresh, under the lock
    if (!matter.drafts.some((d) => d.id === draftId)) throw new VaultError('notFound', draftId);
    v.delete(draftRecordId(matterId, draftId));
    // From the matter record's own date, not the assembled one: that still counts the draft gone.
    const rest = matter.drafts.filter((d) => d.id !== draftId);
    putIndexEntry(v, summary(assembleWith({ ...getStored(v, matterId), drafts: [] }, rest)));
  });
}

/** From the one encrypted index record: no matter file is decrypted to list or search. */
export function listMatters(
  v: VaultInternals,
  options: { query?: string; includeArchived?: boolean },
): MatterSummary[] {
  const q = fold(options.query ?? '').trim();
  return index(v)
    .matters.filter((m) => options.includeArchived || !m.archived)
    .filter((m) => q === '' || fold(`${m.title} ${m.clientName}`).includes(q))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
}

/** What a save of a draft brings: which draft, the filing, its version and language, the answers. */
export interface DraftInput {
  /**
   * The draft to write, created under this id if the matter has none such. Absent: the matter's
   * one draft of `templateId`, or a new one (several: refused, `AmbiguousDraft`).
   */
  readonly draftId?: string;
  readonly templateId: string;
  readonly templateVersion: string;
  readonly lang: DraftVersion['lang'];
  readonly answers: Record<string, unknown>;
  /** The term it was started to answer: recorded on a draft that has none recorded yet. */
  readonly startedFrom?: DraftOrigin;
}

/** A draft as a caller names it: its id, or only its filing (`draftOf`). */
export interface DraftRef {
  readonly draftId?: string | undefined;
  readonly templateId: string;
}

/**
 * The draft a caller means: by its id, else the matter's one draft of `templateId` (undefined
 * when it has none). One rule for every front door, so a filing drafted twice is never written,
 * marked or bundled by guess.
 */
export function draftOf(matter: Matter, ref: DraftRef): Draft | undefined {
  if (ref.draftId !== undefined) {
    const byId = matter.drafts.find((d) => d.id === ref.draftId);
    if (byId && byId.templateId !== ref.templateId)
      throw new VaultError('notFound', `Draft ${ref.draftId} is not a draft of ${ref.templateId}.`);
    return byId;
  }
  const ofFiling = matter.drafts.filter((d) => d.templateId === ref.templateId);
  if (ofFiling.length > 1)
    throw new AmbiguousDraft(
      ref.templateId,
      ofFiling.map((d) => d.id),
    );
  return ofFiling[0];
}

/** Vault.saveDraft. */
export function saveDraft(
  v: VaultInternals,
  matterId: string,
  draft: DraftInput,
  now: Date,
  options: { amendWithinMs?: number },
): Draft {
  return v.transaction(() => {
    const matter = getMatter(v, matterId); // fresh, under the lock
    const version: DraftVersion = {
      savedAt: now.toISOString(),
      templateVersion: draft.templateVersion,
      lang: draft.lang,
      answers: draft.answers,
    };
    const existing = draftOf(matter, draft);
    const previous = existing?.versions[existing.versions.length - 1];
    const amend =
      previous !== undefined &&
      options.amendWithinMs !== undefined &&
      now.getTime() - Date.parse(previous.savedAt) < options.amendWithinMs;
    const kept = existing ? (amend ? existing.versions.slice(0, -1) : existing.versions) : [];
    const updated: Draft = existing
      ? {
          ...existing,
          // Kept before the oldest version is trimmed: the drafts' numbers never swap.
          createdAt: draftStartedAt(existing),
          versions: [...kept, version].slice(-MAX_VERSIONS),
          // A draft that recorded no origin, opened as a term's way out, records it now.
          ...(existing.startedFrom === undefined && draft.startedFrom
            ? { startedFrom: draft.startedFrom }
            : {}),
        }
      : {
          id: draft.draftId ?? newDraftId(),
          templateId: draft.templateId,
          versions: [version],
          createdAt: version.savedAt,
          ...(draft.startedFrom ? { startedFrom: draft.startedFrom } : {}),
        };
    v.put(draftRecordId(matterId, updated.id), updated);
    const drafts = [...matter.drafts.filter((d) => d.id !== updated.id), updated];
    putIndexEntry(v, summary(assembleWith({ ...matter, drafts: [] }, drafts)));
    return updated;
  });
}

/**
 * Vault.markFiled: the draft (`draftOf`) marked as handed in (`mark`), or the mark taken off
 * (null). Writes only the draft's record; its versions are untouched.
 */
export function markFiled(
  v: VaultInternals,
  matterId: string,
  ref: DraftRef,
  mark: FiledMark | null,
  now: Date,
): Draft {
  return v.transaction(() => {
    const draft = draftOf(getMatter(v, matterId), ref);
    if (!draft) throw new VaultError('notFound', ref.draftId ?? ref.templateId);
    const { filed: _previous, ...rest } = draft;
    const updated: Draft = mark
      ? { ...rest, filed: { ...mark, markedAt: now.toISOString() } }
      : rest;
    v.put(draftRecordId(matterId, draft.id), updated);
    return updated;
  });
}
