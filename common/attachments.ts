/**
 * «на N л.» from the attached file: an attachments item that names a vault file and states no
 * sheet count gets the file's. A count the lawyer typed stays (the paper original may differ);
 * the bundle's pre-flight reports any difference.
 */
import { ATTACHMENTS_GROUP, FILE_ID_KEY } from './answers.ts';

export function withFilePages(
  answers: Record<string, unknown>,
  files: readonly { readonly id: string; readonly pages: number }[],
): Record<string, unknown> {
  const items = answers[ATTACHMENTS_GROUP];
  if (!Array.isArray(items)) return answers;
  return {
    ...answers,
    [ATTACHMENTS_GROUP]: items.map((item: unknown) => {
      if (typeof item !== 'object' || item === null) return item;
      const record = item as Record<string, unknown>;
      const file = files.find((f) => f.id === record[FILE_ID_KEY]);
      const stated = record.pages;
      return file && (stated === undefined || stated === null || stated === '')
        ? { ...record, pages: file.pages }
        : item;
    }),
  };
}
