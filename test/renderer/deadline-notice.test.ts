/**
 * What the pre-flight and the batch's row checks say of a deadline, in each interface language: a
 * safe day passed while a later reading still runs is said as that, never as simply missed.
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/src/i18n.ts';
import { deadlineNotice } from '../../renderer/src/deadline-notice.ts';

const appeal = (daysLeft: number, arguable = false, related = false) => ({
  label: 'Апелляционная жалоба',
  lastDay: '2026-02-07',
  daysLeft,
  arguable,
  related,
});

describe('deadline notice', () => {
  const t = createI18n('ru').t;

  it('passed, arguable, near, and nothing to say', () => {
    expect(deadlineNotice(appeal(-2), t)).toEqual({
      kind: 'missed',
      text: 'Апелляционная жалоба: срок истёк 07.02.2026',
    });
    expect(deadlineNotice(appeal(-2, true), t)).toEqual({
      kind: 'arguable',
      text:
        'Апелляционная жалоба: безопасная дата 07.02.2026 прошла; по более поздней трактовке ' +
        'срок ещё идёт, и документ доказывает подачу в срок',
    });
    expect(deadlineNotice(appeal(2), t)).toEqual({
      kind: 'soon',
      text: 'Апелляционная жалоба: до 07.02.2026 (осталось 2 дня)',
    });
    expect(deadlineNotice(appeal(3), t)).toBeNull();
  });

  it('another step’s term is said to have ended, never the filing to be late or argued in time', () => {
    expect(deadlineNotice(appeal(-2, false, true), t)?.text).toBe(
      'Апелляционная жалоба: истёк 07.02.2026 (срок другого действия, не этого документа)',
    );
    expect(deadlineNotice(appeal(-2, true, true), t)?.text).toBe(
      'Апелляционная жалоба: по безопасному счёту истёк 07.02.2026; по более поздней трактовке ещё идёт',
    );
  });

  it('in Kazakh and English too', () => {
    expect(deadlineNotice(appeal(-1, true), createI18n('kk').t)?.text).toContain(
      'қауіпсіз күн 07.02.2026 өтті',
    );
    expect(deadlineNotice(appeal(-1, true), createI18n('en').t)?.text).toContain(
      'the safe date 07.02.2026 has passed',
    );
  });
});
