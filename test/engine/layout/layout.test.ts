import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createFontSet } from '../../../main/engine/fonts/faces.ts';
import { layoutDocument, type Line } from '../../../main/engine/layout/layout.ts';
import { PARAGRAPH_CACHE_CHARS } from '../../../main/engine/layout/lines.ts';
import {
  breakLines,
  DEFAULT_BREAK_OPTIONS,
  INFINITY,
  type Item,
} from '../../../main/engine/layout/breaker.ts';
import { cacheStats } from '../../../main/engine/cache-stats.ts';
import { createTypesetPdfRenderer } from '../../../main/engine/pdf/pdf.ts';
import { loadHyphenator } from '../../../main/engine/hyphenation/index.ts';
import { loadFontBytes } from '../../../main/fonts.ts';
import type { Block, FilingDocument } from '../../../main/engine/model.ts';
import { seededRandom } from '../../../bench/variants.ts';
import { pdfText } from '../../helpers/extract.ts';

const fonts = createFontSet(loadFontBytes());
const breaker = await loadHyphenator('ru');
const ctx = { fonts, breaker };

const WORDS = (
  'заявитель гражданин российской федерации прибыл республику казахстан сентябре года после объявления мобилизации ' +
  'отношении возбуждено уголовное дело статье что подтверждается постановлением следователя военного следственного отдела ' +
  'экстрадиционная проверка проведена существенными нарушениями процессуального законодательства доводы защиты политическом ' +
  'характере преследования исследовались международные организации фиксируют систематическое применение пыток местах лишения ' +
  'свободы запрашивающего государства обстоятельствах выдача создаёт реальный риск необратимого вреда жизни здоровью ' +
  'генеральной прокуратуры постановление незаконным необоснованным подлежит отмене верховный суд экстрадиции ' +
  // Real prose is full of short words; a list of only long ones is no statement anyone writes.
  'в в в и и и на на не не о с с по по к из за за что что его его он был была это как от до при также'
).split(' ');

/** Realistic Russian legal prose from a seeded word list (not lorem ipsum). */
function statement(chars: number, seed: number): string {
  const random = seededRandom(seed);
  let out = '';
  let sentence = 0;
  while (out.length < chars) {
    const word = WORDS[Math.floor(random() * WORDS.length)] ?? 'дело';
    out += sentence === 0 ? word[0]?.toUpperCase() + word.slice(1) : word;
    sentence++;
    if (sentence > 8 && random() < 0.15) {
      out += random() < 0.3 ? ', ' : '. ';
      if (!out.endsWith(', ')) sentence = 0;
    } else out += ' ';
  }
  return `${out.trim()}.`;
}

const doc = (blocks: Block[]): FilingDocument => ({ lang: 'ru', meta: { title: 't' }, blocks });
const body = (text: string): Block => ({
  kind: 'paragraph',
  role: 'body',
  inlines: [{ kind: 'text', text }],
});
const allLines = (pages: readonly { lines: readonly Line[] }[]): Line[] =>
  pages.flatMap((p) => p.lines);

describe('layout', () => {
  it('justifies an 8 000-character Russian statement without loose lines', () => {
    const paragraphs = statement(8000, 7)
      .split('. ')
      .reduce<string[]>((acc, s, i) => {
        if (i % 6 === 0) acc.push(`${s}.`);
        else acc[acc.length - 1] += ` ${s}.`;
        return acc;
      }, []);
    const result = layoutDocument(doc(paragraphs.map(body)), ctx);
    const justified = allLines(result.pages).filter((l) => l.justified);
    const stretches = justified.map((l) => l.stretch).sort((a, b) => a - b);
    const p95 = stretches[Math.floor(stretches.length * 0.95)] ?? 0;
    console.info(
      `8 000 chars: ${justified.length} justified lines, stretch p95 ${p95.toFixed(2)}×, max ${(stretches.at(-1) ?? 0).toFixed(2)}×`,
    );
    expect(p95).toBeLessThanOrEqual(1.7);
    expect(stretches.filter((s) => s > 2)).toEqual([]);
    for (const l of justified) expect(Math.abs(l.width - l.boxWidth)).toBeLessThan(0.5);
  });

  it('keeps laid-out paragraphs up to a number of characters, however few the paragraphs', () => {
    // A batch of filings whose facts are each one long paragraph: by count alone the cache kept
    // every one of them (8 MB each) in the render worker.
    const size = Math.ceil(PARAGRAPH_CACHE_CHARS / 8);
    const misses = (): number => cacheStats().paragraph.misses;
    const first = statement(size, 101);
    layoutDocument(doc([body(first)]), ctx);
    let before = misses();
    layoutDocument(doc([body(first)]), ctx);
    expect(misses() - before).toBe(0); // served from the cache
    for (let i = 0; i < 8; i++) layoutDocument(doc([body(statement(size, 200 + i))]), ctx);
    const recent = statement(size, 300);
    layoutDocument(doc([body(recent)]), ctx);
    before = misses();
    layoutDocument(doc([body(first)]), ctx);
    layoutDocument(doc([body(recent)]), ctx);
    // The oldest was let go to stay under the limit (10 paragraphs, far under 2 000); the
    // newest is still there.
    expect(misses() - before).toBe(1);
  });

  it('never hyphenates more than two lines in a row', () => {
    const result = layoutDocument(doc([body(statement(20000, 3))]), ctx);
    let run = 0;
    for (const line of allLines(result.pages)) {
      run = line.hyphen ? run + 1 : 0;
      expect(run).toBeLessThanOrEqual(2);
    }
  });

  it('never ends a page on a hyphenated word, whatever the text (property)', () => {
    let pageBreaksInsideParagraphs = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 2, max: 8 }),
        (seed, n) => {
          const blocks = Array.from({ length: n }, (_, i) =>
            body(statement(300 + ((seed * (i + 1)) % 2500), seed + i)),
          );
          const { pages } = layoutDocument(doc(blocks), ctx);
          for (const page of pages.slice(0, -1)) {
            const last = page.lines.at(-1);
            expect(last?.hyphen ?? null).toBeNull();
            if (
              last &&
              !/[.!?]$/.test(last.pieces.map((p) => (p.kind === 'text' ? p.text : '')).join(''))
            )
              pageBreaksInsideParagraphs++;
          }
        },
      ),
      { numRuns: 30, seed: 20261207 },
    );
    // The texts do break pages inside paragraphs, where a hyphen could have stood.
    expect(pageBreaksInsideParagraphs).toBeGreaterThan(20);
  });

  it('keeps every line inside its box, whatever the text (property)', () => {
    const token = fc.oneof(
      fc.constantFrom(...WORDS),
      fc.constantFrom(
        '№\u00A012',
        'ст.\u00A0592',
        'https://example.org/a/very/long/path/that/cannot/break/anywhere/at/all/really',
        '1234567890123456789012345678901234567890',
        'ҚАЗАҚСТАН',
        'Әбілов',
        'из-за',
        '—',
      ),
      fc.string({
        unit: fc.constantFrom(...'абвгдәғқңөұүһіABCxyz0123456789'),
        minLength: 1,
        maxLength: 60,
      }),
    );
    fc.assert(
      fc.property(
        fc.array(token, { minLength: 1, maxLength: 120 }),
        fc.constantFrom('body', 'title', 'heading', 'plain'),
        (tokens, role) => {
          const result = layoutDocument(
            doc([
              {
                kind: 'paragraph',
                role: role as 'body',
                inlines: [{ kind: 'text', text: tokens.join(' ') }],
              },
            ]),
            ctx,
          );
          for (const line of allLines(result.pages))
            expect(line.width).toBeLessThanOrEqual(line.boxWidth + 0.01);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps the signature block with the text above it', () => {
    // Fill almost a page so the signature would otherwise start the next page alone.
    for (let n = 30; n < 60; n++) {
      const blocks: Block[] = [
        body(statement(n * 80, n)),
        {
          kind: 'signature',
          date: [{ kind: 'text', text: '24 февраля 2026 года' }],
          signers: [
            {
              role: [{ kind: 'text', text: 'Защитник' }],
              name: [{ kind: 'text', text: 'А.\u00A0Б.\u00A0Адвокатов' }],
            },
          ],
        },
      ];
      const result = layoutDocument(doc(blocks), ctx);
      const last = result.pages.at(-1);
      const signatureLines = last?.lines.filter((l) =>
        l.pieces.some(
          (p) => p.kind === 'text' && (p.text.includes('Защитник') || p.text.includes('2026')),
        ),
      );
      expect(signatureLines?.length).toBe(2);
      expect((last?.lines.length ?? 0) - 3).toBeGreaterThanOrEqual(2);
    }
  });

  it('round-trips every Russian and Kazakh letter through pdftotext', async () => {
    const renderer = createTypesetPdfRenderer({
      fonts: loadFontBytes(),
      breakerFor: loadHyphenator,
    });
    const letters =
      'абвгдеёжзийклмнопрстуфхцчшщъыьэюя АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ әғқңөұүһі ӘҒҚҢӨҰҮҺІ «»№–—';
    const bytes = await renderer.render(
      doc([
        {
          kind: 'paragraph',
          role: 'plain',
          align: 'left',
          inlines: [{ kind: 'text', text: letters }],
        },
      ]),
      { now: new Date('2026-11-25T07:00:00Z') },
    );
    expect(pdfText(bytes).replace(/\s+/g, ' ').trim()).toBe(letters);
  });

  it('reuses the lines of a paragraph laid out before only when its text, styles and box all match', () => {
    // A cold font set has an empty paragraph cache: its layout is the reference.
    const cold = (): { fonts: ReturnType<typeof createFontSet>; breaker: typeof breaker } => ({
      fonts: createFontSet(loadFontBytes()),
      breaker,
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('justify', 'left', 'center', 'right') as fc.Arbitrary<
          'justify' | 'left' | 'center' | 'right'
        >,
        (seed, bold, italic, align) => {
          const text = statement(300 + (seed % 500), seed);
          const variant = (b: boolean, i: boolean, a: typeof align): FilingDocument =>
            doc([
              {
                kind: 'paragraph',
                role: 'body',
                align: a,
                inlines: [{ kind: 'text', text, bold: b, italic: i }],
              },
              { kind: 'list', role: 'requests', items: [{ inlines: [{ kind: 'text', text }] }] },
            ]);
          // Warm the shared cache with the neighbouring variants of the same text first.
          layoutDocument(variant(!bold, italic, align), ctx);
          layoutDocument(variant(bold, !italic, align), ctx);
          layoutDocument(variant(bold, italic, align === 'justify' ? 'left' : 'justify'), ctx);
          const warm = layoutDocument(variant(bold, italic, align), ctx);
          expect(warm).toEqual(layoutDocument(variant(bold, italic, align), cold()));
        },
      ),
      { numRuns: 15 },
    );
  });

  it("hyphenates a paragraph's last word rather than leave a loose line, carrying 5 letters or more", () => {
    const lines = (text: string): string[] =>
      allLines(layoutDocument(doc([body(text)]), ctx).pages).map(
        (l) =>
          l.pieces.map((p) => (p.kind === 'text' ? p.text : ' ')).join('') + (l.hyphen ? '-' : ''),
      );
    // The last word used never to break: this line stood alone, its gaps four times a space, over
    // «незаконными.» (the hand-over complaint's request, its name kept whole).
    const request = lines(
      'Прошу признать действия по передаче Ковалёва\u00A0Игоря\u00A0Сергеевича незаконными.',
    );
    expect(request.length).toBe(2);
    expect(request[0]).toMatch(/-$/u);
    expect(request[1]?.replace(/\P{L}/gu, '').length).toBeGreaterThanOrEqual(5);
    // Whatever the text: a last line that is only the end of a hyphenated word has 5 letters.
    let carried = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const text = lines(statement(300 + seed * 37, seed));
      const last = (text.at(-1) ?? '').trim();
      if (!(text.at(-2) ?? '').endsWith('-') || /\s/u.test(last)) continue;
      carried++;
      expect(last.replace(/\P{L}/gu, '').length).toBeGreaterThanOrEqual(5);
    }
    expect(carried).toBeGreaterThan(0);
  });

  it('weighs a hyphen before the last line by finalHyphenDemerits', () => {
    // Width 100: a break at the glue leaves line one at 80 (ratio 4); at the hyphen, 106 shrunk
    // to fit (ratio −1) plus the hyphen's penalty. Cheap final hyphens take the second.
    const glue: Item = { type: 'glue', width: 10, stretch: 5, shrink: 3 };
    const items: Item[] = [
      { type: 'box', width: 40 },
      glue,
      { type: 'box', width: 30 },
      glue,
      { type: 'box', width: 12 },
      { type: 'penalty', width: 4, penalty: 50, flagged: true },
      { type: 'box', width: 20 },
      { type: 'glue', width: 0, stretch: INFINITY, shrink: 0 },
      { type: 'penalty', width: 0, penalty: -INFINITY, flagged: false },
    ];
    const breaks = (finalHyphenDemerits: number): number[] | null =>
      breakLines(items, () => 100, {
        ...DEFAULT_BREAK_OPTIONS,
        tolerance: 10,
        finalHyphenDemerits,
      });
    expect(breaks(DEFAULT_BREAK_OPTIONS.finalHyphenDemerits)).toEqual([5, 8]);
    expect(breaks(1e9)).toEqual([3, 8]);
  });
});
