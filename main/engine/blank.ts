/**
 * Blank forms: the same filing, same layout, with a labelled line to write on wherever an answer
 * would be printed — for a border post or a transit zone where no laptop is allowed.
 *
 * How: every written answer (text, date, person, number, IIN, multiline, group item) is replaced
 * in the template context by a token `\uE000path\uE001` (Unicode private use: never escaped, never
 * typed by a lawyer). Helpers that format a value pass the token on with what they would have
 * done (`person|genitive`, a date form). After the markup is parsed, every token becomes
 * underscores with the field's label in italics. Choices (booleans, selects) keep the answers the
 * lawyer gave, or the manifest's defaults, so the form follows the branch the lawyer chose.
 */
import type { Field, Manifest } from '../../common/manifest.ts';
import type { Lang } from '../../common/lang.ts';
import type {
  Answers,
  GroupItem,
  PersonAnswer,
  ScalarAnswer,
  ValidationIssue,
} from '../../common/answers.ts';
import { formatMessage } from '../../common/messages.ts';
import { askedIn, resetUnasked } from '../../common/answers.ts';
import { emptyValue, evaluateCondition } from '../../common/answer-values.ts';
import type { Block, FilingDocument, Inline, ListItem, Paragraph, TextRun } from './model.ts';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const TOKEN = /\uE000([^\uE001]*)\uE001/g;

export function blankToken(path: string): string {
  return `${OPEN}${path}${CLOSE}`;
}

export function isBlankToken(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(OPEN);
}

/** The field path inside a token: `\uE000defender.lastName\uE001` → `defender`. */
function tokenField(token: string): string {
  return token.slice(1, -1).split(/[.|]/)[0] ?? '';
}

/** What a helper makes of a blank: `{{fullName person "genitive"}}` → `\uE000person|genitive\uE001`. */
export function blankFormatted(value: string, how: string): string {
  const path = value.slice(1, value.indexOf(CLOSE)).split('|')[0] ?? '';
  const field = path.replace(/\.(lastName|firstName|middleName|latinName)$/, '');
  return blankToken(`${field}|${how}`);
}

/** Groups get this many empty items to write in (family members, attachments, charges). */
const GROUP_ROWS = 3;

/** A choice inside a blank group row the lawyer did not fill: the manifest's default. */
function choiceDefault(field: Field): ScalarAnswer {
  if (field.type === 'boolean') return field.default ?? false;
  if (field.type === 'select') return field.default ?? (field.multiple ? [] : '');
  return '';
}

/** A person's chosen sex: a choice (it decides the Russian endings), not text to write. */
function chosenSex(given: unknown): PersonAnswer['sex'] {
  const sex = (given as Partial<PersonAnswer> | null | undefined)?.sex;
  return sex === 'male' || sex === 'female' ? sex : '';
}

function blankValue(field: Field, path: string, given?: unknown): ScalarAnswer | undefined {
  switch (field.type) {
    case 'text':
    case 'multiline':
    case 'date':
    case 'iin':
    case 'number':
      return blankToken(path);
    case 'person':
      return {
        lastName: blankToken(`${path}.lastName`),
        firstName: blankToken(`${path}.firstName`),
        middleName: blankToken(`${path}.middleName`),
        latinName: blankToken(`${path}.latinName`),
        sex: chosenSex(given),
        forms: { genitive: '', dative: '', accusative: '', instrumental: '' },
      };
    default:
      return undefined;
  }
}

/**
 * The choices a blank form cannot leave to the pen: a required single choice the filing asks
 * decides which text is printed (which committee, which stage), and without it the form mixes
 * branches. Each comes back as an issue naming its options in `lang`, with an answers file that
 * would choose the first of each (`example`), for the person to edit.
 */
export function unchosenChoices(
  manifest: Manifest,
  issues: readonly ValidationIssue[],
  lang: Lang,
): { issues: ValidationIssue[]; example: Readonly<Record<string, string>> } {
  const example: Record<string, string> = {};
  const unchosen = issues.flatMap((i): ValidationIssue[] => {
    const field = manifest.fields.find((f) => f.key === i.path);
    // Several choices left empty are a form's own affair: it may list them all to underline.
    if (i.code !== 'required' || field?.type !== 'select' || field.multiple) return [];
    example[field.key] = field.options[0]?.value ?? '';
    const options = field.options.map((o) => `${o.value} (${o.label[lang]})`).join('; ');
    return [
      { ...i, code: 'blankChoice', message: formatMessage('blankChoice', lang, { options }) },
    ];
  });
  return { issues: unchosen, example };
}

/**
 * The template context's answers for a blank form: choices from `structure` (already prepared,
 * defaults applied, unasked fields reset), every written answer replaced by its token — but only
 * where the chosen branch asks it. A field its condition hides keeps its empty value: a token
 * there would print the hidden branch as answered (a refusal of status the lawyer said had not
 * come, «в присвоении статуса беженца отказано»).
 */
export function blankAnswers(manifest: Manifest, structure: Answers, docLang: Lang): Answers {
  const answers: Answers = { ...structure };
  // No deadline has passed on a blank: it reads as filed in time.
  const hidden = resetUnasked(manifest, { ...structure }, new Set(), docLang);
  for (const field of manifest.fields) {
    if (hidden.has(field.key)) continue;
    if (field.type === 'group') {
      const given = Array.isArray(structure[field.key])
        ? (structure[field.key] as GroupItem[])
        : [];
      answers[field.key] = Array.from({ length: Math.max(GROUP_ROWS, field.min ?? 0) }, (_, i) => {
        // The row's choices first: they decide which of its written answers it asks.
        const item: GroupItem = Object.fromEntries(
          field.fields.map((sub) => [
            sub.key,
            isWritten(sub) ? emptyValue(sub) : (given[i]?.[sub.key] ?? choiceDefault(sub)),
          ]),
        ) as GroupItem;
        for (const sub of field.fields) {
          const asked =
            askedIn(sub, docLang) &&
            (!sub.when || evaluateCondition(sub.when, structure, item, new Set()));
          const value = asked
            ? blankValue(sub, `${field.key}.${sub.key}`, given[i]?.[sub.key])
            : undefined;
          if (value !== undefined) item[sub.key] = value;
        }
        return item;
      });
      continue;
    }
    const value = blankValue(field, field.key, structure[field.key]);
    if (value !== undefined) answers[field.key] = value;
  }
  return answers;
}

/** Whether a blank prints a line for the field (an answer written by hand), not a choice. */
function isWritten(field: Field): boolean {
  return blankValue(field, '') !== undefined;
}

interface BlankWords {
  readonly cases: Readonly<Record<string, string>>;
  /**
   * Dates leave the whole year to write: a birth year (or the year a client settled) is 19..,
   * and a pre-printed «20» would have to be crossed out on the one date that identifies the person.
   */
  readonly legalDate: string;
  readonly shortDate: string;
  readonly initials: string;
  readonly latin: string;
  readonly lastName: string;
  readonly firstName: string;
  readonly middleName: string;
}

const WORDS: Readonly<Record<Lang, BlankWords>> = {
  ru: {
    cases: {
      genitive: 'в родительном падеже',
      dative: 'в дательном падеже',
      accusative: 'в винительном падеже',
      instrumental: 'в творительном падеже',
    },
    legalDate: '«____» ______________ ________ года',
    shortDate: '____.____.________',
    initials: 'фамилия и инициалы',
    latin: 'латиницей, как в паспорте',
    lastName: 'фамилия',
    firstName: 'имя',
    middleName: 'отчество',
  },
  kk: {
    cases: {
      genitive: 'ілік септігінде',
      dative: 'барыс септігінде',
      accusative: '',
      instrumental: '',
    },
    legalDate: '________ жылғы «____» ______________',
    shortDate: '____.____.________',
    initials: 'тегі және аты-жөнінің бас әріптері',
    latin: 'паспорттағыдай латын әріптерімен',
    lastName: 'тегі',
    firstName: 'аты',
    middleName: 'әкесінің аты',
  },
  en: {
    cases: { genitive: '', dative: '', accusative: '', instrumental: '' },
    legalDate: '____ ______________ ________',
    shortDate: '____.____.________',
    initials: 'family name and initials',
    latin: 'as in the passport',
    lastName: 'family name',
    firstName: 'first name',
    middleName: 'patronymic',
  },
};

/** Underscores a hand can write on; a line of them fits the text width at 14 pt with room left. */
const SHORT_BLANK = '_'.repeat(16);
const NAME_BLANK = '_'.repeat(34);
const TEXT_BLANK = '_'.repeat(26);
const FULL_LINE = '_'.repeat(64);
const LIST_LINE = '_'.repeat(58);
const ADDRESSEE_LINE = 20;
/** A signer's name shares half a line with the signature line: a full-length blank overruns it. */
const SIGNER_NAME_LINE = 20;
const WRITING_LINES = 5;

function fieldAt(manifest: Manifest, path: string): Field | undefined {
  const [head, sub] = path.split('.');
  const field = manifest.fields.find((f) => f.key === head);
  if (field?.type === 'group' && sub) return field.fields.find((f) => f.key === sub);
  return field;
}

/** The blank for one token: what to print in place of the answer, and the label after it. */
function fill(
  token: string,
  manifest: Manifest,
  lang: Lang,
): { line: string; label: string; multiline: boolean } {
  const words = WORDS[lang];
  const inner = token.slice(1, -1);
  const [path = '', how = ''] = inner.split('|');
  const fieldPath = how ? path : path.replace(/\.(lastName|firstName|middleName|latinName)$/, '');
  const part = how ? '' : (/\.(lastName|firstName|middleName|latinName)$/.exec(path)?.[1] ?? '');
  const field = fieldAt(manifest, fieldPath);
  const label = field?.label[lang] ?? fieldPath;
  if (how === 'legalDate') return { line: words.legalDate, label: '', multiline: false };
  if (how === 'shortDate') return { line: words.shortDate, label: '', multiline: false };
  if (field?.type === 'date') return { line: words.shortDate, label: '', multiline: false };
  if (field?.type === 'multiline') return { line: FULL_LINE, label, multiline: true };
  if (field?.type === 'person') {
    const hint =
      how === 'initials' || how === 'initialsFirst'
        ? words.initials
        : how === 'latin' || part === 'latinName'
          ? words.latin
          : part
            ? words[part as 'lastName' | 'firstName' | 'middleName']
            : (words.cases[how] ?? '');
    return {
      line: how === 'initials' || how === 'initialsFirst' || part ? TEXT_BLANK : NAME_BLANK,
      label: hint ? `${label}, ${hint}` : label,
      multiline: false,
    };
  }
  if (field?.type === 'number') return { line: SHORT_BLANK, label, multiline: false };
  return { line: TEXT_BLANK, label, multiline: false };
}

/** «Номер постановления» → «номер постановления»; «ИИН» stays. */
function asLabel(label: string): string {
  const [first = '', second = ''] = [...label];
  return second === second.toLocaleLowerCase()
    ? first.toLocaleLowerCase() + label.slice(first.length)
    : label;
}

function italic(text: string, base: TextRun): TextRun {
  return { ...base, text, italic: true, underline: false, bold: false, noHyphenate: false };
}

/**
 * Replace the tokens inside runs by underscores + an italic «(label)». `maxLine` caps the
 * underscores where the column is narrow (the addressee block is half a page wide).
 */
function fillInlines(
  inlines: readonly Inline[],
  manifest: Manifest,
  lang: Lang,
  maxLine = Infinity,
): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (inline.kind !== 'text' || !inline.text.includes(OPEN)) {
      out.push(inline);
      continue;
    }
    let at = 0;
    for (const m of inline.text.matchAll(TOKEN)) {
      const index = m.index;
      if (index > at) out.push({ ...inline, text: inline.text.slice(at, index) });
      const { line, label } = fill(m[0], manifest, lang);
      const shown = /^_+$/.test(line) ? line.slice(0, maxLine) : line;
      out.push({ ...inline, text: shown, underline: false, noHyphenate: true });
      if (label) out.push(italic(`\u00A0(${asLabel(label)})`, inline));
      at = index + m[0].length;
    }
    if (at < inline.text.length) out.push({ ...inline, text: inline.text.slice(at) });
  }
  return out;
}

/** A paragraph (or list item) that is nothing but one multiline answer becomes lines to write on. */
function loneMultiline(
  inlines: readonly Inline[],
  manifest: Manifest,
): { field: string } | undefined {
  const text = inlines.map((i) => (i.kind === 'text' ? i.text : '\n')).join('');
  const m = /^\s*(\uE000[^\uE001]*\uE001)\s*$/.exec(text);
  if (!m?.[1]) return undefined;
  const field = fieldAt(manifest, tokenField(m[1]));
  return field?.type === 'multiline' ? { field: m[1] } : undefined;
}

function writingParagraphs(token: string, manifest: Manifest, lang: Lang): Paragraph[] {
  const { label } = fill(token, manifest, lang);
  const run: TextRun = { kind: 'text', text: '' };
  return [
    {
      kind: 'paragraph',
      role: 'plain',
      align: 'left',
      keepWithNext: true,
      inlines: [italic(`(${asLabel(label)})`, run)],
    },
    ...Array.from({ length: WRITING_LINES }, (): Paragraph => ({
      kind: 'paragraph',
      role: 'plain',
      align: 'left',
      inlines: [{ kind: 'text', text: FULL_LINE, noHyphenate: true }],
    })),
  ];
}

/** The parsed filing with every blank token turned into lines and labels. */
export function fillBlanks(document: FilingDocument, manifest: Manifest): FilingDocument {
  const lang = document.lang;
  const blocks: Block[] = [];
  for (const block of document.blocks) {
    switch (block.kind) {
      case 'paragraph': {
        const lone = loneMultiline(block.inlines, manifest);
        if (lone) blocks.push(...writingParagraphs(lone.field, manifest, lang));
        else if (block.inlines.some((i) => i.kind === 'text' && i.text.includes(OPEN)))
          // Justifying a line around a long blank opens gaps wider than the words: set it ragged.
          blocks.push({
            ...block,
            ...(block.role === 'body' || block.role === 'plain' ? { align: 'left' as const } : {}),
            inlines: fillInlines(block.inlines, manifest, lang),
          });
        else blocks.push(block);
        break;
      }
      case 'addressee':
        blocks.push({
          ...block,
          lines: block.lines.map((line) => fillInlines(line, manifest, lang, ADDRESSEE_LINE)),
        });
        break;
      case 'list': {
        const items: ListItem[] = [];
        for (const item of block.items) {
          const lone = loneMultiline(item.inlines, manifest);
          if (lone) {
            // The lawyer's own requests or attachments: one line to write each on.
            for (let i = 0; i < GROUP_ROWS; i++)
              items.push({ inlines: [{ kind: 'text', text: LIST_LINE, noHyphenate: true }] });
          } else if (item.inlines.some((i) => i.kind === 'text' && i.text.includes(OPEN)))
            items.push({
              ...item,
              ragged: true,
              inlines: fillInlines(item.inlines, manifest, lang),
            });
          else items.push(item);
        }
        blocks.push({ ...block, items });
        break;
      }
      case 'table':
        blocks.push({
          ...block,
          rows: block.rows.map((row) => ({
            ...row,
            cells: row.cells.map((cell) => ({
              inlines: fillTableCell(cell.inlines, manifest, lang),
            })),
          })),
        });
        break;
      case 'signature':
        blocks.push({
          ...block,
          date: fillInlines(block.date, manifest, lang),
          ...(block.place ? { place: fillInlines(block.place, manifest, lang) } : {}),
          signers: block.signers.map((s) => ({
            role: fillInlines(s.role, manifest, lang),
            name: fillInlines(s.name, manifest, lang, SIGNER_NAME_LINE),
          })),
        });
        break;
      default:
        blocks.push(block);
    }
  }
  return { ...document, blocks };
}

/** In a table the column header names the field: a cell gets only room to write. */
function fillTableCell(inlines: readonly Inline[], manifest: Manifest, lang: Lang): Inline[] {
  return inlines.map((inline) =>
    inline.kind === 'text' && inline.text.includes(OPEN)
      ? {
          ...inline,
          text: inline.text.replace(TOKEN, (token) => {
            const { line } = fill(token, manifest, lang);
            return /^_+$/.test(line) ? line.slice(0, 12) : line;
          }),
          noHyphenate: true,
        }
      : inline,
  );
}
