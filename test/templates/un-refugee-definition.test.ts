/**
 * The UN filings rely on ст. 18 п. 2 of the Law «О беженцах», which protects asylum seekers and
 * refugees. For a person with no application (or a finally refused one) the filing must say why
 * the person is a refugee — the Law's definition (ст. 1 пп. 1)) and that the facts meet it —
 * rather than apply the bar to someone it does not name. With an application pending, the person
 * is an asylum seeker and the definition is not argued.
 */
import { describe, expect, it } from 'vitest';
import { expectInOrder, renderBoth, sample } from '../helpers/golden.ts';

const DEFINITION_RU =
  'Запрет ч. 2 п. 2 ст. 18 Закона РК «О беженцах» распространяется на беженцев, а беженцем пп. 1) ст. 1 Закона РК «О беженцах» называет иностранца';
const DEFINITION_EN = 'extends to refugees, and';
const SUCH_A_PERSON_RU = 'Изложенные обстоятельства показывают, что Громова Вера';
const SUCH_A_PERSON_EN = 'The facts set out above show that GROMOVA Vera is such a person.';

const filings = [
  ['un-interim-measures', { grounds: ['tortureRisk', 'nonRefoulement'] }],
  ['un-special-rapporteur-appeal', { grounds: ['tortureRisk', 'nonRefoulement'] }],
  ['unhcr-intervention', { asylumStatus: 'none' }],
] as const;

describe('non-refoulement for a person who has not applied for asylum', () => {
  it.each(filings)('%s: the bar is tied to the definition of a refugee', async (id, change) => {
    const ru = await renderBoth(id, { ...sample(id, 'complex.ru'), ...change });
    for (const text of [ru.pdf, ru.docx]) {
      expectInOrder(text, ['Принцип невысылки', DEFINITION_RU, SUCH_A_PERSON_RU]);
      expect(text).toContain('такая иностранка.');
    }
    const en = await renderBoth(id, { ...sample(id, 'complex'), ...change }, { lang: 'en' });
    for (const text of [en.pdf, en.docx])
      expectInOrder(text, ['non-refoulement', DEFINITION_EN, SUCH_A_PERSON_EN]);
  });

  it('a finally refused applicant (UNHCR) is argued to be a refugee too', async () => {
    const answers = { ...sample('unhcr-intervention', 'complex.ru'), asylumStatus: 'refusedFinal' };
    const { pdf } = await renderBoth('unhcr-intervention', answers);
    expectInOrder(pdf, ['Принцип невысылки', DEFINITION_RU, SUCH_A_PERSON_RU]);
  });

  it.each([
    ['un-interim-measures', {}],
    ['un-special-rapporteur-appeal', {}],
    ['unhcr-intervention', { asylumStatus: 'pending' }],
  ] as const)('%s: an asylum seeker needs no definition', async (id, change) => {
    const { pdf } = await renderBoth(id, { ...sample(id, 'complex.ru'), ...change });
    expect(pdf).toContain('Принцип невысылки');
    expect(pdf).not.toContain('беженцем пп. 1) ст. 1');
  });

  it('the UNHCR letter says the ban protects a person who never applied only where it argues the ban', async () => {
    const none = { ...sample('unhcr-intervention', 'complex.ru'), asylumStatus: 'none' };
    const argued = await renderBoth('unhcr-intervention', none);
    expect(argued.pdf).toContain('Запрет высылки защищает её и в этом случае, как изложено ниже.');
    const notArgued = await renderBoth('unhcr-intervention', { ...none, grounds: ['tortureRisk'] });
    for (const text of [notArgued.pdf, notArgued.docx]) {
      expect(text).toContain(
        'не обращалась в Казахстане с ходатайством о присвоении статуса беженца.',
      );
      expect(text).not.toContain('Запрет высылки защищает');
    }
  });
});
