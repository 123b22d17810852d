/**
 * The pre-flight list as the filing screen holds it: the findings, which of them the lawyer
 * accepted, and what accepting and following a finding do. The side column and the review step
 * show the same list, so they take it as one value.
 */
import type { ComponentProps } from 'react';
import type { FindingList } from '../review.tsx';

export type Triage = Required<Omit<ComponentProps<typeof FindingList>, 'idPrefix'>>;
