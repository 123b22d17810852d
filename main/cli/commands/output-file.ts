/** `-o <file.pdf|file.docx>`: the format is the file's extension. */
import { extname, resolve } from 'node:path';
import { isLang, type Lang } from '../../../common/lang.ts';
import { UsageError } from '../errors.ts';
import { cliText } from '../messages.ts';

export function outputFormat(file: string, ui: Lang): { path: string; format: 'pdf' | 'docx' } {
  const ext = extname(file).toLowerCase();
  if (ext !== '.pdf' && ext !== '.docx')
    throw new UsageError(cliText('badExtension', ui, { file }));
  return { path: resolve(file), format: ext === '.pdf' ? 'pdf' : 'docx' };
}

export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (isLang(value)) return value;
  throw new UsageError(`--lang: ${value}`);
}
