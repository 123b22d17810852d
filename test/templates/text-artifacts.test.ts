/**
 * What a half-answered form must never print: a blank where a value or a date was meant («…, — .»,
 * «адвокат Петров ()»), doubled punctuation, a word leaked from the code, a numbered section with
 * nothing in it. Every filing, from each of its samples and in each of its languages, is built
 * with its branches chosen at random (booleans, selects), its optional answers kept, cleared or
 * filled, its dates moved so that each deadline is now running, now missed, now arguable — and
 * the text the reader sees is searched for those marks, and for a term said to have ended on a
 * day not yet past (or to end on a day gone) when the filing is signed. The blank form of the
 * same branches is searched too: there a computed last day is a line to write on, never nothing.
 * And each variation is built again with no default on a choice that can be hidden: a filing
 * that reads differently printed a value nobody chose. The inputs are seeded: the same ones run
 * on every day and every machine, and a failure names the smallest one fast-check finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { getServices } from '../../main/services.ts';
import {
  AnswersInvalid,
  createEngine,
  inlineText,
  loadHyphenator,
  type FilingDocument,
  type Inline,
} from '../../main/engine/index.ts';
import { loadFontBytes } from '../../main/fonts.ts';
import { splitSample } from '../../common/samples.ts';
import { iinCheckDigit } from '../../common/iin.ts';
import { addDays } from '../../common/dates.ts';
import type { Field, Manifest } from '../../common/manifest.ts';
import type { Lang } from '../../common/lang.ts';
import { samplesByLanguage } from '../helpers/golden.ts';

const { engine, loaded } = getServices();
const RUNS = 30;

/** Marks of a blank or a slip, each with what it means to a reader. */
const MARKS: readonly [string, RegExp][] = [
  ['a space before punctuation', /\S\s+[,.;:)»](?!\.)/],
  ['empty brackets or quotes', /\(\s*\)|«\s*»|\[\s*\]/],
  ['a dash before punctuation', /[—–]\s*[.,;:)]/],
  ['doubled punctuation', /[,;:]\s*[.,;:]|(?<!\.)\.\.(?!\.)/],
  ['a double space', /\S {2,}\S/],
  ['a preposition or № with nothing after it', /(^|\s)(от|№|из|на|с|по)\s*([.,;:)]|$)/],
  ['a word from the code', /undefined|null|NaN|\[object|\{\{|\}\}/],
  ['a word said twice', /(^|\s)(и|в|на|с|по|о|к|не|что|the|of|and|to|мен|және)\s+\2(?=\s|$)/i],
];

interface Line {
  readonly where: string;
  readonly text: string;
}

function linesOf(doc: FilingDocument): Line[] {
  const out: Line[] = [];
  const push = (where: string, inlines: readonly Inline[]) => {
    for (const text of inlineText(inlines)
      .replace(/\u00A0/g, ' ')
      .split('\n'))
      out.push({ where, text });
  };
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') push(b.role, b.inlines);
    else if (b.kind === 'addressee') for (const l of b.lines) push('addressee', l);
    else if (b.kind === 'list') for (const i of b.items) push(b.role, i.inlines);
    else if (b.kind === 'table')
      for (const row of b.rows) for (const c of row.cells) push('table', c.inlines);
    else if (b.kind === 'signature') {
      push('signature', b.date);
      for (const s of b.signers) {
        push('signature', s.role);
        push('signature', s.name);
      }
    }
  }
  return out;
}

const MONTHS = {
  ru: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
  en: 'January February March April May June July August September October November December',
  kk: 'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан',
};
const monthOf = (name: string): number =>
  Math.max(...Object.values(MONTHS).map((list) => list.split(' ').indexOf(name))) + 1;
const alt = (lang: keyof typeof MONTHS): string => MONTHS[lang].split(' ').join('|');

/** «истёк 30 ноября 2026», «expires on 30 November 2026», «2026 жылғы 30 қарашада аяқталды». */
const TERM_ENDS: readonly { re: RegExp; past: boolean; order: 'dmy' | 'ydm' }[] = [
  {
    re: new RegExp(`(?:истёк|истекла|истекло|истекли)\\s+(\\d{1,2}) (${alt('ru')}) (\\d{4})`, 'g'),
    past: true,
    order: 'dmy',
  },
  {
    re: new RegExp(`(?:истекает|истекают)\\s+(\\d{1,2}) (${alt('ru')}) (\\d{4})`, 'g'),
    past: false,
    order: 'dmy',
  },
  {
    re: new RegExp(`expired on (\\d{1,2}) (${alt('en')}) (\\d{4})`, 'g'),
    past: true,
    order: 'dmy',
  },
  {
    re: new RegExp(`expires on (\\d{1,2}) (${alt('en')}) (\\d{4})`, 'g'),
    past: false,
    order: 'dmy',
  },
  {
    re: new RegExp(`(\\d{4}) жылғы (\\d{1,2}) (${alt('kk')})(?:да|де|та|те) аяқталды`, 'g'),
    past: true,
    order: 'ydm',
  },
  {
    re: new RegExp(`(\\d{4}) жылғы (\\d{1,2}) (${alt('kk')})(?:да|де|та|те) аяқталады`, 'g'),
    past: false,
    order: 'ydm',
  },
];

/** Terms said to have ended on a day not yet past, or to end on a day already past, at `filedOn`. */
function wrongTense(text: string, filedOn: string): string[] {
  const found: string[] = [];
  for (const { re, past, order } of TERM_ENDS)
    for (const m of text.matchAll(re)) {
      const [d, month, y] = order === 'dmy' ? [m[1], m[2], m[3]] : [m[2], m[3], m[1]];
      const day = `${y}-${String(monthOf(month ?? '')).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      if (past ? day >= filedOn : day < filedOn)
        found.push(
          `a term said to ${past ? 'have ended' : 'end'} on ${day}, filed on ${filedOn}: …${m[0]}…`,
        );
    }
  return found;
}

/**
 * Everything a reader would call a slip, as «where: …text…» lines (none for a clean document).
 * `filedOn`: a term said to have expired on a later day, or to expire on a day already past, is
 * a false statement of fact.
 */
function slips(doc: FilingDocument, filedOn?: string): string[] {
  const found: string[] = [];
  for (const { where, text } of linesOf(doc)) {
    if (filedOn) found.push(...wrongTense(text, filedOn));
    for (const [name, re] of MARKS) {
      const hit = re.exec(text);
      if (hit)
        found.push(
          `${name} in ${where}: …${text.slice(Math.max(0, hit.index - 50), hit.index + 30)}…`,
        );
    }
    const count = (re: RegExp) => (text.match(re) ?? []).length;
    // Numbered items («1)», «а)») close a bracket they never opened.
    if (count(/\(/g) !== count(/\)/g) && !/(^|\s)(\d+|[а-яa-z])\)/.test(text))
      found.push(`unbalanced brackets in ${where}: ${text.slice(0, 120)}`);
    if (count(/«/g) !== count(/»/g)) found.push(`unbalanced «» in ${where}: ${text.slice(0, 120)}`);
  }
  doc.blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph') return;
    const text = inlineText(b.inlines)
      .replace(/\u00A0/g, ' ')
      .trim();
    // (A blank form's writing lines are underscores, which count as punctuation.)
    if (b.role === 'body' && /^[\p{P}\s]*$/u.test(text) && !text.includes('_'))
      found.push(`an empty paragraph: «${text}»`);
    if (b.role === 'body' && /^[a-zа-яёәіңғүұқөһ]/u.test(text))
      found.push(`a paragraph that starts mid-sentence: ${text.slice(0, 80)}`);
    const next = doc.blocks[i + 1];
    const nextIsNumberedHeading =
      next?.kind === 'paragraph' &&
      next.role === 'heading' &&
      /^([IVX]+|\d+)\./.test(inlineText(next.inlines));
    if (
      b.role === 'heading' &&
      (next === undefined || nextIsNumberedHeading || next.kind === 'signature')
    )
      found.push(`a heading with nothing under it: ${text}`);
  });
  return found;
}

/** A blank form without the italic «(label)» under each line: the labels are field names. */
function withoutLabels(doc: FilingDocument): FilingDocument {
  const strip = (inlines: readonly Inline[]): Inline[] =>
    inlines.filter((i) => i.kind !== 'text' || !i.italic);
  return {
    ...doc,
    blocks: doc.blocks.map((b) => {
      if (b.kind === 'paragraph') return { ...b, inlines: strip(b.inlines) };
      if (b.kind === 'addressee') return { ...b, lines: b.lines.map(strip) };
      if (b.kind === 'list')
        return { ...b, items: b.items.map((i) => ({ ...i, inlines: strip(i.inlines) })) };
      return b;
    }),
  };
}

/** A valid IIN (check digit included) for a required IIN field left empty by a sample. */
function someIin(): string {
  for (let i = 0; ; i++) {
    const first = `8506303${String(i).padStart(4, '0')}`;
    const digit = iinCheckDigit(first);
    if (digit !== null && digit < 10) return first + digit;
  }
}

/** A plausible answer for a field the sample leaves empty. */
function filler(f: Field, today: string, lang: Lang): unknown {
  switch (f.type) {
    case 'text':
      return f.pattern?.includes('@') ? 'office@example.org' : 'Образец';
    case 'multiline':
      return 'Первый абзац образца.\nВторой абзац образца.';
    case 'date':
      return addDays(today, -3);
    case 'number':
      return f.min ?? 1;
    case 'select':
      return f.multiple ? [f.options[0]?.value] : f.options[0]?.value;
    case 'boolean':
      return true;
    case 'iin':
      return someIin();
    case 'person':
      return {
        lastName: 'Петров',
        firstName: 'Олег',
        middleName: 'Игоревич',
        sex: 'male',
        // Asked, not required, in Russian and Kazakh: left out there, as a lawyer may.
        ...(lang === 'en' ? { latinName: 'PETROV Oleg' } : {}),
      };
    case 'group':
      return Array.from({ length: Math.max(f.min, 1) }, () =>
        Object.fromEntries(f.fields.map((sf) => [sf.key, filler(sf, today, lang)])),
      );
  }
}

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** One variation of a sample: each field's choice, and the signing day's distance from its `asOf`. */
function variations(manifest: Manifest) {
  const choice: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of manifest.fields) {
    if (f.type === 'boolean' && !f.lateOf)
      choice[f.key] = f.required ? fc.constant(true) : fc.boolean();
    else if (f.type === 'select' && f.multiple)
      choice[f.key] = fc.subarray(
        f.options.map((o) => o.value),
        { minLength: f.required ? 1 : 0 },
      );
    else if (f.type === 'select') choice[f.key] = fc.constantFrom(...f.options.map((o) => o.value));
    else if (f.type === 'date' && f.key !== 'signingDate')
      choice[f.key] = fc.integer({ min: -12, max: 7 });
    else if (f.type !== 'boolean')
      choice[f.key] = f.required ? fc.constant('keep') : fc.constantFrom('keep', 'clear', 'fill');
  }
  return fc.record({ day: fc.integer({ min: -5, max: 20 }), choice: fc.record(choice) });
}

function vary(
  manifest: Manifest,
  lang: Lang,
  base: Record<string, unknown>,
  asOf: string,
  v: { day: number; choice: Record<string, unknown> },
): { answers: Record<string, unknown>; today: string } {
  const today = addDays(asOf, v.day);
  const answers: Record<string, unknown> = structuredClone(base);
  for (const f of manifest.fields) {
    const c = v.choice[f.key];
    if (f.type === 'boolean' || f.type === 'select') {
      if (c !== undefined) answers[f.key] = c;
    } else if (f.type === 'date' && typeof c === 'number') {
      if (typeof answers[f.key] === 'string') {
        const moved = addDays(answers[f.key] as string, c);
        // A date the form bounds from below by today (an expected removal) stays ahead; the
        // others are days gone by.
        if (f.min === 'today') answers[f.key] = moved < today ? today : moved;
        else answers[f.key] = moved > today ? today : moved;
      } else if (f.required) answers[f.key] = filler(f, today, lang);
    } else if (c === 'clear') delete answers[f.key];
    else if ((c === 'fill' || f.required) && isEmpty(answers[f.key]))
      answers[f.key] = filler(f, today, lang);
  }
  if (manifest.fields.some((f) => f.key === 'signingDate')) answers.signingDate = today;
  return { answers, today };
}

interface SweepRequest {
  readonly templateId: string;
  readonly answers: Record<string, unknown>;
  readonly lang: Lang;
  readonly today: string;
}

/**
 * One test per sample of each filing and language: `check` sees RUNS seeded variations of it and
 * says whether the variation was a filing (one the form would refuse is not, and is not checked).
 */
function sweepSamples(
  manifests: readonly Manifest[],
  check: (request: SweepRequest) => boolean,
): void {
  for (const manifest of manifests) {
    const dir = `templates/${manifest.id}/samples`;
    for (const [file, lang] of samplesByLanguage(readdirSync(dir), manifest.languages)) {
      it(`${manifest.id}, ${file} in ${lang}`, () => {
        const { answers: base, sample } = splitSample(
          JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')),
        );
        const asOf = sample?.asOf ?? '2026-11-25';
        let built = 0;
        fc.assert(
          fc.property(variations(manifest), (v) => {
            const varied = vary(manifest, lang, base as Record<string, unknown>, asOf, v);
            if (check({ templateId: manifest.id, lang, ...varied })) built++;
          }),
          { seed: 20261207, numRuns: RUNS },
        );
        // Most variations are complete filings, or the check would be checking nothing.
        expect(built).toBeGreaterThan(RUNS / 2);
      });
    }
  }
}

/** The filing, or undefined for answers the form would refuse. */
function filingOf(request: SweepRequest): FilingDocument | undefined {
  try {
    return engine.build(request).document;
  } catch (err) {
    if (err instanceof AnswersInvalid) return undefined;
    throw err;
  }
}

const manifests = engine.templates.map((t) => t.manifest);

describe('no filing prints a blank, a slip or a leak', () => {
  sweepSamples(manifests, (request) => {
    const document = filingOf(request);
    if (!document) return false;
    const signed = (request.answers.signingDate as string | undefined) ?? request.today;
    expect(slips(document, signed)).toEqual([]);
    // The blank form of the same branches: a line to write on wherever a value goes.
    const blank = engine.build({ ...request, blank: true }).document;
    expect(slips(withoutLabels(blank))).toEqual([]);
    return true;
  });
});

/**
 * The same filings with no default on a choice that can be hidden. A field hidden by its `when`
 * holds its default (common/answers.ts), which the lawyer never saw: if a filing reads differently
 * without those defaults, a value nobody chose reached the text — «через администрацию» printed
 * for a person at liberty, because the hidden box defaulted to true.
 */
const withoutHiddenDefaults = createEngine({
  templates: loaded.templates.map((t) => ({
    ...t,
    manifest: {
      ...t.manifest,
      fields: t.manifest.fields.map((f) => {
        if ((f.type !== 'boolean' && f.type !== 'select') || !f.when) return f;
        const { default: _default, ...rest } = f;
        return rest as Field;
      }),
    },
  })),
  cites: loaded.cites,
  partials: loaded.partials,
  loadFonts: loadFontBytes,
  loadBreaker: loadHyphenator,
});

const readerText = (doc: FilingDocument): string =>
  linesOf(doc)
    .map((l) => l.text)
    .join('\n');

describe('no hidden default reaches the text', () => {
  const hiddenDefaults = (m: Manifest): boolean =>
    m.fields.some(
      (f) => (f.type === 'boolean' || f.type === 'select') && f.when && f.default !== undefined,
    );
  sweepSamples(manifests.filter(hiddenDefaults), (request) => {
    const asShipped = filingOf(request);
    if (!asShipped) return false;
    const withoutDefaults = withoutHiddenDefaults.build(request).document;
    expect(readerText(asShipped)).toBe(readerText(withoutDefaults));
    return true;
  });
});

describe('the marks themselves', () => {
  const doc = (...paragraphs: string[]): FilingDocument => ({
    lang: 'ru',
    meta: { title: 't' },
    blocks: paragraphs.map((text) => ({
      kind: 'paragraph',
      role: text.startsWith('# ') ? 'heading' : 'body',
      inlines: [{ kind: 'text', text: text.replace(/^# /, '') }],
    })),
  });
  it('find the slips that reached filings before', () => {
    expect(slips(doc('истёк 30 ноября 2026 года, а если перенести — 16 ноября, — .'))).not.toEqual(
      [],
    );
    expect(slips(doc('Интересы автора представляет адвокат Петров Олег Игоревич ().'))).not.toEqual(
      [],
    );
    expect(slips(doc('# V. Основания', '# VI. Просьбы', 'Текст.'))).not.toEqual([]);
    expect(slips(doc('Решение от  № 5.'))).not.toEqual([]);
    // A restoration request signed on 25 November said the term «истёк» on the 30th.
    expect(slips(doc('Срок истёк 30 ноября 2026 года.'), '2026-11-25')).not.toEqual([]);
    expect(slips(doc('The time limit expired on 25 November 2026.'), '2026-11-25')).not.toEqual([]);
    expect(slips(doc('Срок истёк 24 ноября 2026 года.'), '2026-11-25')).toEqual([]);
    expect(slips(doc('Срок истекает 24 ноября 2026 года.'), '2026-11-25')).not.toEqual([]);
    expect(slips(doc('Мерзім 2026 жылғы 30 қарашада аяқталды.'), '2026-11-25')).not.toEqual([]);
    expect(slips(doc('Мерзім 2026 жылғы 30 қарашада аяқталады.'), '2026-11-25')).toEqual([]);
  });
  it('pass a clean text, numbered items and abbreviations', () => {
    expect(
      slips(
        doc(
          '# V. Основания',
          'Согласно п. 2) ч. 1 ст. 593 УПК РК, 30.06.1985 г.р., гражданка «Российской Федерации».',
          'Выдача — невозможна… т. е. никогда.',
        ),
      ),
    ).toEqual([]);
  });
});
