/**
 * One handler per channel of main/api.ts, on the real services. Every payload is validated with
 * the contract's schema; every failure comes back as data in the user's language — never a
 * stack trace, never an exception across the IPC boundary.
 */
import { z } from 'zod';
import {
  contract,
  type ApiError,
  type ApiResult,
  type Channel,
  type Handlers,
  type Payload,
  type PreflightView,
  type Results,
} from '../api.ts';
import type { Services } from '../services.ts';
import { todayInAlmaty } from '../../common/dates.ts';
import {
  AnswersInvalid,
  UnknownTemplate,
  LanguageUnavailable,
  type Preflight,
} from '../engine/render.ts';
import type { Lang, Manifest } from '../../common/manifest.ts';

const MESSAGES: Readonly<Record<ApiError['code'], Readonly<Record<Lang, string>>>> = {
  invalidPayload: { ru: 'Неверный запрос', kk: 'Сұрау қате', en: 'Invalid request' },
  unknownTemplate: { ru: 'Нет такого документа', kk: 'Мұндай құжат жоқ', en: 'No such filing' },
  invalidAnswers: {
    ru: 'В ответах есть ошибки',
    kk: 'Жауаптарда қателер бар',
    en: 'The answers have errors',
  },
  internal: {
    ru: 'Не удалось выполнить действие',
    kk: 'Әрекетті орындау мүмкін болмады',
    en: 'The action could not be completed',
  },
};

function failure(
  code: ApiError['code'],
  lang: Lang,
  extra: Partial<ApiError> = {},
): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message: MESSAGES[code][lang], ...extra } };
}

function uiLangOf(payload: unknown): Lang {
  const l = (payload as { uiLang?: unknown } | null)?.uiLang;
  return l === 'kk' || l === 'en' ? l : 'ru';
}

export function preflightView(preflight: Preflight, manifest: Manifest, lang: Lang): PreflightView {
  return {
    issues: preflight.issues,
    unverifiedCites: preflight.notices.flatMap((n) =>
      n.kind === 'unverifiedCite' ? [{ key: n.key, text: n.text, source: n.source }] : [],
    ),
    namesToCheck: preflight.notices.flatMap((n) =>
      n.kind === 'autoDeclined'
        ? [{ name: n.name, text: n.text }]
        : n.kind === 'undeclined'
          ? [{ name: n.name, text: n.name }]
          : [],
    ),
    deadlines: preflight.deadlines.map((d) => ({
      id: d.id,
      label: manifest.deadlines.find((s) => s.id === d.id)?.label[lang] ?? d.id,
      lastDay: d.lastDay,
      daysLeft: d.daysLeft,
      missed: d.missed,
    })),
    holidayWarnings: preflight.holidayWarnings,
  };
}

function handler<C extends Channel>(
  channel: C,
  run: (payload: Payload<C>) => Promise<Results[C]>,
): (payload: unknown) => Promise<ApiResult<Results[C]>> {
  const schema = contract[channel] as unknown as z.ZodType<Payload<C>>;
  return async (raw) => {
    const lang = uiLangOf(raw);
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
      return failure('invalidPayload', lang, {
        message: `${MESSAGES.invalidPayload[lang]}: ${parsed.error.issues.map((i) => i.path.join('.') || '(payload)').join(', ')}`,
      });
    try {
      return { ok: true, value: await run(parsed.data) };
    } catch (err) {
      if (err instanceof AnswersInvalid)
        return failure('invalidAnswers', lang, { issues: err.issues });
      if (err instanceof UnknownTemplate || err instanceof LanguageUnavailable)
        return failure('unknownTemplate', lang);
      return failure('internal', lang);
    }
  };
}

export function createHandlers(services: Services): Handlers {
  const { engine } = services;
  return {
    'templates:list': handler('templates:list', async ({ uiLang }) =>
      engine.templates.map(({ manifest: m }) => ({
        id: m.id,
        version: m.version,
        title: m.title[uiLang],
        purpose: m.purpose[uiLang],
        deadlineHint: m.deadlineHint?.[uiLang] ?? '',
        languages: m.languages,
      })),
    ),
    'templates:get': handler(
      'templates:get',
      async ({ templateId }) => engine.template(templateId).manifest,
    ),
    'filing:validate': handler('filing:validate', async ({ templateId, answers, uiLang, today }) =>
      engine.validate(templateId, answers, uiLang, today ?? todayInAlmaty()),
    ),
    'filing:render': handler(
      'filing:render',
      async ({ templateId, answers, lang, uiLang, format, today, allowIncomplete }) => {
        const rendered = await engine.render(
          {
            templateId,
            answers,
            lang,
            messagesLang: uiLang,
            today: today ?? todayInAlmaty(),
            ...(allowIncomplete ? { allowIncomplete } : {}),
          },
          format,
        );
        return {
          base64: Buffer.from(rendered.bytes).toString('base64'),
          bytes: rendered.bytes.length,
          preflight: preflightView(
            rendered.preflight,
            engine.template(templateId).manifest,
            uiLang,
          ),
        };
      },
    ),
  };
}
