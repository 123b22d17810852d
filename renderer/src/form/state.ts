/**
 * The form's answers as plain data, edited immutably by path. Paths are the validator's own
 * (`charges[1].article`, `person`), so an issue from common/answers.ts lands on its input.
 */
import {
  evaluateCondition,
  type Answers,
  type GroupItem,
  type ValidationIssue,
} from '../../../common/answers.ts';
import { conditionFields, deadlineConditions } from '../../../common/answer-values.ts';
import type { Field, Manifest } from '../../../common/manifest.ts';
import type { Lang } from '../../../common/lang.ts';

export type Segment = string | number;

export function pathString(segments: readonly Segment[]): string {
  return segments
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
}

/** A DOM id for a path: `field-charges-1-article`. */
export function fieldId(path: string): string {
  return `field-${path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')}`;
}

export function getIn(root: unknown, segments: readonly Segment[]): unknown {
  let current = root;
  for (const s of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[s];
  }
  return current;
}

/** A new value, or a function of the current one (for edits that must not race a re-render). */
export type Edit = unknown | ((current: unknown) => unknown);

export function setIn<T>(root: T, segments: readonly Segment[], value: unknown): T {
  if (segments.length === 0) return value as T;
  const [head, ...rest] = segments as [Segment, ...Segment[]];
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[head as number] = setIn(copy[head as number], rest, value);
    return copy as T;
  }
  const record = (root ?? {}) as Record<string, unknown>;
  return { ...record, [head]: setIn(record[head as string], rest, value) } as T;
}

export function isVisible(
  field: Field,
  answers: Answers,
  item?: GroupItem,
  passed?: ReadonlySet<string>,
  docLang?: Lang,
): boolean {
  if (field.languages && docLang && !field.languages.includes(docLang)) return false;
  return !field.when || evaluateCondition(field.when, answers, item, passed);
}

export interface SectionView {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly Field[];
}

/** The id of the first section when a filing has a deadline: the date that starts the clock. */
export const CLOCK_SECTION = '_clock';

/**
 * The top-level fields that start a deadline's clock — its date and what decides which deadline
 * applies and which later readings hold — asked first, so the last day is known from the first
 * minutes (issue 22).
 */
export function clockFields(manifest: Manifest): ReadonlySet<string> {
  const keys = new Set<string>();
  const topKey = (path: string): string => path.split('.')[0] ?? path;
  for (const d of manifest.deadlines.filter((spec) => spec.role !== 'related' || spec.askedFirst))
    for (const path of [...deadlineConditions(d).flatMap(conditionFields), d.from])
      keys.add(topKey(path));
  // A key is asked first only with everything its own visibility depends on.
  for (let grew = true; grew;) {
    grew = false;
    for (const f of manifest.fields)
      if (keys.has(f.key))
        for (const k of conditionFields(f.when).map(topKey))
          if (!keys.has(k)) {
            keys.add(k);
            grew = true;
          }
  }
  return new Set(
    manifest.fields.filter((f) => keys.has(f.key) && f.type !== 'group').map((f) => f.key),
  );
}

/**
 * Fields grouped by section in manifest order; fields without a section form their own. With
 * `clockTitle`, a filing with deadlines opens on a section asking what starts the clock.
 */
export function sectionsOf(
  manifest: Manifest,
  lang: Lang,
  otherTitle: string,
  clockTitle?: string,
): SectionView[] {
  const first = clockTitle ? clockFields(manifest) : new Set<string>();
  const rest = manifest.fields.filter((f) => !first.has(f.key));
  const sections: SectionView[] = manifest.sections.map((s) => ({
    id: s.id,
    title: s.title[lang],
    fields: rest.filter((f) => f.section === s.id),
  }));
  const loose = rest.filter((f) => !manifest.sections.some((s) => s.id === f.section));
  if (loose.length > 0) sections.push({ id: '_other', title: otherTitle, fields: loose });
  if (clockTitle && first.size > 0)
    sections.unshift({
      id: CLOCK_SECTION,
      title: clockTitle,
      fields: manifest.fields.filter((f) => first.has(f.key)),
    });
  return sections.filter((s) => s.fields.length > 0);
}

/** Issues belonging to a field: its own path and everything under it. */
export function issuesUnder(issues: readonly ValidationIssue[], path: string): ValidationIssue[] {
  return issues.filter(
    (i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`),
  );
}
