/** An answers file as the CLI reads it: UTF-8 with or without a BOM, a sample's header apart. */
import { readFileSync } from 'node:fs';
import { splitSample, type SampleInfo } from '../../common/samples.ts';

export function readAnswersFile(file: string): {
  answers: Record<string, unknown>;
  sample: SampleInfo | null;
} {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const { answers, sample } = splitSample(JSON.parse(text) as unknown);
  return { answers: answers as Record<string, unknown>, sample };
}
