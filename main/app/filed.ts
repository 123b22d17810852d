/**
 * Marking a filing as handed in (common/filed.ts), the same for the window and `refuge matter
 * filed`: the day is checked against today before anything is written.
 */
import {
  FILED_REFERENCE_MAX,
  filedMarkIn,
  filedMarkProblem,
  type FiledMark,
  type FiledMarkProblem,
} from '../../common/filed.ts';
import type { Lang } from '../../common/lang.ts';
import { formatShortDate } from '../../common/dates.ts';
import { localize } from '../../common/locales/index.ts';
import type { Draft, DraftRef, Vault } from '../vault/index.ts';

/** A mark that cannot be kept: no such date, a day still to come, or a reference too long. */
export class FiledMarkRejected extends Error {
  constructor(
    readonly problem: FiledMarkProblem,
    readonly on: string,
    readonly today: string,
  ) {
    super(`filed mark rejected: ${problem}`);
  }

  localized(lang: Lang): string {
    switch (this.problem) {
      case 'future':
        return localize(lang, 'filed.future', {
          date: formatShortDate(this.on),
          today: formatShortDate(this.today),
        });
      case 'invalid':
        return localize(lang, 'filed.invalid', { date: this.on });
      case 'referenceTooLong':
        return localize(lang, 'filed.referenceTooLong', { max: FILED_REFERENCE_MAX });
    }
  }
}

/**
 * Marks the draft (by its id, or the matter's one draft of a filing) as handed in on `mark.on` (not after `today`), or
 * takes the mark off (null). An empty reference is not kept; nothing is written for a refused one.
 */
export function markFiled(
  vault: Vault,
  matterId: string,
  draft: DraftRef,
  mark: FiledMark | null,
  today: string,
  now: Date,
): Draft {
  // Typed or pasted from a stamp: control and direction marks are dropped, never kept hidden.
  const reference = mark?.reference?.replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  const kept: FiledMark | null = mark
    ? { on: mark.on, how: mark.how, ...(reference ? { reference } : {}) }
    : null;
  const problem = kept && filedMarkProblem(kept, today);
  if (kept && problem) throw new FiledMarkRejected(problem, kept.on, today);
  return vault.markFiled(matterId, draft, kept, now);
}

/** `{ filed }` when a draft holds a sound mark, else nothing: the views' optional field. */
export function optionalFiled(value: unknown): { filed?: FiledMark } {
  const filed = filedMarkIn(value);
  return filed ? { filed } : {};
}
