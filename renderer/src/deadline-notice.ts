/**
 * What the pre-flight (filing screen) and the batch's per-row checks say of one deadline: passed,
 * passed on the safe count while a later reading still runs, or two days off or less. One wording
 * for both, so that an arguable deadline is never reported as simply missed in one of them.
 */
import type { TFunction } from 'i18next';
import { formatShortDate } from '../../common/dates.ts';
import { SOON_DAYS, passedNotice, urgencyOf } from '../../common/days-left.ts';
import type { DeadlineView } from '../../common/filing-deadlines.ts';

export interface DeadlineNotice {
  readonly kind: 'missed' | 'arguable' | 'soon';
  readonly text: string;
}

export function deadlineNotice(
  d: Pick<DeadlineView, 'label' | 'lastDay' | 'daysLeft' | 'arguable' | 'related'>,
  t: TFunction,
): DeadlineNotice | null {
  const date = formatShortDate(d.lastDay);
  const params = { label: d.label, date };
  const passed = passedNotice(d);
  if (passed)
    return {
      kind: urgencyOf(d) === 'passed' ? 'missed' : 'arguable',
      text: t(`preflight.${passed}`, params),
    };
  return d.daysLeft <= SOON_DAYS
    ? { kind: 'soon', text: t('preflight.deadline', { label: d.label, date, count: d.daysLeft }) }
    : null;
}
