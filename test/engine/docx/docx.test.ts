import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../main/engine/docx/index.ts';
import type { FilingDocument, Inline } from '../../../main/engine/model.ts';
import { docxParagraphs, docxXml } from '../../helpers/extract.ts';

const NOW = new Date('2026-11-25T07:00:00Z');
const t = (text: string): Inline[] => [{ kind: 'text', text }];
const doc: FilingDocument = {
  lang: 'kk',
  meta: {
    title: 'Шағым',
    author: 'Д. С. Кузнецов',
    subject: 'Экстрадиция',
    templateId: 'supreme-court-complaint',
    templateVersion: '1.0.0',
  },
  blocks: [
    {
      kind: 'addressee',
      lines: [t('Қазақстан Республикасының Жоғарғы Сотына'), t('от адвоката <&> «Әбілов»')],
    },
    { kind: 'paragraph', role: 'title', inlines: t('ШАҒЫМ') },
    {
      kind: 'paragraph',
      role: 'body',
      inlines: [
        { kind: 'text', text: 'Жирный ', bold: true },
        { kind: 'text', text: 'и курсив', italic: true },
        { kind: 'break' },
        { kind: 'text', text: 'после ]]> разрыва \u200F' },
      ],
    },
    { kind: 'paragraph', role: 'requestsIntro', inlines: t('СҰРАЙМЫН:') },
    {
      kind: 'list',
      role: 'requests',
      items: [{ inlines: t('бірінші') }, { inlines: t('екінші') }],
    },
    { kind: 'list', role: 'requests', items: [{ inlines: t('қайта бірінші') }] },
    {
      kind: 'table',
      widths: [3, 1],
      rows: [
        { header: true, cells: [{ inlines: t('Аты-жөні') }, { inlines: t('Жылы') }] },
        { header: false, cells: [{ inlines: t('Айгерім') }, { inlines: t('2015') }] },
      ],
    },
    { kind: 'paragraph', role: 'attachmentsIntro', inlines: t('Қосымша:') },
    { kind: 'list', role: 'attachments', items: [{ inlines: t('Қаулының көшірмесі') }] },
    {
      kind: 'signature',
      date: t('2026 жылғы 24 ақпан'),
      place: t('Алматы қ.'),
      signers: [{ role: t('Қорғаушы'), name: t('Д.\u00A0С.\u00A0Кузнецов') }],
    },
  ],
};

describe('DOCX writer', () => {
  it('writes A4 with the filing margins, page numbers from page 2, and every font slot', async () => {
    const bytes = await renderDocx(doc, NOW);
    const xml = docxXml(bytes);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar[^>]*w:left="1701"[^>]*>/);
    expect(xml).toContain('<w:titlePg/>');
    const headers = ['word/header1.xml', 'word/header2.xml'].map((p) => docxXml(bytes, p)).join('');
    expect(headers).toMatch(/PAGE/);
    const styles = docxXml(bytes, 'word/styles.xml');
    expect(styles).toMatch(
      /w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"|w:hAnsi="Times New Roman"[^>]*w:ascii="Times New Roman"/,
    );
    expect(styles).toContain('w:cs="Times New Roman"');
    expect(styles).toContain('w:val="kk-KZ"');
    expect(styles).toContain('w:styleId="RefugeTitle"');
    expect(docxXml(bytes, 'word/settings.xml')).toContain('<w:autoHyphenation');
    const core = docxXml(bytes, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Шағым</dc:title>');
    expect(core).toContain('Д. С. Кузнецов');
  });

  it('gives every list its own numbering instance, so each restarts at 1', async () => {
    const xml = docxXml(await renderDocx(doc, NOW));
    const numIds = [...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(numIds).toHaveLength(4);
    expect(new Set(numIds).size).toBe(3); // two items of the first list share one instance
    const numbering = docxXml(await renderDocx(doc, NOW), 'word/numbering.xml');
    expect(numbering).toContain('w:val="%1)"');
    expect(numbering).toContain('<w:suff w:val="space"/>');
  });

  it('keeps all text, escaped, in order', async () => {
    const paragraphs = docxParagraphs(await renderDocx(doc, NOW));
    expect(paragraphs.join('\n')).toContain('от адвоката <&> «Әбілов»');
    expect(paragraphs).toContain('Жирный и курсив\nпосле ]]> разрыва \u200F');
    expect(
      paragraphs.some((p) => p.includes('Қорғаушы') && p.includes('Д.\u00A0С.\u00A0Кузнецов')),
    ).toBe(true);
    expect(paragraphs.indexOf('ШАҒЫМ')).toBeLessThan(paragraphs.indexOf('Қосымша:'));
  });
});
