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
import type { Field, Lang, Manifest } from '../../../common/manifest.ts';

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

/** Fields grouped by section in manifest order; fields without a section form their own. */
export function sectionsOf(
  manifest: Manifest,
  lang: 'ru' | 'kk' | 'en',
  otherTitle: string,
): SectionView[] {
  const sections: SectionView[] = manifest.sections.map((s) => ({
    id: s.id,
    title: s.title[lang],
    fields: manifest.fields.filter((f) => f.section === s.id),
  }));
  const loose = manifest.fields.filter((f) => !manifest.sections.some((s) => s.id === f.section));
  if (loose.length > 0) sections.push({ id: '_other', title: otherTitle, fields: loose });
  return sections.filter((s) => s.fields.length > 0);
}

/** Issues belonging to a field: its own path and everything under it. */
export function issuesUnder(issues: readonly ValidationIssue[], path: string): ValidationIssue[] {
  return issues.filter(
    (i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`),
  );
}
