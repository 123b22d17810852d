/**
 * The UN block says the Committee granted interim measures only when the lawyer says so: the
 * objection and the Supreme Court complaint once passed `granted=false` whatever was answered
 * (audit of 2026-12-07), and a filing must never claim a grant that was only asked for.
 */
import { describe, expect, it } from 'vitest';
import { expectInOrder, renderBoth, sample } from '../helpers/golden.ts';

const GRANTED = 'Комитет эту просьбу удовлетворил.';

/** What each filing draws from a grant: a removal before the Committee's decision breaks a treaty. */
const BREACH: Readonly<Record<string, string>> = {
  'extradition-arrest-complaint':
    'Выдача до решения Комитета нарушила бы обязательства Республики Казахстан по международным договорам (п. 11) ч. 1 ст. 590 УПК РК); содержание под стражей ради такой выдачи не может считаться обоснованным.',
  'supreme-court-complaint':
    'Выдача до решения Комитета нарушила бы обязательства Республики Казахстан по международным договорам (п. 11) ч. 1 ст. 590 УПК РК).',
};

describe.each(['extradition-arrest-complaint', 'extradition-objection', 'supreme-court-complaint'])(
  '%s: UN interim measures',
  (id) => {
    it('granted: said once, in the UN block', async () => {
      const { pdf, docx } = await renderBoth(id, {
        ...sample(id, 'complex'),
        unInterimMeasuresGranted: true,
      });
      for (const text of [pdf, docx]) expect(text.split(GRANTED)).toHaveLength(2);
    });

    it.runIf(id in BREACH)('granted, as the sample has it: the breach is said', async () => {
      const { pdf, docx } = await renderBoth(id, sample(id, 'complex'));
      for (const text of [pdf, docx])
        expectInOrder(text, [
          GRANTED,
          'что несоблюдение временных мер несовместимо с обязательством добросовестно выполнять международный договор.',
          BREACH[id] ?? '',
        ]);
    });

    it('only asked for: the committee is not said to have granted them', async () => {
      const { pdf, docx } = await renderBoth(id, {
        ...sample(id, 'complex'),
        unInterimMeasuresGranted: false,
      });
      for (const text of [pdf, docx]) {
        expect(text).toContain('с просьбой о применении временных мер');
        expect(text).not.toContain(GRANTED);
      }
    });
  },
);
