/** The whole kk table (common/locales/tables.ts), for code that imports it from here. */
export { kk as default } from './tables.ts';
