/**
 * Blank forms: every filing, in each of its languages, prints with lines to write on and the
 * label of what goes there — and nothing of any client.
 */
import { describe, expect, it } from 'vitest';
import { getServices } from '../../main/services.ts';
import { docxParagraphs, pdfText } from '../helpers/extract.ts';
import { flat, sample } from '../helpers/golden.ts';
import type { Lang } from '../../common/lang.ts';

const { engine, loaded } = getServices();
const cases = loaded.templates.flatMap((t) =>
  t.manifest.languages.map((lang) => [t.manifest.id, lang] as const),
);

async function blank(templateId: string, lang: Lang, answers: unknown = {}) {
  const request = { templateId, answers, lang, today: '2026-11-25', blank: true };
  const pdf = await engine.render(request, 'pdf');
  const docx = await engine.render(request, 'docx');
  return {
    pdf: flat(pdfText(pdf.bytes, true)),
    docx: flat(docxParagraphs(docx.bytes).join('\n')),
    preflight: pdf.preflight,
  };
}

describe('blank forms', () => {
  it.each(cases)(
    '%s (%s): lines with labels in PDF and DOCX, no placeholder leaks',
    async (id, lang) => {
      const { pdf, docx, preflight } = await blank(id, lang);
      for (const text of [pdf, docx]) {
        expect(text).toMatch(/_{10,}/);
        expect(text).not.toMatch(/[\uE000\uE001]/);
      }
      // The declension notices would be about placeholders; only the law's own checks remain.
      expect(preflight.notices.every((n) => n.kind === 'unverifiedCite')).toBe(true);
      expect(preflight.issues).toEqual([]);
    },
  );

  it('the supreme-court complaint asks for each answer by its label, in the document language', async () => {
    const { pdf, docx } = await blank('supreme-court-complaint', 'ru');
    for (const text of [pdf, docx]) {
      expect(text).toContain('В Верховный Суд Республики Казахстан');
      expect(text).toContain('ЖАЛОБА');
      expect(text).toContain('(защитник: ФИО, в родительном падеже)');
      expect(text).toContain('«____» ______________ 20____ года');
      // A birth year is 19.. for every adult client: the whole year is left to write.
      expect(text).toContain('____.____.________ г.р.');
      expect(text).not.toContain('.20____ г.р.');
      expect(text).toContain('(обстоятельства дела)');
      expect(text).toContain('ПРОШУ:');
    }
  });

  it('choices the lawyer made pick the branch; written answers never reach the form', async () => {
    const answers = sample('supreme-court-complaint', 'complex');
    const { pdf } = await blank('supreme-court-complaint', 'ru', answers);
    // The complex sample chose the torture ground and detention: those blocks are on the form…
    expect(pdf).toContain('Реальный риск пыток');
    expect(pdf).toContain('через администрацию');
    // …but not one name, date or number the sample typed.
    for (const typed of ['Волков', 'Ахметов', 'ЛА-155/18', '06.11.2026', '6 ноября 2026']) {
      expect(pdf).not.toContain(typed);
    }
  });

  it('a computed last day is a line to write the date on, and the restoration request says the term expired', async () => {
    const choices = { procedure: 'criminal', criminalFiling: 'complaint592', detained: false };
    const { pdf, docx } = await blank('deadline-restoration', 'ru', choices);
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'Срок исчислялся с «____» ______________ 20____ года и истёк «____» ______________ 20____ года.',
      );
      expect(text).toContain('Срок пропущен по уважительным причинам:');
      // Not the running term's hedge: a blank request is for a term already missed.
      expect(text).not.toContain('истекает');
      expect(text).not.toContain('На день подачи срок не истёк');
    }
    const kk = await blank('deadline-restoration', 'kk', choices);
    expect(kk.pdf).toContain('аяқталды');
    expect(kk.pdf).not.toContain('аяқталады');
  });

  it('the Supreme Court complaint gives its ten days a line for the last day', async () => {
    const { pdf } = await blank('supreme-court-complaint', 'ru');
    expect(pdf).toContain(
      'десять суток с момента получения копии постановления (ч. 1 ст. 592 УПК РК), то есть ____.____.________. Жалоба подаётся в пределах этого срока.',
    );
  });
});
