/**
 * UN interim measures asked for but not (yet) granted, in the three extradition filings: no breach
 * of measures that do not exist is claimed; each filing asks, in its own words, that there be no
 * extradition before the Committee decides (audit of 2026-12-07). The granted text stays in each
 * filing's own tests.
 */
import { describe, expect, it } from 'vitest';
import { expectInOrder, renderBoth, sample } from '../helpers/golden.ts';

const CASES = [
  {
    id: 'extradition-arrest-complaint',
    ru: [
      'Выдача или высылка её до того, как Комитет примет решение по этой просьбе, лишила бы просьбу смысла.',
      'Защита полагает, что до решения Комитета по просьбе о временных мерах выдача Лебедевой Ксении Андреевны производиться не должна, и просит учесть это при оценке обоснованности содержания под стражей.',
    ],
    kk: 'Лебедева Ксения Андреевнаның ұстап берілуі жүргізілмеуге тиіс деп санайды және мұны күзетпен ұстаудың негізділігін бағалау кезінде ескеруді сұрайды.',
  },
  {
    id: 'extradition-objection',
    ru: [
      'Выдача или высылка её до того, как Комитет примет решение по этой просьбе, лишила бы просьбу смысла.',
      'До решения Комитета по просьбе о временных мерах прошу воздержаться от выдачи Беловой Натальи Викторовны.',
    ],
    kk: 'Комитет уақытша шаралар туралы өтініш бойынша шешім шығарғанға дейін Белова Наталья Викторовнаның ұстап берілуінен тартынуды сұраймын.',
  },
  {
    id: 'supreme-court-complaint',
    ru: [
      'с просьбой о применении временных мер',
      'Выдача или высылка его до того, как Комитет примет решение по этой просьбе, лишила бы просьбу смысла.',
      'Защита полагает, что до решения Комитета по просьбе о временных мерах выдача Волкова Андрея Павловича производиться не должна, и просит учесть это при проверке решения о выдаче.',
    ],
    kk: 'ұстап берілуі жүргізілмеуге тиіс деп санайды',
  },
] as const;

describe('UN interim measures only asked for', () => {
  for (const { id, ru, kk } of CASES) {
    it(`${id}: no breach of measures that do not exist; no extradition before the Committee decides`, async () => {
      const { pdf, docx } = await renderBoth(id, {
        ...sample(id, 'complex'),
        unInterimMeasuresGranted: false,
      });
      for (const text of [pdf, docx]) {
        expectInOrder(text, ['Временные меры Комитета ООН', ...ru]);
        expect(text).not.toContain('несоблюдение временных мер');
        expect(text).not.toContain('повлекла бы нарушение обязательств');
        expect(text).not.toContain('Выдача до решения Комитета нарушила бы обязательства');
      }
      const kazakh = await renderBoth(
        id,
        { ...sample(id, 'complex.kk'), unInterimMeasuresGranted: false },
        { lang: 'kk' },
      );
      for (const text of [kazakh.pdf, kazakh.docx]) {
        expect(text).toContain(kk);
        expect(text).not.toContain('уақытша шараларды сақтамау');
        expect(text).not.toContain('міндеттемелерін бұз');
      }
    });
  }
});
