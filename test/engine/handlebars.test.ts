import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assertNoUnescapedOutput,
  createEnvironment,
  TemplateError,
  type CiteTable,
} from '../../main/engine/handlebars.ts';
import type { Lang } from '../../common/lang.ts';

const cites: CiteTable = {
  'upk-592-1': {
    ru: 'ч.\u00A01 ст.\u00A0592 УПК РК',
    kk: 'ҚР ҚПК 592-бабының 1-бөлігі',
    en: 'Article 592(1) CPC',
    verified: true,
    source: 'test',
  },
  'iccpr-7': {
    ru: 'ст.\u00A07 МПГПП',
    kk: 'АСҚХП 7-бабы',
    en: 'Article 7 ICCPR',
    verified: false,
    source: 'test',
  },
};
const env = createEnvironment({ cites });
const person = {
  lastName: 'Кузнецов',
  firstName: 'Дмитрий',
  middleName: 'Сергеевич',
  sex: 'male',
  latinName: 'KUZNETSOV Dmitrii',
  forms: { genitive: 'Кузнецова Дмитрия Сергеевича', dative: '', instrumental: '' },
};

function render(source: string, context: object, lang: Lang = 'ru') {
  return env.compile(source, 't.hbs')(context, lang);
}

describe('template environment', () => {
  it('`before` compares two ISO dates as days, and is false unless both are dates', () => {
    const day = fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const { markup } = render('{{#if (before a b)}}yes{{else}}no{{/if}}', { a, b });
        expect(markup).toBe(Date.parse(a) < Date.parse(b) ? 'yes' : 'no');
      }),
    );
    for (const [a, b] of [
      ['', '2026-11-13'],
      ['2026-11-13', ''],
      ['2026-02-30', '2026-03-01'],
      ['13.11.2026', '2026-11-14'],
    ])
      expect(render('{{#if (before a b)}}yes{{else}}no{{/if}}', { a, b }).markup).toBe('no');
  });

  it('prints legal dates, names, plurals and cites in the document language', () => {
    const src =
      '{{date d}}|{{shortDate d}}|{{fullName p}}|{{fullName p "genitive"}}|{{initials p}}|{{initialsFirst p}}|{{latinName p}}|{{plural n "год" "года" "лет"}}|{{cite "upk-592-1"}}';
    const { markup } = render(src, { d: '2026-02-24', p: person, n: 3 });
    expect(markup.split('|')).toEqual([
      '24\u00A0февраля 2026\u00A0года',
      '24.02.2026',
      'Кузнецов Дмитрий Сергеевич',
      'Кузнецова Дмитрия Сергеевича',
      'Кузнецов\u00A0Д.\u00A0С.',
      'Д.\u00A0С.\u00A0Кузнецов',
      'KUZNETSOV Dmitrii',
      '3\u00A0года',
      'ч.\u00A01 ст.\u00A0592 УПК РК',
    ]);
    expect(render('{{date d}}', { d: '2026-02-24' }, 'kk').markup).toBe(
      '2026\u00A0жылғы 24\u00A0ақпан',
    );
    expect(
      render('{{date d}}|{{plural n "year" "years"}}', { d: '2026-02-24', n: 1 }, 'en').markup,
    ).toBe('24\u00A0February 2026|1\u00A0year');
  });

  it('lists unverified cites and automatic declensions as notices for pre-flight', () => {
    const { notices } = render(
      '{{cite "iccpr-7"}} {{cite "iccpr-7"}} {{cite "upk-592-1"}} {{fullName p "dative"}}',
      { p: person },
    );
    expect(
      notices
        .filter((n) => n.kind === 'unverifiedCite')
        .map((n) => n.kind === 'unverifiedCite' && n.key),
    ).toEqual(['iccpr-7']);
    expect(
      notices.some((n) => n.kind === 'autoDeclined' && n.text === 'Кузнецову Дмитрию Сергеевичу'),
    ).toBe(true);
  });

  it('escapes every answer, whatever it contains (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const { markup } = render('<p>{{x}}</p>', { x: s });
        expect(markup.slice(3, -4)).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|#x27|#x60|#x3D);)/);
      }),
    );
    expect(render('{{x}}', { x: '{{y}} <b>&' }).markup).toBe('{{y}} &lt;b&gt;&amp;');
  });

  it('is strict: a missing variable is an error, not an empty string', () => {
    expect(() => render('{{missing}}', {})).toThrow(/missing/);
  });

  it('never reads prototypes', () => {
    expect(() => render('{{constructor.name}}', { x: 1 })).toThrow();
    expect(render('{{__proto__}}|{{x.constructor}}', { x: {} }).markup).toBe('|');
  });

  it.each([
    ['{{{x}}}', /unescaped output/, 1, 1],
    ['a\n  {{& x}}', /unescaped output/, 2, 3],
    ['{{{{raw}}}} {{x}} {{{{/raw}}}}', /raw blocks/, 1, 1],
    ['{{> partial}}', /unknown partial "partial"/, 1, 1],
    ['x {{> (whichPartial) }}', /dynamic partials/, 1, 3],
    ['{{#> layout}}x{{/layout}}', /PartialBlockStatement/, 1, 1],
    ['{{> shared this}}', /unknown partial/, 1, 1],
    ['{{lookup a "b"}}', /unknown helper "lookup"/, 1, 1],
    ['{{#if (log x)}}{{/if}}', /unknown helper "log"/, 1, 7],
    ['{{#if x}}', /Parse error|Expecting/, 1, undefined],
  ])('rejects %s with its position', (source, message, line, column) => {
    let error: unknown;
    try {
      assertNoUnescapedOutput(source, 'bad.hbs');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(TemplateError);
    const e = error as TemplateError;
    expect(e.message).toMatch(message);
    expect(e.line).toBe(line);
    if (column !== undefined) expect(e.column).toBe(column);
  });

  it('conditions work as sub-expressions', () => {
    const src = '{{#if (and (eq a "x") (includes list "y") (not z))}}yes{{else}}no{{/if}}';
    expect(render(src, { a: 'x', list: ['y'], z: false }).markup).toBe('yes');
    expect(render(src, { a: 'x', list: [], z: false }).markup).toBe('no');
  });
});

describe('shared partials', () => {
  const partialEnv = createEnvironment({
    cites,
    partials: {
      'torture-risk': {
        params: ['person'],
        origin: 'partials',
        sources: {
          ru: '<p>Пытки грозят {{fullName person "dative"}} ({{cite "iccpr-7"}}).</p>',
          en: '<p>{{latinName person}} faces torture ({{cite "iccpr-7"}}).</p>',
        },
      },
    },
  });
  const source = '<filing>{{> torture-risk person=client}}</filing>';
  const client = { ...person, forms: { ...person.forms, dative: 'Кузнецову Дмитрию Сергеевичу' } };

  it('prints the block in the document language with the params given, and reports its cites', () => {
    const template = partialEnv.compile(source, 't.hbs');
    const ru = template({ client }, 'ru');
    expect(ru.markup).toBe(
      '<filing><p>Пытки грозят Кузнецову Дмитрию Сергеевичу (ст.\u00A07 МПГПП).</p></filing>',
    );
    expect(ru.notices.map((n) => n.kind)).toEqual(['unverifiedCite']);
    expect(template({ client }, 'en').markup).toContain('KUZNETSOV Dmitrii faces torture');
  });

  it('a language the block is not written in is an error naming the partial, not an empty block', () => {
    expect(() => partialEnv.compile(source, 't.hbs')({ client }, 'kk')).toThrow(
      /partial "torture-risk" has no "kk" version/,
    );
  });

  it('answers passed to a partial stay escaped', () => {
    const template = partialEnv.compile(source, 't.hbs');
    const evil = { ...client, forms: { dative: '<b>x</b>' } };
    expect(template({ client: evil }, 'ru').markup).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
