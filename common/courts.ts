/**
 * The regions of Kazakhstan and their courts (templates/courts.json, replaceable by a template
 * pack like triage.json): where a filing is signed and which court a field names, so the
 * addressee and the place of signing follow the matter's region instead of defaulting to Almaty.
 * No name in the shipped table was checked against an official list (`checked: false`): wherever
 * a filing prints one, the pre-flight says so (docs/legal/courts.md).
 */
import { z } from './zod.ts';
import { evaluateCondition, type Answers, type ValidationIssue } from './answers.ts';
import { formatMessage } from './messages.ts';
import {
  COURT_FORMS,
  COURT_KINDS,
  localized,
  type CourtForm,
  type CourtKind,
  type Field,
  type Lang,
  type Manifest,
  REGION_KEY,
} from './manifest.ts';

export { COURT_FORMS, COURT_KINDS, type CourtForm, type CourtKind };

const text = z.string().trim().min(1);

/** Russian text needs the case the sentence asks for; Kazakh, the nominative or the dative. */
const courtName = z
  .object({
    ru: z.object({ nominative: text, genitive: text, accusative: text }).strict(),
    kk: z.object({ nominative: text, dative: text }).strict(),
  })
  .strict();
export type CourtName = z.infer<typeof courtName>;

const court = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    kind: z.enum(COURT_KINDS),
    name: courtName,
    /** Whether the name was checked against an official list; the pre-flight flags it if not. */
    checked: z.boolean(),
  })
  .strict();
export type Court = z.infer<typeof court>;

const region = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** The region as the Settings list names it, in each interface language. */
    name: localized,
    /** The place of signing, in each document language: «г. Актобе», «Ақтөбе қ.», «Aktobe». */
    place: localized,
    courts: z.array(court).min(1),
  })
  .strict();
export type Region = z.infer<typeof region>;

export const courtTableSchema = z
  .object({ regions: z.array(region).min(1) })
  .strict()
  .superRefine((table, ctx) => {
    const regions = new Set<string>();
    table.regions.forEach((r, i) => {
      if (regions.has(r.id))
        ctx.addIssue({ code: 'custom', path: ['regions', i, 'id'], message: `"${r.id}" twice` });
      regions.add(r.id);
      const courts = new Set<string>();
      r.courts.forEach((c, j) => {
        if (courts.has(c.id))
          ctx.addIssue({
            code: 'custom',
            path: ['regions', i, 'courts', j, 'id'],
            message: `"${c.id}" twice in ${r.id}`,
          });
        courts.add(c.id);
      });
    });
  });
export type CourtTable = z.infer<typeof courtTableSchema>;

export function findRegion(table: CourtTable | undefined, id: string): Region | undefined {
  return table?.regions.find((r) => r.id === id);
}

/** The language a court field is printed in: the one language it is asked in (ru or kk). */
export function courtFieldLang(field: Field): 'ru' | 'kk' | undefined {
  if (field.type !== 'text' || !field.courtKind) return undefined;
  const only = field.languages?.length === 1 ? field.languages[0] : undefined;
  return only === 'ru' || only === 'kk' ? only : undefined;
}

/** A court's name in the form a field prints, or undefined when the field cannot hold it. */
export function courtNameFor(field: Field, c: Court): string | undefined {
  if (field.type !== 'text' || !field.courtKind) return undefined;
  const lang = courtFieldLang(field);
  const form: CourtForm = field.courtForm ?? 'nominative';
  if (lang === 'ru') return form === 'dative' ? undefined : c.name.ru[form];
  if (lang === 'kk')
    return form === 'nominative' || form === 'dative' ? c.name.kk[form] : undefined;
  return undefined;
}

/** The courts a field offers: the region's courts of the field's kind. */
export function courtsFor(field: Field, r: Region | undefined): readonly Court[] {
  if (!r || field.type !== 'text' || !field.courtKind) return [];
  return r.courts.filter((c) => c.kind === field.courtKind);
}

/**
 * What the region puts in a field in place of the manifest's (Almaty) default or an empty one:
 * the place of signing in the document's language, or the region's court of the field's kind
 * when it has exactly one (the oblast court, its collegia, the specialised courts). Where there
 * are several (district courts) the field is left to the lawyer: the picker offers the list.
 */
export function regionValue(field: Field, r: Region, docLang: Lang): string | undefined {
  if (field.type !== 'text') return undefined;
  if (field.regionPlace) return r.place[docLang];
  const courts = courtsFor(field, r);
  return courts.length === 1 && courts[0] ? courtNameFor(field, courts[0]) : undefined;
}

/** The fields of a manifest that follow the region (top level only: no group holds a court). */
export function regionFields(manifest: Manifest): Field[] {
  return manifest.fields.filter(
    (f) =>
      f.type === 'text' &&
      (f.regionPlace === true || f.courtKind !== undefined || f.regionalDefault !== undefined),
  );
}

/**
 * The manifest's defaults with the region's values in their place: what a new draft starts
 * from, and what the CLI fills in for keys an answers file leaves out.
 */
export function regionDefaults(
  manifest: Manifest,
  r: Region,
  docLang: Lang,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of regionFields(manifest)) {
    const value = regionValue(field, r, docLang);
    if (value !== undefined) out[field.key] = value;
  }
  return out;
}

export interface CourtFinding {
  /** The field's key. */
  readonly path: string;
  readonly field: Field;
  /** `unverifiedCourt`: a court name from the list nobody checked; `noRegion`: the field still
   * holds the manifest's Almaty default because no region was chosen; `otherRegion`: it still
   * holds a default naming a body of another region than the matter's (`regionalDefault`). */
  readonly code: 'unverifiedCourt' | 'noRegion' | 'otherRegion';
  readonly value: string;
}

/**
 * What the pre-flight says about the region's fields of a prepared draft: every court name that
 * came from the list unchecked (whatever region it belongs to), and every field still holding the
 * manifest's default while no region is chosen. `hidden` fields are not printed and say nothing.
 */
export function courtFindings(
  manifest: Manifest,
  answers: Readonly<Record<string, unknown>>,
  table: CourtTable | undefined,
  regionId: string | undefined,
  hidden: (key: string) => boolean = () => false,
): CourtFinding[] {
  const out: CourtFinding[] = [];
  const known = table ? courtsByName(table) : undefined;
  for (const field of regionFields(manifest)) {
    if (hidden(field.key)) continue;
    const value = answers[field.key];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const c = field.type === 'text' && field.courtKind ? known?.get(normalize(value)) : undefined;
    if (c && !c.checked) out.push({ path: field.key, field, code: 'unverifiedCourt', value });
    else if (
      regionId &&
      field.type === 'text' &&
      field.regionalDefault !== undefined &&
      field.regionalDefault !== regionId &&
      value === field.default
    )
      out.push({ path: field.key, field, code: 'otherRegion', value });
    else if (
      !regionId &&
      field.type === 'text' &&
      field.default !== undefined &&
      value === field.default
    )
      out.push({ path: field.key, field, code: 'noRegion', value });
  }
  return out;
}

/**
 * Every court of the table by each of its names, normalised. Built once per table (a table is
 * never changed; a pack brings a new one): every render asks, and building it normalised some
 * thousand names — a fifth of a DOCX render's time.
 */
const courtsByNameCache = new WeakMap<CourtTable, ReadonlyMap<string, Court>>();
function courtsByName(table: CourtTable): ReadonlyMap<string, Court> {
  let known = courtsByNameCache.get(table);
  if (!known) {
    const byName = new Map<string, Court>();
    for (const r of table.regions)
      for (const c of r.courts)
        for (const name of [...Object.values(c.name.ru), ...Object.values(c.name.kk)])
          byName.set(normalize(name), c);
    known = byName;
    courtsByNameCache.set(table, known);
  }
  return known;
}

function normalize(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('ru');
}

/**
 * Problems `refuge lint` reports beyond the schema: a court field whose language or case the
 * table cannot give, and a region without a court of a kind some filing's default needs.
 */
export function lintCourtTable(
  table: CourtTable,
  manifests: readonly Manifest[],
  where: string,
): string[] {
  const problems: string[] = [];
  const needed = new Set<CourtKind>();
  for (const manifest of manifests)
    for (const field of manifest.fields) {
      if (field.type !== 'text') continue;
      const at = `${where}: ${manifest.id}.${field.key}`;
      if (field.courtForm && !field.courtKind) problems.push(`${at}: courtForm without courtKind`);
      if (field.regionPlace && field.courtKind)
        problems.push(`${at}: a field is a place or a court, not both`);
      if (field.regionalDefault !== undefined && !findRegion(table, field.regionalDefault))
        problems.push(
          `${at}: regionalDefault "${field.regionalDefault}" is no region of the table`,
        );
      if (!field.courtKind) continue;
      const lang = courtFieldLang(field);
      if (!lang) {
        problems.push(`${at}: a court field is asked in exactly one language, ru or kk`);
        continue;
      }
      const form = field.courtForm ?? 'nominative';
      const formsOf: Record<'ru' | 'kk', readonly CourtForm[]> = {
        ru: ['nominative', 'genitive', 'accusative'],
        kk: ['nominative', 'dative'],
      };
      if (!formsOf[lang].includes(form))
        problems.push(`${at}: the table has no ${lang} ${form} (${formsOf[lang].join(', ')})`);
      // District courts are many per region and never filled in; every other kind is.
      if (field.courtKind !== 'district' && (field.default !== undefined || field.required))
        needed.add(field.courtKind);
    }
  for (const r of table.regions)
    for (const kind of needed)
      if (!r.courts.some((c) => c.kind === kind))
        problems.push(`${where}: ${r.id} has no court of kind "${kind}", which a default needs`);
  return problems;
}

/** Where an issue of the region is, as the pre-flight and the CLI name it. */
const REGION_PLACE: Readonly<Record<Lang, string>> = { ru: 'Регион', kk: 'Өңір', en: 'Region' };

/** A region by its id or by any of its names, as a CSV column or an answers file may give it. */
export function resolveRegion(table: CourtTable | undefined, given: string): Region | undefined {
  const wanted = normalize(given);
  return table?.regions.find(
    (r) => r.id === given.trim() || Object.values(r.name).some((n) => normalize(n) === wanted),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface RegionApplied {
  /** The answers with the region's values in every region field the input left out. */
  readonly answers: unknown;
  readonly region?: Region;
  readonly issues: readonly ValidationIssue[];
}

/**
 * The draft's `region` answer applied: a field the answers leave out gets the region's value
 * instead of the manifest's Almaty default (the CLI's answers files and batch rows); a value
 * given is never replaced. An unknown region is an issue, named with the known ids.
 */
export function applyRegion(
  manifest: Manifest,
  raw: unknown,
  table: CourtTable | undefined,
  docLang: Lang,
  lang: Lang,
): RegionApplied {
  if (!isRecord(raw) || !Object.hasOwn(raw, REGION_KEY)) return { answers: raw, issues: [] };
  const given = raw[REGION_KEY];
  if (given === '' || given === null || given === undefined) return { answers: raw, issues: [] };
  const r = typeof given === 'string' ? resolveRegion(table, given) : undefined;
  if (!r) {
    const known = (table?.regions ?? []).map((x) => x.id).join(', ');
    const region = typeof given === 'string' ? given : JSON.stringify(given);
    return {
      answers: raw,
      issues: [
        {
          path: REGION_KEY,
          place: REGION_PLACE[lang],
          code: 'unknownRegion',
          message: formatMessage('unknownRegion', lang, { region, known }),
        },
      ],
    };
  }
  const out: Record<string, unknown> = { ...raw, [REGION_KEY]: r.id };
  for (const [key, value] of Object.entries(regionDefaults(manifest, r, docLang)))
    if (!Object.hasOwn(raw, key)) out[key] = value;
  return { answers: out, region: r, issues: [] };
}

/**
 * The pre-flight notices of the region's fields (courtFindings) as the pre-flight lists them,
 * in the interface language. Fields hidden by their condition or the document language say
 * nothing: they are not printed.
 */
export function regionNotices(
  manifest: Manifest,
  answers: Answers,
  table: CourtTable | undefined,
  region: Region | undefined,
  docLang: Lang,
  lang: Lang,
): ValidationIssue[] {
  const hidden = (key: string): boolean => {
    const field = manifest.fields.find((f) => f.key === key);
    if (!field) return true;
    if (field.languages && !field.languages.includes(docLang)) return true;
    return field.when !== undefined && !evaluateCondition(field.when, answers);
  };
  const codes = {
    unverifiedCourt: 'courtUnverified',
    noRegion: 'regionNotChosen',
    otherRegion: 'regionDefaultMismatch',
  } as const;
  return courtFindings(manifest, answers, table, region?.id, hidden).map((f) => ({
    path: f.path,
    place: f.field.label[lang],
    code: codes[f.code],
    message: formatMessage(codes[f.code], lang, {
      name: f.value,
      value: f.value,
      region: region?.name[lang] ?? '',
    }),
  }));
}

/**
 * A new draft's answers with the region applied: `region` set, and each region field that the
 * prefill left at the manifest's default (or empty) given the region's value in `docLang`. What
 * an earlier draft of the matter carried over is kept.
 */
export function regionPrefill(
  manifest: Manifest,
  answers: Readonly<Record<string, unknown>>,
  r: Region,
  docLang: Lang,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...answers, [REGION_KEY]: r.id };
  for (const [key, value] of Object.entries(regionDefaults(manifest, r, docLang))) {
    const field = manifest.fields.find((f) => f.key === key);
    const now = answers[key];
    const untouched =
      now === undefined || now === '' || (field?.type === 'text' && now === field.default);
    if (untouched) out[key] = value;
  }
  return out;
}

/** The region of the newest answers that carry one (a matter's drafts, newest first). */
export function regionOfAnswers(
  newestFirst: readonly Readonly<Record<string, unknown>>[],
): string | undefined {
  for (const answers of newestFirst) {
    const value = answers[REGION_KEY];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}
