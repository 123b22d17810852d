/** Issue 21 item 9: bidi controls in names and text, «#» rows in CSV, links out of the window. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { safeFileName } from '../../common/file-names.ts';
import { BIDI_CONTROLS, normaliseAnswerText } from '../../common/text.ts';
import { parseCsv } from '../../main/batch/read.ts';
import { refuseWindowOpen } from '../../main/electron/guard.ts';
import { Vault } from '../../main/vault/index.ts';
import { getServices } from '../../main/services.ts';
import { sample, GOLDEN_TODAY } from '../helpers/golden.ts';
import { pdfText } from '../helpers/extract.ts';
import { tempDir } from '../helpers/temp.ts';

const RLO = '\u202E';
const CONTROLS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
const hasBidi = (s: string): boolean => new RegExp(BIDI_CONTROLS.source).test(s);

describe('bidi override controls', () => {
  it('are stripped by the one file-name sanitiser', () => {
    expect(safeFileName(`Иванов${RLO}fdp.exe.pdf`)).toBe('Ивановfdp.exe.pdf');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom(...CONTROLS)), { maxLength: 12 }),
        (parts) => !hasBidi(safeFileName(parts.join(''))),
      ),
      { numRuns: 500 },
    );
  });

  it('are stripped from answers, so the PDF text has none', async () => {
    expect(normaliseAnswerText(`Иванов${RLO}fdp.exe`)).toBe('Ивановfdp.exe');
    const { engine } = getServices();
    const base = sample('supreme-court-complaint', 'simple');
    const r = await engine.render(
      {
        templateId: 'supreme-court-complaint',
        answers: { ...base, facts: `Клиент Иванов${RLO}fdp.exe и ${'\u2067'}ещё${'\u2069'}.` },
        lang: 'ru',
        today: GOLDEN_TODAY,
      },
      'pdf',
    );
    const text = pdfText(r.bytes);
    expect(text).toContain('Ивановfdp.exe');
    expect(hasBidi(text)).toBe(false);
  });

  it('are stripped from attachment names', async () => {
    const vault = await Vault.create(join(tempDir(), 'v'), 'correct horse battery', {
      kdf: { N: 2 ** 10 },
    });
    const m = vault.createMatter({ title: 'T', client: { lastName: 'Л', firstName: 'И' } });
    const png = new PNG({ width: 2, height: 2 });
    const meta = await vault.addAttachment(m.id, {
      name: `Иванов${RLO}gnp.exe.png`,
      bytes: PNG.sync.write(png),
    });
    expect(meta.name).toBe('Ивановgnp.exe.png');
    expect(vault.listAttachments(m.id)[0]?.name).toBe('Ивановgnp.exe.png');
  });
});

describe('CSV rows starting with «#»', () => {
  it('are kept as data, not dropped as comments', () => {
    const t = parseCsv('name;address\n#1 Иванов;ул. Абая\nПетров;#12 Жибек Жолы\n');
    expect(t.rows.map((r) => r.cells.name)).toEqual(['#1 Иванов', 'Петров']);
    expect(t.rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it('the help line above the header (batch-template writes one) is still skipped', () => {
    const t = parseCsv('# Фамилия | Имя\r\nlast;first\r\n#хэштег;Анна\r\n');
    expect(t.headers).toEqual(['last', 'first']);
    expect(t.rows).toEqual([{ row: 3, cells: { last: '#хэштег', first: 'Анна' } }]);
  });
});

describe('links the page asks to open', () => {
  it('are all refused; nothing is handed to the system browser', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => refuseWindowOpen({ url }).action === 'deny'),
      { numRuns: 200 },
    );
    const main = readFileSync(new URL('../../main/electron/main.ts', import.meta.url), 'utf8');
    expect(main).not.toMatch(/openExternal/);
    expect(main.match(/setWindowOpenHandler\(refuseWindowOpen\)/g)).toHaveLength(2);
  });
});
