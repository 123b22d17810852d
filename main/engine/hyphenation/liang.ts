/**
 * Liang's pattern matching (TeX's hyphenation) over the compiled tables of the `hyphen` npm package.
 *
 * We use the package's data, not its `hyphenateSync`: that function re-tokenises text, skips HTML,
 * builds a soft-hyphenated string we would have to parse back, walks its trie through
 * `Object.prototype.toString` on every node, and caches every word it ever saw in two unbounded
 * objects. It also applies its exception list at the wrong offsets (the stored markers are the
 * hyphens' indices in the *hyphenated* spelling, so "биз-нес-мен" comes out as "биз-несм-ен");
 * `parsePatterns` corrects them. Here: one pass over the word, a typed array of levels, no strings
 * built per letter beyond the dotted word itself.
 *
 * Table layout (hyphen ≥ 1.14): `[levelsTable, trie, exceptions?]`.
 * - `trie[ch]` is a child node, a number (index into levelsTable, leaf), or `[child, index]`.
 * - A pattern found while walking from letter s of the word applies its levels from position s
 *   (position p = before word[p]); patterns starting with the word-boundary dot "." were stored
 *   without the level before the dot, so they apply from position 0 too.
 * - `exceptions[word]` lists marker positions as described above (corrected on load).
 */

type TrieEntry = number | TrieNode | readonly [TrieNode, number];
interface TrieNode {
  readonly [ch: string]: TrieEntry | undefined;
}

export interface PatternTable {
  readonly levels: readonly (readonly number[])[];
  readonly trie: TrieNode;
  /** Lowercase word → break positions (break before word[i]). */
  readonly exceptions: ReadonlyMap<string, readonly number[]>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Checks the shape of a `hyphen/patterns/*.js` table (cheaply: top level only) and fixes exceptions. */
export function parsePatterns(raw: unknown, name: string): PatternTable {
  // A CommonJS module imported from ESM arrives as its `module.exports`, or wrapped once more in
  // `{ default }` depending on the loader (Node, vitest, esbuild's interop).
  const table = Array.isArray(raw)
    ? raw
    : isObject(raw) && Array.isArray(raw.default)
      ? raw.default
      : undefined;
  if (!table || !Array.isArray(table[0]) || !isObject(table[1])) {
    throw new Error(`hyphenation patterns "${name}": unexpected table shape`);
  }
  const exceptions = new Map<string, readonly number[]>();
  if (isObject(table[2])) {
    for (const [word, markers] of Object.entries(table[2])) {
      if (!Array.isArray(markers)) continue;
      // markers[k] counts the k hyphens written before it: subtract them.
      exceptions.set(
        word,
        markers.map((m: unknown, k) => Number(m) - k).filter((p) => p > 0 && p < word.length),
      );
    }
  }
  return { levels: table[0] as PatternTable['levels'], trie: table[1] as TrieNode, exceptions };
}

/**
 * Raw pattern break positions of a lowercase word: every i in 1..n-1 with an odd level (break
 * between word[i-1] and word[i]). No minimum lengths or language rules applied here.
 */
export function liangBreaks(table: PatternTable, lower: string): number[] {
  const exception = table.exceptions.get(lower);
  if (exception) return exception.slice();
  const n = lower.length;
  if (n < 2) return [];
  const dotted = `.${lower}.`;
  const end = dotted.length;
  const levels = new Uint8Array(n + 1);
  const { trie, levels: levelsTable } = table;
  for (let start = 0; start < end - 1; start++) {
    const base = start === 0 ? 0 : start - 1;
    let node: TrieNode = trie;
    for (let m = start; m < end; m++) {
      const entry: TrieEntry | undefined = node[dotted[m] as string];
      if (entry === undefined) break;
      let next: TrieNode | undefined;
      let index = -1;
      if (typeof entry === 'number') {
        index = entry;
      } else if (Array.isArray(entry)) {
        next = entry[0] as TrieNode;
        index = entry[1] as number;
      } else {
        next = entry as TrieNode;
      }
      if (index >= 0) {
        const pattern = levelsTable[index];
        if (pattern) {
          for (let k = 0; k < pattern.length; k++) {
            const at = base + k;
            const value = pattern[k] as number;
            if (at <= n && value > (levels[at] as number)) levels[at] = value;
          }
        }
      }
      if (next === undefined) break;
      node = next;
    }
  }
  const out: number[] = [];
  for (let i = 1; i < n; i++) if (((levels[i] as number) & 1) === 1) out.push(i);
  return out;
}
