/** `-o <file.pdf|file.docx>`: the format is the file's extension. */
import { extname, resolve } from 'node:path';
import { LANGS, type Lang } from '../../../common/manifest.ts';
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
  if ((LANGS as readonly string[]).includes(value)) return value as Lang;
  throw new UsageError(`--lang: ${value}`);
}
