/** A command called the wrong way: exit 2 with the usage line. */
export class UsageError extends Error {}
