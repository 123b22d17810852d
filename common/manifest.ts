/**
 * The template manifest: one zod schema that drives the form, the CLI's validation and batch
 * column mapping. Conditions (`when`) and deadline rules are data, never code.
 */
import { z } from './zod.ts';
import { READINGS } from './deadlines.ts';
import { LANGS } from './lang.ts';

// Re-exported: common/lang.ts is the languages' home; many modules import them from here.
export { LANGS, type Lang } from './lang.ts';

export const localized = z
  .object({ ru: z.string().min(1), kk: z.string().min(1), en: z.string().min(1) })
  .strict();
export type Localized = z.infer<typeof localized>;

/**
 * Courts a field may name (templates/courts.json): the oblast or city court, its criminal and
 * administrative collegia, the specialised investigative court, the specialised interdistrict
 * administrative court, the court for administrative offences, a district court.
 */
export const COURT_KINDS = [
  'regional',
  'regionalCriminal',
  'regionalAdministrative',
  'investigative',
  'administrative',
  'adminOffences',
  'district',
] as const;
export type CourtKind = (typeof COURT_KINDS)[number];
/**
 * The answer every draft may carry beside its fields: the matter's region (templates/courts.json),
 * which the region's fields follow. No manifest may name a field so (refuge lint).
 */
export const REGION_KEY = 'region';

export const COURT_FORMS = ['nominative', 'genitive', 'accusative', 'dative'] as const;
export type CourtForm = (typeof COURT_FORMS)[number];

const fieldKey = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'field keys are camelCase identifiers');
/** A path to a field: `key` or `group.key` (inside a group, relative keys refer to the same item). */
const fieldPath = z.string().regex(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/);
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export type Condition =
  | { field: string; equals: string | number | boolean | null }
  | { field: string; notEquals: string | number | boolean | null }
  | { field: string; in: (string | number)[] }
  | { field: string; includes: string } // a multiple select contains the value
  | { field: string; truthy: boolean } // non-empty text, true, non-empty list
  | { deadlinePassed: string } // the deadline with this id is computed and already passed
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ field: fieldPath, equals: scalar }).strict(),
    z.object({ field: fieldPath, notEquals: scalar }).strict(),
    z.object({ field: fieldPath, in: z.array(z.union([z.string(), z.number()])).min(1) }).strict(),
    z.object({ field: fieldPath, includes: z.string() }).strict(),
    z.object({ field: fieldPath, truthy: z.boolean() }).strict(),
    z.object({ deadlinePassed: z.string().min(1) }).strict(),
    z.object({ all: z.array(condition).min(1) }).strict(),
    z.object({ any: z.array(condition).min(1) }).strict(),
    z.object({ not: condition }).strict(),
  ]),
);

const base = {
  key: fieldKey,
  label: localized,
  help: localized.optional(),
  required: z.boolean().default(false),
  when: condition.optional(),
  /** Section id (see manifest.sections); the form groups fields by it. */
  section: z.string().optional(),
  /** Column header hints for batch import besides key and labels. */
  aliases: z.array(z.string()).optional(),
  /**
   * Document languages in which the field is asked and printed (absent: all). A language-bound
   * answer — a citizenship in the case the sentence needs, a court's name — exists once per
   * document language: `citizenship` for the Russian text, `citizenshipKk` for the Kazakh one.
   */
  languages: z.array(z.enum(LANGS)).min(1).optional(),
};

/** A field of one type: the keys every field has, its type, and its own keys, nothing else. */
function fieldOf<T extends string, S extends z.core.$ZodLooseShape>(type: T, own: S) {
  return z.object({ ...base, type: z.literal(type), ...own }).strict();
}

const textField = fieldOf('text', {
  maxLength: z.number().int().positive().default(500),
  pattern: z.string().optional(),
  patternHint: localized.optional(),
  placeholder: localized.optional(),
  default: z.string().optional(),
  /**
   * A court's name (templates/courts.json): the filing screen offers the region's courts of
   * this kind, in the field's one language (ru or kk) and case (`courtForm`, default nominative);
   * a default is replaced by the region's first court of the kind.
   */
  courtKind: z.enum(COURT_KINDS).optional(),
  courtForm: z.enum(COURT_FORMS).optional(),
  /** The place of signing: a default is replaced by the region's place in the document language. */
  regionPlace: z.boolean().optional(),
  /**
   * The default names a body of this region (templates/courts.json id) that the court table
   * does not list (e.g. Almaty's employment department): left at the default in a matter of
   * another region, the pre-flight says so rather than let a filing go to the wrong body.
   */
  regionalDefault: z.string().min(1).optional(),
});

const multilineField = fieldOf('multiline', {
  maxLength: z.number().int().positive().default(200_000),
  placeholder: localized.optional(),
  default: z.string().optional(),
});

/** 'today' is the Asia/Almaty civil date at validation time. */
const dateBound = z.union([z.literal('today'), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);

const dateField = fieldOf('date', {
  min: dateBound.optional(),
  max: dateBound.optional(),
});

const numberField = fieldOf('number', {
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().default(false),
  default: z.number().optional(),
});

const selectField = fieldOf('select', {
  multiple: z.boolean().default(false),
  options: z
    .array(
      z
        .object({
          value: z.string().min(1),
          label: localized,
          /**
           * Said in the pre-flight when this option is chosen (never blocks the render): e.g. an
           * offence category for which the law bars the filing.
           */
          warning: localized.optional(),
          /**
           * With `warning`: said only while this holds — e.g. `{ "not": { "deadlinePassed": … } }`
           * for a period that must run out before the filing is made. Since Refuge 0.3.0.
           */
          warningWhen: condition.optional(),
        })
        .strict(),
    )
    .min(1),
  default: z.union([z.string(), z.array(z.string())]).optional(),
});

const booleanField = fieldOf('boolean', {
  default: z.boolean().optional(),
  /**
   * The flag is computed, never ticked: true when one of these deadlines (ids of `deadlines`)
   * has passed every reading on the filing day (`late` in common/answers.ts). Templates keep
   * reading the flag by its name; the form shows it as a fact, not a checkbox.
   */
  lateOf: z.array(z.string().min(1)).min(1).optional(),
  /**
   * With `lateOf`: judge lateness on this date field's day instead of the filing day — the day a
   * detainee handed the complaint to the administration (УПК ст. 49 ч. 1). Empty date: not late.
   */
  asOf: fieldKey.optional(),
});

const iinField = fieldOf('iin', {
  /**
   * The date field (same group item first, then top level) holding the birth date of the IIN's
   * holder: the IIN encodes it, and a valid IIN of another person must not pass.
   */
  birthDateField: fieldKey.optional(),
  /** The person field of the IIN's holder, whose sex the IIN encodes. */
  personField: fieldKey.optional(),
});

/** A person: name parts, sex, passport Latin spelling, and confirmed case forms. */
const personField = fieldOf('person', {
  /** Ask for the Latin spelling from the passport (UN filings print it). */
  latin: z.boolean().default(false),
  /** Ask for (and prefill) genitive/dative/accusative/instrumental forms. */
  declension: z.boolean().default(true),
});

export type ScalarField =
  | z.infer<typeof textField>
  | z.infer<typeof multilineField>
  | z.infer<typeof dateField>
  | z.infer<typeof numberField>
  | z.infer<typeof selectField>
  | z.infer<typeof booleanField>
  | z.infer<typeof iinField>
  | z.infer<typeof personField>;

const SCALAR_FIELDS = [
  textField,
  multilineField,
  dateField,
  numberField,
  selectField,
  booleanField,
  iinField,
  personField,
] as const;
const scalarField = z.discriminatedUnion('type', SCALAR_FIELDS);

const groupField = fieldOf('group', {
  min: z.number().int().nonnegative().default(0),
  max: z.number().int().positive().default(50),
  itemLabel: localized,
  fields: z.array(scalarField).min(1),
});

export type GroupField = z.infer<typeof groupField>;
export type Field = ScalarField | GroupField;
export type FieldType = Field['type'];

export const field = z.discriminatedUnion('type', [...SCALAR_FIELDS, groupField]);

/**
 * How a period counted in calendar days or in months ends: whether a last day off moves to the
 * next working day, and whether the event's own day is the first counted.
 */
const periodEnd = {
  rollOver: z.enum(['nextWorkingDay', 'none']),
  firstDayCounts: z.boolean().optional(),
};

/** Deadline rules are data; common/deadlines.ts computes them. */
export const deadlineRule = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('calendarDays'), days: z.number().int().positive(), ...periodEnd })
    .strict(),
  z.object({ kind: z.literal('workingDays'), days: z.number().int().positive() }).strict(),
  z
    .object({ kind: z.literal('months'), months: z.number().int().positive(), ...periodEnd })
    .strict(),
]);

const reading = z.enum(READINGS);

export const deadline = z
  .object({
    id: fieldKey,
    label: localized,
    /** The date field whose day triggers the period (it starts the next day). */
    from: fieldPath,
    /** The earliest defensible last day: the deadline the app shows and the filings rely on. */
    rule: deadlineRule,
    /** Which reading `rule` follows, when the law admits more than one (shown to the lawyer). */
    reading: reading.optional(),
    /** Cite keys (templates/cites.json) of the rule's legal basis. */
    basis: z.array(z.string()).min(1),
    /**
     * Later readings of a doubtful rule, shown beside the deadline as «возможно, по …» with their
     * basis; a filing made within one of them argues it is in time (common/deadlines.ts). A
     * reading with `when` exists only for the answers it holds for (e.g. five days instead of one
     * only where a border crossing point existed), so one deadline need not be written twice.
     * Since Refuge 0.2.0.
     */
    alternatives: z
      .array(
        z
          .object({
            reading,
            rule: deadlineRule,
            basis: z.array(z.string()).min(1),
            when: condition.optional(),
          })
          .strict(),
      )
      .default([]),
    when: condition.optional(),
    /**
     * "related": a term of another step that this filing relies on or waits for (the time to
     * appeal a refusal it calls appealable; the body's time to decide a complaint before a claim),
     * not the filing's own. Shown with the others and worded as that («истёк», never «документ
     * доказывает подачу в срок»), and not asked first: its date stays in its own section.
     * Since Refuge 0.3.0.
     */
    role: z.enum(['filing', 'related']).optional(),
    /**
     * A related term the filing is built around (the Supreme Court complaint's ten days, while
     * which a transfer cannot happen): its dates are asked first, as a filing's own term's are,
     * and it is still worded as another step's. Since Refuge 0.4.0.
     */
    askedFirst: z.boolean().optional(),
    /**
     * false: a related term that only decides what the filing may say (the judge's 72 hours,
     * a step already taken): shown on the form and in the pre-flight, kept off the matter page,
     * Home's list and the calendar, where it would read as a day still to keep. Since Refuge 0.5.0.
     */
    listed: z.boolean().optional(),
  })
  .strict();
export type DeadlineSpec = z.infer<typeof deadline>;

export const manifestSchema = z
  .object({
    $schemaVersion: z.literal(1),
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    title: localized,
    /** What the filing is for, one or two sentences, shown on the home screen. */
    purpose: localized,
    /**
     * What the lawyer must know or do besides filing this document (e.g. «file the same day; send
     * the UN request in parallel»), shown at the top of the filing screen. Never printed.
     */
    notice: localized.optional(),
    /** Short deadline hint for the home screen, e.g. "10 days from receiving the decision". */
    deadlineHint: localized.optional(),
    /** Document languages this filing exists in; each has templates/<id>/template.<lang>.hbs. */
    languages: z.array(z.enum(LANGS)).min(1),
    /** Cite keys (templates/cites.json) of the legal basis, shown in the README and pre-flight. */
    legalBasis: z.array(z.string()).min(1),
    sections: z.array(z.object({ id: z.string(), title: localized }).strict()).min(1),
    fields: z.array(field).min(1),
    deadlines: z.array(deadline).default([]),
  })
  .strict();

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestInput = z.input<typeof manifestSchema>;
