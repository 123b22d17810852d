import type ru from './ru.ts';

/** Every language has ru's sections; keys match modulo plural suffixes (tested). */
export type Strings = Readonly<Record<keyof typeof ru, Readonly<Record<string, string>>>>;
