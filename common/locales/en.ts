/** The whole en table (common/locales/tables.ts), for code that imports it from here. */
export { en as default } from './tables.ts';
