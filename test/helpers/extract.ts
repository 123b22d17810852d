/** Text a reader gets out of our files: pdftotext for PDF, the paragraphs of word/document.xml for DOCX. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { SaxesParser } from 'saxes';

/** `page` (1-based) extracts that page only. */
export function pdfText(bytes: Uint8Array, layout = false, page?: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'refuge-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
    return execFileSync(
      'pdftotext',
      [...(layout ? ['-layout'] : []), ...range, '-enc', 'UTF-8', file, '-'],
      { encoding: 'utf8' },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfPageCount(bytes: Uint8Array): number {
  const dir = mkdtempSync(join(tmpdir(), 'refuge-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? NaN);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function docxXml(bytes: Uint8Array, part = 'word/document.xml'): string {
  const zip = new PizZip(Buffer.from(bytes));
  const file = zip.file(part);
  if (!file) throw new Error(`no ${part} in the DOCX`);
  return file.asText();
}

/** Paragraph texts of a DOCX body (w:t, w:tab as a space, w:br as a newline). */
export function docxParagraphs(bytes: Uint8Array): string[] {
  const parser = new SaxesParser();
  const paragraphs: string[] = [];
  let current: string | null = null;
  let inText = false;
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:p') current = '';
    if (tag.name === 'w:t') inText = true;
    if (tag.name === 'w:tab' && current !== null) current += ' ';
    if (tag.name === 'w:br' && current !== null) current += '\n';
    if (tag.name === 'w:noBreakHyphen' && current !== null) current += '-';
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
    if (tag.name === 'w:p' && current !== null) {
      paragraphs.push(current);
      current = null;
    }
  });
  parser.on('text', (text) => {
    // U+2060 (word joiner) only keeps a code on one line: it is not text a reader sees.
    if (inText && current !== null) current += text.replace(/\u2060/g, '');
  });
  parser.write(docxXml(bytes)).close();
  return paragraphs;
}

/** Words for order comparisons: NBSP and soft hyphen normalised, punctuation kept inside tokens. */
export function words(text: string): string[] {
  return text
    .replace(/\u00AD/g, '')
    .replace(/[\u00A0\s]+/g, ' ')
    .split(' ')
    .filter((w) => w !== '');
}

/** Is `needle` a subsequence of `haystack` (every word, in order, gaps allowed)? Returns the first missing word. */
export function firstMissingInOrder(
  needle: readonly string[],
  haystack: readonly string[],
): string | null {
  let j = 0;
  for (const w of needle) {
    while (j < haystack.length && haystack[j] !== w) j++;
    if (j === haystack.length) return w;
    j++;
  }
  return null;
}

/** Convert DOCX files to PDF with LibreOffice in ONE soffice call (start-up is slow). */
export function libreOfficeToPdf(files: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'refuge-lo-'));
  try {
    const inputs = Object.entries(files).map(([name, bytes]) => {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, bytes);
      return file;
    });
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        join(dir, 'out'),
        ...inputs,
      ],
      {
        stdio: 'pipe',
        timeout: 240_000,
      },
    );
    const out: Record<string, Uint8Array> = {};
    for (const f of readdirSync(join(dir, 'out')))
      out[f.replace(/\.pdf$/, '')] = readFileSync(join(dir, 'out', f));
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
