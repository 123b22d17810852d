/**
 * Extradition to enforce a sentence, not to prosecute (УПК ст. 589 ч. 7 «лица, запрашиваемого для
 * приведения приговора суда в исполнение»; ст. 590 ч. 1 п. 6 «приговор не может быть приведен в
 * исполнение вследствие истечения сроков давности»): the three extradition filings say what the
 * request is for and which limitation applies, in Russian and Kazakh (audit of 2026-12-07).
 */
import { describe, expect, it } from 'vitest';
import { renderBoth, sample } from '../helpers/golden.ts';

const FILINGS = [
  'extradition-arrest-complaint',
  'extradition-objection',
  'supreme-court-complaint',
];

describe('extradition to enforce a sentence', () => {
  for (const id of FILINGS) {
    it(`${id}: the purpose and the limitation follow the request`, async () => {
      const base = sample(id, 'complex');
      const grounds = [...((base.grounds as string[] | undefined) ?? []), 'limitation'];
      const sentence = await renderBoth(id, { ...base, grounds, extraditionPurpose: 'sentence' });
      for (const text of [sentence.pdf, sentence.docx]) {
        expect(text).toContain('для исполнения приговора, вынесенного по');
        expect(text).not.toContain('для привлечения к уголовной ответственности по');
        expect(text).toContain(
          'Приговор не может быть приведён в исполнение вследствие истечения сроков давности',
        );
        expect(text).not.toMatch(/Сроки давности (привлечения|уголовного преследования)/);
      }
      const prosecution = await renderBoth(id, { ...base, grounds });
      for (const text of [prosecution.pdf, prosecution.docx]) {
        expect(text).toContain('для привлечения к уголовной ответственности по');
        expect(text).not.toContain('для исполнения приговора');
      }
      const kk = await renderBoth(
        id,
        { ...sample(id, 'complex.kk'), grounds, extraditionPurpose: 'sentence' },
        { lang: 'kk' },
      );
      for (const text of [kk.pdf, kk.docx]) {
        expect(text).toContain('бойынша шығарылған үкімді орындау үшін');
        expect(text).toContain(
          'Үкім ескіру мерзімдерінің өтуі салдарынан орындауға келтіріле алмайды',
        );
        expect(text).not.toContain('қылмыстық жауаптылыққа тарту үшін');
      }
    });
  }
});
