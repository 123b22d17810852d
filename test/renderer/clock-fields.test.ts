/**
 * The form asks first what starts a deadline's clock: the date it runs from, what decides which
 * deadline applies, and what decides which later readings hold — so the banner is right from the
 * first answers.
 */
import { describe, expect, it } from 'vitest';
import { getServices } from '../../main/services.ts';
import { clockFields } from '../../renderer/src/form/state.ts';

const manifest = (id: string) => getServices().engine.template(id).manifest;

describe('clock fields', () => {
  it('the refugee application asks the route, the dates and whether a crossing point existed', () => {
    const first = clockFields(manifest('refugee-application'));
    for (const key of ['claimRoute', 'arrivalDate', 'learnedDate', 'checkpointExisted'])
      expect(first.has(key)).toBe(true);
    // Asked later, in its own section: the place does not move a deadline.
    expect(first.has('crossingPlace')).toBe(false);
  });

  it('a term of another step (the refusal’s appeal) is shown, not asked first', () => {
    // The UN request has no deadline of its own: no clock section at all.
    expect(clockFields(manifest('un-interim-measures')).size).toBe(0);
    const expulsion = clockFields(manifest('expulsion-appeal'));
    expect(expulsion.has('rulingServedDate')).toBe(true);
    for (const key of ['grounds', 'refugeeApplicationStage', 'refugeeRefusalDate'])
      expect(expulsion.has(key)).toBe(false);
  });
});
