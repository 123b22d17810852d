import type { ru } from './tables.ts';

/** i18next plural suffixes: ru needs _one/_few/_many, kk and en _one/_other. */
type PluralBase<K extends string> = K extends `${infer B}_one`
  ? B
  : K extends `${infer B}_few`
    ? B
    : K extends `${infer B}_many`
      ? B
      : K extends `${infer B}_other`
        ? B
        : never;
type Plain<K extends string> = [PluralBase<K>] extends [never] ? K : never;

/** A key as code asks for it: plural suffixes folded (i18next picks the form from `count`). */
export type BaseKey<S> = { [K in keyof S & string]: Plain<K> | PluralBase<K> }[keyof S & string];

/**
 * One section in kk or en: every plain key ru has, and _one/_other for each of ru's plurals.
 * A missing key is a type error, not a blank on screen (an extra one: `NoExtraKeys`).
 */
type SectionLike<S> = { readonly [K in keyof S & string as Plain<K>]: string } & {
  readonly [K in `${PluralBase<keyof S & string>}_${'one' | 'other'}`]: string;
};

export type Ru = typeof ru;
/** The shape every language's table has: ru's sections and keys. */
export type Strings = { readonly [S in keyof Ru]: SectionLike<Ru[S]> };
/**
 * `T` with every section and key that `Strings` lacks required to be `never`: a table with a key
 * ru does not have fails to compile, and the error names it.
 */
export type NoExtraKeys<T> = {
  readonly [S in keyof T]: S extends keyof Strings
    ? { readonly [K in keyof T[S]]: K extends keyof Strings[S] ? string : never }
    : never;
};
/** Any section-of-strings table, for code that walks the tables without knowing their keys. */
export type Table = Readonly<Record<string, Readonly<Record<string, string>>>>;
