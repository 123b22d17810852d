/**
 * The old import path of the handler table, kept for the code that still names it: the table is
 * assembled in main/ipc/index.ts from one thin file per domain, over the use cases of main/app/.
 */
export { createHandlers, preflightView } from './index.ts';
