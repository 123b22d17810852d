/**
 * Spreadsheet columns → manifest fields, by key or by label in ru/kk/en (case, ё/е and Kazakh
 * look-alikes folded). Person parts: `client.lastName` or `client_lastName`. Repeating groups:
 * numbered columns `children1_name`, `children_1_name` or `children[1].name` — or, in a workbook, a
 * sheet named after the group (key, label or item label) with one line per item, tied to its
 * row by an id column (`id`, `№`) present on both sheets.
 */
import type { Field, Manifest, ScalarField } from '../../common/manifest.ts';
import { REGION_KEY } from '../../common/manifest.ts';
import { regionFields } from '../../common/courts.ts';
import { foldForSearch } from '../../common/text.ts';
import { isValidIsoDate, addDays } from '../../common/dates.ts';

const PERSON_PARTS = ['lastName', 'firstName', 'middleName', 'sex', 'latinName'] as const;

export type ColumnTarget =
  | { readonly kind: 'field'; readonly key: string }
  | { readonly kind: 'person'; readonly key: string; readonly part: (typeof PERSON_PARTS)[number] }
  | { readonly kind: 'group'; readonly key: string; readonly index: number; readonly sub: string };

/** A sheet of items of one repeating group, tied to the main rows by their id column. */
export interface GroupSheet {
  readonly sheet: string;
  readonly key: string;
  /** The id column's header on the main sheet and on this one. */
  readonly mainId: string;
  readonly itemId: string;
  /** Header → sub-field key. */
  readonly columns: Readonly<Record<string, string>>;
  /** Headers of this sheet that match no sub-field. */
  readonly unmapped: readonly string[];
}

export interface Mapping {
  readonly columns: Readonly<Record<string, ColumnTarget>>;
  readonly unmapped: readonly string[];
  readonly groupSheets?: readonly GroupSheet[];
  /** Sheets that match no group, or have no id column to tie their lines to rows. */
  readonly unmappedSheets?: readonly string[];
}

const norm = (s: string): string => foldForSearch(s).replace(/[\s_.\-[\]]+/g, '');

/** Headers that name a row's id (to tie group-sheet lines to it), folded like every header. */
const ID_NAMES = new Set(['id', '№', 'no', 'номер', 'ид', 'нөмір', 'rowid'].map(norm));

/**
 * A row's region (templates/courts.json id or name): the engine fills the court and the place of
 * signing from it where the row leaves them out. Only for filings that have such fields.
 */
const REGION_NAMES = new Set([REGION_KEY, 'регион', 'өңір', 'область', 'облыс'].map(norm));
const hasRegion = (manifest: Manifest): boolean => regionFields(manifest).length > 0;

export function mapColumns(manifest: Manifest, headers: readonly string[]): Mapping {
  const byName = new Map<string, Field>();
  for (const f of manifest.fields) {
    for (const name of [f.key, f.label.ru, f.label.kk, f.label.en, ...(f.aliases ?? [])])
      byName.set(norm(name), f);
  }
  const columns: Record<string, ColumnTarget> = {};
  const unmapped: string[] = [];
  for (const header of headers) {
    const n = norm(header);
    if (REGION_NAMES.has(n) && hasRegion(manifest) && !byName.has(n)) {
      columns[header] = { kind: 'field', key: REGION_KEY };
      continue;
    }
    const direct = byName.get(n);
    if (direct && direct.type !== 'group' && direct.type !== 'person') {
      columns[header] = { kind: 'field', key: direct.key };
      continue;
    }
    let target: ColumnTarget | undefined;
    for (const f of manifest.fields) {
      if (f.type === 'person') {
        for (const part of PERSON_PARTS)
          if (n === norm(`${f.key}${part}`)) target = { kind: 'person', key: f.key, part };
      }
      if (f.type === 'group') {
        const m = new RegExp(`^${norm(f.key)}(\\d+)(.+)$`).exec(n);
        const sub = m ? f.fields.find((s) => norm(s.key) === m[2]) : undefined;
        if (m && sub) target = { kind: 'group', key: f.key, index: Number(m[1]) - 1, sub: sub.key };
      }
    }
    if (target) columns[header] = target;
    else if (!ID_NAMES.has(n)) unmapped.push(header);
  }
  return { columns, unmapped };
}

/** Which of a workbook's other sheets hold items of a repeating group. */
export function mapGroupSheets(
  manifest: Manifest,
  mainHeaders: readonly string[],
  sheets: Readonly<Record<string, { readonly headers: readonly string[] }>>,
): Pick<Mapping, 'groupSheets' | 'unmappedSheets'> {
  const groupSheets: GroupSheet[] = [];
  const unmappedSheets: string[] = [];
  const mainId = mainHeaders.find((h) => ID_NAMES.has(norm(h)));
  for (const [name, sheet] of Object.entries(sheets)) {
    // A sheet is named by the group's key, label or item label — or the label's beginning
    // ("Несовершеннолетние дети" for «Несовершеннолетние дети, прибывшие с вами (до 18 лет)»).
    const wanted = norm(name);
    const group = manifest.fields.find(
      (f): f is Extract<Field, { type: 'group' }> =>
        f.type === 'group' &&
        [f.key, f.label.ru, f.label.kk, f.label.en, f.itemLabel.ru, f.itemLabel.kk, f.itemLabel.en]
          .map(norm)
          .some((n) => n === wanted || (wanted.length >= 5 && n.startsWith(wanted))),
    );
    const itemId = sheet.headers.find((h) => ID_NAMES.has(norm(h)));
    if (!group || !mainId || !itemId) {
      unmappedSheets.push(name);
      continue;
    }
    const columns: Record<string, string> = {};
    const unmapped: string[] = [];
    for (const header of sheet.headers) {
      if (header === itemId) continue;
      const sub = group.fields.find((f) =>
        [f.key, f.label.ru, f.label.kk, f.label.en].map(norm).includes(norm(header)),
      );
      if (sub) columns[header] = sub.key;
      else unmapped.push(header);
    }
    groupSheets.push({ sheet: name, key: group.key, mainId, itemId, columns, unmapped });
  }
  return { groupSheets, unmappedSheets };
}

/** Where a group item came from, for the report: `children[2]` → its sheet and line. */
export type ItemOrigins = Record<string, { readonly sheet: string; readonly row: number }>;

/**
 * The items a row gets from group sheets, appended after its numbered-column items.
 */
export function addSheetItems(
  manifest: Manifest,
  mapping: Mapping,
  sheets: Readonly<
    Record<
      string,
      { readonly rows: readonly { row: number; cells: Readonly<Record<string, string>> }[] }
    >
  >,
  mainCells: Readonly<Record<string, string>>,
  answers: Record<string, unknown>,
): ItemOrigins {
  const origins: ItemOrigins = {};
  for (const gs of mapping.groupSheets ?? []) {
    const id = (mainCells[gs.mainId] ?? '').trim();
    if (id === '') continue;
    const items = Array.isArray(answers[gs.key]) ? (answers[gs.key] as unknown[]) : [];
    for (const line of sheets[gs.sheet]?.rows ?? []) {
      if ((line.cells[gs.itemId] ?? '').trim() !== id) continue;
      const item: Record<string, unknown> = {};
      for (const [header, sub] of Object.entries(gs.columns)) {
        const f = scalarField(manifest, gs.key, sub);
        const v = f ? convert(f, line.cells[header] ?? '') : line.cells[header];
        if (v !== undefined) item[sub] = v;
      }
      origins[`${gs.key}[${items.length}]`] = { sheet: gs.sheet, row: line.row };
      items.push(item);
    }
    if (items.length > 0) answers[gs.key] = items;
  }
  return origins;
}

/** Excel stores dates as days since 1899-12-30 (the 1900 date system with its leap-year bug). */
function excelSerialToDate(value: string): string | null {
  if (!/^\d{1,6}(\.\d+)?$/.test(value)) return null;
  const serial = Math.floor(Number(value));
  if (serial < 1 || serial > 2958465) return null;
  return addDays('1899-12-30', serial);
}

const TRUE = new Set(['да', 'yes', 'true', '1', 'иә', 'x', '+']);
const FALSE = new Set(['нет', 'no', 'false', '0', 'жоқ', '-', '']);

function convert(field: ScalarField, raw: string): unknown {
  if (raw === '') return undefined;
  switch (field.type) {
    case 'date': {
      const serial = excelSerialToDate(raw);
      return serial && !isValidIsoDate(raw) ? serial : raw;
    }
    case 'boolean': {
      const v = foldForSearch(raw).trim();
      return TRUE.has(v) ? true : FALSE.has(v) ? false : raw;
    }
    case 'number':
      return raw;
    case 'select':
      return field.multiple
        ? raw
            .split(/[;,]/)
            .map((s) => s.trim())
            .filter(Boolean)
        : raw;
    default:
      return raw;
  }
}

function scalarField(manifest: Manifest, key: string, sub?: string): ScalarField | undefined {
  const f = manifest.fields.find((x) => x.key === key);
  if (!f) return undefined;
  if (f.type === 'group') return sub ? f.fields.find((s) => s.key === sub) : undefined;
  return f;
}

/** One row's cells → answers the engine validates like any other. */
export function rowToAnswers(
  manifest: Manifest,
  mapping: Mapping,
  cells: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  const groups: Record<string, Record<string, unknown>[]> = {};
  for (const [header, target] of Object.entries(mapping.columns)) {
    const raw = cells[header] ?? '';
    if (target.kind === 'field') {
      const f = scalarField(manifest, target.key);
      const v = f ? convert(f, raw) : raw;
      if (v !== undefined) answers[target.key] = v;
    } else if (target.kind === 'person') {
      if (raw === '') continue;
      const person = (answers[target.key] ??= {}) as Record<string, string>;
      person[target.part] =
        target.part === 'sex'
          ? /^(ж|f|әйел)/i.test(raw)
            ? 'female'
            : /^(м|m|ер)/i.test(raw)
              ? 'male'
              : raw
          : raw;
    } else {
      const f = scalarField(manifest, target.key, target.sub);
      const v = f ? convert(f, raw) : raw;
      if (v === undefined) continue;
      const items = (groups[target.key] ??= []);
      (items[target.index] ??= {})[target.sub] = v;
    }
  }
  for (const [key, items] of Object.entries(groups)) answers[key] = items.filter(Boolean);
  return answers;
}

/** Headers of an empty spreadsheet for a filing: scalar keys, person parts, two numbered group items. */
export function templateHeaders(manifest: Manifest): string[] {
  const headers: string[] = hasRegion(manifest) ? [REGION_KEY] : [];
  for (const f of manifest.fields) {
    if (f.type === 'person') headers.push(...PERSON_PARTS.map((p) => `${f.key}.${p}`));
    else if (f.type === 'group')
      for (const i of [1, 2]) headers.push(...f.fields.map((s) => `${f.key}${i}_${s.key}`));
    else headers.push(f.key);
  }
  return headers;
}

/** A mapping as a reusable file: column header → `key`, `person.part` or `group[n].sub` (n from 1). */
export function mappingToJson(mapping: Mapping): Record<string, string> {
  return Object.fromEntries(
    Object.entries(mapping.columns).map(([header, t]) => [
      header,
      t.kind === 'field'
        ? t.key
        : t.kind === 'person'
          ? `${t.key}.${t.part}`
          : `${t.key}[${t.index + 1}].${t.sub}`,
    ]),
  );
}

export class MappingError extends Error {}

/** Reads a saved mapping, checking every target against the manifest. */
export function mappingFromJson(
  manifest: Manifest,
  json: unknown,
  headers: readonly string[],
): Mapping {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new MappingError('the mapping file must be an object: { "column": "field" }');
  const columns: Record<string, ColumnTarget> = {};
  for (const [header, target] of Object.entries(json as Record<string, unknown>)) {
    if (typeof target !== 'string')
      throw new MappingError(`mapping of "${header}" must be a field name`);
    const group = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(target);
    const person = /^(\w+)\.(\w+)$/.exec(target);
    const field = manifest.fields.find((f) => f.key === (group?.[1] ?? person?.[1] ?? target));
    if (
      group &&
      field?.type === 'group' &&
      field.fields.some((s) => s.key === group[3]) &&
      Number(group[2]) >= 1
    ) {
      columns[header] = {
        kind: 'group',
        key: field.key,
        index: Number(group[2]) - 1,
        sub: group[3] ?? '',
      };
    } else if (
      person &&
      field?.type === 'person' &&
      (PERSON_PARTS as readonly string[]).includes(person[2] ?? '')
    ) {
      columns[header] = {
        kind: 'person',
        key: field.key,
        part: person[2] as (typeof PERSON_PARTS)[number],
      };
    } else if (target === REGION_KEY && hasRegion(manifest)) {
      columns[header] = { kind: 'field', key: REGION_KEY };
    } else if (!group && !person && field && field.type !== 'group' && field.type !== 'person') {
      columns[header] = { kind: 'field', key: field.key };
    } else {
      throw new MappingError(
        `mapping of "${header}": "${target}" is not a field of ${manifest.id}`,
      );
    }
  }
  return { columns, unmapped: headers.filter((h) => !(h in columns)) };
}
