/**
 * Which attachments of a filing become annexes of its bundle, and under which number. The number
 * is the one the filing prints in «Приложение:» (the markup numbers list items; keyed template
 * items such as the decision come first), so the stamp «Прил. 3» always matches the list.
 */
import {
  ATTACHMENTS_GROUP,
  FILE_ID_KEY,
  type Answers,
  type GroupItem,
} from '../../common/answers.ts';
import { inlineText, type FilingDocument } from '../engine/index.ts';
import type { BundleWarning } from './messages.ts';

export interface ListedAttachment {
  /** As printed: 1-based within its list. */
  readonly number: number;
  readonly text: string;
}

/** Every item of the filing's attachment lists, numbered as the writers number them. */
export function listedAttachments(doc: FilingDocument): ListedAttachment[] {
  const out: ListedAttachment[] = [];
  for (const block of doc.blocks)
    if (block.kind === 'list' && block.role === 'attachments')
      block.items.forEach((item, i) => out.push({ number: i + 1, text: inlineText(item.inlines) }));
  return out;
}

export interface FileAttachment {
  readonly fileId: string;
  readonly title: string;
  /** «на N л.» as the filing states it; null when left empty. */
  readonly statedPages: number | null;
}

/** Items of the answers' attachments group that carry a vault file. */
export function fileAttachments(answers: Answers): FileAttachment[] {
  const items = answers[ATTACHMENTS_GROUP];
  if (!Array.isArray(items)) return [];
  return (items as GroupItem[]).flatMap((item) =>
    typeof item[FILE_ID_KEY] === 'string' && item[FILE_ID_KEY] !== ''
      ? [
          {
            fileId: item[FILE_ID_KEY],
            title: typeof item.title === 'string' ? item.title : '',
            statedPages: typeof item.pages === 'number' ? item.pages : null,
          },
        ]
      : [],
  );
}

/** Whitespace (no-break spaces included) folded, so typography never breaks the match. */
function fold(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\s\u00A0\u00AD]+/g, ' ')
    .trim();
}

export interface MatchedAnnex extends FileAttachment {
  readonly number: number;
}

/**
 * Each file attachment is found in the printed list by its title, in order: templates print the
 * group's items one per list item, after their own fixed items, so the n-th file item is the first
 * later list item that starts with its title. One not found is reported, never guessed.
 */
export function matchAnnexes(
  listed: readonly ListedAttachment[],
  files: readonly FileAttachment[],
): { annexes: MatchedAnnex[]; warnings: BundleWarning[] } {
  const annexes: MatchedAnnex[] = [];
  const warnings: BundleWarning[] = [];
  let from = 0;
  for (const file of files) {
    const title = fold(file.title);
    const at = listed.findIndex(
      (l, i) => i >= from && title !== '' && fold(l.text).startsWith(title),
    );
    if (at < 0) {
      warnings.push({ kind: 'notListed', title: file.title });
      continue;
    }
    annexes.push({ ...file, number: (listed[at] as ListedAttachment).number });
    from = at + 1;
  }
  return { annexes, warnings };
}
