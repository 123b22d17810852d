/**
 * The helpers a filing template may call. Templates print; they do not compute — deadlines and
 * declensions come from common/ helpers tested there. Conditions may compare two values they are
 * given (`eq`, `before`), never derive one. Each helper reads the render's language and notices
 * from Handlebars' data frame (`@refuge`), set by the compiled template.
 */
import type Handlebars from 'handlebars';
import { localize } from '../../../common/locales/index.ts';
import type { Lang } from '../../../common/manifest.ts';
import {
  LEGAL_DATE_FORMS,
  compareDates,
  formatInclusiveLastDay,
  formatLegalDate,
  formatShortDate,
  isValidIsoDate,
  type LegalDateForm,
} from '../../../common/dates.ts';
import {
  declineFullName,
  eitherSexForm,
  fullName,
  kazakhNameCase,
  initialsAfter,
  initialsBefore,
  type Person,
} from '../../../common/names.ts';
import { plural } from '../../../common/plural.ts';
import { blankFormatted, isBlankToken } from '../blank.ts';
import type { CiteTable, Notice } from './types.ts';

const CASES = ['genitive', 'dative', 'accusative', 'instrumental'] as const;
type GrammaticalCase = (typeof CASES)[number];

export const HELPER_NAMES = [
  'date',
  'shortDate',
  'lastDay',
  'fullName',
  'initials',
  'initialsFirst',
  'latinName',
  'plural',
  'cite',
  'typedCite',
  'upper',
  'count',
  'inc',
  'eq',
  'ne',
  'and',
  'or',
  'not',
  'includes',
  'gt',
  'lt',
  'before',
  'isSet',
  'bySex',
] as const;

interface RenderData {
  readonly refuge: {
    readonly lang: Lang;
    readonly notices: Notice[];
    readonly markUnverified: boolean;
  };
}

function renderData(options: Handlebars.HelperOptions): RenderData['refuge'] {
  const data = (options.data as Partial<RenderData> | undefined)?.refuge;
  if (!data) throw new Error('template rendered without Refuge render data');
  return data;
}

/** Handlebars passes the options hash as the last argument; strip it. */
function args(raw: readonly unknown[]): { values: unknown[]; options: Handlebars.HelperOptions } {
  const options = raw[raw.length - 1] as Handlebars.HelperOptions;
  return { values: raw.slice(0, -1), options };
}

function asPerson(value: unknown, helper: string): Person {
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof (value as Person).lastName !== 'string'
  ) {
    throw new Error(`{{${helper}}} needs a person`);
  }
  return value as Person;
}

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

/** The helpers, bound to the cite table of the environment that registers them. */
export function createHelpers(
  cites: CiteTable,
): Record<(typeof HELPER_NAMES)[number], Handlebars.HelperDelegate> {
  return {
    date(...raw: unknown[]) {
      const { values, options } = args(raw);
      const d = asText(values[0]);
      const form = values[1] === undefined ? 'plain' : asText(values[1]);
      if (!LEGAL_DATE_FORMS.includes(form as LegalDateForm))
        throw new Error(`{{date}}: unknown form "${form}" (plain, locative or attributive)`);
      if (d === '') return '';
      if (isBlankToken(d)) return blankFormatted(d, 'legalDate');
      if (!isValidIsoDate(d)) throw new Error(`{{date}} got "${d}", not a date`);
      return formatLegalDate(d, renderData(options).lang, form as LegalDateForm);
    },
    shortDate(...raw: unknown[]) {
      const { values } = args(raw);
      const d = asText(values[0]);
      if (d === '') return '';
      if (isBlankToken(d)) return blankFormatted(d, 'shortDate');
      if (!isValidIsoDate(d)) throw new Error(`{{shortDate}} got "${d}", not a date`);
      return formatShortDate(d);
    },
    lastDay(...raw: unknown[]) {
      const { values, options } = args(raw);
      const d = asText(values[0]);
      if (d === '') return '';
      if (isBlankToken(d)) return blankFormatted(d, 'shortDate');
      if (!isValidIsoDate(d)) throw new Error(`{{lastDay}} got "${d}", not a date`);
      return formatInclusiveLastDay(d, renderData(options).lang);
    },
    fullName(...raw: unknown[]) {
      const { values, options } = args(raw);
      const person = asPerson(values[0], 'fullName');
      const grammaticalCase = values[1];
      if (isBlankToken(person.lastName))
        return blankFormatted(person.lastName, asText(grammaticalCase) || 'nominative');
      if (grammaticalCase === undefined) return fullName(person);
      if (!CASES.includes(grammaticalCase as GrammaticalCase))
        throw new Error(`{{fullName}}: unknown case "${String(grammaticalCase)}"`);
      const { notices, lang } = renderData(options);
      const result =
        lang === 'kk'
          ? kazakhNameCase(person, grammaticalCase as GrammaticalCase)
          : declineFullName(person, grammaticalCase as GrammaticalCase);
      if (result.source === 'auto') {
        notices.push({
          kind: 'autoDeclined',
          name: fullName(person),
          grammaticalCase: String(grammaticalCase),
          text: result.text,
        });
      } else if (result.source === 'undeclined' || result.warning) {
        notices.push({
          kind: 'undeclined',
          name: fullName(person),
          grammaticalCase: String(grammaticalCase),
          reason: result.warning ?? 'unknownEnding',
        });
      }
      return result.text;
    },
    initials(...raw: unknown[]) {
      const person = asPerson(args(raw).values[0], 'initials');
      if (isBlankToken(person.lastName)) return blankFormatted(person.lastName, 'initials');
      return initialsAfter(person);
    },
    initialsFirst(...raw: unknown[]) {
      const person = asPerson(args(raw).values[0], 'initialsFirst');
      if (isBlankToken(person.lastName)) return blankFormatted(person.lastName, 'initials');
      return initialsBefore(person);
    },
    latinName(...raw: unknown[]) {
      const person = asPerson(args(raw).values[0], 'latinName');
      if (isBlankToken(person.lastName)) return blankFormatted(person.lastName, 'latin');
      return person.latinName ?? '';
    },
    plural(...raw: unknown[]) {
      const { values, options } = args(raw);
      if (isBlankToken(values[0]))
        return `${values[0]}\u00A0${asText(values[3] ?? values[2] ?? values[1])}`;
      const n = Number(values[0]);
      if (!Number.isFinite(n)) throw new Error('{{plural}} needs a number');
      const forms = values.slice(1).map(asText);
      const lang = renderData(options).lang;
      const [one = '', few = one, many = few] = forms;
      // ru: one/few/many; en: one/other (second form); kk: nouns after numerals stay singular.
      const form =
        lang === 'ru'
          ? plural(n, { one, few, many, other: few }, lang)
          : lang === 'en'
            ? plural(n, { one, other: few }, lang)
            : one;
      return `${n}\u00A0${form}`;
    },
    cite(...raw: unknown[]) {
      const { values, options } = args(raw);
      const key = asText(values[0]);
      const cite = Object.hasOwn(cites, key) ? cites[key] : undefined;
      if (!cite) throw new Error(`{{cite "${key}"}}: no such cite in templates/cites.json`);
      const { lang, notices, markUnverified } = renderData(options);
      const text = cite[lang];
      if (!cite.verified && !notices.some((n) => n.kind === 'unverifiedCite' && n.key === key)) {
        notices.push({ kind: 'unverifiedCite', key, text, source: cite.source });
      }
      return !cite.verified && markUnverified
        ? `${text}\u00A0${localize(lang, 'citeNotes.unverifiedMark')}`
        : text;
    },
    /**
     * An article the lawyer typed («ст. 517 КоАП РК»): the same check as {{cite}}. It counts as
     * verified only when it is, word for word, the text of a verified cite of the table;
     * otherwise the pre-flight lists it and the preview marks it, like an unverified cite.
     */
    typedCite(...raw: unknown[]) {
      const { values, options } = args(raw);
      const typed = asText(values[0]);
      if (typed.trim() === '' || isBlankToken(typed)) return typed;
      const { lang, notices, markUnverified } = renderData(options);
      const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase(lang);
      const known = Object.values(cites).some((c) => c.verified && norm(c[lang]) === norm(typed));
      if (known) return typed;
      const key = `typed:${norm(typed)}`;
      if (!notices.some((n) => n.kind === 'unverifiedCite' && n.key === key))
        notices.push({
          kind: 'unverifiedCite',
          key,
          text: typed,
          source: localize(lang, 'citeNotes.typedSource'),
        });
      return markUnverified ? `${typed}\u00A0${localize(lang, 'citeNotes.unverifiedMark')}` : typed;
    },
    upper(...raw: unknown[]) {
      const { values, options } = args(raw);
      if (isBlankToken(values[0])) return values[0];
      return asText(values[0]).toLocaleUpperCase(
        renderData(options).lang === 'kk' ? 'kk-KZ' : renderData(options).lang,
      );
    },
    count(...raw: unknown[]) {
      const value = args(raw).values[0];
      return Array.isArray(value) ? value.length : 0;
    },
    inc(...raw: unknown[]) {
      return Number(args(raw).values[0]) + 1;
    },
    eq: (...raw: unknown[]) => {
      const { values } = args(raw);
      return values[0] === values[1];
    },
    ne: (...raw: unknown[]) => {
      const { values } = args(raw);
      return values[0] !== values[1];
    },
    and: (...raw: unknown[]) => args(raw).values.every(truthy),
    or: (...raw: unknown[]) => args(raw).values.some(truthy),
    not: (...raw: unknown[]) => !truthy(args(raw).values[0]),
    includes: (...raw: unknown[]) => {
      const { values } = args(raw);
      return Array.isArray(values[0]) && values[0].includes(values[1]);
    },
    gt: (...raw: unknown[]) => {
      const { values } = args(raw);
      return Number(values[0]) > Number(values[1]);
    },
    lt: (...raw: unknown[]) => {
      const { values } = args(raw);
      return Number(values[0]) < Number(values[1]);
    },
    /** Two ISO dates, the first earlier; false when either is not a date (never a guess). */
    before: (...raw: unknown[]) => {
      const [a, b] = args(raw).values;
      return typeof a === 'string' &&
        typeof b === 'string' &&
        isValidIsoDate(a) &&
        isValidIsoDate(b)
        ? compareDates(a, b) < 0
        : false;
    },
    isSet: (...raw: unknown[]) => truthy(args(raw).values[0]),
    /**
     * `{{bySex person "гражданина" "гражданки"}}`: the word for the person's sex. Unknown (a blank
     * form, a person not yet named) prints both (`eitherSexForm`), or the optional third text
     * («ребёнку» where «ему/ей» would read worse).
     */
    bySex(...raw: unknown[]) {
      const { values, options } = args(raw);
      const sex = asPerson(values[0], 'bySex').sex;
      const [male, female] = [asText(values[1]), asText(values[2])];
      if (sex === 'male') return male;
      if (sex === 'female') return female;
      return values[3] === undefined
        ? eitherSexForm(male, female, renderData(options).lang)
        : asText(values[3]);
    },
  };
}
