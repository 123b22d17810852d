/**
 * Where the lawyer is in a filing's form: its sections as steps, the one shown, and how to move.
 * The step list, the section shown and the review step all take it as one value.
 */
import type { RefObject } from 'react';
import type { SectionView } from '../../form/state.ts';

export interface Steps {
  readonly sections: readonly SectionView[];
  /** The step shown: a section's index, or sections.length for the review step. */
  readonly section: number;
  readonly moveTo: (index: number) => void;
  /** The shown step's heading: focus goes there after a move. */
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

/** The review step comes after the last section. */
export function isReviewing(steps: Steps): boolean {
  return steps.section >= steps.sections.length;
}
