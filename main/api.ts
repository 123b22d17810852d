/**
 * The IPC contract between the renderer and the main process: each channel with the zod schema of
 * its payload and the type of its result. The Electron preload exposes one function per channel,
 * main registers one handler per channel, and the loopback test bridge serves the same channels —
 * all from this one table. The renderer imports only types from here.
 */
import { z } from 'zod';
import type { Lang, Manifest } from '../common/manifest.ts';
import type { ValidationIssue } from '../common/answers.ts';

const lang = z.enum(['ru', 'kk', 'en']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const templateId = z.string().regex(/^[a-z][a-z0-9-]{0,99}$/);
const answers = z.record(z.string(), z.unknown());

export const contract = {
  'templates:list': z.object({ uiLang: lang }).strict(),
  'templates:get': z.object({ templateId }).strict(),
  'filing:validate': z
    .object({ templateId, answers, uiLang: lang, today: isoDate.optional() })
    .strict(),
  'filing:render': z
    .object({
      templateId,
      answers,
      lang,
      uiLang: lang,
      format: z.enum(['pdf', 'docx']),
      today: isoDate.optional(),
      allowIncomplete: z.boolean().optional(),
    })
    .strict(),
} as const;

export type Channel = keyof typeof contract;
export type Payload<C extends Channel> = z.infer<(typeof contract)[C]>;

export interface TemplateSummary {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly purpose: string;
  readonly deadlineHint: string;
  readonly languages: readonly Lang[];
}

export interface PreflightView {
  readonly issues: readonly ValidationIssue[];
  readonly unverifiedCites: readonly {
    readonly key: string;
    readonly text: string;
    readonly source: string;
  }[];
  readonly namesToCheck: readonly { readonly name: string; readonly text: string }[];
  readonly deadlines: readonly {
    readonly id: string;
    readonly label: string;
    readonly lastDay: string;
    readonly daysLeft: number;
    readonly missed: boolean;
  }[];
  readonly holidayWarnings: readonly { readonly year: number; readonly code: string }[];
}

export interface Results {
  'templates:list': readonly TemplateSummary[];
  'templates:get': Manifest;
  'filing:validate': readonly ValidationIssue[];
  'filing:render': {
    readonly base64: string;
    readonly bytes: number;
    readonly preflight: PreflightView;
  };
}

export interface ApiError {
  readonly code: 'invalidPayload' | 'unknownTemplate' | 'invalidAnswers' | 'internal';
  readonly message: string;
  readonly issues?: readonly ValidationIssue[];
}

export type ApiResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export type Handlers = {
  readonly [C in Channel]: (payload: unknown) => Promise<ApiResult<Results[C]>>;
};
