/**
 * The markup scanner (main/engine/markup/scan.ts) against saxes, the full XML parser it stands in
 * for: on any markup both readings give the same document, or the same error at the same line
 * and column. The scanner leaves to saxes what it does not read, so these also check that it
 * gives up before reporting anything saxes would not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkupWith } from '../../main/engine/markup.ts';
import { markupBuilder } from '../../main/engine/markup/build.ts';
import { MarkupError } from '../../main/engine/markup/errors.ts';
import { scanMarkup } from '../../main/engine/markup/scan.ts';

const meta = { title: 'T' };

function reading(reader: 'scan' | 'saxes', xml: string, staticCheck: boolean): unknown {
  try {
    return {
      document: parseMarkupWith(reader, xml, { lang: 'ru', meta, source: 't.hbs', staticCheck }),
    };
  } catch (err) {
    if (!(err instanceof MarkupError)) throw err;
    return { error: err.message, line: err.line, column: err.column };
  }
}

function agree(xml: string, staticCheck = false): void {
  expect(reading('scan', xml, staticCheck)).toEqual(reading('saxes', xml, staticCheck));
}

// Text as templates and answers make it: Cyrillic, abbreviations, numbers with hyphens and
// slashes, the five entities, character references, blanks of every kind an XML text may hold.
const piece = fc.constantFrom(
  'Алматы',
  'г. Астана',
  'ст. 12 ч. 3',
  '№ 7594-26-00-3/1187',
  ' ',
  '  ',
  '\n    ',
  '\t',
  '\u00A0',
  '&amp;',
  '&lt;b&gt;',
  '&quot;',
  '&apos;',
  '&#169;',
  '&#x41;',
  '&#x1F600;',
  '😀',
  '«Кузнецов»',
  'x > y',
  '] ]>',
  'English text',
  'Қазақстан',
);
const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 5 }).map((parts) =>
  parts
    .join('')
    .replace(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/]]>/g, ']] >'),
);
const blank = fc.constantFrom('', ' ', '\n  ', '\t');

const { inline } = fc.letrec<{ inline: string }>((tie) => ({
  inline: fc
    .array(
      fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        fc.constantFrom('<br/>', '<br />', '<annex-ref key="a"/>'),
        fc
          .tuple(fc.constantFrom('b', 'i', 'u', 'nohyphen'), tie('inline'))
          .map(([tag, inner]) => `<${tag}>${inner}</${tag}>`),
      ),
      { maxLength: 4 },
    )
    .map((parts) => parts.join('')),
}));

const attribute = (name: string, values: readonly string[]): fc.Arbitrary<string> =>
  fc.option(
    fc
      .tuple(fc.constantFrom(...values), fc.constantFrom('"', "'"), blank)
      .map(([v, q, b]) => ` ${name}${b}=${b}${q}${v}${q}`),
    { nil: '' },
  );

const block = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('p', 'title', 'subtitle', 'heading', 'urgent'),
      attribute('indent', ['no', 'yes']),
      attribute('align', ['left', 'center', 'justify']),
      inline,
      blank,
    )
    .map(([tag, a, b, body, s]) =>
      tag === 'p' ? `<p${a}${b}${s}>${body}</p${s}>` : `<${tag}>${body}</${tag}>`,
    ),
  fc.array(text, { maxLength: 3 }).map((lines) => `<paras>${lines.join('\n')}</paras>`),
  fc
    .tuple(
      attribute('title', ['ПРОШУ:', 'a\tb\nc', '&amp; &#34;']),
      fc.array(inline, { maxLength: 3 }),
    )
    .map(
      ([title, items]) =>
        `<requests${title}>${items.map((i) => `<item>${i}</item>`).join('\n')}<each-line>a\nb</each-line></requests>`,
    ),
  fc
    .array(inline, { minLength: 1, maxLength: 3 })
    .map(
      (items) =>
        `<attachments title="Приложение:">${items.map((i, n) => `<item key="${n === 0 ? 'a' : `k${n}`}">${i}x</item>`).join('')}</attachments>`,
    ),
  fc
    .array(fc.array(inline, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
    .map(
      (rows) =>
        `<table widths="3,2">${rows.map((r, n) => `<row${n === 0 ? ' header="yes"' : ''}>${r.map((c) => `<cell>${c}</cell>`).join('')}</row>`).join('')}</table>`,
    ),
  fc.constant(
    '<signature><date>1 мая</date><place>Алматы</place><signer><role>Адвокат</role><name>И. И.</name></signer></signature>',
  ),
  fc.constant('<pagebreak/>'),
  fc
    .array(inline, { minLength: 1, maxLength: 2 })
    .map((lines) => `<addressee>${lines.map((l) => `<line>${l}</line>`).join('')}</addressee>`),
);

/** Well-formed markup over the whole vocabulary (with the attachment «a» every annex-ref names). */
const filing = fc
  .tuple(blank, fc.array(fc.tuple(block, blank), { maxLength: 6 }), blank)
  .map(
    ([before, blocks, after]) =>
      `${before}<filing>${blocks.map(([b, s]) => b + s).join('')}<attachments title="Приложение:"><item key="a">x</item></attachments></filing>${after}`,
  );

// Pieces of broken, foreign or unusual markup: each is something saxes has a word for.
const oddity = fc.constantFrom(
  '<!-- comment -->',
  '<!-- a -- b -->',
  '<?xml version="1.0"?>',
  '<!DOCTYPE filing>',
  '<![CDATA[x]]>',
  ']]>',
  '\r\n',
  '\r',
  '\u0001',
  '\uFEFF',
  '\uD800',
  '&#0;',
  '&#xD800;',
  '&#99999999;',
  '&bogus;',
  '&',
  '<bogus>',
  '</bogus>',
  '<P>',
  '< p>',
  '</ p>',
  '</p>',
  '</filing>',
  '<filing>',
  '<p a="1"b="2">',
  '<p indent="no" indent="yes">',
  '<p indent=no>',
  '<p indent>',
  '<p indent="<">',
  '<br/ >',
  '<br>',
  '<p colour="red">',
  '<annex-ref key="zz"/>',
  '<xml:p>',
  '<p xmlns="x">',
  'текст',
  '>',
  '<',
  '',
);

/** Well-formed markup with oddities spliced in at random places. */
const broken = fc
  .tuple(filing, fc.array(fc.tuple(fc.nat(), oddity), { minLength: 1, maxLength: 3 }))
  .map(([xml, cuts]) => {
    let out = xml;
    for (const [at, odd] of cuts) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + odd + out.slice(i);
    }
    return out;
  });

describe('markup scanner against saxes', () => {
  it('reads every well-formed filing itself, into the document saxes reads (property)', () => {
    fc.assert(
      fc.property(filing, (xml) => {
        // The fast path is taken: the scanner reads all of our vocabulary without saxes.
        let read: boolean;
        try {
          read = scanMarkup(xml, markupBuilder(xml, { lang: 'ru', meta }));
        } catch (err) {
          if (!(err instanceof MarkupError)) throw err;
          read = true; // it read far enough to find a mistake of the vocabulary
        }
        expect(read).toBe(true);
        agree(xml);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same document or the same error and place on broken markup (property)', () => {
    fc.assert(
      fc.property(broken, fc.boolean(), (xml, staticCheck) => agree(xml, staticCheck)),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['<filing><p>x</filing>'],
    ['<filing><p>a <!-- c --> b</p></filing>'],
    ['<filing>\r\n<p>a\r\nb</p></filing>'],
    ['<filing><p indent="no"\n  align="left">x</p></filing>'],
    ['<filing><p>x</p></filing>\n<filing/>'],
    ['<filing><p>x</p>'],
    ['<filing><p>x</p></filing> tail'],
    ['<filing><paras>a &#10; b\nc</paras></filing>'],
    ['<filing><requests title="a&#10;b\tc"><item>x</item></requests></filing>'],
    ['<filing><p>&#xFFFE;</p></filing>'],
    [''],
    ['   '],
  ])('agrees on %j', (xml) => agree(xml));
});
