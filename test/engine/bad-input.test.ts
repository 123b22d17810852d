/**
 * Bad input is normal input: markup characters, Handlebars syntax, prototype names, RTL marks,
 * control characters from Word, huge texts and names in several scripts all print literally,
 * and every word reaches the PDF in order.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { getServices } from '../../main/services.ts';
import { AnswersInvalid } from '../../main/engine/render.ts';
import { pdfText } from '../helpers/extract.ts';
import { fixNameLookalikes } from '../../common/text.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/templates', import.meta.url));
const { engine } = getServices(FIXTURES);
const TODAY = '2026-11-25';

const client = {
  lastName: 'Кузнецов',
  firstName: 'Дмитрий',
  middleName: 'Сергеевич',
  sex: 'male',
  latinName: 'KUZNETSOV Dmitrii',
};
const letters = (s: string): string => s.replace(/[\s\u00A0\u00AD\-‐‑_]+/g, '');

function render(answers: object) {
  return engine.render({ templateId: 'probe', answers, lang: 'ru', today: TODAY }, 'pdf');
}

function expectInOrder(expectedText: string, pdf: Uint8Array): void {
  const needle = letters(expectedText.normalize('NFC'));
  const hay = letters(pdfText(pdf, true).normalize('NFC'));
  let j = 0;
  for (let i = 0; i < needle.length; i++) {
    while (j < hay.length && hay[j] !== needle[i]) j++;
    expect(j < hay.length, `"${needle.slice(i, i + 40)}" missing from the PDF text`).toBe(true);
    j++;
  }
}

describe('hostile and unusual answers', () => {
  it.each([
    ['markup', '<b>жирный</b> & <p>абзац</p> </filing> <![CDATA[x]]>'],
    ['handlebars', '{{constructor.constructor "return process"}} {{{x}}} {{> partial}}'],
    ['prototype words', '__proto__ constructor prototype toString hasOwnProperty'],
    ['rtl marks', 'Абзац \u200Fслово\u200F и \u202Aтекст\u202C'],
    ['quotes', '«ёлки» “quotes” \'single\' "double"'],
  ])('prints %s literally', async (_name, text) => {
    const rendered = await render({ client, facts: text, note: text, items: [{ text }] });
    expect(rendered.markup).not.toContain('<b>жирный');
    // Bidi embeddings and overrides are dropped at the boundary: Word would reorder the text.
    const printed = text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
    expect(rendered.markup).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expectInOrder(`${printed}${printed}${printed}`, rendered.bytes);
  });

  it('drops a pasted soft hyphen instead of printing it as «-»', async () => {
    const rendered = await render({
      client,
      facts: 'Проживает в г.\u00A0Алма\u00ADты.',
      note: 'x',
      items: [],
    });
    expect(rendered.markup).not.toContain('\u00AD');
    const text = pdfText(rendered.bytes, true).replace(/\s+/g, ' ');
    expect(text).toContain('Алматы.');
    expect(text).not.toContain('Алма-ты');
  });

  it('turns Word control characters into line breaks instead of breaking the XML', async () => {
    const rendered = await render({
      client,
      facts: 'Строка\u000bвторая\u0000третья\fчетвёртая\u0007',
      note: 'x',
      items: [],
    });
    expectInOrder('Строка вторая третья четвёртая', rendered.bytes);
  });

  it('takes prototype keys as unknown fields, never as prototypes', () => {
    const answers = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": 1, "client": {"lastName": "А", "firstName": "Б", "sex": "male"}, "facts": "x"}',
    ) as object;
    let error: unknown;
    try {
      engine.build({ templateId: 'probe', answers, lang: 'ru', today: TODAY });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AnswersInvalid);
    expect((error as AnswersInvalid).issues.map((i) => i.path).sort()).toEqual([
      '__proto__',
      'constructor',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('renders a 100 000-character statement of facts', async () => {
    const sentence =
      'Заявитель подвергался преследованию за антивоенные высказывания, что подтверждается документами. ';
    const facts = Array.from({ length: 40 }, (_, i) => `${i + 1}. ${sentence.repeat(26)}`)
      .join('\n')
      .slice(0, 100_000);
    const rendered = await render({ client, facts, note: '', items: [] });
    expect(rendered.bytes.length).toBeGreaterThan(10_000);
    expectInOrder(facts.slice(0, 3000), rendered.bytes);
  }, 120_000);

  it('every word of random answers in Cyrillic, Kazakh and Latin reaches the PDF in order (property)', async () => {
    const alphabet = [
      ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіАБВЁӘҒҚҢӨҰҮҺІabcxyzXYZ0123456789',
    ];
    const word = fc
      .array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 30 })
      .map((a) => a.join(''));
    const text = fc.array(word, { minLength: 1, maxLength: 60 }).map((ws) => ws.join(' '));
    await fc.assert(
      fc.asyncProperty(text, text, word, word, async (facts, note, last, first) => {
        const rendered = await render({
          client: { lastName: last, firstName: first, sex: 'female' },
          facts,
          note,
          items: [{ text: note }],
        });
        // A Latin look-alike inside a Cyrillic name is printed as the Cyrillic letter (item 15).
        const name = `${fixNameLookalikes(last)}${fixNameLookalikes(first)}`;
        expectInOrder(`${name}${note}${facts}${note}`, rendered.bytes);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
