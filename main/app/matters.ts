/**
 * Matters: the list, the matter page (its drafts and their deadlines, each at the version the
 * draft was written on), creating, editing, archiving, deleting, starting one from triage, and
 * the adult family members' own applications.
 */
import type {
  MatterDeadlineView,
  MatterSummaryView,
  MatterView,
  Payload,
  Results,
} from '../api.ts';
import { clientOf, familyMemberApplications } from '../../common/prefill.ts';
import type { Lang } from '../../common/manifest.ts';
import type { TriageAnswers } from '../../common/triage.ts';
import { regionOfAnswers } from '../../common/courts.ts';
import { REGION_KEY } from '../../common/manifest.ts';
import type { Services } from '../services.ts';
import type { Draft, Matter, MatterSummary, Vault } from '../vault/index.ts';
import { dayOf, sessionNow } from './clock.ts';
import type { AppContext } from './context.ts';
import { draftTitles, matterDeadlines, pinnedOrNewest } from './deadlines.ts';
import { markFiled, optionalFiled } from './filed.ts';
import { openDeadlines, triageView, type OpenDeadlineView, type TriageItemView } from './triage.ts';

/** The filing whose adult family members file applications of their own. */
export const FAMILY_TEMPLATE = 'refugee-application';

/** The region answer of a draft, to carry into another one (common/courts.ts). */
function regionOf(answers: Readonly<Record<string, unknown>>): Record<string, string> {
  const region = regionOfAnswers([answers]);
  return region ? { [REGION_KEY]: region } : {};
}

export function summaryView(m: MatterSummary): MatterSummaryView {
  return {
    id: m.id,
    title: m.title,
    clientName: m.clientName,
    archived: m.archived,
    updatedAt: m.updatedAt,
  };
}

/** «Фамилия Имя Отчество», as the matter list shows the client. */
export function clientName(client: Matter['client']): string {
  return [client.lastName, client.firstName, client.middleName ?? ''].filter(Boolean).join(' ');
}

export function matterSummary(m: Matter): MatterSummaryView {
  return summaryView({
    id: m.id,
    title: m.title,
    clientName: clientName(m.client),
    archived: m.archived,
    updatedAt: m.updatedAt,
  });
}

export function listMatters(ctx: AppContext, p: Payload<'matters:list'>): Results['matters:list'] {
  return ctx.session
    .open()
    .listMatters({
      ...(p.query !== undefined ? { query: p.query } : {}),
      ...(p.includeArchived !== undefined ? { includeArchived: p.includeArchived } : {}),
    })
    .map(summaryView);
}

/**
 * A matter's deadlines, each draft's at the filing version it was written on: the matter page
 * and `refuge matter show` print this one list.
 */
export function matterDeadlinesOf(
  services: Services,
  matter: Matter,
  lang: Lang,
  today: string,
): MatterDeadlineView[] {
  return matterDeadlines(
    matter,
    services.engine,
    services.loaded.cites,
    lang,
    today,
    services.loaded.triage,
  );
}

export function getMatter(ctx: AppContext, p: Payload<'matters:get'>): Results['matters:get'] {
  const matter = ctx.session.open().getMatter(p.matterId);
  const titles = draftTitles(matter, ctx.services.engine, p.uiLang);
  return {
    ...matterSummary(matter),
    facts: matter.facts,
    hasTriage: matter.triage !== undefined,
    createdAt: matter.createdAt,
    drafts: matter.drafts.map((d) => ({
      id: d.id,
      templateId: d.templateId,
      templateTitle: titles.get(d.id) ?? d.templateId,
      versions: d.versions.map((v) => ({ savedAt: v.savedAt, lang: v.lang })),
      ...optionalFiled(d.filed),
      ...startedFor(d, matter.drafts, titles, ctx.services.engine, p.uiLang),
    })),
    deadlines: matterDeadlinesOf(ctx.services, matter, p.uiLang, dayOf(p.today)),
  };
}

/** The window's «Отметить поданным»: the mark written (or taken off), the matter page again. */
export function markMatterFiling(ctx: AppContext, p: Payload<'drafts:filed'>): MatterView {
  // Not after main's own today: the window cannot move the day it is checked against.
  markFiled(
    ctx.session.open(),
    p.matterId,
    { templateId: p.templateId, draftId: p.draftId },
    p.filed,
    dayOf(),
    sessionNow(ctx),
  );
  return getMatter(ctx, { uiLang: p.uiLang, matterId: p.matterId });
}

/** The window's «Удалить черновик»: the draft gone, the matter page again. */
export function deleteMatterDraft(ctx: AppContext, p: Payload<'drafts:delete'>): MatterView {
  ctx.session.open().deleteDraft(p.matterId, p.draftId);
  return getMatter(ctx, { uiLang: p.uiLang, matterId: p.matterId });
}

export function createMatter(ctx: AppContext, title: string): MatterSummaryView {
  return matterSummary(
    ctx.session.open().createMatter({ title, client: { lastName: '', firstName: '' } }),
  );
}

export function updateMatter(
  ctx: AppContext,
  p: Payload<'matters:update'>,
): Results['matters:update'] {
  return matterSummary(
    ctx.session.open().updateMatter(p.matterId, {
      ...(p.title !== undefined ? { title: p.title } : {}),
      ...(p.facts !== undefined ? { facts: p.facts } : {}),
    }),
  );
}

export function archiveMatter(
  ctx: AppContext,
  matterId: string,
  archived: boolean,
): MatterSummaryView {
  return matterSummary(ctx.session.open().archiveMatter(matterId, archived));
}

export function deleteMatter(ctx: AppContext, matterId: string): { deleted: string } {
  ctx.session.open().deleteMatter(matterId);
  return { deleted: matterId };
}

/** Triage's filings for the answers, as of `today`: the window's and `refuge triage`'s list. */
export function triageItems(
  services: Services,
  answers: TriageAnswers,
  lang: Lang,
  today: string,
): TriageItemView[] {
  const { triage, templates, cites } = services.loaded;
  if (!triage) return [];
  return triageView(
    triage,
    answers,
    templates.map((t) => t.manifest),
    cites,
    lang,
    today,
  );
}

export function showTriage(ctx: AppContext, p: Payload<'triage:show'>): Results['triage:show'] {
  return triageItems(ctx.services, p.answers, p.uiLang, dayOf(p.today));
}

/** A matter started from triage keeps its answers; an unknown filing is refused before it is made. */
export function startFromTriage(
  ctx: AppContext,
  p: Payload<'triage:start'>,
): Results['triage:start'] {
  ctx.services.engine.template(p.templateId);
  const vault = ctx.session.open();
  const now = sessionNow(ctx);
  const matter = vault.createMatter(
    { title: p.title, client: { lastName: '', firstName: '' } },
    now,
  );
  vault.updateMatter(matter.id, { triage: p.answers }, now);
  return { matterId: matter.id };
}

/** Every open deadline of every matter not archived, soonest first: Home and `refuge deadlines`. */
export function openDeadlinesOf(
  services: Services,
  vault: Vault,
  lang: Lang,
  today: string,
): OpenDeadlineView[] {
  return openDeadlines(
    vault,
    services.engine,
    services.loaded.triage,
    services.loaded.cites,
    lang,
    today,
  );
}

export function listOpenDeadlines(
  ctx: AppContext,
  p: Payload<'deadlines:list'>,
): Results['deadlines:list'] {
  return openDeadlinesOf(ctx.services, ctx.session.open(), p.uiLang, dayOf(p.today));
}

/**
 * Закон «О беженцах» п. 2 ст. 11: each adult family member files an application of their own.
 * One new matter per member, its draft started from the family's application.
 */
export function startFamilyApplications(
  ctx: AppContext,
  matterId: string,
): Results['matters:family'] {
  const vault = ctx.session.open();
  // Started more than once: the application saved last (drafts come oldest save first).
  const source = vault
    .getMatter(matterId)
    .drafts.filter((d) => d.templateId === FAMILY_TEMPLATE)
    .at(-1);
  const latest = source?.versions[source.versions.length - 1];
  if (!source || !latest) return { started: [] };
  const manifest = ctx.services.engine.template(FAMILY_TEMPLATE, latest.templateVersion).manifest;
  const now = sessionNow(ctx);
  const started = familyMemberApplications(manifest, latest.answers).map((answers) => {
    const client = clientOf(answers);
    const matter = vault.createMatter({ title: manifest.title[latest.lang], client }, now);
    vault.saveDraft(
      matter.id,
      {
        templateId: FAMILY_TEMPLATE,
        templateVersion: manifest.version,
        lang: latest.lang,
        // A family member's matter is in the same region as the first one.
        answers: { ...answers, ...regionOf(latest.answers) },
      },
      now,
    );
    return { matterId: matter.id, name: clientName(client) };
  });
  return { started };
}

/** The term a draft was started to answer, as the drafts list names it; nothing if none is known. */
function startedFor(
  draft: Draft,
  drafts: readonly Draft[],
  titles: ReadonlyMap<string, string>,
  engine: Services['engine'],
  lang: Lang,
): { startedFor?: string } {
  const origin = draft.startedFrom;
  const filing = origin && titles.get(origin.draftId);
  // The term as the version its draft was written on names it.
  const written = origin && drafts.find((d) => d.id === origin.draftId)?.versions.at(-1);
  const term =
    origin &&
    written &&
    pinnedOrNewest(engine, origin.templateId, written.templateVersion)?.manifest.deadlines.find(
      (d) => d.id === origin.deadlineId,
    )?.label[lang];
  return filing && term ? { startedFor: `${term} — ${filing}` } : {};
}
