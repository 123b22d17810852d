/**
 * Marking a filing as handed in (common/filed.ts), the same for the window and `refuge matter
 * filed`: the day is checked against today before anything is written.
 */
import { filedDateProblem, type FiledMark } from '../../common/filed.ts';
import type { Lang } from '../../common/lang.ts';
import { formatShortDate } from '../../common/dates.ts';
import { localize } from '../../common/locales/index.ts';
import type { Draft, Vault } from '../vault/index.ts';

/** The day given cannot be the day of filing: no such date, or a day still to come. */
export class FiledDateRejected extends Error {
  constructor(
    readonly problem: 'invalid' | 'future',
    readonly on: string,
    readonly today: string,
  ) {
    super(`filed date ${on} rejected: ${problem}`);
  }

  localized(lang: Lang): string {
    return this.problem === 'future'
      ? localize(lang, 'filed.future', {
          date: formatShortDate(this.on),
          today: formatShortDate(this.today),
        })
      : localize(lang, 'filed.invalid', { date: this.on });
  }
}

/**
 * Marks the matter's draft of `templateId` as handed in on `mark.on` (not after `today`), or
 * takes the mark off (null). An empty reference is not kept.
 */
export function markFiled(
  vault: Vault,
  matterId: string,
  templateId: string,
  mark: FiledMark | null,
  today: string,
  now: Date,
): Draft {
  if (mark) {
    const problem = filedDateProblem(mark.on, today);
    if (problem) throw new FiledDateRejected(problem, mark.on, today);
  }
  // Typed or pasted from a stamp: control and direction marks are dropped, never kept hidden.
  const reference = mark?.reference?.replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  const kept: FiledMark | null = mark
    ? { on: mark.on, how: mark.how, ...(reference ? { reference } : {}) }
    : null;
  return vault.markFiled(matterId, templateId, kept, now);
}

/** The mark as the screens show it (when it was recorded is the vault's own business). */
export function filedMarkOf({ on, how, reference }: FiledMark): FiledMark {
  return { on, how, ...(reference ? { reference } : {}) };
}
