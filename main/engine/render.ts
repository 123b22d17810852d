/**
 * The pipeline: answers → validate + normalise → Handlebars (strict) → markup → model → DOCX | PDF.
 * Pure: templates, cites and font bytes are handed in by the caller (main/templates.ts, main/fonts.ts).
 */
import type { DeadlineSpec, Manifest } from '../../common/manifest.ts';
import type { Lang } from '../../common/lang.ts';
import {
  computeDeadlines,
  evaluateCondition,
  filingDay,
  prepareAnswers,
  type Answers,
  type ComputedDeadline,
  type ValidationIssue,
} from '../../common/answers.ts';
import { holidayWarnings } from '../../common/filing-deadlines.ts';
import { compareDates, type IsoDate } from '../../common/dates.ts';
import { READINGS, type ReadingId } from '../../common/deadlines.ts';
import {
  createEnvironment,
  type CiteTable,
  type CompiledTemplate,
  type Notice,
  type PartialTable,
} from './handlebars.ts';
import { parseMarkup } from './markup.ts';
import { blankAnswers, blankToken, fillBlanks, unchosenChoices } from './blank.ts';
import { inlineText, type FilingDocument } from './model.ts';
import type { FontBytes } from './fonts/faces.ts';
import type { WordBreaker } from './layout/layout.ts';
import type { PdfRenderer } from './pdf/pdf.ts';
import * as clock from '../../common/clock.ts';
import { applyRegion, regionNotices, type CourtTable } from '../../common/courts.ts';

/** One filing's template: its manifest and its sources by language (one folder of templates/). */
export interface FilingTemplate {
  readonly manifest: Manifest;
  /** template.<lang>.hbs sources by document language. */
  readonly sources: Partial<Record<Lang, string>>;
  /** Where it came from, for error messages. */
  readonly origin: string;
}

export type OutputFormat = 'pdf' | 'docx';

export interface RenderRequest {
  readonly templateId: string;
  /** The filing version a draft was written with; absent: the newest (main/packs/template-library.ts). */
  readonly templateVersion?: string;
  readonly answers: unknown;
  readonly lang: Lang;
  /** Language of validation messages (the UI's), independent of the document's. */
  readonly messagesLang?: Lang;
  /** Asia/Almaty civil date used for deadlines and `today` bounds. */
  readonly today: IsoDate;
  /** Timestamp written into document properties; absent: the clock's now (common/clock.ts). */
  readonly now?: Date;
  /** Render even when answers have issues (live preview of a half-filled form). */
  readonly allowIncomplete?: boolean;
  /**
   * The live preview: each unverified cite is followed by «[не проверено]» in the text, so the
   * lawyer sees it where it stands. Never set for an export, a print or a batch.
   */
  readonly markUnverified?: boolean;
  /** PDF output as PDF/A-2b (archives, e-filing); ignored for DOCX. */
  readonly pdfa?: boolean;
  /**
   * A blank form for handwriting: written answers become labelled lines; `answers` only choose
   * the branches (booleans, selects), defaults otherwise.
   */
  readonly blank?: boolean;
}

/** What the lawyer must see before filing; the lawyer decides. */
export interface Preflight {
  readonly issues: readonly ValidationIssue[];
  /** What the answers' normalisation changed or suspects (look-alike letters, another language). */
  readonly answerNotices: readonly ValidationIssue[];
  readonly notices: readonly Notice[];
  readonly deadlines: readonly ComputedDeadline[];
  /** Years touched by deadlines whose holidays the table does not know or has not verified. */
  readonly holidayWarnings: readonly {
    year: number;
    code: 'holidaysUnknown' | 'holidaysUnverified';
  }[];
}

export class AnswersInvalid extends Error {
  constructor(readonly issues: readonly ValidationIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    this.name = 'AnswersInvalid';
  }
}

/** A blank form asked for without the choices that decide its text (`unchosenChoices`). */
export class BlankNeedsChoices extends AnswersInvalid {
  constructor(
    issues: readonly ValidationIssue[],
    /** An answers file choosing the first option of each: for the person to edit. */
    readonly example: Readonly<Record<string, string>>,
  ) {
    super(issues);
    this.name = 'BlankNeedsChoices';
  }
}

export class UnknownTemplate extends Error {
  constructor(readonly templateId: string) {
    super(`unknown template "${templateId}"`);
    this.name = 'UnknownTemplate';
  }
}

export class LanguageUnavailable extends Error {
  constructor(
    readonly templateId: string,
    readonly lang: Lang,
  ) {
    super(`template "${templateId}" has no "${lang}" version`);
    this.name = 'LanguageUnavailable';
  }
}

export interface BuiltDocument {
  readonly document: FilingDocument;
  readonly markup: string;
  readonly preflight: Preflight;
  readonly answers: Answers;
}

export interface RenderedFile extends BuiltDocument {
  readonly bytes: Uint8Array;
  readonly format: OutputFormat;
}

export interface PdfOptions {
  /** PDF/A-2b: XMP metadata, sRGB output intent, file identifier (main/engine/pdf/pdfa.ts). */
  readonly pdfa?: boolean;
}

export interface EngineOptions {
  readonly templates: readonly FilingTemplate[];
  readonly cites: CiteTable;
  /** Shared argument blocks (templates/partials/). */
  readonly partials?: PartialTable;
  /** Loaded on first PDF render (DOCX-only batches never read the fonts). */
  readonly loadFonts: () => FontBytes | Promise<FontBytes>;
  /** Hyphenation for a document language, loaded on first use. */
  readonly loadBreaker: (lang: Lang) => Promise<WordBreaker>;
  /** The regions and their courts (courts.json), read at each build: a pack may replace them. */
  readonly courts?: () => CourtTable | undefined;
}

export interface Engine {
  readonly templates: readonly FilingTemplate[];
  /** A filing, at `version` when given (an unknown version is an UnknownTemplate). */
  template(id: string, version?: string): FilingTemplate;
  /**
   * Answers checked against the manifest only (nothing rendered), with messages in `lang`. With
   * `docLang`, also what that document language needs (an English filing: each Latin name).
   */
  validate(
    templateId: string,
    answers: unknown,
    lang: Lang,
    today: IsoDate,
    version?: string,
    docLang?: Lang,
  ): readonly ValidationIssue[];
  /** Answers → document model + pre-flight, without writing a file. */
  build(request: RenderRequest): BuiltDocument;
  render(request: RenderRequest, format: OutputFormat): Promise<RenderedFile>;
  writePdf(document: FilingDocument, now: Date, options?: PdfOptions): Promise<Uint8Array>;
  writeDocx(document: FilingDocument, now: Date): Promise<Uint8Array>;
}

export function createEngine(options: EngineOptions): Engine {
  const env = createEnvironment({ cites: options.cites, partials: options.partials ?? {} });
  const byId = new Map(options.templates.map((t) => [t.manifest.id, t]));
  const compiled = new Map<string, CompiledTemplate>();
  let pdfRenderer: Promise<PdfRenderer> | undefined;
  let docxWriter: Promise<(doc: FilingDocument, now: Date) => Promise<Uint8Array>> | undefined;

  const template = (id: string, version?: string): FilingTemplate => {
    const filing = byId.get(id);
    if (!filing || (version !== undefined && filing.manifest.version !== version))
      throw new UnknownTemplate(version === undefined ? id : `${id}@${version}`);
    return filing;
  };

  const compiledFor = (filing: FilingTemplate, lang: Lang): CompiledTemplate => {
    const key = `${filing.manifest.id}@${filing.manifest.version}:${lang}`;
    let fn = compiled.get(key);
    if (!fn) {
      const source = filing.sources[lang];
      if (source === undefined || !filing.manifest.languages.includes(lang))
        throw new LanguageUnavailable(filing.manifest.id, lang);
      fn = env.compile(source, `${filing.origin}/template.${lang}.hbs`);
      compiled.set(key, fn);
    }
    return fn;
  };

  const build = (request: RenderRequest): BuiltDocument => {
    const filing = template(request.templateId, request.templateVersion);
    const { manifest } = filing;
    const fn = compiledFor(filing, request.lang);
    const messagesLang = request.messagesLang ?? request.lang;
    const courts = options.courts?.();
    // The draft's region fills the region's fields it leaves out (common/courts.ts).
    const regional = applyRegion(manifest, request.answers, courts, request.lang, messagesLang);
    const prepared = prepareAnswers(manifest, regional.answers, {
      lang: messagesLang,
      today: request.today,
      docLang: request.lang,
    });
    const issues = [...regional.issues, ...prepared.issues];
    const blank = request.blank === true;
    if (issues.length > 0 && !request.allowIncomplete && !blank) throw new AnswersInvalid(issues);
    const unchosen = blank ? unchosenChoices(manifest, issues, messagesLang) : null;
    if (unchosen && unchosen.issues.length > 0)
      throw new BlankNeedsChoices(unchosen.issues, unchosen.example);
    const deadlines = blank ? [] : computeDeadlines(manifest, prepared.answers, request.today);
    // What the filing says about its own timeliness is judged on the day it is signed.
    const filedOn = filingDay(prepared.answers, request.today);
    const asFiled = blank ? [] : computeDeadlines(manifest, prepared.answers, filedOn);
    const context = {
      ...(blank ? blankAnswers(manifest, prepared.answers, request.lang) : prepared.answers),
      doc: { lang: request.lang, today: request.today, blank },
      computed: {
        // Every deadline of the manifest is present (strict templates), known or not yet computable.
        deadlines: Object.fromEntries(
          manifest.deadlines.map((spec) => [
            spec.id,
            blank
              ? blankDeadlineContext(spec, prepared.answers)
              : deadlineContext(
                  asFiled.find((x) => x.id === spec.id),
                  filedOn,
                ),
          ]),
        ),
      },
    };
    const { markup, notices } = fn(context, request.lang, {
      markUnverified: request.markUnverified === true,
    });
    const draft = parseMarkup(markup, {
      lang: request.lang,
      meta: {
        title: manifest.title[request.lang],
        templateId: manifest.id,
        templateVersion: manifest.version,
      },
      source: `${filing.origin} (expanded)`,
    });
    const filled = blank ? fillBlanks(draft, manifest) : draft;
    const document: FilingDocument = {
      ...filled,
      meta: {
        ...filled.meta,
        author: blank ? '' : firstSigner(filled),
        subject: manifest.purpose[request.lang],
      },
    };
    return {
      document,
      markup,
      answers: prepared.answers,
      preflight: {
        issues: blank ? [] : issues,
        answerNotices: blank
          ? []
          : [
              ...prepared.notices,
              ...regionNotices(
                manifest,
                prepared.answers,
                courts,
                regional.region,
                request.lang,
                messagesLang,
              ),
            ],
        // A blank form prints no names: declension notices would be about the placeholders.
        notices: blank ? notices.filter((n) => n.kind === 'unverifiedCite') : notices,
        deadlines,
        holidayWarnings: holidayWarnings(deadlines),
      },
    };
  };

  const writePdf = async (
    document: FilingDocument,
    now: Date,
    pdfOptions: PdfOptions = {},
  ): Promise<Uint8Array> => {
    pdfRenderer ??= (async () => {
      const [{ createTypesetPdfRenderer }, fonts] = await Promise.all([
        import('./pdf/pdf.ts'),
        options.loadFonts(),
      ]);
      return createTypesetPdfRenderer({ fonts, breakerFor: options.loadBreaker });
    })();
    return (await pdfRenderer).render(document, {
      now,
      ...(pdfOptions.pdfa ? { pdfa: true } : {}),
    });
  };

  const writeDocx = async (document: FilingDocument, now: Date): Promise<Uint8Array> => {
    docxWriter ??= import('./docx/index.ts').then((m) => m.renderDocx);
    return (await docxWriter)(document, now);
  };

  return {
    templates: options.templates,
    template,
    build,
    validate: (templateId, answers, lang, today, version, docLang) => {
      const { manifest } = template(templateId, version);
      // An unknown region is an error here too (the region's language: the filing's first).
      const regional = applyRegion(
        manifest,
        answers,
        options.courts?.(),
        manifest.languages[0] ?? 'ru',
        lang,
      );
      return [
        ...regional.issues,
        ...prepareAnswers(manifest, regional.answers, {
          lang,
          today,
          ...(docLang ? { docLang } : {}),
        }).issues,
      ];
    },
    writePdf,
    writeDocx,
    async render(request, format) {
      const built = build(request);
      const now = request.now ?? clock.now();
      if (format === 'docx')
        return { ...built, bytes: await writeDocx(built.document, now), format };
      const bytes = await writePdf(built.document, now, { pdfa: request.pdfa === true });
      // A character the fonts lack prints as an empty box that copy and search still show right.
      const missing = (await (pdfRenderer as Promise<PdfRenderer>)).unprintable(built.document);
      if (missing.length === 0) return { ...built, bytes, format };
      const notices = [
        ...built.preflight.notices,
        { kind: 'unprintable', chars: missing.join('') } as const,
      ];
      return { ...built, preflight: { ...built.preflight, notices }, bytes, format };
    },
  };
}

/**
 * What a template may print about one deadline. `lastDay` is the deadline (the earliest
 * defensible last day); `late` means past every reading; `arguable` means past the deadline but
 * within a later reading, named in `latest` and, for each reading id, in `readings` (`holds`: the
 * filing date is within it). `latest` is the deadline's own day and reading when no later reading
 * gives a later day, so `(ne latest.lastDay lastDay)` means exactly «a later reading exists»: an
 * empty `latest` once printed «…переносится на следующий рабочий день, — .» with no date. Every
 * key exists, computed or not (strict templates).
 */
export function deadlineContext(d: ComputedDeadline | undefined, today: IsoDate) {
  const readings = Object.fromEntries(
    READINGS.map((id) => {
      const r = d?.alternatives.find((a) => a.reading === id);
      return [
        id,
        { lastDay: r?.lastDay ?? '', holds: r ? compareDates(today, r.lastDay) <= 0 : false },
      ];
    }),
  ) as Record<ReadingId, { lastDay: IsoDate; holds: boolean }>;
  const later = d?.alternatives[d.alternatives.length - 1];
  return {
    known: d !== undefined,
    lastDay: d?.lastDay ?? '',
    daysLeft: d?.daysLeft ?? 0,
    missed: d?.missed ?? false,
    arguable: d?.arguable ?? false,
    late: d ? d.missed && !d.arguable : false,
    rolledFrom: d?.rolledFrom ?? '',
    latest: {
      lastDay: later?.lastDay ?? d?.lastDay ?? '',
      reading: later?.reading ?? d?.reading ?? '',
    },
    readings,
  };
}

/**
 * A deadline on a blank form: its last day is a line to write the date on, printed wherever the
 * filing prints the day, for the deadline that the branch chosen makes apply (its `when`, read on
 * the choices). Nothing is known to be missed or arguable: a blank filing is written as in time,
 * and a template whose premise is lateness (the restoration request) says so with `doc.blank`.
 */
function blankDeadlineContext(spec: DeadlineSpec, choices: Answers) {
  const applies = !spec.when || evaluateCondition(spec.when, choices);
  const lastDay = applies ? blankToken(`computed.deadlines.${spec.id}.lastDay`) : '';
  const empty = deadlineContext(undefined, '');
  return { ...empty, known: applies, lastDay, latest: { lastDay, reading: spec.reading ?? '' } };
}

function firstSigner(document: FilingDocument): string {
  for (const block of document.blocks) {
    if (block.kind === 'signature' && block.signers[0])
      return inlineText(block.signers[0].name).replace(/\u00A0/g, ' ');
  }
  return '';
}
