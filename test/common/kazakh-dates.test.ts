import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatLegalDate, toIsoDate } from '../../common/dates.ts';
import { createEnvironment } from '../../main/engine/handlebars.ts';
import type { Lang } from '../../common/lang.ts';

const sp = (s: string) => s.replace(/\u00A0/g, ' ');

describe('Kazakh legal dates', () => {
  it('plain: «2026 жылғы 24 ақпан»', () => {
    expect(sp(formatLegalDate('2026-02-24', 'kk'))).toBe('2026 жылғы 24 ақпан');
  });

  // -да/-де after a vowel or a voiced consonant, -та/-те after a voiceless one; the vowel follows
  // the month's last vowel. Attributive adds -ғы/-гі.
  it.each([
    ['01', 'қаңтарда', 'қаңтардағы'],
    ['02', 'ақпанда', 'ақпандағы'],
    ['03', 'наурызда', 'наурыздағы'],
    ['04', 'сәуірде', 'сәуірдегі'],
    ['05', 'мамырда', 'мамырдағы'],
    ['06', 'маусымда', 'маусымдағы'],
    ['07', 'шілдеде', 'шілдедегі'],
    ['08', 'тамызда', 'тамыздағы'],
    ['09', 'қыркүйекте', 'қыркүйектегі'],
    ['10', 'қазанда', 'қазандағы'],
    ['11', 'қарашада', 'қарашадағы'],
    ['12', 'желтоқсанда', 'желтоқсандағы'],
  ])('month %s: locative %s, attributive %s', (mm, locative, attributive) => {
    expect(sp(formatLegalDate(`2026-${mm}-06`, 'kk', 'locative'))).toBe(`2026 жылғы 6 ${locative}`);
    expect(sp(formatLegalDate(`2026-${mm}-06`, 'kk', 'attributive'))).toBe(
      `2026 жылғы 6 ${attributive}`,
    );
  });

  it('Russian and English print their one form whatever is asked', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom('plain', 'locative', 'attributive' as const),
        (y, m, d, form) => {
          const iso = toIsoDate(y, m, d);
          for (const lang of ['ru', 'en'] as const)
            expect(formatLegalDate(iso, lang, form)).toBe(formatLegalDate(iso, lang));
          expect(formatLegalDate(iso, 'kk', form).startsWith(formatLegalDate(iso, 'kk'))).toBe(
            true,
          );
        },
      ),
    );
  });

  it('keeps the date on one line (NBSP after the year and after the day)', () => {
    expect(formatLegalDate('2026-11-06', 'kk', 'attributive')).toBe(
      '2026\u00A0жылғы 6\u00A0қарашадағы',
    );
  });
});

describe('{{date d "form"}}', () => {
  const env = createEnvironment({ cites: {} });
  const render = (source: string, lang: Lang, d = '2026-11-06') =>
    sp(env.compile(`<filing><p>${source}</p></filing>`, 't')({ d }, lang).markup);

  it('prints the asked form in Kazakh and the plain date elsewhere', () => {
    expect(render('{{date d "attributive"}} № 12 қаулы', 'kk')).toContain(
      '2026 жылғы 6 қарашадағы № 12 қаулы',
    );
    expect(render('{{date d "locative"}} берді', 'kk')).toContain('2026 жылғы 6 қарашада берді');
    expect(render('{{date d}}', 'kk')).toContain('2026 жылғы 6 қараша<');
    expect(render('от {{date d "attributive"}}', 'ru')).toContain('от 6 ноября 2026 года');
  });

  it('refuses an unknown form', () => {
    expect(() => render('{{date d "ablative"}}', 'kk')).toThrow(/unknown form/);
  });

  it('an empty date stays empty in any form', () => {
    expect(render('[{{date d "locative"}}]', 'kk', '')).toContain('[]');
  });
});
