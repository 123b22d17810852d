import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, existsSync, statSync, rmSync } from 'node:fs';

import { join } from 'node:path';
import { runCli } from '../../main/cli/index.ts';
import { PDFDocument } from 'pdf-lib';
import { pdfPageCount, pdfText, docxParagraphs } from '../helpers/extract.ts';
import { sampleFile, sampleOn, samplesByLanguage } from '../helpers/golden.ts';
import { getServices } from '../../main/services.ts';
import { pinnedDayClock, setClock } from '../../common/clock.ts';
import { testDay } from '../helpers/clock.ts';
import { tempDir } from '../helpers/temp.ts';

const SAMPLE = 'templates/supreme-court-complaint/samples/complex.json';

async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const saved = { ...process.env };
  Object.assign(process.env, { REFUGE_LANG: 'en' }, env);
  try {
    const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    process.env = saved;
  }
}

describe('refuge CLI', () => {
  const dir = tempDir('cli');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists templates as JSON and describes one', async () => {
    const list = await cli(['templates', '--json']);
    expect(list.code).toBe(0);
    const ids = (JSON.parse(list.out) as { id: string }[]).map((t) => t.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'refugee-application',
        'extradition-objection',
        'supreme-court-complaint',
      ]),
    );
    const described = await cli(['describe', 'supreme-court-complaint', '--json']);
    expect(described.code).toBe(0);
    expect(JSON.parse(described.out)).toMatchObject({
      id: 'supreme-court-complaint',
      languages: expect.arrayContaining(['ru']),
    });
  });

  it('validates: exit 0 for a sample, exit 2 with every error named by path', async () => {
    expect((await cli(['validate', 'supreme-court-complaint', SAMPLE])).code).toBe(0);
    const answers = sampleFile(SAMPLE);
    const broken = { ...answers, copyReceivedDate: '31.02.2026', bogusField: 1 };
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const result = await cli(['validate', 'supreme-court-complaint', file]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('bogusField');
    const ru = await cli(['validate', 'supreme-court-complaint', file], { REFUGE_LANG: 'ru' });
    expect(ru.err).toContain('Неизвестное поле');
  });

  it('validates for the document language given: an English filing needs each Latin name', async () => {
    const answers = sampleFile('templates/un-interim-measures/samples/simple.json');
    const file = join(dir, 'no-latin.json');
    const person = answers.person as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...answers, person: { ...person, latinName: '' } }));
    // Russian and Kazakh filings print the Cyrillic name: the Latin one is asked, not required.
    expect((await cli(['validate', 'un-interim-measures', file, '--lang', 'ru'])).code).toBe(0);
    const en = await cli(['validate', 'un-interim-measures', file, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.err).toContain('person.latinName');
    expect(en.err).toContain('give the name as the passport spells it');
    expect((await cli(['validate', 'un-interim-measures', file, '--lang', 'xx'])).code).toBe(2);
  });

  it('renders PDF and DOCX by extension, never leaving a stack trace', async () => {
    const pdf = join(dir, 'complaint.pdf');
    const docx = join(dir, 'complaint.docx');
    expect(
      (await cli(['render', 'supreme-court-complaint', SAMPLE, '-o', pdf, '--today', '2026-11-25']))
        .code,
    ).toBe(0);
    expect(
      (
        await cli([
          'render',
          'supreme-court-complaint',
          SAMPLE,
          '-o',
          docx,
          '--today',
          '2026-11-25',
        ])
      ).code,
    ).toBe(0);
    expect(pdfText(readFileSync(pdf))).toContain('Верховный Суд');
    expect(docxParagraphs(readFileSync(docx)).join('\n')).toContain('Верховный Суд');
    expect(statSync(pdf).mode & 0o077).toBe(0); // exports are not world-readable
  });

  it('renders PDF/A-2b with --pdfa, and refuses it for DOCX', async () => {
    const pdf = join(dir, 'complaint-a.pdf');
    const args = ['render', 'supreme-court-complaint', SAMPLE, '--today', '2026-11-25', '--pdfa'];
    expect((await cli([...args, '-o', pdf])).code).toBe(0);
    const bytes = readFileSync(pdf).toString('latin1');
    expect(bytes).toMatch(/\/Metadata \d+ 0 R/);
    expect(bytes).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(bytes).toContain('/GTS_PDFA1');
    expect(pdfText(readFileSync(pdf))).toContain('Верховный Суд');
    const docx = await cli([...args, '-o', join(dir, 'complaint-a.docx')], { REFUGE_LANG: 'ru' });
    expect(docx.code).toBe(2);
    expect(docx.err).toContain('--pdfa создаёт файл PDF/A');
  });

  it.each([
    [['render', 'no-such-filing', SAMPLE, '-o', 'x.pdf'], 2, /No filing "no-such-filing"/],
    [['render', 'supreme-court-complaint', SAMPLE, '-o', 'x.txt'], 2, /\.pdf or \.docx/],
    [['render', 'supreme-court-complaint', 'missing.json', '-o', 'x.pdf'], 1, /ENOENT/],
    [['frobnicate'], 2, /unknown command/],
  ])('%j → exit %i', async (args, code, message) => {
    const result = await cli(args as string[]);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it('reports a broken answers file as invalid JSON with exit 2 (real process)', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{ "client": ');
    const result = spawnSync(
      process.execPath,
      ['bin/refuge.js', 'render', 'supreme-court-complaint', file, '-o', join(dir, 'y.pdf')],
      { encoding: 'utf8', env: { ...process.env, REFUGE_LANG: 'ru' } },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('не корректный JSON');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'y.pdf'))).toBe(false);
  }, 60_000);
});

describe('refuge vault and matter (real processes, passphrase on stdin)', () => {
  const home = tempDir('home');
  // Answers files are plaintext the user keeps elsewhere: never under the vault's home.
  const scratch = tempDir('answers');
  afterAll(() => {
    rmSync(home, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });
  // Every process of the story runs on the test's day (a date of the sweep, or today).
  const today = testDay();
  const run = (args: string[], input: string) =>
    spawnSync(process.execPath, ['bin/refuge.js', ...args, '--passphrase-stdin'], {
      encoding: 'utf8',
      input,
      env: { ...process.env, REFUGE_HOME: home, REFUGE_LANG: 'en', REFUGE_TODAY: today },
    });

  it('creates a vault, stores a matter from answers, shows its deadline, refuses a wrong passphrase', () => {
    expect(run(['vault', 'init'], 'a long vault passphrase\n').status).toBe(0);
    const answersFile = join(scratch, 'first.json');
    writeFileSync(
      answersFile,
      JSON.stringify(sampleOn('templates/supreme-court-complaint/samples/simple.json', today)),
    );
    const created = run(
      ['matter', 'new', 'supreme-court-complaint', answersFile],
      'a long vault passphrase\n',
    );
    expect(created.status).toBe(0);
    const id = created.stdout.trim();
    const shown = run(['matter', 'show', id], 'a long vault passphrase\n');
    expect(shown.stdout).toContain('Орлов Максим Игоревич');
    expect(shown.stdout).toMatch(/Deadlines[\s\S]*Complaint to the Supreme Court/);
    expect(run(['vault', 'list'], 'a long vault passphrase\n').stdout).toContain(id);
    const wrong = run(['vault', 'list'], 'not the passphrase\n');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('Wrong passphrase');
    for (const file of readdirSync(home, { recursive: true }) as string[]) {
      const path = join(home, file);
      if (statSync(path).isFile())
        expect(readFileSync(path).includes(Buffer.from('Орлов'))).toBe(false);
    }
  }, 120_000);

  it('attaches a scan to the matter and bundles the complaint with it, stamped, without the app', async () => {
    const pass = 'a long vault passphrase\n';
    run(['vault', 'init'], pass); // already there when the test above ran first
    // The sample's story moved to the test's day: the copy received five days ago, in time.
    const answers = sampleOn('templates/supreme-court-complaint/samples/simple.json', today);
    const answersFile = join(scratch, 'answers.json');
    writeFileSync(answersFile, JSON.stringify(answers));
    const id = run(['matter', 'new', 'supreme-court-complaint', answersFile], pass).stdout.trim();
    const scan = await PDFDocument.create();
    scan.addPage([595, 842]);
    scan.addPage([842, 595]);
    const scanFile = join(home, 'Заключение эксперта.pdf');
    writeFileSync(scanFile, await scan.save());
    const attached = run(['matter', 'attach', id, scanFile], pass);
    expect(attached.status).toBe(0);
    expect(attached.stdout).toMatch(/Заключение эксперта\.pdf {2}2 sheet\(s\)/);
    const fileId = attached.stdout.trim().split(/\s+/)[0] ?? '';

    // The item names its file; the sheet count is left for the file to give.
    answers.attachments = [{ title: 'Заключение эксперта', fileId }];
    writeFileSync(answersFile, JSON.stringify(answers));
    expect(run(['matter', 'draft', id, 'supreme-court-complaint', answersFile], pass).status).toBe(
      0,
    );

    const out = join(home, 'bundle.pdf');
    const bundled = run(['bundle', id, 'supreme-court-complaint', '-o', out, '--index'], pass);
    expect(bundled.status, bundled.stderr).toBe(0);
    const bytes = readFileSync(out);
    const text = pdfText(bytes, true).replace(/\s+/g, ' ');
    const number = /(\d)\. Заключение эксперта — на 2 л\./.exec(text)?.[1];
    expect(number, text.slice(-1500)).toBeDefined();
    expect(text).toContain(`Прил. ${number}, л. 1`);
    expect(text).toContain(`Прил. ${number}, л. 2`);
    expect(pdfPageCount(bytes)).toBeGreaterThanOrEqual(2 + 2); // filing + index + two sheets
  }, 120_000);
});

describe('every shipped sample, on whatever day the suite runs', () => {
  const dir = tempDir('samples');
  const { loaded } = getServices();
  const cases = loaded.templates.flatMap((template) =>
    samplesByLanguage(
      readdirSync(join(template.origin, 'samples')),
      template.manifest.languages,
    ).map(
      ([file, lang]) =>
        [template.manifest.id, join(template.origin, 'samples', file), lang] as const,
    ),
  );

  it.each(cases)(
    '%s: %s renders to PDF and DOCX in %s without --today, as of its own day',
    async (id, file, lang) => {
      // The caller's clock is the test day (each day of the sweep, or today).
      setClock(pinnedDayClock(testDay()));
      for (const ext of ['pdf', 'docx']) {
        const out = join(dir, `${id}.${lang}.${ext}`);
        const result = await cli(['render', id, file, '-o', out, '--lang', lang]);
        expect(result.code, result.err).toBe(0);
        expect(result.err).toMatch(/A sample written for \d\d\.\d\d\.\d{4}: /);
        expect(statSync(out).size).toBeGreaterThan(1000);
      }
    },
  );
});
