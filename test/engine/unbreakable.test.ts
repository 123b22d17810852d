/**
 * Numbers, codes and place names stay whole (issue 17, item 14): no line of the PDF or of Word
 * breaks inside a passport, phone or case number or a UN symbol, and Word never hyphenates a
 * place name («Алма-/ты»).
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { getServices } from '../../main/services.ts';
import { tieNumbers } from '../../common/text.ts';
import { docxXml, pdfText } from '../helpers/extract.ts';

const NBSP = '\u00A0';
const FIXTURES = fileURLToPath(new URL('../fixtures/templates', import.meta.url));
const { engine } = getServices(FIXTURES);
const client = { lastName: 'Кузнецов', firstName: 'Дмитрий', sex: 'male' };

const CODES = [
  'CCPR/C/3/Rev.12',
  '7594-26-00-3/1187',
  'AB 1234567',
  '+7 701 000 00 01',
  '75 3344556',
];

describe('tieNumbers', () => {
  it.each([
    ['паспорт 75 3344556', `паспорт 75${NBSP}3344556`],
    ['паспорт AB 1234567', `паспорт AB${NBSP}1234567`],
    ['тел. +7 701 000 00 01', `тел. +7${NBSP}701${NBSP}000${NBSP}00${NBSP}01`],
    ['+7 (701) 123 45 67', `+7${NBSP}(701)${NBSP}123${NBSP}45${NBSP}67`],
    ['10 000 тенге', `10${NBSP}000 тенге`],
    ['— на 6 л.', `— на 6${NBSP}л.`],
    ['на 12 лл.', `на 12${NBSP}лл.`],
    ['в 2022 г. уехал', `в 2022${NBSP}г. уехал`],
    ['в 2022–2023 гг.', `в 2022–2023${NBSP}гг.`],
    ['2026 ж. 20 қараша', `2026${NBSP}ж. 20 қараша`],
    ['штраф 5 млн тенге', `штраф 5${NBSP}млн тенге`],
    ['в 2 экз.', `в 2${NBSP}экз.`],
    ['10 %', `10${NBSP}%`],
  ])('%s', (input, expected) => {
    expect(tieNumbers(input)).toBe(expected);
  });

  it.each([
    '25 ноября 2026 года',
    'ст. 592 УПК',
    'В Верховный Суд',
    'в 2022 году',
    'за 6 лет',
    'на 5 листах',
    'пункт 3 г) статьи',
    '5 млнов',
  ])('leaves %s alone', (input) => {
    expect(tieNumbers(input)).toBe(input);
  });
});

describe('codes never split across lines', () => {
  // Every code at every offset of a line: one more word before it each time.
  const filler = 'слово';
  const facts = Array.from({ length: 14 }, (_, i) =>
    CODES.map((code) => `${`${filler} `.repeat(i)}номер ${code} и далее.`).join(' '),
  ).join('\n');

  it('in the PDF', async () => {
    const rendered = await engine.render(
      {
        templateId: 'probe',
        answers: { client, facts, note: '', items: [] },
        lang: 'ru',
        today: '2026-11-25',
      },
      'pdf',
    );
    // pdftotext gives one line per line of the page; a code split over two is found on none.
    const lines = pdfText(rendered.bytes)
      .split('\n')
      .map((l) => l.replace(/\u00A0/g, ' '));
    for (const code of CODES) {
      const whole = lines.filter((l) => l.includes(code)).length;
      expect(whole, `${code} broken across lines`).toBe(14);
    }
  });

  it('in the DOCX: no-break spaces, non-breaking hyphens, slashes joined to what follows', async () => {
    const rendered = await engine.render(
      {
        templateId: 'probe',
        answers: {
          client,
          facts: 'Паспорт AB 1234567, дело № 7594-26-00-3/1187, CCPR/C/3/Rev.12.',
          note: '',
          items: [],
        },
        lang: 'ru',
        today: '2026-11-25',
      },
      'docx',
    );
    const xml = docxXml(rendered.bytes);
    expect(xml).toContain(`AB${NBSP}1234567`);
    expect(xml).toContain(
      `№${NBSP}7594</w:t><w:noBreakHyphen/><w:t xml:space="preserve">26</w:t><w:noBreakHyphen/>`,
    );
    expect(xml).toContain('CCPR/\u2060C/\u20603/\u2060Rev.12');
    expect(xml).not.toMatch(/7594-26/);
  });
});

describe('place names are never hyphenated in Word', () => {
  it('marks a capitalised word inside a sentence «no proofing», a sentence start not', async () => {
    const rendered = await engine.render(
      {
        templateId: 'probe',
        answers: {
          client,
          facts: 'Проживает в г. Алматы, работает в Талдыкоргане.',
          note: '',
          items: [],
        },
        lang: 'ru',
        today: '2026-11-25',
      },
      'docx',
    );
    const xml = docxXml(rendered.bytes);
    expect(xml).toMatch(/<w:noProof\/><\/w:rPr><w:t xml:space="preserve">Алматы<\/w:t>/);
    expect(xml).toMatch(/<w:noProof\/><\/w:rPr><w:t xml:space="preserve">Талдыкоргане<\/w:t>/);
    expect(xml).not.toMatch(/<w:noProof\/><\/w:rPr><w:t xml:space="preserve">Проживает/);
  });
});
