import { tieAbbreviations } from '../../common/text.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blankMustaches, lineLocator, MarkupError, parseMarkup } from '../../main/engine/markup.ts';
import { inlineText, type Block } from '../../main/engine/model.ts';

const meta = { title: 'Test' };
const parse = (xml: string) => parseMarkup(xml, { lang: 'ru', meta, source: 't.hbs' });

function texts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => {
    switch (b.kind) {
      case 'paragraph':
        return [inlineText(b.inlines)];
      case 'addressee':
        return b.lines.map(inlineText);
      case 'list':
        return b.items.map((i) => inlineText(i.inlines));
      case 'table':
        return b.rows.flatMap((r) => r.cells.map((c) => inlineText(c.inlines)));
      case 'signature':
        return [
          inlineText(b.date),
          ...b.signers.flatMap((s) => [inlineText(s.role), inlineText(s.name)]),
        ];
      case 'pageBreak':
        return [];
    }
  });
}

describe('filing markup', () => {
  it('builds every block kind in order, collapsing template whitespace', () => {
    const doc = parse(`<filing>
      <addressee><line>В Верховный Суд
         Республики Казахстан</line><line><b>от</b> адвоката</line></addressee>
      <title>ЖАЛОБА</title>
      <subtitle>на постановление</subtitle>
      <p>Первый   абзац <i>курсив</i>
         продолжение.</p>
      <p indent="no" align="center" keep="next">Без отступа</p>
      <paras>Строка один
Строка два

</paras>
      <requests title="ПРОШУ:"><item>отменить</item><each-line>раз
два</each-line></requests>
      <attachments title="Приложение:"><item key="dec">Копия</item></attachments>
      <table widths="2,1"><row header="yes"><cell>ФИО</cell><cell>Год</cell></row><row><cell>Иван</cell><cell>2010</cell></row></table>
      <signature><date>24 февраля 2026 года</date><place>г. Алматы</place>
        <signer><role>Защитник</role><name>А. Б. Адвокатов</name></signer></signature>
      <pagebreak/>
    </filing>`);
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? b.role : b.kind))).toEqual([
      'addressee',
      'title',
      'subtitle',
      'body',
      'plain',
      'body',
      'body',
      'requestsIntro',
      'list',
      'attachmentsIntro',
      'list',
      'table',
      'signature',
      'pageBreak',
    ]);
    expect(texts(doc.blocks)).toEqual([
      'В Верховный Суд Республики Казахстан',
      'от адвоката',
      'ЖАЛОБА',
      'на постановление',
      'Первый абзац курсив продолжение.',
      'Без отступа',
      'Строка один',
      'Строка два',
      'ПРОШУ:',
      'отменить;',
      'раз;',
      'два.',
      'Приложение:',
      'Копия',
      'ФИО',
      'Год',
      'Иван',
      '2010',
      '24 февраля 2026 года',
      'Защитник',
      'А.\u00A0Б.\u00A0Адвокатов', // initials tied to the surname
    ]);
    const p = doc.blocks[3];
    expect(
      p?.kind === 'paragraph' &&
        p.inlines.map((i) => (i.kind === 'text' ? [i.text, !!i.italic] : 'br')),
    ).toEqual([
      ['Первый абзац ', false],
      ['курсив', true],
      [' продолжение.', false],
    ]);
  });

  it('ends every request with «;» and the last one with «.», whichever items are printed', () => {
    const items = (xml: string): string[] =>
      texts(parse(`<filing><requests title="ПРОШУ:">${xml}</requests></filing>`).blocks).slice(1);
    expect(items('<item>отменить постановление;</item><item>освободить;</item>')).toEqual([
      'отменить постановление;',
      'освободить.',
    ]);
    // The lawyer's own lines come with any ending, or none.
    expect(
      items('<item>отменить;</item><each-line>вызвать свидетеля.\nистребовать дело</each-line>'),
    ).toEqual(['отменить;', 'вызвать свидетеля;', 'истребовать дело.']);
    expect(
      items('<item>учесть:</item><item>доводы и т.\u00A0д.</item><item>прочее и т.\u00A0д.</item>'),
    ).toEqual(['учесть:', 'доводы и т.\u00A0д.;', 'прочее и т.\u00A0д.']);
    // Other lists keep their punctuation.
    const list = parse('<filing><list><item>один;</item><item>два;</item></list></filing>');
    expect(texts(list.blocks)).toEqual(['один;', 'два;']);
  });

  it('keeps non-breaking spaces and resolves annex references to attachment numbers', () => {
    const doc = parse(`<filing><p>См. прил.\u00A0<annex-ref key="b"/> и <annex-ref key="a"/>.</p>
      <attachments title="Приложение:"><item key="a">A</item><item key="b">B</item></attachments></filing>`);
    expect(texts(doc.blocks)[0]).toBe('См. прил.\u00A02 и 1.');
  });

  it('drops an attachments list with no items, intro included', () => {
    const doc = parse(
      '<filing><p>x</p><attachments title="Приложение:"><each-line>  \n </each-line></attachments></filing>',
    );
    expect(doc.blocks).toHaveLength(1);
  });

  it.each([
    ['<filing><bogus/></filing>', 'unknown element <bogus>', 1, 9],
    ['<filing>\n  <p colour="red">x</p></filing>', 'unknown attribute "colour" on <p>', 2, 3],
    ['<filing><p><title>x</title></p></filing>', '<title> is not allowed inside <p>', 1, 12],
    ['<filing><p>x</filing>', 'unexpected close tag', 1, 21],
    ['<filing><p>a & b</p></filing>', 'a bare "&" must be written as &amp;', 1, 14],
    [
      '<filing><p>See <annex-ref key="zz"/></p></filing>',
      '<annex-ref key="zz"/> names no attachment item',
      1,
      16,
    ],
    [
      '<filing><p align="middle">x</p></filing>',
      'attribute align="middle" on <p> must be one of',
      1,
      9,
    ],
    ['<filing>\n  text</filing>', 'text is not allowed directly inside <filing>', 2, 3],
    ['<p>x</p>', 'the root element must be <filing>', 1, 1],
    // Names of Object.prototype's properties are not elements or attributes of the vocabulary.
    ['<filing><constructor/></filing>', 'unknown element <constructor>', 1, 9],
    ['<filing><p toString="x">y</p></filing>', 'unknown attribute "toString" on <p>', 1, 9],
    ['<filing><p>a<br><b>x</b></br></p></filing>', '<br> cannot contain elements', 1, 17],
    ['<filing><paras>a<b>x</b></paras></filing>', '<paras> holds plain text only, not <b>', 1, 17],
    [
      '<filing><list type="roman"><item>x</item></list></filing>',
      'attribute type="roman" on <list>',
      1,
      9,
    ],
  ])('reports %s with position', (xml, message, line, column) => {
    let error: unknown;
    try {
      parse(xml);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(MarkupError);
    const e = error as MarkupError;
    expect(e.detail).toContain(message);
    expect([e.line, e.column]).toEqual([line, column]);
    expect(e.message.startsWith('t.hbs:')).toBe(true);
  });

  it('checks template sources statically with mustaches blanked, keeping positions', () => {
    const source = '<filing>\n{{#if x}}<p>{{name}}</p>{{/if}}\n  <para>{{y}}</para></filing>';
    const blanked = blankMustaches(source);
    expect(blanked.length).toBe(source.length);
    expect(blanked.split('\n').length).toBe(3);
    expect(() =>
      parseMarkup(blanked, { lang: 'ru', meta, source: 'x.hbs', staticCheck: true }),
    ).toThrowError(/x\.hbs:3:3: unknown element <para>/);
  });

  it('any escaped text survives literally (property)', () => {
    const escape = (s: string) =>
      s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).filter(
          // eslint-disable-next-line no-control-regex -- the XML Char production excludes these
          (s) => /\S/.test(s) && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(s),
        ),
        (s) => {
          const doc = parse(`<filing><p>${escape(s)}</p></filing>`);
          // XML whitespace collapses and is trimmed; a no-break or ideographic space is text;
          // the space after «г.», «№» … before a name or number becomes a no-break space.
          const expected = tieAbbreviations(s.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, ''));
          expect(texts(doc.blocks)[0] ?? '').toBe(expected);
        },
      ),
    );
  });
});

describe('lineLocator', () => {
  // The plain reading of «line and column»: everything before the offset, split at «\n».
  const naive = (text: string, offset: number) => {
    const lines = text.slice(0, Math.max(0, offset)).split('\n');
    return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
  };

  it('places every offset where a reading from the start would (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'я', '\n', '\r', ' ', '<', '😀'), { maxLength: 200 }),
        fc.array(fc.integer({ min: -5, max: 260 }), { minLength: 1, maxLength: 20 }),
        (chars, offsets) => {
          const text = chars.join('');
          const locate = lineLocator(text);
          for (const offset of offsets) expect(locate(offset)).toEqual(naive(text, offset));
        },
      ),
    );
  });

  it('reports a late error in a long filing at its line, with earlier tags numbered by offset', () => {
    const items = Array.from({ length: 3000 }, (_, i) => `<item>член семьи ${i + 1}</item>`);
    const xml = `<filing>\n<p>x</p>\n<list>\n${items.join('\n')}\n<list><item>y</item></list></list></filing>`;
    expect(() => parse(xml)).toThrowError(/t\.hbs:3004:1: <list> is not allowed inside <list>/);
    const missing = `<filing>\n<p>x</p>\n<list>\n${items.join('\n')}\n</list>\n  <signature><date>1</date></signature></filing>`;
    expect(() => parse(missing)).toThrowError(
      /t\.hbs:3005:3: <signature> needs at least one <signer>/,
    );
  });
});
