/**
 * What PDF/A-2b (ISO 19005-2, level B) asks of a file beyond what every Refuge PDF already is
 * (fonts embedded as subsets, no transparency, no actions, no encryption, no LZW, a binary
 * header comment): XMP metadata in the catalog that says the same as the Info dictionary, an
 * sRGB output intent, and a file identifier in the trailer.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import { srgbIccProfile, SRGB_DESCRIPTION } from './icc.ts';

export interface PdfAInfo {
  readonly title: string;
  readonly author?: string;
  readonly subject?: string;
  readonly keywords: string;
  readonly creator: string;
  readonly producer: string;
  /** BCP 47 tag of the document language. */
  readonly lang: string;
  /** Creation = modification time; written to the second, as the Info dictionary holds it. */
  readonly date: Date;
  /** Bytes that identify this document (its page contents), hashed into the file identifier. */
  readonly fingerprint: Uint8Array;
}

/** Info-dictionary dates (D:YYYYMMDDHHmmSSZ, pdf-lib's form) and XMP dates must name one instant. */
export function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const escapeXml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** The XMP packet (UTF-8, xpacket-wrapped, writable padding left out: nobody edits it in place). */
export function xmpPacket(info: PdfAInfo): string {
  const alt = (text: string): string =>
    `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
  const date = xmpDate(info.date);
  const lines = [
    '<pdfaid:part>2</pdfaid:part>',
    '<pdfaid:conformance>B</pdfaid:conformance>',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(info.title)}</dc:title>`,
    // Info /Author is one string; dc:creator is a list whose single entry must equal it.
    ...(info.author
      ? [`<dc:creator><rdf:Seq><rdf:li>${escapeXml(info.author)}</rdf:li></rdf:Seq></dc:creator>`]
      : []),
    ...(info.subject ? [`<dc:description>${alt(info.subject)}</dc:description>`] : []),
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(info.lang)}</rdf:li></rdf:Bag></dc:language>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${escapeXml(info.creator)}</xmp:CreatorTool>`,
    `<pdf:Producer>${escapeXml(info.producer)}</pdf:Producer>`,
    // Always: pdf-lib writes Info /Keywords even when empty, and the two must agree.
    `<pdf:Keywords>${escapeXml(info.keywords)}</pdf:Keywords>`,
  ];
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
${lines.join('\n')}
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`;
}

/** Adds the metadata stream, the output intent and the file identifier to a finished document. */
export function makePdfA(pdf: PDFDocument, info: PdfAInfo): void {
  const context = pdf.context;
  // Uncompressed: PDF/A wants the XMP readable by tools that do not parse PDF.
  const metadata = context.stream(Buffer.from(xmpPacket(info), 'utf8'), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  pdf.catalog.set(PDFName.of('Metadata'), context.register(metadata));

  const icc = context.stream(deflateSync(srgbIccProfile()), { N: 3, Filter: 'FlateDecode' });
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of(SRGB_DESCRIPTION),
    Info: PDFString.of(SRGB_DESCRIPTION),
    DestOutputProfile: context.register(icc),
  });
  pdf.catalog.set(PDFName.of('OutputIntents'), context.obj([context.register(intent)]));

  // The identifier is derived from what the file says, so the same document gets the same one.
  const id = createHash('sha256')
    .update(info.fingerprint)
    .update(xmpDate(info.date))
    .digest('hex')
    .slice(0, 32)
    .toUpperCase();
  context.trailerInfo.ID = context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}
