/**
 * A spreadsheet that cannot be read. Its own module: the CLI recognises it on every command and
 * must not load the XLSX reader (3 MB of code) to do so.
 */
export class TableError extends Error {}
