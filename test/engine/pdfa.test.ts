/**
 * PDF/A-2b export: every requirement is read back from the file itself (pdf-lib's parser walking
 * every object, raw bytes, saxes for the XMP, the ICC header) — never taken from our own flags.
 * The same checker must find the plain export lacking, so it can fail. veraPDF, the reference
 * validator, is not packaged in Debian (apt-cache search verapdf finds nothing), so it is not run.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFObject,
} from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { create as openFont, type Font } from 'fontkit';
import { loadFontBytes } from '../../main/fonts.ts';
import { getServices } from '../../main/services.ts';
import { srgbIccProfile } from '../../main/engine/pdf/icc.ts';
import { pdfText } from '../helpers/extract.ts';
import { sampleOn, samplesByLanguage } from '../helpers/golden.ts';
import { tempDir } from '../helpers/temp.ts';
import type { Lang } from '../../common/lang.ts';

const { engine, loaded } = getServices();
const TODAY = '2026-11-25';
const NOW = new Date('2026-11-25T10:11:12.345Z');

function sampleAnswers(templateId: string, file: string): unknown {
  const template = loaded.templates.find((t) => t.manifest.id === templateId);
  if (!template) throw new Error(`no template ${templateId}`);
  return sampleOn(join(template.origin, 'samples', file), TODAY);
}

async function render(templateId: string, answers: unknown, lang: Lang, pdfa: boolean) {
  const r = await engine.render({ templateId, answers, lang, today: TODAY, now: NOW, pdfa }, 'pdf');
  return r.bytes;
}

const name = (o: PDFObject | undefined): string | undefined =>
  o instanceof PDFName ? o.decodeText() : undefined;
const text = (o: PDFObject | undefined): string | undefined =>
  o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;

function streamBytes(stream: PDFRawStream): Uint8Array {
  const filter = name(stream.dict.get(PDFName.of('Filter')));
  if (filter === undefined) return stream.contents;
  if (filter === 'FlateDecode') return inflateSync(stream.contents);
  throw new Error(`unexpected filter ${filter}`);
}

/** D:YYYYMMDDHHmmSS with Z or ±HH'mm' → epoch ms (ISO 32000-1 §7.9.4). */
function pdfDate(s: string): number {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|([+-])(\d{2})'(\d{2})'?)$/.exec(s);
  if (!m) throw new Error(`not a full PDF date: ${s}`);
  const [, y, mo, d, h, mi, se, , sign, oh, om] = m;
  const utc = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +se!);
  const offset = sign ? (sign === '+' ? 1 : -1) * (+oh! * 60 + +om!) * 60_000 : 0;
  return utc - offset;
}

/** XMP dates: ISO 8601 with a zone (the spec wants the same instant and precision as Info). */
function xmpDate(s: string): number {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/.test(s))
    throw new Error(`XMP date not to the second with a zone: ${s}`);
  return Date.parse(s);
}

/** The XMP as element path → texts, parsed by saxes (which throws on anything not well-formed). */
function parseXmp(xml: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  const stack: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  let error: Error | undefined;
  parser.on('error', (e) => (error ??= e));
  parser.on('opentag', (tag) => stack.push(`${tag.uri}|${tag.local}`));
  parser.on('closetag', () => stack.pop());
  parser.on('text', (t) => {
    if (t.trim() === '') return;
    const key =
      stack.filter((s) => !s.startsWith('http://www.w3.org/1999/02/22-rdf-syntax-ns#')).at(-1) ??
      '';
    values.set(key, [...(values.get(key) ?? []), t]);
  });
  parser.write(xml).close();
  if (error) throw error;
  return values;
}

const NS = {
  pdfaid: 'http://www.aiim.org/pdfa/ns/id/|',
  dc: 'http://purl.org/dc/elements/1.1/|',
  xmp: 'http://ns.adobe.com/xap/1.0/|',
  pdf: 'http://ns.adobe.com/pdf/1.3/|',
};

interface Report {
  readonly problems: string[];
  readonly fontsChecked: number;
  readonly xmp: Map<string, string[]>;
}

/** Every PDF/A-2b requirement we promise, read from the bytes. Returns what is wrong. */
async function checkPdfA(bytes: Uint8Array): Promise<Report> {
  const problems: string[] = [];
  const raw = Buffer.from(bytes).toString('latin1');

  // Header: version ≥ 1.4, then a comment line of at least four bytes above 127.
  const header = /^%PDF-(\d)\.(\d)\r?\n%([^\r\n]*)/.exec(raw);
  if (!header) problems.push('no %PDF header');
  else {
    if (Number(header[1]) * 10 + Number(header[2]) < 14) problems.push('PDF version below 1.4');
    const high = [...(header[3] ?? '')].filter((c) => c.charCodeAt(0) > 127).length;
    if (high < 4) problems.push('binary comment line has fewer than 4 bytes > 127');
  }
  // Raw bytes: dictionaries are never compressed here (no object streams), so keys show.
  for (const key of [
    '/Encrypt',
    '/JavaScript',
    '/JS',
    '/AA',
    '/LZWDecode',
    '/SMask',
    '/Transparency',
  ])
    if (new RegExp(`${key}[\\s/<\\[(]`).test(raw)) problems.push(`raw bytes contain ${key}`);
  if (!/trailer\s*<<[\s\S]*\/ID\s*\[\s*<[0-9A-Fa-f]{32,}>\s*<[0-9A-Fa-f]{32,}>\s*\]/.test(raw))
    problems.push('trailer has no /ID with two byte strings');

  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const ctx = doc.context;
  if (ctx.trailerInfo.Encrypt) problems.push('trailer /Encrypt');
  if (!(ctx.trailerInfo.ID instanceof PDFArray)) problems.push('parsed trailer has no /ID');
  const deref = (o: PDFObject | undefined): PDFObject | undefined =>
    o instanceof PDFRef ? ctx.lookup(o) : o;

  // Every object, every dictionary (stream dictionaries too), recursively.
  let fontsChecked = 0;
  const seen = new Set<PDFObject>();
  const visit = (o: PDFObject | undefined, where: string): void => {
    if (!o || seen.has(o)) return;
    seen.add(o);
    const dict = o instanceof PDFRawStream ? o.dict : o instanceof PDFDict ? o : undefined;
    if (o instanceof PDFArray) o.asArray().forEach((v, i) => visit(v, `${where}[${i}]`));
    if (!dict) return;
    for (const [k, v] of dict.entries()) {
      const key = k.decodeText();
      if (['SMask', 'JS', 'JavaScript', 'AA', 'Encrypt'].includes(key))
        problems.push(`${where} has /${key}`);
      if ((key === 'CA' || key === 'ca') && !(v instanceof PDFNumber && v.asNumber() === 1))
        problems.push(`${where} /${key} is not 1`);
      if (key === 'BM' && !['Normal', 'Compatible'].includes(name(v) ?? ''))
        problems.push(`${where} blend mode ${String(v)}`);
      if (key === 'S' && name(v) === 'Transparency') problems.push(`${where} transparency group`);
      if (key === 'S' && name(v) === 'JavaScript') problems.push(`${where} JavaScript action`);
      if (key === 'Filter' && String(v).includes('LZW')) problems.push(`${where} LZW`);
      visit(v instanceof PDFRef ? undefined : v, `${where}/${key}`);
    }
    if (name(dict.get(PDFName.of('Type'))) === 'Font') {
      fontsChecked++;
      const subtype = name(dict.get(PDFName.of('Subtype')));
      const descendants = deref(dict.get(PDFName.of('DescendantFonts')));
      const fonts =
        subtype === 'Type0' && descendants instanceof PDFArray
          ? descendants.asArray().map((d) => deref(d))
          : [dict];
      for (const font of fonts) {
        const descriptor =
          font instanceof PDFDict ? deref(font.get(PDFName.of('FontDescriptor'))) : undefined;
        const file =
          descriptor instanceof PDFDict
            ? ['FontFile', 'FontFile2', 'FontFile3']
                .map((k) => deref(descriptor.get(PDFName.of(k))))
                .find(Boolean)
            : undefined;
        if (!(file instanceof PDFRawStream) || streamBytes(file).length < 100)
          problems.push(
            `${where}: font ${text(dict.get(PDFName.of('BaseFont'))) ?? String(dict.get(PDFName.of('BaseFont')))} not embedded`,
          );
      }
    }
  };
  for (const [ref, obj] of ctx.enumerateIndirectObjects()) visit(obj, `${ref.toString()}`);

  // Every font a page uses resolves to a font dictionary (checked above).
  for (const page of doc.getPages()) {
    const fonts = deref(page.node.Resources()?.get(PDFName.of('Font')));
    if (fonts instanceof PDFDict)
      for (const [k, ref] of fonts.entries())
        if (
          name(
            deref(ref) instanceof PDFDict
              ? (deref(ref) as PDFDict).get(PDFName.of('Type'))
              : undefined,
          ) !== 'Font'
        )
          problems.push(`page font ${k.decodeText()} is not a font dictionary`);
  }

  // XMP metadata: an uncompressed XML stream in the catalog, saying what Info says.
  let xmp = new Map<string, string[]>();
  const meta = deref(doc.catalog.get(PDFName.of('Metadata')));
  if (!(meta instanceof PDFRawStream)) problems.push('catalog has no /Metadata stream');
  else {
    if (meta.dict.get(PDFName.of('Filter'))) problems.push('/Metadata is compressed');
    if (
      name(meta.dict.get(PDFName.of('Type'))) !== 'Metadata' ||
      name(meta.dict.get(PDFName.of('Subtype'))) !== 'XML'
    )
      problems.push('/Metadata is not /Type /Metadata /Subtype /XML');
    const xml = Buffer.from(meta.contents).toString('utf8');
    if (!/^<\?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"\?>/.test(xml))
      problems.push('no xpacket header');
    if (/<\?xpacket[^>]*(bytes|encoding)=/.test(xml)) problems.push('xpacket has bytes/encoding');
    xmp = parseXmp(xml);
    const one = (key: string): string | undefined => xmp.get(key)?.[0];
    if (one(`${NS.pdfaid}part`) !== '2') problems.push(`pdfaid:part ${one(`${NS.pdfaid}part`)}`);
    if (one(`${NS.pdfaid}conformance`) !== 'B') problems.push('pdfaid:conformance not B');
    const info = deref(ctx.trailerInfo.Info);
    if (!(info instanceof PDFDict)) problems.push('no Info dictionary');
    else {
      const infoText = (k: string): string | undefined => text(info.get(PDFName.of(k)));
      const pairs: [string, string | undefined][] = [
        ['Title', one(`${NS.dc}title`)],
        ['Author', xmp.get(`${NS.dc}creator`)?.join('\u0000')],
        ['Subject', one(`${NS.dc}description`)],
        ['Keywords', one(`${NS.pdf}Keywords`)],
        ['Creator', one(`${NS.xmp}CreatorTool`)],
        ['Producer', one(`${NS.pdf}Producer`)],
      ];
      for (const [k, fromXmp] of pairs)
        if (infoText(k) !== undefined && infoText(k) !== fromXmp)
          problems.push(`Info /${k} «${infoText(k)}» ≠ XMP «${fromXmp}»`);
      if (infoText('Title') === undefined || infoText('Producer') === undefined)
        problems.push('Info lacks Title or Producer');
      for (const [k, x] of [
        ['CreationDate', 'CreateDate'],
        ['ModDate', 'ModifyDate'],
      ] as const) {
        const a = infoText(k);
        const b = one(`${NS.xmp}${x}`);
        if (a === undefined || b === undefined) problems.push(`${k} or xmp:${x} missing`);
        else if (pdfDate(a) !== xmpDate(b)) problems.push(`Info /${k} ${a} ≠ xmp:${x} ${b}`);
      }
    }
  }

  // Output intent: GTS_PDFA1 with an embedded RGB ICC profile.
  const intents = deref(doc.catalog.get(PDFName.of('OutputIntents')));
  const intent = intents instanceof PDFArray ? deref(intents.get(0)) : undefined;
  if (!(intent instanceof PDFDict)) problems.push('no /OutputIntents');
  else {
    if (name(intent.get(PDFName.of('S'))) !== 'GTS_PDFA1')
      problems.push('output intent is not GTS_PDFA1');
    const profile = deref(intent.get(PDFName.of('DestOutputProfile')));
    if (!(profile instanceof PDFRawStream)) problems.push('no /DestOutputProfile stream');
    else {
      const n = profile.dict.get(PDFName.of('N'));
      if (!(n instanceof PDFNumber) || n.asNumber() !== 3) problems.push('ICC stream /N is not 3');
      const icc = Buffer.from(streamBytes(profile));
      if (icc.toString('latin1', 36, 40) !== 'acsp') problems.push('ICC header lacks acsp');
      if (icc.toString('latin1', 16, 20) !== 'RGB ') problems.push('ICC colour space is not RGB');
      if (icc.readUInt32BE(0) !== icc.length) problems.push('ICC size field ≠ stream length');
    }
  }
  return { problems, fontsChecked, xmp };
}

/** Tinos faces by PostScript name, to compare embedded subsets against. */
const originals = new Map<string, Font>(
  Object.values(loadFontBytes()).map((bytes) => {
    const font = openFont(Buffer.from(bytes)) as Font;
    return [font.postscriptName, font];
  }),
);

/**
 * Every glyph id a font's ToUnicode names must, in the embedded subset, be the glyph of that
 * character in Tinos: same advance, same outline. (Extraction alone cannot see a wrong glyph.)
 */
async function glyphMismatches(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const ctx = doc.context;
  const out: string[] = [];
  for (const [, obj] of ctx.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || name(obj.get(PDFName.of('Subtype'))) !== 'Type0') continue;
    const base = name(obj.get(PDFName.of('BaseFont'))) ?? '';
    const original = originals.get(base.replace(/^[A-Z]{6}\+/, ''));
    const cid = ctx.lookup((ctx.lookup(obj.get(PDFName.of('DescendantFonts'))) as PDFArray).get(0));
    const descriptor = ctx.lookup((cid as PDFDict).get(PDFName.of('FontDescriptor'))) as PDFDict;
    const file = ctx.lookup(descriptor.get(PDFName.of('FontFile2'))) as PDFRawStream;
    const subset = openFont(Buffer.from(streamBytes(file))) as Font;
    const cmap = Buffer.from(
      streamBytes(ctx.lookup(obj.get(PDFName.of('ToUnicode'))) as PDFRawStream),
    ).toString('latin1');
    if (!original) {
      out.push(`${base}: not a Tinos face`);
      continue;
    }
    for (const [, hexId, hexText] of cmap.matchAll(/<([0-9A-F]{4})> <([0-9A-F]{4,8})>/g)) {
      const id = parseInt(hexId ?? '', 16);
      const ch = String.fromCharCode(
        ...(hexText ?? '').match(/.{4}/g)!.map((h) => parseInt(h, 16)),
      );
      const want = original.glyphForCodePoint(ch.codePointAt(0) ?? 0);
      const got = id < subset.numGlyphs ? subset.getGlyph(id) : undefined;
      if (!got || got.advanceWidth !== want.advanceWidth || got.path.toSVG() !== want.path.toSVG())
        out.push(`${base}: glyph ${id} is not «${ch}»`);
    }
  }
  return out;
}

const samples = loaded.templates.flatMap((template) =>
  samplesByLanguage(readdirSync(join(template.origin, 'samples')), template.manifest.languages).map(
    ([f, lang]) => [template.manifest.id, f, lang] as const,
  ),
);

describe('PDF/A-2b export', () => {
  it('meets every checked requirement, and the plain export is left as it was', async () => {
    const answers = sampleAnswers('supreme-court-complaint', 'complex.json');
    const pdfa = await render('supreme-court-complaint', answers, 'ru', true);
    const plain = await render('supreme-court-complaint', answers, 'ru', false);
    const report = await checkPdfA(pdfa);
    expect(report.problems).toEqual([]);
    expect(report.fontsChecked).toBeGreaterThanOrEqual(2); // Type0 + CIDFontType2, at least
    expect(report.xmp.get(`${NS.dc}title`)).toEqual([
      'Жалоба в Верховный Суд РК на постановление о выдаче (экстрадиции)',
    ]);
    expect(report.xmp.get(`${NS.xmp}CreateDate`)).toEqual(['2026-11-25T10:11:12Z']);

    // The checker fails the plain PDF on exactly what PDF/A adds.
    const plainReport = await checkPdfA(plain);
    expect(plainReport.problems).toEqual(
      expect.arrayContaining([
        'trailer has no /ID with two byte strings',
        'catalog has no /Metadata stream',
        'no /OutputIntents',
      ]),
    );
    expect(plainReport.problems).toHaveLength(4); // + the parsed-trailer /ID
  });

  it('draws and extracts exactly what the plain export does (hyphen ActualText included)', async () => {
    const answers = sampleAnswers('supreme-court-complaint', 'complex.json');
    const pdfa = await render('supreme-court-complaint', answers, 'ru', true);
    const plain = await render('supreme-court-complaint', answers, 'ru', false);
    expect(pdfText(pdfa, true)).toBe(pdfText(plain, true));
    expect(pdfText(pdfa)).toContain('ПРОШУ');
    const contents = async (bytes: Uint8Array) => {
      const doc = await PDFDocument.load(bytes);
      return doc.getPages().map((p) => {
        const s = doc.context.lookup(p.node.get(PDFName.of('Contents')));
        return Buffer.from(streamBytes(s as PDFRawStream)).toString('latin1');
      });
    };
    const a = await contents(pdfa);
    expect(a).toEqual(await contents(plain));
    // The hyphen and ActualText path is exercised, so its font was among those checked.
    expect(a.join('\n')).toMatch(/\/ActualText </);
    // Same pixels: the first page rasterised by poppler.
    const dir = tempDir('pdfa');
    try {
      const raster = (bytes: Uint8Array, label: string): Buffer => {
        writeFileSync(join(dir, `${label}.pdf`), bytes);
        execFileSync('pdftoppm', [
          '-gray',
          '-r',
          '50',
          '-f',
          '1',
          '-l',
          '1',
          join(dir, `${label}.pdf`),
          join(dir, label),
        ]);
        const file = readdirSync(dir).find((f) => f.startsWith(`${label}-`) && f.endsWith('.pgm'));
        return readFileSync(join(dir, file ?? 'missing'));
      };
      expect(raster(pdfa, 'a').equals(raster(plain, 'plain'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('draws every glyph as the character it copies as, even after one the font lacks', async () => {
    const answers = sampleAnswers('supreme-court-complaint', 'complex.json') as Record<
      string,
      unknown
    >;
    const pdfa = await render('supreme-court-complaint', answers, 'ru', true);
    expect(await glyphMismatches(pdfa)).toEqual([]);
    // Chinese is not in Tinos: it prints as the empty box, and the letters after it stay right.
    const odd = {
      ...answers,
      facts: `Начало 中文 после: 2010–2011 ЖЗИЙ. ${String(answers.facts)}`,
    };
    const bytes = await render('supreme-court-complaint', odd, 'ru', true);
    expect(await glyphMismatches(bytes)).toEqual([]);
    expect(pdfText(bytes)).toContain('после: 2010–2011 ЖЗИЙ.');
  });

  it.each(samples)('%s/%s (%s) renders as PDF/A-2b', async (templateId, file, lang) => {
    const pdfa = await render(templateId, sampleAnswers(templateId, file), lang, true);
    expect((await checkPdfA(pdfa)).problems).toEqual([]);
  });
});

describe('the sRGB ICC profile', () => {
  const icc = Buffer.from(srgbIccProfile());
  const tags = new Map<string, { offset: number; size: number }>();
  for (let i = 0; i < icc.readUInt32BE(128); i++) {
    const at = 132 + 12 * i;
    tags.set(icc.toString('latin1', at, at + 4), {
      offset: icc.readUInt32BE(at + 4),
      size: icc.readUInt32BE(at + 8),
    });
  }
  const xyz = (sig: string): number[] => {
    const t = tags.get(sig)!;
    return [0, 1, 2].map((k) => icc.readInt32BE(t.offset + 8 + 4 * k) / 65536);
  };

  it('has a v2 display RGB→XYZ header', () => {
    expect(icc.readUInt32BE(0)).toBe(icc.length);
    expect(icc[8]).toBe(2);
    expect(icc.toString('latin1', 12, 24)).toBe('mntrRGB XYZ ');
    expect(icc.toString('latin1', 36, 40)).toBe('acsp');
    expect([0, 1, 2].map((k) => icc.readInt32BE(68 + 4 * k) / 65536)).toEqual([
      expect.closeTo(0.9642, 4),
      1,
      expect.closeTo(0.8249, 4),
    ]);
  });

  it('has every tag a matrix/TRC display profile needs, inside the file and 4-byte aligned', () => {
    expect([...tags.keys()].sort()).toEqual(
      ['bTRC', 'bXYZ', 'cprt', 'desc', 'gTRC', 'gXYZ', 'rTRC', 'rXYZ', 'wtpt'].sort(),
    );
    for (const [sig, t] of tags) {
      expect(t.offset % 4, sig).toBe(0);
      expect(t.offset + t.size, sig).toBeLessThanOrEqual(icc.length);
    }
    expect(icc.toString('latin1', tags.get('desc')!.offset, tags.get('desc')!.offset + 4)).toBe(
      'desc',
    );
    expect(icc.toString('latin1', tags.get('rTRC')!.offset, tags.get('rTRC')!.offset + 4)).toBe(
      'curv',
    );
  });

  it('has sRGB primaries summing to the D50 white and the sRGB tone curve', () => {
    const [r, g, b] = [xyz('rXYZ'), xyz('gXYZ'), xyz('bXYZ')];
    const white = [0, 1, 2].map((k) => r[k]! + g[k]! + b[k]!);
    expect(white[0]).toBeCloseTo(0.9642, 2);
    expect(white[1]).toBeCloseTo(1, 3);
    expect(white[2]).toBeCloseTo(0.8249, 2);
    const trc = tags.get('rTRC')!;
    const count = icc.readUInt32BE(trc.offset + 8);
    const at = (x: number): number =>
      icc.readUInt16BE(trc.offset + 12 + 2 * Math.round(x * (count - 1))) / 65535;
    expect(at(0)).toBe(0);
    expect(at(1)).toBe(1);
    expect(at(0.5)).toBeCloseTo(0.214, 3); // sRGB mid-grey is 21.4 % linear light
  });

  const transicc = (() => {
    try {
      execFileSync('transicc', ['-n'], { input: '', stdio: ['pipe', 'ignore', 'ignore'] });
      return true;
    } catch {
      return false;
    }
  })();
  // Optional: Little CMS (Debian liblcms2-utils) reads the profile as a colour manager would.
  it.skipIf(!transicc)('converts through Little CMS back to the same sRGB colours', () => {
    const dir = tempDir('icc');
    try {
      writeFileSync(join(dir, 'srgb.icc'), icc);
      const out = execFileSync('transicc', ['-i', join(dir, 'srgb.icc'), '-o', '*sRGB', '-n'], {
        input: '255 0 0\n0 255 0\n0 0 255\n128 128 128\n',
        encoding: 'utf8',
        stdio: ['pipe', 'pipe', 'ignore'],
      });
      const rows = out
        .trim()
        .split('\n')
        .filter((l) => /^[-\d.\s]+$/.test(l.trim()))
        .map((l) => l.trim().split(/\s+/).map(Number));
      const expected = [
        [255, 0, 0],
        [0, 255, 0],
        [0, 0, 255],
        [128, 128, 128],
      ];
      expect(rows).toHaveLength(4);
      rows.forEach((row, i) =>
        row.forEach((v, k) => expect(Math.abs(v - expected[i]![k]!)).toBeLessThan(1)),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
