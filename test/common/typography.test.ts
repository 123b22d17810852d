/** No line of a filing ends on «г.», «ст.» or «№»: the space after them does not break. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseAnswerText, tieAbbreviations, tieInitials } from '../../common/text.ts';
import { getServices } from '../../main/services.ts';
import { docxParagraphs, pdfText } from '../helpers/extract.ts';
import { sampleFile } from '../helpers/golden.ts';

const NBSP = '\u00A0';

/** A template's complex sample in Russian: the DOCX's paragraphs and the PDF's text lines. */
async function renderedSample(templateId: string): Promise<{ docx: string; pdf: string }> {
  const request = {
    templateId,
    answers: sampleFile(`templates/${templateId}/samples/complex.json`),
    lang: 'ru' as const,
    today: '2026-11-25',
  };
  const { engine } = getServices();
  return {
    docx: docxParagraphs((await engine.render(request, 'docx')).bytes).join('\n'),
    pdf: pdfText((await engine.render(request, 'pdf')).bytes),
  };
}

describe('tieAbbreviations', () => {
  it.each([
    [
      '050000, г. Алматы, ул. Толе би, д. 101',
      `050000, г.${NBSP}Алматы, ул.${NBSP}Толе би, д.${NBSP}101`,
    ],
    ['по ч. 2 ст. 207.3 УК РФ', `по ч.${NBSP}2 ст.${NBSP}207.3 УК РФ`],
    ['лицензия № 0004521, ордер № 37', `лицензия №${NBSP}0004521, ордер №${NBSP}37`],
    ['(г. Алматы)', `(г.${NBSP}Алматы)`],
    ['тел. +7 701', 'тел. +7 701'], // «+» is neither a letter nor a digit: left as typed
    ['пп. 5 п. 1 ст. 8', `пп.${NBSP}5 п.${NBSP}1 ст.${NBSP}8`],
  ])('%s', (input, expected) => {
    expect(tieAbbreviations(input)).toBe(expected);
  });

  it.each([
    'Бег. Дом', // «г.» inside a word is not the abbreviation
    'ч. или', // followed by a lowercase word: not a number or a name
    'в г.', // nothing after it
  ])('leaves %s alone', (input) => {
    expect(tieAbbreviations(input)).toBe(input);
  });

  it('reaches the DOCX as no-break spaces (Word keeps them together too)', async () => {
    const answers = sampleFile('templates/supreme-court-complaint/samples/complex.json');
    const { engine } = getServices();
    const docx = await engine.render(
      { templateId: 'supreme-court-complaint', answers, lang: 'ru', today: '2026-11-25' },
      'docx',
    );
    const text = docxParagraphs(docx.bytes).join('\n');
    expect(text).toContain(`г.${NBSP}Алматы`);
    expect(text).toContain(`ст.${NBSP}592`);
    expect(text).not.toMatch(/(^|\s)(г|ст|ч)\. \p{N}/u);
  });
});

describe('tieInitials', () => {
  it.each([
    ['Волков А. П. оставил часть', `Волков${NBSP}А.${NBSP}П. оставил часть`],
    ['повестка вручена Волкову А. П.', `повестка вручена Волкову${NBSP}А.${NBSP}П.`],
    ['А. П. Волков подал жалобу', `А.${NBSP}П.${NBSP}Волков подал жалобу`],
    ['А.П. Волков', `А.П.${NBSP}Волков`],
    ['Салтыков-Щедрин М. Е.', `Салтыков-Щедрин${NBSP}М.${NBSP}Е.`],
    ['Әлиев Ә. Б. келді', `Әлиев${NBSP}Ә.${NBSP}Б. келді`],
    ['signed by A. P. Volkov', `signed by A.${NBSP}P.${NBSP}Volkov`],
  ])('%s', (input, expected) => {
    expect(tieInitials(input)).toBe(expected);
  });

  it.each([
    'санкции США. В 2022 году', // «А.» ends a word: not an initial
    'в г. Алматы. В 2023 году', // a small letter before the dot
    'по ч. 2 ст. 207.3', // no capitals
    'Волков А. оставил часть', // one initial: the surname is not tied to it
  ])('leaves %s as it is', (input) => {
    // (A small word after the initials stays free too: «П. оставил» in the first case above.)
    expect(tieInitials(input)).toBe(input);
  });

  it('reaches the PDF and the DOCX: no line of the statement of facts splits «Волков А. П.»', async () => {
    const { docx, pdf } = await renderedSample('supreme-court-complaint');
    expect(docx).toContain(`Волков${NBSP}А.${NBSP}П.`);
    expect(docx).not.toMatch(/Волков А\.|А\. П\./u);
    expect(pdf).not.toMatch(/А\.\n\s*П\./u);
  });
});

describe('a number keeps its abbreviated unit', () => {
  it('reaches the PDF and the DOCX: the annex list no longer ends a line on «— на 6»', async () => {
    const { docx, pdf } = await renderedSample('informal-handover-complaint');
    expect(docx).toContain(`на 6${NBSP}л.`);
    expect(pdf).toMatch(/6[ \u00A0]л\./u);
    expect(pdf).not.toMatch(/\p{N}\n\s*л\./u);
  });
});

describe('normaliseAnswerText', () => {
  // A lone half of a surrogate pair is not an XML character: Word refuses a DOCX with one.
  const SURROGATE = /^[\uD800-\uDFFF]$/;
  it('drops lone surrogates and keeps pairs, whatever their order (property)', () => {
    const unit = fc.constantFrom('а', 'Я', 'z', ' ', '\uD83D', '\uDE00', '\uD800', '\uDFFF', '😀');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (units) => {
        const input = units.join('');
        const kept = [...input].filter((c) => !SURROGATE.test(c)).join('');
        expect(normaliseAnswerText(input)).toBe(kept);
      }),
      { numRuns: 2000 },
    );
  });
});
