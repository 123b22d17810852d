/**
 * A paralegal can discover the CLI (issue 20): `refuge help` lists every command the CLI runs,
 * and each command answers `--help` with its usage, options and an example, in the user's
 * language, exit 0. Usage errors say what is wrong, under a usage heading, exit 2.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/index.ts';
import { COMMAND_NAMES } from '../../main/cli/table.ts';

async function run(
  args: string[],
  lang = 'en',
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const before = process.env.REFUGE_LANG;
  process.env.REFUGE_LANG = lang;
  try {
    const code = await runCli(args, {
      out: (t) => (out += `${t}\n`),
      err: (t) => (err += `${t}\n`),
    });
    return { code, out, err };
  } finally {
    if (before === undefined) delete process.env.REFUGE_LANG;
    else process.env.REFUGE_LANG = before;
  }
}

/** Forms a paralegal reads in `refuge help`, with their arguments and required options. */
const FORMS = [
  'vault init',
  'vault passwd',
  'vault export <file>',
  'matter new <templateId> <answers.json>',
  'matter detach <matter> <fileId>',
  'matter delete-draft <matter> <draft>',
  'pack build <templates-dir> --key <private.pem> -o <file.refugepack>',
  'pack status',
];

describe('refuge help', () => {
  it('knows the commands a paralegal needs most', () => {
    expect(COMMAND_NAMES).toEqual(
      expect.arrayContaining(['render', 'batch', 'batch-template', 'vault', 'matter', 'bundle']),
    );
  });

  it.each(COMMAND_NAMES)(
    'lists %s, which answers --help with usage, options and an example',
    async (command) => {
      const help = await run(['help']);
      expect(help.code).toBe(0);
      expect(help.out).toMatch(new RegExp(`^ {2}${command}[\\s|]`, 'm'));
      for (const asked of [
        [command, '--help'],
        [command, '-h'],
        ['help', command],
      ]) {
        const own = await run(asked);
        expect(own.code, own.err).toBe(0);
        expect(own.out).toMatch(new RegExp(`^Usage:\\n {2}refuge ${command}[\\s\\n]`, 'm'));
        expect(own.out).toMatch(/^Options:\n {2}/m);
        expect(own.out).toMatch(/^ {2}-h, --help +this help$/m);
        expect(own.out).toMatch(new RegExp(`^Example:\\n {2}\\S*.*refuge ${command}\\b`, 'm'));
        // Only this command's forms under the usage heading.
        const usage = own.out
          .split('Options:')[0]
          ?.split('\n')
          .filter((l) => /^ {2}refuge /.test(l));
        expect(usage?.every((l) => l.startsWith(`  refuge ${command}`))).toBe(true);
      }
    },
  );

  it('answers in the user’s language', async () => {
    const ru = await run(['vault', '--help'], 'ru');
    expect(ru.out).toContain('Использование:');
    expect(ru.out).toContain(
      '  refuge vault export <file> [--passphrase-stdin] [--matter <matter>]\n',
    );
    expect(ru.out).toMatch(/^ +зашифрованная копия хранилища или одного дела$/m);
    const kk = await run(['help'], 'kk');
    expect(kk.out).toMatch(
      /^ {2}matter attach <matter> <file>… \[options\] +іске файлдар тіркеу$/m,
    );
  });

  it('lists every form of vault, matter and pack', async () => {
    const { out } = await run(['help']);
    const missing = FORMS.filter((form) => !out.includes(`\n  ${form}`));
    expect(missing).toEqual([]);
  });
});

describe('usage errors', () => {
  it.each([
    [
      ['render', 'supreme-court-complaint', '-o', 'x.pdf'],
      'missing <answers.json>',
      'refuge render <id>',
    ],
    [
      ['render', 'supreme-court-complaint', 'a.json'],
      'missing -o <file.pdf|file.docx>',
      'refuge render',
    ],
    [['vault', '--help-me', 'list'], 'unknown option --help-me', 'refuge vault list'],
    [['vault', 'list', '--matter', 'x'], 'unknown option --matter', 'refuge vault list'],
    [['vault'], 'say what to do', 'refuge vault wipe'],
    [['vault', 'open'], 'unknown subcommand «open»', 'refuge vault init'],
    [['templates', 'extra'], 'unexpected argument «extra»', 'refuge templates [--json]'],
    [['describe', 'x', '--json=yes'], '--json takes no value', 'refuge describe'],
    [['batch', 'id', 'rows.csv', '-o'], '-o needs a value', 'refuge batch <id>'],
    [['render', 'id', 'a.json', '-o', '--pdfa'], '-o needs a value', 'refuge render <id>'],
    [['templates', '--constructor'], 'unknown option --constructor', 'refuge templates'],
    [['deadlines', 'soon'], 'unexpected argument «soon»', 'refuge deadlines'],
    [['completion', 'tcsh'], '«tcsh»: one of bash, zsh, fish', 'refuge completion'],
    [
      ['blank', 'x', '-o', 'x.pdf', '--lang', 'de'],
      '«--lang de»: one of ru, kk, en',
      'refuge blank',
    ],
    [
      ['batch', 'id', 'rows.csv', '-o', 'out', '--jobs', '0'],
      '--jobs 0: a whole number from 1 to 64 is expected',
      'refuge batch',
    ],
    [
      ['bundle', 'm', 'f', '-o', 'b.pdf', '--dpi', '150.5'],
      '--dpi 150.5: a whole number from 72 to 600 is expected',
      'refuge bundle',
    ],
    [
      ['batch', 'id', 'rows.csv', '-o', 'out', '--format', 'odt'],
      '«--format odt»: one of pdf, docx, pdf,docx, docx,pdf',
      'refuge batch',
    ],
  ])('%j → exit 2: the reason, then its usage', async (args, reason, usage) => {
    const { code, err, out } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(`Wrong usage: ${reason}\nUsage:\n`);
    expect(err).toMatch(new RegExp(`^ {2}${usage.replace(/[[\]|.<>]/g, '\\$&')}`, 'm'));
  });

  it('--pdfa without PDF among the formats is refused before anything is read', async () => {
    const args = ['batch', 'id', 'missing.csv', '-o', 'out', '--format', 'docx', '--pdfa'];
    const { code, err } = await run(args, 'ru');
    expect(code).toBe(2);
    expect(err).toContain('--pdfa создаёт файлы PDF/A: добавьте PDF в --format');
  });

  it('in the user’s language', async () => {
    const { code, err } = await run(['matter', 'show'], 'kk');
    expect(code).toBe(2);
    expect(err).toContain('көрсетілмеген: <matter>\nҚолданылуы:\n  refuge matter show <matter>');
  });

  it('an unknown command is named, and `refuge` alone shows the list with exit 2', async () => {
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown command "frobnicate"');
    expect((await run(['help', 'frobnicate'])).code).toBe(2);
    const bare = await run([]);
    expect(bare.code).toBe(2);
    expect(bare.out).toMatch(/^ {2}render /m);
  });
});

describe('refuge --version', () => {
  it('prints the version package.json gives, the one a pack refusal names', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = await run([flag]);
      expect(r.code).toBe(0);
      expect(r.out).toBe(`refuge ${version}\n`);
    }
    expect((await run(['help'])).out).toContain('refuge --version');
  });
});

describe('refuge blank without its choices', () => {
  it('names each choice with its options and an answers file to edit; writes nothing; exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'refuge-blank-'));
    try {
      const file = join(dir, 'form.pdf');
      const r = await run(['blank', 'un-interim-measures', '-o', file, '--lang', 'en'], 'ru');
      expect(r.code).toBe(2);
      expect(r.err).toContain(
        'Бланк заполняется от руки, но выбор, от которого зависит его текст, делается заранее.',
      );
      expect(r.err).toContain('  unCommittee (Комитет ООН): варианты: cat (');
      expect(r.err).toContain(
        '{"unCommittee":"cat","removalType":"extradition","removalStage":"checkUnderway"}',
      );
      expect(existsSync(file)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
