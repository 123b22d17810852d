/**
 * Clears the clipboards on lock and quit — but only while they still hold text copied from our
 * window. Clearing whatever is there wiped the user's own clipboard on every quit, even with no
 * vault open. What the window put there is told apart by what the clipboard held when the window
 * gained focus and what it holds when it loses it. On Linux the selection clipboard (what is merely
 * highlighted, pasted with the middle button) is a second board and is treated the same way.
 * Only SHA-256 digests are kept, never the text.
 */
import { createHash } from 'node:crypto';

/** The slice of Electron's (asynchronous) Clipboard the guard uses. */
export interface ClipboardLike {
  readText(): Promise<string>;
  clear(): void;
}

interface Board {
  readonly clipboard: ClipboardLike;
  /** Digest of what the board held when our window gained focus. */
  outside: string | null;
  /** Digest of what our window left on the board when it lost focus. */
  ours: string | null;
}

const digest = (text: string): string => createHash('sha256').update(text).digest('hex');
const EMPTY = digest('');

async function read(board: Board): Promise<string> {
  try {
    return digest(await board.clipboard.readText());
  } catch {
    return EMPTY; // an unreadable board is treated as not ours: never cleared on a guess
  }
}

export class ClipboardGuard {
  private readonly boards: Board[];

  constructor(clipboards: readonly (ClipboardLike | undefined)[]) {
    this.boards = clipboards
      .filter((c): c is ClipboardLike => c !== undefined)
      .map((clipboard) => ({ clipboard, outside: null, ours: null }));
  }

  async focused(): Promise<void> {
    for (const board of this.boards) board.outside = await read(board);
  }

  async blurred(): Promise<void> {
    for (const board of this.boards) {
      const now = await read(board);
      if (now !== board.outside && now !== EMPTY) board.ours = now;
    }
  }

  /** Clears each board that holds our text; `windowFocused`: text copied since focus is ours. */
  async clearIfOurs(windowFocused: boolean): Promise<number> {
    let cleared = 0;
    for (const board of this.boards) {
      const now = await read(board);
      const copiedWhileFocused = windowFocused && board.outside !== null && now !== board.outside;
      if (now !== EMPTY && (now === board.ours || copiedWhileFocused)) {
        board.clipboard.clear();
        cleared++;
      }
      board.ours = null;
      if (windowFocused) board.outside = EMPTY;
    }
    return cleared;
  }
}
