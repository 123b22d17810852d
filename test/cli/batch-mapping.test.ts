/**
 * `refuge batch --mapping` reads which column fills which field from a file instead of matching
 * headers, and `--save-mapping` writes the mapping it used: what a paralegal saves once for a
 * spreadsheet whose headers are their own (app/batch-run.ts, runBatchFromFile).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBatchCli } from '../../main/cli/commands/batch.ts';
import { tempDir } from '../helpers/temp.ts';

const dir = tempDir('batch-mapping');

async function batch(...extra: string[]): Promise<{ code: number; out: string; err: string }> {
  return batchIn('en', ...extra);
}

async function batchIn(
  ui: 'ru' | 'kk' | 'en',
  ...extra: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = { out: (t: string) => (out += `${t}\n`), err: (t: string) => (err += `${t}\n`) };
  const csv = join(dir, 'rows.csv');
  const args = ['refugee-application', csv, '-o', join(dir, 'out'), '--jobs', '1', ...extra];
  const code = await runBatchCli('batch', args, ui, io);
  return { code, out, err };
}

const report = (): string => readFileSync(join(dir, 'out', 'report.csv'), 'utf8');

describe('refuge batch --mapping / --save-mapping', () => {
  writeFileSync(join(dir, 'rows.csv'), 'Фам;Имя\nЖылдызбаева;Айгерим\n');
  const mapping = { Фам: 'applicant.lastName', Имя: 'applicant.firstName' };

  it('headers of one’s own match nothing on their own, and the saved mapping says so', async () => {
    const saved = join(dir, 'auto.json');
    const run = await batch('--save-mapping', saved);
    expect(run.err).toContain('column "Фам" matches no field and is ignored');
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual({});
    expect(report()).not.toContain('"Фам"');
  });

  it('a mapping file ties them to the fields, and is saved back as it was used', async () => {
    const given = join(dir, 'mine.json');
    writeFileSync(given, JSON.stringify(mapping));
    const saved = join(dir, 'saved.json');
    const run = await batch('--mapping', given, '--save-mapping', saved, '--force');
    expect(run.err).not.toContain('matches no field');
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual(mapping);
    // The names were read from «Фам» and «Имя»: what the applicant still lacks is named there.
    expect(report()).toContain(
      '2,failed,"Фам","Asylum seeker: Give the sex (needed for declension)"',
    );
  });

  it('says what it ignored, each row’s problems and what it made in the user’s language', async () => {
    const run = await batchIn('ru', '--force');
    expect(run.code).toBe(3);
    expect(run.err).toContain('столбец «Фам» не подходит ни к одному полю и пропущен');
    expect(run.err).toMatch(/^строка 2, \S+: /m);
    expect(run.out).toContain('готово: 0, уже было: 0, с ошибками: 1 — отчёт: ');
  });
});
