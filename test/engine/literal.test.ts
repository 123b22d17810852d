/**
 * Whatever a lawyer types comes out as typed (issue 20): arbitrary strings — markup and Handlebars
 * syntax, quotes, every script the fonts cover, controls pasted from Word — go through Handlebars,
 * the filing markup, the layout and both writers, and are read back from the DOCX XML and the PDF
 * text, after only the boundary's documented clean-up (normaliseAnswerText: controls, soft
 * hyphens and bidi controls go). The DOCX holds it exactly (runs of spaces as one); the PDF's
 * text has line breaks the layout chose (a long word broken, a hyphen added), so there every
 * character but spaces and hyphens must appear, in order, with nothing between.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { getServices } from '../../main/services.ts';
import { normaliseAnswerText } from '../../common/text.ts';
import { docxParagraphs, pdfText } from '../helpers/extract.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/templates', import.meta.url));
const { engine } = getServices(FIXTURES);
const client = { lastName: 'Кузнецов', firstName: 'Дмитрий', sex: 'male' };

/** What a reader sees of a text: spaces of any kind (the layout's ties included) as one space. */
const seen = (s: string): string => s.replace(/[\s\u00A0\u202F\u2060]+/g, ' ').trim();

const printable = [
  ...'<>&"\'`{}[]()\\/#@!?*_|~^%$=+-:;.,',
  ...'«»„“”‘’—–…№§°±×',
  ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙЯ',
  ...'әғқңөұүһіӘҒҚҢӨҰҮҺІ',
  ...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789',
  ' ',
  ' ',
];
/** Pasted junk the boundary removes: it must vanish, never break the XML or show up. */
const junk = ['\u0000', '\u0007', '\u000B', '\u001F', '\u007F', '\u00AD', '\u202E', '\u2066', '\t'];
const typed = fc
  .array(
    fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...printable) }, fc.constantFrom(...junk)),
    {
      minLength: 1,
      maxLength: 300,
    },
  )
  .map((chars) => chars.join(''))
  .filter((s) => seen(normaliseAnswerText(s)) !== '');

describe('typed text comes out literally', () => {
  it('in the DOCX XML and the PDF text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(typed, async (note) => {
        const request = {
          templateId: 'probe',
          answers: { client, note, facts: 'Факты.', items: [] },
          lang: 'ru' as const,
          today: '2026-11-25',
        };
        const expected = seen(normaliseAnswerText(note).replace(/\n/g, ' '));
        const docx = await engine.render(request, 'docx');
        expect(docxParagraphs(docx.bytes).map(seen)).toContain(expected);
        const pdf = await engine.render(request, 'pdf');
        const bare = (t: string): string => t.replace(/[\s\u00A0\u202F\u2060-]+/g, '');
        expect(bare(pdfText(pdf.bytes))).toContain(bare(expected));
      }),
      { numRuns: 40 },
    );
  }, 180_000);
});
