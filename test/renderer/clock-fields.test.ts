/**
 * The form asks first what starts a deadline's clock: the date it runs from, what decides which
 * deadline applies, and what decides which later readings hold — so the banner is right from the
 * first answers.
 */
import { describe, expect, it } from 'vitest';
import { getServices } from '../../main/services.ts';
import { clockFields } from '../../renderer/src/form/state.ts';
import { prepareAnswers } from '../../common/answers.ts';
import { filingDeadlines } from '../../common/filing-deadlines.ts';
import { passedNotice } from '../../common/days-left.ts';

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

describe('a related term the filing is built around (askedFirst)', () => {
  it('the suspension request asks the Supreme Court term’s dates first, and words it as that term', () => {
    const m = manifest('extradition-suspension-request');
    const first = clockFields(m);
    for (const key of ['copyReceivedDate', 'appealStatus']) expect(first.has(key)).toBe(true);
    // Received on Wednesday 18.11.2026: ten days end on Saturday 28.11, rolled over to Monday
    // 30.11 on the later reading. On Sunday 29.11 the safe day has passed and the later runs.
    const today = '2026-11-29';
    const { answers } = prepareAnswers(
      m,
      { appealStatus: 'periodRunning', copyReceivedDate: '2026-11-18' },
      { lang: 'ru', today },
    );
    const view = filingDeadlines(m, answers, today, 'ru', (key) => key).find(
      (d) => d.id === 'complaint',
    );
    if (!view) throw new Error('no Supreme Court term computed');
    expect(view.arguable).toBe(true);
    // Past its safe day with a later reading running: another step's term, never «the request
    // proves it was filed in time».
    expect(view.related).toBe(true);
    expect(passedNotice(view)).toBe('relatedArguable');
  });
});
