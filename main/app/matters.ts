/**
 * Matters: the list, the matter page (its drafts and their deadlines, each at the version the
 * draft was written on), creating, editing, archiving, deleting, starting one from triage, and
 * the adult family members' own applications.
 */
import type { MatterSummaryView, Payload, Results } from '../api.ts';
import { clientOf, familyMemberApplications } from '../../common/prefill.ts';
import type { Matter, MatterSummary } from '../vault/index.ts';
import { dayOf, sessionNow } from './clock.ts';
import type { AppContext } from './context.ts';
import { matterDeadlines } from './deadlines.ts';
import { openDeadlines, triageView } from './triage.ts';

/** The filing whose adult family members file applications of their own. */
export const FAMILY_TEMPLATE = 'refugee-application';

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

export function getMatter(ctx: AppContext, p: Payload<'matters:get'>): Results['matters:get'] {
  const { engine } = ctx.services;
  const matter = ctx.session.open().getMatter(p.matterId);
  return {
    ...matterSummary(matter),
    facts: matter.facts,
    hasTriage: matter.triage !== undefined,
    createdAt: matter.createdAt,
    drafts: matter.drafts.map((d) => ({
      templateId: d.templateId,
      templateTitle:
        engine.templates.find((t) => t.manifest.id === d.templateId)?.manifest.title[p.uiLang] ??
        d.templateId,
      versions: d.versions.map((v) => ({ savedAt: v.savedAt, lang: v.lang })),
    })),
    deadlines: matterDeadlines(matter, engine, ctx.services.loaded.cites, p.uiLang, dayOf(p.today)),
  };
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

export function showTriage(ctx: AppContext, p: Payload<'triage:show'>): Results['triage:show'] {
  const { triage, templates, cites } = ctx.services.loaded;
  if (!triage) return [];
  return triageView(
    triage,
    p.answers,
    templates.map((t) => t.manifest),
    cites,
    p.uiLang,
    dayOf(p.today),
  );
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

/** Home's list: every open deadline of every matter not archived, soonest first. */
export function listOpenDeadlines(
  ctx: AppContext,
  p: Payload<'deadlines:list'>,
): Results['deadlines:list'] {
  return openDeadlines(
    ctx.session.open(),
    ctx.services.engine,
    ctx.services.loaded.triage,
    ctx.services.loaded.cites,
    p.uiLang,
    dayOf(p.today),
  );
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
  const source = vault.getMatter(matterId).drafts.find((d) => d.templateId === FAMILY_TEMPLATE);
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
        answers,
      },
      now,
    );
    return { matterId: matter.id, name: clientName(client) };
  });
  return { started };
}
