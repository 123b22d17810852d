/**
 * A spreadsheet that cannot be read. Its own module: the CLI recognises it on every command and
 * must not load the XLSX reader (3 MB of code) to do so. `limit` marks a file refused by the
 * size and row caps (decompression bombs), with the figures the message names.
 */
export type TableLimit = 'fileTooLarge' | 'unpackedTooLarge' | 'tooManyRows' | 'tooManyCells';

export class TableError extends Error {
  constructor(
    message: string,
    readonly limit?: TableLimit,
    readonly params: Readonly<Record<string, number>> = {},
  ) {
    super(message);
  }
}
