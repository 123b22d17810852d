/**
 * Golden checks on what the reader sees: render a filing's sample to PDF and DOCX and compare the
 * text a person reads (pdftotext; the DOCX paragraphs) — the same words must be in both.
 */
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Lang } from '../../common/lang.ts';
import { getServices } from '../../main/services.ts';
import { splitSample } from '../../common/samples.ts';
import { docxParagraphs, pdfText } from './extract.ts';

export const GOLDEN_TODAY = '2026-11-25';

/** A shipped sample's answers, without its `$sample` header (the day it is written for). */
export function sampleFile(path: string): Record<string, unknown> {
  const { answers } = splitSample(JSON.parse(readFileSync(path, 'utf8')));
  return answers as Record<string, unknown>;
}

/**
 * A shipped sample moved in time to `day`: every date in its answers shifts by the days between
 * its `asOf` and `day`, so the story keeps its shape (the copy received three days before, and
 * so on) on whatever day a date-dependent test runs.
 */
export function sampleOn(path: string, day: string): Record<string, unknown> {
  const { answers, sample } = splitSample(JSON.parse(readFileSync(path, 'utf8')));
  if (!sample) throw new Error(`${path} has no $sample.asOf`);
  const shift = Math.round((Date.parse(day) - Date.parse(sample.asOf)) / 86_400_000);
  const move = (value: unknown): unknown => {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
      return new Date(Date.parse(value) + shift * 86_400_000).toISOString().slice(0, 10);
    if (Array.isArray(value)) return value.map(move);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, move(v)]));
    return value;
  };
  return move(answers) as Record<string, unknown>;
}

export function sample(id: string, name: string): Record<string, unknown> {
  return sampleFile(`templates/${id}/samples/${name}.json`);
}

/**
 * A sample of the expulsion appeal with the answers a region fills (its courts in both languages
 * and the place of signing) taken out, as a lawyer who has not typed them leaves them. Written out
 * here rather than read from the manifest, so the tests check the region's fields independently.
 */
export function expulsionAppealWithoutRegion(name: string): Record<string, unknown> {
  const regional = [
    'higherCourt',
    'higherCourtKk',
    'expulsionCourt',
    'expulsionCourtKk',
    'signingPlace',
  ];
  return Object.fromEntries(
    Object.entries(sample('expulsion-appeal', name)).filter(([k]) => !regional.includes(k)),
  );
}

/**
 * The samples of a filing with the document languages each is rendered in: `<name>.<lang>.json`
 * in its own language only, `<name>.json` in every language without its own (as the lint does).
 */
export function samplesByLanguage(
  files: readonly string[],
  languages: readonly Lang[],
): [file: string, lang: Lang][] {
  const json = files.filter((f) => f.endsWith('.json'));
  return json.flatMap((f): [string, Lang][] => {
    const own = /\.(ru|kk|en)\.json$/.exec(f)?.[1] as Lang | undefined;
    if (own) return languages.includes(own) ? [[f, own]] : [];
    const name = f.replace(/\.json$/, '');
    return languages.filter((l) => !json.includes(`${name}.${l}.json`)).map((l) => [f, l]);
  });
}

/**
 * pdftotext breaks lines and drops break hyphens; compare on single-spaced text. A word broken
 * at the foot of a page keeps its hyphen, with the page's end and the next page's number between
 * its halves (dropped by the caller): those blank lines go with the hyphen.
 */
export const flat = (s: string): string =>
  s
    .replace(/\u00A0/g, ' ')
    .replace(/-\n\s*/g, '')
    .replace(/\s+/g, ' ');

/** The filing as PDF text and DOCX text (flattened), with its pre-flight. */
export async function renderBoth(
  id: string,
  answers: Record<string, unknown>,
  options: { lang?: Lang; today?: string } = {},
) {
  const { engine } = getServices();
  const request = {
    templateId: id,
    answers,
    lang: options.lang ?? 'ru',
    today: options.today ?? GOLDEN_TODAY,
  };
  const pdf = await engine.render(request, 'pdf');
  const docx = await engine.render(request, 'docx');
  return {
    // The page number heading each page from the second is layout, not the filing's words:
    // dropped, so a sentence reads the same wherever a page happens to turn.
    pdf: flat(pdfText(pdf.bytes, true).replace(/\f[ \t]*\d+[ \t]*\n/g, '\n')),
    docx: flat(docxParagraphs(docx.bytes).join('\n')),
    preflight: pdf.preflight,
  };
}

/** Every fragment present, in this order. */
export function expectInOrder(text: string, fragments: readonly string[]): void {
  let at = 0;
  for (const f of fragments) {
    const i = text.indexOf(f, at);
    expect(i, `"${f}" missing or out of order`).toBeGreaterThanOrEqual(0);
    at = i + f.length;
  }
}

/** Keys of the unverified cites the pre-flight lists, sorted. */
export function unverifiedCites(preflight: {
  readonly notices: readonly { kind: string; key?: string }[];
}): string[] {
  return preflight.notices
    .filter((n) => n.kind === 'unverifiedCite')
    .map((n) => n.key ?? '')
    .sort();
}
