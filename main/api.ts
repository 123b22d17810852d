/**
 * The IPC contract: each channel with its payload schema and result type. The preload exposes one
 * function per channel, main registers one handler per channel through a guard that validates the
 * payload with the same schema, and the test bridge serves the same channels over loopback HTTP.
 * The renderer imports only types from here.
 */
import { z } from 'zod';
import type { Lang, Manifest } from '../common/manifest.ts';
import type { ValidationIssue } from '../common/answers.ts';

const lang = z.enum(['ru', 'kk', 'en']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const channels = {
  'templates:list': z.object({}).strict(),
  'templates:get': z.object({ id: z.string().min(1).max(100) }).strict(),
  'filing:preview': z
    .object({
      templateId: z.string().min(1).max(100),
      answers: z.record(z.string(), z.unknown()),
      lang,
      uiLang: lang,
      today: isoDate.optional(),
      /** A newer request cancels older ones with the same key. */
      requestId: z.number().int().nonnegative(),
    })
    .strict(),
  'filing:export': z
    .object({
      templateId: z.string().min(1).max(100),
      answers: z.record(z.string(), z.unknown()),
      lang,
      uiLang: lang,
      format: z.enum(['pdf', 'docx']),
      today: isoDate.optional(),
    })
    .strict(),
  'drafts:load': z.object({ templateId: z.string().min(1).max(100) }).strict(),
  'drafts:save': z
    .object({
      templateId: z.string().min(1).max(100),
      answers: z.record(z.string(), z.unknown()),
      lang,
    })
    .strict(),
} as const;

export type Channel = keyof typeof channels;
export type Payload<C extends Channel> = z.infer<(typeof channels)[C]>;

export interface TemplateSummary {
  readonly id: string;
  readonly version: string;
  readonly title: Manifest['title'];
  readonly purpose: Manifest['purpose'];
  readonly deadlineHint: Manifest['deadlineHint'];
  readonly languages: readonly Lang[];
}

export interface PreflightView {
  readonly issues: readonly ValidationIssue[];
  readonly unverifiedCites: readonly { key: string; text: string; source: string }[];
  readonly namesToCheck: readonly { name: string; grammaticalCase: string; text: string }[];
  readonly deadlines: readonly {
    id: string;
    lastDay: string;
    daysLeft: number;
    missed: boolean;
    rolledFrom: string;
  }[];
  readonly holidayWarnings: readonly { year: number; code: string }[];
}

export interface PreviewResult {
  readonly requestId: number;
  /** The PDF, base64 (structured clone of large buffers is fine too; base64 keeps the bridge simple). */
  readonly pdfBase64: string;
  readonly pages: number;
  readonly preflight: PreflightView;
}

export interface ExportResult {
  /** Where the user chose to save; null when the dialog was cancelled. */
  readonly path: string | null;
  readonly bytes: number;
}

export interface Results {
  'templates:list': readonly TemplateSummary[];
  'templates:get': Manifest;
  'filing:preview': PreviewResult;
  'filing:export': ExportResult;
  'drafts:load': { answers: Record<string, unknown>; lang: Lang; savedAt: string } | null;
  'drafts:save': { savedAt: string };
}

export interface ApiError {
  readonly code:
    | 'invalidPayload'
    | 'unknownTemplate'
    | 'invalidAnswers'
    | 'cancelled'
    | 'forbidden'
    | 'internal';
  readonly message: string;
  readonly issues?: readonly ValidationIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What the preload exposes as `window.refuge`. */
export type RefugeApi = {
  readonly [C in Channel as CamelCase<C>]: (payload: Payload<C>) => Promise<ApiResult<Results[C]>>;
};

type CamelCase<S extends string> = S extends `${infer A}:${infer B}` ? `${A}${Capitalize<B>}` : S;

/** Channel → preload function name ('filing:preview' → 'filingPreview'). */
export function methodName<C extends Channel>(channel: C): CamelCase<C> {
  const [a, b = ''] = channel.split(':');
  return `${a}${b.charAt(0).toUpperCase()}${b.slice(1)}` as CamelCase<C>;
}
