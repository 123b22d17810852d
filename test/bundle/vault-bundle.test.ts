import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Vault, VaultError } from '../../main/vault/index.ts';
import { AttachmentError } from '../../main/bundle/messages.ts';
import { assembleBundle } from '../../main/bundle/assemble.ts';
import { withFilePages } from '../../common/attachments.ts';
import { getServices } from '../../main/services.ts';
import { loadFontBytes } from '../../main/fonts.ts';
import { pdfPageCount, pdfText } from '../helpers/extract.ts';
import { makeJpeg, makePdf } from './fixtures.ts';
import { tempDir } from '../helpers/tmp.ts';

const FAST = { kdf: { N: 2 ** 10 } };
const PASS = 'correct horse battery';
const fresh = (): string => join(tempDir('refuge-attach-'), 'vault');
const client = { lastName: 'Кузнецов', firstName: 'Дмитрий' };

function everyFile(dir: string): Buffer {
  return Buffer.concat(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => readFileSync(join(e.parentPath, e.name))),
  );
}

describe('attachments in the vault', () => {
  it('are stored encrypted: neither the bytes nor the name are on disk in plaintext', async () => {
    const dir = fresh();
    const vault = await Vault.create(dir, PASS, FAST);
    const matter = vault.createMatter({ title: 'Выдача', client });
    const marker = 'ПОСТАНОВЛЕНИЕ-О-ВЫДАЧЕ-7731';
    const pdf = Buffer.concat([Buffer.from(await makePdf(3)), Buffer.from(`%${marker}\n`)]);
    const name = 'Постановление Кузнецова.pdf';
    const meta = await vault.addAttachment(matter.id, { name, bytes: pdf });
    expect(meta).toMatchObject({ name, mime: 'application/pdf', size: pdf.length, pages: 3 });
    expect(meta.sha256).toMatch(/^[0-9a-f]{64}$/);
    const disk = everyFile(dir);
    for (const needle of [marker, name, 'Кузнецов'])
      expect(disk.includes(Buffer.from(needle))).toBe(false);
    expect(disk.includes(pdf.subarray(0, 200))).toBe(false);

    const reopened = await Vault.open(dir, PASS);
    expect(reopened.listAttachments(matter.id)).toEqual([meta]);
    expect(reopened.getAttachmentBytes(matter.id, meta.id).equals(pdf)).toBe(true);
    expect(reopened.verify()).toEqual([]);
  });

  it('travel in a backup of the matter and are gone when removed', async () => {
    const vault = await Vault.create(fresh(), PASS, FAST);
    const matter = vault.createMatter({ title: 'Выдача', client });
    const jpg = makeJpeg(64, 48);
    const meta = await vault.addAttachment(matter.id, { name: 'фото.jpg', bytes: jpg });
    expect(meta).toMatchObject({ mime: 'image/jpeg', pages: 1 });
    const backup = join(tempDir('refuge-backup-'), 'b.refuge');
    await vault.exportTo(backup, 'backup passphrase', matter.id);

    const other = await Vault.create(fresh(), PASS, FAST);
    expect(await other.importFrom(backup, 'backup passphrase')).toEqual([matter.id]);
    expect(other.listAttachments(matter.id)).toEqual([meta]);
    expect(Buffer.from(other.getAttachmentBytes(matter.id, meta.id)).equals(Buffer.from(jpg))).toBe(
      true,
    );

    vault.removeAttachment(matter.id, meta.id);
    expect(vault.listAttachments(matter.id)).toEqual([]);
    expect(vault.list().filter((id) => id.startsWith('file-'))).toEqual([]);
    expect(() => vault.getAttachmentBytes(matter.id, meta.id)).toThrow(VaultError);
  });

  it('refuses a file that is not what it claims, and keeps nothing of it', async () => {
    const vault = await Vault.create(fresh(), PASS, FAST);
    const matter = vault.createMatter({ title: 'Выдача', client });
    const err = await vault
      .addAttachment(matter.id, { name: 'скан.pdf', bytes: Buffer.from('<html>not a scan</html>') })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AttachmentError);
    expect((err as AttachmentError).localized('en')).toBe(
      '“скан.pdf”: this is not a PDF, JPEG or PNG (checked by its content, not its name)',
    );
    expect(vault.listAttachments(matter.id)).toEqual([]);
    expect(vault.list().filter((id) => id.startsWith('file-'))).toEqual([]);
  });
});

describe('a filing with attached files', () => {
  it('states the computed sheet count in «Приложение:» and bundles the file as that annex', async () => {
    const vault = await Vault.create(fresh(), PASS, FAST);
    const matter = vault.createMatter({ title: 'Выдача', client });
    const scan = await vault.addAttachment(matter.id, {
      name: 'решение.pdf',
      bytes: await makePdf(3),
    });
    const photo = await vault.addAttachment(matter.id, {
      name: 'фото.jpg',
      bytes: makeJpeg(90, 60),
    });
    const sample = JSON.parse(
      readFileSync('templates/supreme-court-complaint/samples/complex.json', 'utf8'),
    ) as Record<string, unknown>;
    const answers = withFilePages(
      {
        ...sample,
        attachments: [
          { title: 'Заключение эксперта', fileId: scan.id },
          { title: 'Копия паспорта', pages: 2 },
          { title: 'Фотография повестки', fileId: photo.id, pages: 2 },
        ],
      },
      vault.listAttachments(matter.id),
    );
    const { engine } = getServices();
    const rendered = await engine.render(
      { templateId: 'supreme-court-complaint', answers, lang: 'ru', today: '2026-11-20' },
      'pdf',
    );
    const text = pdfText(rendered.bytes, true).replace(/\s+/g, ' ');
    // The decision (and the warrant for a defender) come first in this filing's list.
    expect(text).toMatch(/(\d)\. Заключение эксперта — на 3 л\./);
    const number = Number(/(\d)\. Заключение эксперта/.exec(text)?.[1]);
    expect(text).toContain(`${number + 1}. Копия паспорта — на 2 л.`);
    expect(text).toContain(`${number + 2}. Фотография повестки — на 2 л.`);

    const bundle = await assembleBundle({
      document: rendered.document,
      answers: rendered.answers,
      filingPdf: rendered.bytes,
      files: vault.listAttachments(matter.id),
      readFile: (id) => vault.getAttachmentBytes(matter.id, id),
      fonts: loadFontBytes(),
    });
    const filingPages = pdfPageCount(rendered.bytes);
    expect(pdfPageCount(bundle.bytes)).toBe(filingPages + 3 + 1);
    expect(pdfText(bundle.bytes, false, filingPages + 3)).toContain(`Прил. ${number}, л. 3`);
    expect(pdfText(bundle.bytes, false, filingPages + 4)).toContain(`Прил. ${number + 2}, л. 1`);
    // The photo is one sheet but the filing says two: the lawyer is told.
    expect(bundle.warnings).toEqual([
      {
        kind: 'pageMismatch',
        number: number + 2,
        title: 'Фотография повестки',
        stated: 2,
        actual: 1,
      },
    ]);
  });

  it('rejects a fileId that is not a vault id, naming the item', () => {
    const { engine } = getServices();
    const sample = JSON.parse(
      readFileSync('templates/supreme-court-complaint/samples/complex.json', 'utf8'),
    ) as Record<string, unknown>;
    const issues = engine.validate(
      'supreme-court-complaint',
      { ...sample, attachments: [{ title: 'Скан', fileId: '../../etc/passwd' }] },
      'ru',
      '2026-11-20',
    );
    expect(issues.map((i) => i.path)).toEqual(['attachments[0].fileId']);
  });
});
