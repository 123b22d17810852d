/**
 * The languages Refuge speaks: of a filing (chosen per filing), of the interface and of the CLI's
 * messages. One type for all three, so a language can never be checked against one list and
 * stored under another.
 */
export const LANGS = ['ru', 'kk', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
