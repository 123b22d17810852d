/**
 * Golden checks on what the reader sees: render a filing's sample to PDF and DOCX and compare the
 * text a person reads (pdftotext; the DOCX paragraphs) — the same words must be in both.
 */
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Lang } from '../../common/manifest.ts';
import { getServices } from '../../main/services.ts';
import { docxParagraphs, pdfText } from './extract.ts';

export const GOLDEN_TODAY = '2026-11-25';

export function sample(id: string, name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`templates/${id}/samples/${name}.json`, 'utf8')) as Record<
    string,
    unknown
  >;
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

/** pdftotext breaks lines and drops break hyphens; compare on single-spaced text. */
export const flat = (s: string): string =>
  s
    .replace(/\u00A0/g, ' ')
    .replace(/-\n/g, '')
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
    pdf: flat(pdfText(pdf.bytes, true)),
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
