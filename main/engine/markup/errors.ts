/** Where a filing's markup is wrong: the message, and the line and column of the place. */
export class MarkupError extends Error {
  constructor(
    readonly detail: string,
    readonly line: number,
    readonly column: number,
    readonly source: string,
  ) {
    super(`${source}:${line}:${column}: ${detail}`);
    this.name = 'MarkupError';
  }
}

/**
 * 1-based line and column of offsets in a text, from a table of line starts built once: a
 * filing of thousands of tags reports its one error in O(log lines), never by re-reading the
 * text before each tag (that made family lists quadratic). Lines end at «\n»; a column counts
 * UTF-16 units, as editors and saxes do.
 */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.min(Math.max(0, offset), text.length);
    // The last line start at or before `at`.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - (starts[lo] ?? 0) + 1 };
  };
}
