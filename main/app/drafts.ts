/**
 * Drafts: opening one (the saved version at its pinned filing version, or a new draft prefilled
 * from the matter's other drafts and its triage answers) and saving one. Saving also keeps the
 * matter's client in step with the answers — the app's autosave and `refuge matter new|draft`
 * go through the same function, so the matter list never shows a stale name.
 */
import type { DraftView, Payload } from '../api.ts';
import type { Lang, Manifest } from '../../common/manifest.ts';
import type { Answers } from '../../common/answers.ts';
import { clientOf, partiesOnly, prefillAnswers } from '../../common/prefill.ts';
import { triagePrefill } from './triage.ts';
import { missedTermPrefill, wayOutDraft } from './deadlines.ts';
import { optionalFiled } from './filed.ts';
import { draftOf, VaultError, type Draft, type Vault } from '../vault/index.ts';
import { newDraftId, type DraftOrigin } from '../../common/drafts.ts';
import { dayOf, sessionNow } from './clock.ts';
import type { AppContext, Library } from './context.ts';
import type { TriageTable } from '../../common/triage.ts';
import {
  findRegion,
  regionOfAnswers,
  regionPrefill,
  type CourtTable,
} from '../../common/courts.ts';

/** Autosaves within this long of a version amend it: versions mark pauses, not keystrokes. */
export const AUTOSAVE_VERSION_MS = 10 * 60_000;

export interface DraftInput {
  readonly matterId: string;
  /**
   * The draft (created under this id if the matter has none such); absent: the matter's one
   * draft of the filing, or a new one (`draftOf`).
   */
  readonly draftId?: string | undefined;
  /** The term it was started to answer: recorded unless the draft has one recorded already. */
  readonly startedFrom?: DraftOrigin | undefined;
  readonly templateId: string;
  /** The version the answers were written on; absent: the newest. */
  readonly templateVersion?: string | undefined;
  /** The document's language; absent: the filing's first. */
  readonly lang?: Lang | undefined;
  readonly answers: Record<string, unknown>;
}

/**
 * Saves a version of the answers at the filing version they were written on, then updates the
 * matter's client when the answers name a different one (a surname is needed: an unfinished
 * form does not blank a known client).
 */
export function saveDraft(
  vault: Vault,
  engine: Library,
  input: DraftInput,
  now: Date,
  options: { readonly amendWithinMs?: number } = {},
): Draft {
  const { manifest } = engine.template(input.templateId, input.templateVersion);
  const draft = vault.saveDraft(
    input.matterId,
    {
      ...(input.draftId !== undefined ? { draftId: input.draftId } : {}),
      ...(input.startedFrom ? { startedFrom: input.startedFrom } : {}),
      templateId: input.templateId,
      templateVersion: manifest.version,
      lang: input.lang ?? manifest.languages[0] ?? 'ru',
      answers: input.answers,
    },
    now,
    options,
  );
  const client = clientOf(input.answers);
  const matter = vault.getMatter(input.matterId);
  if (
    client.lastName &&
    (client.lastName !== matter.client.lastName ||
      client.firstName !== matter.client.firstName ||
      client.middleName !== matter.client.middleName)
  )
    vault.updateMatter(input.matterId, { client }, now);
  return draft;
}

/**
 * `refuge matter draft --draft <id>`: a new version of a draft that exists. The window names the
 * draft it starts; a command line naming one that is not there has mistyped it.
 */
export function saveExistingDraft(
  vault: Vault,
  engine: Library,
  input: DraftInput & { readonly draftId: string },
  now: Date,
): Draft {
  if (!draftOf(vault.getMatter(input.matterId), input))
    throw new VaultError('notFound', input.draftId);
  return saveDraft(vault, engine, input, now);
}

/** The window's autosave. */
export function saveDraftFromWindow(
  ctx: AppContext,
  p: Payload<'drafts:save'>,
): { savedAt: string; versions: number } {
  const draft = saveDraft(ctx.session.open(), ctx.services.engine, p, sessionNow(ctx), {
    amendWithinMs: AUTOSAVE_VERSION_MS,
  });
  const latest = draft.versions[draft.versions.length - 1];
  return { savedAt: latest?.savedAt ?? '', versions: draft.versions.length };
}

/**
 * A draft as the filing screen opens it: the one the window names (`draftId`), else — started as
 * the way out of a term (`from`) — the one already started from that term, else the matter's one
 * draft of the filing; none of these: a new draft, under the id asked for.
 *
 * A saved version keeps its filing version while some set still holds it (else the newest, as
 * the matter page's deadlines do); a new draft is prefilled from the latest version of every
 * other draft, then from triage — the situation as told today wins over older drafts.
 */
export function openDraft(
  vault: Vault,
  engine: Library,
  triage: TriageTable | undefined,
  p: Payload<'drafts:open'>,
  now: Date,
  today: string = dayOf(),
  regions: { readonly courts: CourtTable | undefined; readonly settingsRegion: string } = {
    courts: undefined,
    settingsRegion: '',
  },
): DraftView {
  const manifest = engine.template(p.templateId).manifest;
  const matter = vault.getMatter(p.matterId);
  const { from } = p;
  const named =
    p.draftId === undefined
      ? undefined
      : draftOf(matter, { templateId: p.templateId, draftId: p.draftId });
  const draft =
    named ??
    (from
      ? // Each term its own restoration: never the draft another term's way out started.
        wayOutDraft(matter, engine, triage, p.templateId, from, today)
      : p.draftId === undefined
        ? draftOf(matter, p)
        : undefined);
  if (draft && draft.versions.length > 0) {
    const chosen = draft.versions[p.version ?? draft.versions.length - 1];
    if (!chosen) throw new VaultError('notFound', 'No such version.');
    return {
      draftId: draft.id,
      answers: chosen.answers,
      // A version no set holds any more (a pack removed by hand) falls back to the newest.
      templateVersion: engine.versions(p.templateId).includes(chosen.templateVersion)
        ? chosen.templateVersion
        : null,
      currentVersion: manifest.version,
      lang: chosen.lang,
      savedAt: chosen.savedAt,
      versions: draft.versions.map((v) => ({ savedAt: v.savedAt })),
      prefilledFrom: [],
      ...optionalFiled(draft.filed),
    };
  }
  // Another draft of this filing is another case of it (another ruling, another term): only who
  // the parties are comes from it. The filing whose term a way out answers ranks first among the
  // drafts, below what «Что случилось?» says today.
  const justBefore = new Date(now.getTime() - 1).toISOString();
  const prior = matter.drafts.flatMap((d) =>
    d.versions.slice(-1).map((v) => ({
      savedAt: from && d.id === from.draftId ? justBefore : v.savedAt,
      answers: d.templateId === p.templateId ? partiesOnly(manifest, v.answers) : v.answers,
      templateId: d.templateId,
    })),
  );
  const prefilledFrom = [...new Set(prior.map((x) => x.templateId))];
  const fromTriage = matter.triage
    ? triagePrefill(
        triage,
        matter.triage,
        manifest.id,
        engine.templates.map((t) => t.manifest),
        today,
      )
    : undefined;
  if (fromTriage) {
    prior.push({ savedAt: now.toISOString(), answers: fromTriage, templateId: p.templateId });
    // «Что случилось?» filled answers in too: the window asks the lawyer to check them as well.
    if (Object.keys(fromTriage).length > 0) prefilledFrom.push('triage');
  }
  // The matter's region (its newest draft's), else the one chosen in Settings.
  const lang = manifest.languages[0] ?? 'ru';
  // Started as the way out of another filing's term: that filing's dates, over the rest.
  const prefilled = {
    ...prefillAnswers(manifest, prior),
    ...(p.from
      ? fieldsOf(manifest, missedTermPrefill(matter, engine, triage, manifest.id, p.from, today))
      : {}),
  };
  const newestFirst = [...prior].sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
  const region = findRegion(
    regions.courts,
    regionOfAnswers(newestFirst.map((x) => x.answers)) ?? regions.settingsRegion,
  );
  return {
    draftId: p.draftId ?? newDraftId(),
    answers: region
      ? (regionPrefill(manifest, prefilled, region, lang) as typeof prefilled)
      : prefilled,
    templateVersion: null,
    currentVersion: manifest.version,
    lang,
    savedAt: null,
    versions: [],
    prefilledFrom,
  };
}

/**
 * `refuge matter new`: a matter for the client the answers name, titled as the filing unless
 * told, with the answers as its first draft — saved as the window saves a draft.
 */
export function newMatterWithDraft(
  vault: Vault,
  engine: Library,
  input: Omit<DraftInput, 'matterId'> & {
    readonly title?: string | undefined;
    readonly uiLang: Lang;
  },
  now: Date,
): string {
  const { manifest } = engine.template(input.templateId, input.templateVersion);
  const matter = vault.createMatter(
    { title: input.title ?? manifest.title[input.uiLang], client: clientOf(input.answers) },
    now,
  );
  saveDraft(vault, engine, { ...input, matterId: matter.id }, now);
  return matter.id;
}

/** Only the answers `manifest` asks for (a pack's older table may name a field no longer there). */
function fieldsOf(manifest: Manifest, answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).filter(([key]) => manifest.fields.some((f) => f.key === key)),
  );
}
