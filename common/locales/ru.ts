/** The whole ru table (common/locales/tables.ts), for code that imports it from here. */
export { ru as default } from './tables.ts';
