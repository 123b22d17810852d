/**
 * A character the document font cannot draw prints as an empty box while copy and search still
 * show it right — the pre-flight must name it. Russian, Kazakh and Latin text never trips it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getServices } from '../../main/services.ts';
import { sample, GOLDEN_TODAY } from '../helpers/golden.ts';

const { engine } = getServices();
const base = sample('supreme-court-complaint', 'simple');

async function unprintable(facts: string): Promise<string> {
  const r = await engine.render(
    {
      templateId: 'supreme-court-complaint',
      answers: { ...base, facts },
      lang: 'ru',
      today: GOLDEN_TODAY,
    },
    'pdf',
  );
  return r.preflight.notices.map((n) => (n.kind === 'unprintable' ? n.chars : '')).join('');
}

describe('characters the font cannot draw', () => {
  it('are named in the pre-flight, each once', async () => {
    expect(await unprintable('Псевдоним в сети: 自由 ✊, снова 自由.')).toBe('自由✊');
  });

  it('Russian, Kazakh and Latin letters, digits and legal typography are all drawable', async () => {
    const alphabet = [
      ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ',
      ...'әғқңөұүһіӘҒҚҢӨҰҮҺІ',
      ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
      ...'«»„“”‘’—–-…№§.,;:!?()[]/\'"@+%*=',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...alphabet, ' '), { minLength: 1, maxLength: 200 }),
        async (chars) => {
          expect(await unprintable(`Текст ${chars.join('')}`)).toBe('');
        },
      ),
      { numRuns: 15 },
    );
  });
});
