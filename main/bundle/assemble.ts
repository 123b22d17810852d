/**
 * From a rendered filing and the matter's attached files to a bundle: which attachments are
 * annexes and under which number (annexes.ts), their bytes from `readFile`, then buildBundle.
 * Files named by the answers but gone from the matter, or not found in «Приложение:», become
 * warnings — the bundle is still made from the rest, and the lawyer sees what is missing.
 */
import type { Answers } from '../../common/answers.ts';
import type { FilingDocument, FontBytes } from '../engine/index.ts';
import { fileAttachments, listedAttachments, matchAnnexes } from './annexes.ts';
import { buildBundle, type AnnexInput, type BundleResult } from './index.ts';
import type { AttachmentMime } from './inspect.ts';
import type { BundleWarning } from './messages.ts';

export interface AttachedFile {
  readonly id: string;
  readonly mime: AttachmentMime;
}

export interface AssembleInput {
  readonly document: FilingDocument;
  readonly answers: Answers;
  readonly filingPdf: Uint8Array;
  readonly files: readonly AttachedFile[];
  readonly readFile: (fileId: string) => Uint8Array;
  readonly fonts: Pick<FontBytes, 'regular' | 'bold'>;
  readonly index?: boolean;
  readonly dpi?: number;
}

export async function assembleBundle(input: AssembleInput): Promise<BundleResult> {
  const { annexes, warnings } = matchAnnexes(
    listedAttachments(input.document),
    fileAttachments(input.answers),
  );
  const missing: BundleWarning[] = [];
  const inputs: AnnexInput[] = [];
  for (const annex of annexes) {
    const file = input.files.find((f) => f.id === annex.fileId);
    if (!file) {
      missing.push({ kind: 'missingFile', title: annex.title });
      continue;
    }
    inputs.push({
      number: annex.number,
      title: annex.title,
      statedPages: annex.statedPages,
      mime: file.mime,
      bytes: input.readFile(file.id),
    });
  }
  const result = await buildBundle({
    filing: input.filingPdf,
    lang: input.document.lang,
    annexes: inputs,
    fonts: input.fonts,
    ...(input.index !== undefined ? { index: input.index } : {}),
    ...(input.dpi !== undefined ? { dpi: input.dpi } : {}),
  });
  return { ...result, warnings: [...warnings, ...missing, ...result.warnings] };
}
