/**
 * The draft's region reaches the document: the court and the place of signing of Aktobe region,
 * in Russian and Kazakh, where the answers leave them out; with no region the Almaty defaults
 * stay and the pre-flight says the region is not chosen; a court from the list is flagged as
 * unverified wherever it is printed.
 */
import { describe, expect, it } from 'vitest';
import { getServices } from '../../main/services.ts';
import { pdfText } from '../helpers/extract.ts';
import { expulsionAppealWithoutRegion, flat, sample, GOLDEN_TODAY } from '../helpers/golden.ts';

const { engine } = getServices();

async function render(answers: Record<string, unknown>, lang: 'ru' | 'kk') {
  const r = await engine.render(
    { templateId: 'expulsion-appeal', answers, lang, today: GOLDEN_TODAY, messagesLang: 'ru' },
    'pdf',
  );
  return { text: flat(pdfText(r.bytes)), notices: r.preflight.answerNotices };
}

describe('the region of a draft in the document', () => {
  it('Aktobe region: its oblast court, its court for administrative offences, «г. Актобе»', async () => {
    const { text, notices } = await render(
      { ...expulsionAppealWithoutRegion('simple'), region: 'aktobe' },
      'ru',
    );
    expect(text).toContain(
      'В Актюбинский областной суд через специализированный административный суд г. Актобе',
    );
    expect(text).toMatch(/г\. Актобе _+ Е\. Р\. Зимин\s*$/);
    expect(text).not.toContain('Алматинский городской суд');
    expect(notices.filter((n) => n.code === 'courtUnverified').map((n) => n.path)).toEqual([
      'higherCourt',
      'expulsionCourt',
    ]);
    expect(notices.find((n) => n.path === 'higherCourt')?.message).toContain(
      'Название суда не сверено — проверьте',
    );
  });

  it('in Kazakh: «Ақтөбе облыстық соты» and «Ақтөбе қ.»', async () => {
    const { text, notices } = await render(
      { ...expulsionAppealWithoutRegion('simple.kk'), region: 'aktobe' },
      'kk',
    );
    expect(text).toContain('Ақтөбе облыстық соты');
    expect(text).toMatch(/Ақтөбе қ\. _+ Е\. Р\. Зимин\s*$/);
    expect(notices.filter((n) => n.code === 'courtUnverified').map((n) => n.path)).toEqual([
      'higherCourtKk',
      'expulsionCourtKk',
    ]);
  });

  it('without a region the Almaty default of the place stays, and the pre-flight says so', async () => {
    const answers = expulsionAppealWithoutRegion('simple');
    const { text, notices } = await render(
      { ...answers, higherCourt: 'Алматинский городской суд', expulsionCourt: 'суд, вынесший' },
      'ru',
    );
    expect(text).toMatch(/г\. Алматы _+ Е\. Р\. Зимин\s*$/);
    expect(notices.filter((n) => n.code === 'regionNotChosen').map((n) => n.path)).toEqual([
      'signingPlace',
    ]);
    // Typed by hand or not, a name that is on the unchecked list is flagged.
    expect(notices.filter((n) => n.code === 'courtUnverified').map((n) => n.path)).toEqual([
      'higherCourt',
    ]);
  });
});

describe('a default that names another region’s body', () => {
  async function addresseeNotices(region: string | undefined, lang: 'ru' | 'kk') {
    const answers = Object.fromEntries(
      Object.entries(sample('refugee-application', lang === 'kk' ? 'simple.kk' : 'simple')).filter(
        ([k]) => k !== 'addressee' && k !== 'addresseeKk' && k !== 'signingPlace',
      ),
    );
    const r = await engine.render(
      {
        templateId: 'refugee-application',
        answers: { ...answers, ...(region ? { region } : {}) },
        lang,
        today: GOLDEN_TODAY,
        messagesLang: 'ru',
      },
      'pdf',
    );
    return {
      text: flat(pdfText(r.bytes)),
      notices: r.preflight.answerNotices.filter((n) => n.code === 'regionDefaultMismatch'),
    };
  }

  it('is flagged when the matter is in Aktobe region and the addressee is still Almaty’s', async () => {
    const { text, notices } = await addresseeNotices('aktobe', 'ru');
    // Printed as typed (nothing replaces a body the table does not list), but not silently.
    expect(text).toContain('Управление занятости и социальных программ г. Алматы');
    expect(notices.map((n) => n.path)).toEqual(['addressee']);
    // The value is quoted as the answers hold it: a no-break space after «г.».
    expect(notices[0]?.message.replace(/\u00a0/g, ' ')).toContain(
      'Осталось значение по умолчанию для другого региона: «Управление занятости и социальных программ г. Алматы», а регион дела — Актюбинская область',
    );
  });

  it('in the Kazakh text too', async () => {
    const { notices } = await addresseeNotices('aktobe', 'kk');
    expect(notices.map((n) => n.path)).toEqual(['addresseeKk']);
  });

  it('is not flagged in an Almaty matter', async () => {
    expect((await addresseeNotices('almaty', 'ru')).notices).toEqual([]);
  });
});
