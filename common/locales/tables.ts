/**
 * The tables, one per language: main's and common's messages (`messages/<lang>.json`) and the
 * UI's strings (`ui/<lang>.json`) as one object each. Data as JSON, which i18next reads as it is;
 * the keys are checked here, at compile time, against ru's (common/locales/README.md).
 */
import enMessages from './messages/en.json' with { type: 'json' };
import kkMessages from './messages/kk.json' with { type: 'json' };
import ruMessages from './messages/ru.json' with { type: 'json' };
import enUi from './ui/en.json' with { type: 'json' };
import kkUi from './ui/kk.json' with { type: 'json' };
import ruUi from './ui/ru.json' with { type: 'json' };
import type { NoExtraKeys, Strings } from './shape.ts';

/** Main's sections first: a UI section of the same name would shadow one (the test catches it). */
export const ru = { ...ruMessages, ...ruUi };

/**
 * kk's or en's table, when it has exactly ru's keys (the plural forms its language needs): a key
 * missing is not assignable to `Strings`, a key too many is required to be `never`.
 */
const exactly = <T extends Strings & NoExtraKeys<T>>(table: T): Strings => table;

export const kk = exactly({ ...kkMessages, ...kkUi });
export const en = exactly({ ...enMessages, ...enUi });
