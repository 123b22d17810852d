/**
 * The typography pass's shortcuts (main/engine/markup/typography.ts) against the plain rules they
 * stand in for, on any text: whitespace collapsed only where a replace would change it, and the
 * names kept from hyphenation exactly those the rule's pattern finds — a capitalised word of five
 * letters or more inside a sentence. The shortcuts exist for speed (the pattern with its
 * look-behind in front was tried at every position of a statement of facts); what they print must
 * not move.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, normaliseInlines } from '../../main/engine/markup/typography.ts';
import type { Inline, TextRun } from '../../main/engine/model.ts';

/** The rule as the pattern said it: after a no-break space, an opening bracket or quote, or
 * after spaces that follow anything but a sentence's end. */
const NAME_IN_SENTENCE =
  /(?<=[^.!?…:\s][ \n]+|\u00A0|[(«"“„])\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}?[\p{L}\p{M}]+)*/gu;

/** Words and what stands between them: names of five letters and more come often. */
const TOKENS = [
  'Алматы',
  'Кузнецов',
  'Алма-Ата',
  'ООН',
  'Ақтөбе',
  'Élodie',
  'Заявле\u0301ние',
  '𝐀лматы', // an astral capital
  'суд',
  'подал',
  'г',
  'ст',
  '12',
  '2022',
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00A0',
  ...'.!?…:,;-',
  ...'(«"“„)»',
];
const text = fc
  .array(fc.constantFrom(...TOKENS), { maxLength: 30 })
  .map((tokens) => tokens.join(''));

const inline = fc.oneof(
  fc
    .record({ text, bold: fc.boolean() })
    .map(({ text: t, bold }): TextRun => ({ kind: 'text', text: t, ...(bold ? { bold } : {}) })),
  fc.constant<Inline>({ kind: 'break' }),
);

describe('collapseWhitespace', () => {
  it('is the replace of every whitespace run by one space (property)', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(collapseWhitespace(s)).toBe(s.replace(/[ \t\r\n]+/g, ' '));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives back the very string when there is nothing to collapse', () => {
    const plain = 'Заявитель прибыл в г. Алматы 12.10.2022';
    expect(collapseWhitespace(plain)).toBe(plain);
  });
});

describe('names kept whole', () => {
  it('are exactly the words the rule finds in each run, seeing the run before (property)', () => {
    fc.assert(
      fc.property(fc.array(inline, { minLength: 1, maxLength: 5 }), (runs) => {
        const out = normaliseInlines(runs);
        // Runs come out merged and split again around names: a group is the pieces of one
        // merged run (one style, no break between), seen with the 8 characters before it.
        let before = '';
        let group = '';
        let bold: boolean | undefined;
        const expected: string[] = [];
        const flush = (): void => {
          for (const m of (before + group).matchAll(NAME_IN_SENTENCE))
            if (m.index >= before.length && m[0].length >= 5) expected.push(m[0]);
          before = (before + group).slice(-8);
          group = '';
        };
        for (const piece of out) {
          if (piece.kind === 'break') {
            flush();
            before = (before + '\n').slice(-8);
            bold = undefined;
            continue;
          }
          if (bold !== undefined && bold !== !!piece.bold) flush();
          bold = !!piece.bold;
          group += piece.text;
        }
        flush();
        const marked = out.flatMap((r) => (r.kind === 'text' && r.noHyphenate ? [r.text] : []));
        expect(marked).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('marks a place inside a sentence and not the word that opens one', () => {
    const out = normaliseInlines([
      { kind: 'text', text: 'Прибыл в Алматы. Кузнецов подал «Заявление» (Приложение 1).' },
    ]);
    expect(out.flatMap((r) => (r.kind === 'text' && r.noHyphenate ? [r.text] : []))).toEqual([
      'Алматы',
      'Заявление',
      'Приложение',
    ]);
  });
});
