/**
 * `refuge triage` («Что случилось?») and `refuge deadlines [--ics <file>] [--names]`: the same
 * lists Home shows (main/triage.ts), printed in the user's language.
 */
import { parseArgs } from 'node:util';
import type { Lang } from '../../../common/manifest.ts';
import { fillPlaceholders } from '../../../common/messages.ts';
import { parseUserDate } from '../../../common/dates.ts';
import * as clock from '../../../common/clock.ts';
import {
  TRIAGE_DECISIONS,
  TRIAGE_PLACES,
  triageAnswersSchema,
  type TriageAnswers,
} from '../../../common/triage.ts';
import { getServices } from '../../app/context.ts';
import { triageItems } from '../../app/matters.ts';
import type { TriageItemView } from '../../app/triage.ts';
import { UsageError } from '../errors.ts';
import { openVault, Passphrases } from '../passphrases.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const TEXTS = {
  triageUsage: {
    ru: `refuge triage --place ${TRIAGE_PLACES.join('|')} --decision ${TRIAGE_DECISIONS.join('|')} [--decision-date ДД.ММ.ГГГГ] [--detention-date ДД.ММ.ГГГГ] [--asylum-pending] [--matter <id>] [--json]`,
    kk: `refuge triage --place ${TRIAGE_PLACES.join('|')} --decision ${TRIAGE_DECISIONS.join('|')} [--decision-date КК.АА.ЖЖЖЖ] [--detention-date КК.АА.ЖЖЖЖ] [--asylum-pending] [--matter <id>] [--json]`,
    en: `refuge triage --place ${TRIAGE_PLACES.join('|')} --decision ${TRIAGE_DECISIONS.join('|')} [--decision-date DD.MM.YYYY] [--detention-date DD.MM.YYYY] [--asylum-pending] [--matter <id>] [--json]`,
  },
  badValue: {
    ru: '{flag}: недопустимое значение «{value}»; возможно: {allowed}',
    kk: '{flag}: «{value}» мәні жарамсыз; мүмкін мәндер: {allowed}',
    en: '{flag}: «{value}» is not allowed; one of: {allowed}',
  },
  badDate: {
    ru: '{flag}: «{value}» — не дата (ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)',
    kk: '{flag}: «{value}» — күн емес (КК.АА.ЖЖЖЖ немесе ЖЖЖЖ-АА-КК)',
    en: '{flag}: «{value}» is not a date (DD.MM.YYYY or YYYY-MM-DD)',
  },
  noTriage: {
    ru: 'Дело {id}: ответов «Что случилось?» ещё нет — укажите --place и --decision',
    kk: '{id} ісі: «Не болды?» жауаптары әлі жоқ — --place және --decision көрсетіңіз',
    en: 'Matter {id}: no «What happened?» answers yet — give --place and --decision',
  },
  noTable: {
    ru: 'Таблицы «Что случилось?» (triage.json) нет среди шаблонов',
    kk: '«Не болды?» кестесі (triage.json) үлгілер арасында жоқ',
    en: 'No «What happened?» table (triage.json) among the templates',
  },
  nothing: {
    ru: 'По этим ответам ни один документ не подходит.',
    kk: 'Бұл жауаптар бойынша бірде-бір құжат сәйкес келмейді.',
    en: 'No filing applies to these answers.',
  },
  why: { ru: 'Почему', kk: 'Неге', en: 'Why' },
  noTerm: {
    ru: 'срок из ответов не вычисляется — подавайте как можно скорее',
    kk: 'мерзім жауаптардан есептелмейді — мүмкіндігінше тез беріңіз',
    en: 'no term follows from the answers — file as soon as possible',
  },
  passed: { ru: 'СРОК ИСТЁК', kk: 'МЕРЗІМ ӨТТІ', en: 'TERM PASSED' },
  arguable: {
    ru: 'безопасная дата прошла, но по более поздней трактовке срок ещё идёт',
    kk: 'қауіпсіз күн өтті, бірақ кейінгі түсіндіру бойынша мерзім әлі жүріп жатыр',
    en: 'the safe date has passed, but a later reading still runs',
  },
  wrongStage: { ru: 'НЕ ПРИМЕНЯЕТСЯ', kk: 'ҚОЛДАНЫЛМАЙДЫ', en: 'NO LONGER APPLIES' },
  wayOut: { ru: 'Выход', kk: 'Шешім', en: 'Way out' },
  noDeadlines: {
    ru: 'Открытых сроков нет.',
    kk: 'Ашық мерзімдер жоқ.',
    en: 'No open deadlines.',
  },
  icsWritten: {
    ru: 'Календарь записан: {file} (событий: {count}){names}',
    kk: 'Күнтізбе жазылды: {file} (оқиғалар: {count}){names}',
    en: 'Calendar written: {file} ({count} events){names}',
  },
  icsNoNames: {
    ru: '; имён клиентов в нём нет (--names, чтобы добавить)',
    kk: '; онда клиенттердің аты жоқ (қосу үшін --names)',
    en: '; it holds no client names (--names to add them)',
  },
  deadlinesUsage: {
    ru: 'refuge deadlines [--ics <файл.ics>] [--names] [--passphrase-stdin]',
    kk: 'refuge deadlines [--ics <файл.ics>] [--names] [--passphrase-stdin]',
    en: 'refuge deadlines [--ics <file.ics>] [--names] [--passphrase-stdin]',
  },
} as const;
type Key = keyof typeof TEXTS;

/** Triage's and the deadline list's words (`refuge deadlines` shares them). */
export function text(key: Key, lang: Lang, params: Record<string, string | number> = {}): string {
  return fillPlaceholders(TEXTS[key][lang], params);
}

function answersFromFlags(
  values: Record<string, string | boolean | undefined>,
  ui: Lang,
): TriageAnswers | undefined {
  const place = values.place;
  const decision = values.decision;
  if (place === undefined && decision === undefined) return undefined;
  const oneOf = (flag: string, value: unknown, allowed: readonly string[]): string => {
    if (typeof value === 'string' && allowed.includes(value)) return value;
    throw new UsageError(
      text('badValue', ui, { flag, value: String(value ?? ''), allowed: allowed.join(', ') }),
    );
  };
  const date = (flag: string, value: unknown): string | undefined => {
    if (value === undefined) return undefined;
    const parsed = typeof value === 'string' ? parseUserDate(value) : null;
    if (!parsed) throw new UsageError(text('badDate', ui, { flag, value: String(value) }));
    return parsed;
  };
  const decisionDate = date('--decision-date', values['decision-date']);
  const detentionDate = date('--detention-date', values['detention-date']);
  return triageAnswersSchema.parse({
    place: oneOf('--place', place, TRIAGE_PLACES),
    decision: oneOf('--decision', decision, TRIAGE_DECISIONS),
    ...(decisionDate ? { decisionDate } : {}),
    ...(detentionDate ? { detentionDate } : {}),
    asylumPending: values['asylum-pending'] === true,
  });
}

export function formatTriageItem(item: TriageItemView, n: number, ui: Lang): string[] {
  const lines = [`${n}. ${item.templateTitle} (${item.templateId})`];
  if (item.status === 'wrongStage') lines.push(`   ${text('wrongStage', ui)}`);
  else if (item.lastDayText !== undefined) {
    const head =
      item.status === 'passed'
        ? `${text('passed', ui)}: ${item.lastDayText}`
        : `${item.lastDayText} — ${item.daysLeftText ?? ''}`;
    lines.push(`   ${item.deadlineLabel ?? ''}: ${head}`);
    if (item.status === 'arguable') lines.push(`   ${text('arguable', ui)}`);
    for (const l of item.later) lines.push(`   ${l}`);
    if (item.basis.length > 0) lines.push(`   (${item.basis.join('; ')})`);
    for (const w of item.warnings) lines.push(`   ! ${w}`);
  } else lines.push(`   ${text('noTerm', ui)}`);
  lines.push(`   ${text('why', ui)}: ${item.why}`);
  for (const w of item.wayOut)
    lines.push(`   ${text('wayOut', ui)}: ${w.templateTitle} (${w.templateId}) — ${w.why}`);
  return lines;
}

export async function runTriageCli(argv: readonly string[], ui: Lang, io: Io): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      place: { type: 'string' },
      decision: { type: 'string' },
      'decision-date': { type: 'string' },
      'detention-date': { type: 'string' },
      'asylum-pending': { type: 'boolean' },
      matter: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
      'passphrase-stdin': { type: 'boolean' },
    },
    allowPositionals: false,
  });
  const lang = (['ru', 'kk', 'en'] as const).find((l) => l === values.lang) ?? ui;
  let answers = answersFromFlags(values, lang);
  if (values.matter !== undefined) {
    // The answers are kept in the matter (sealed with it); without flags, the kept ones are used.
    const vault = await openVault(new Passphrases(values['passphrase-stdin'] ?? false), ui, io);
    try {
      if (answers) vault.updateMatter(values.matter, { triage: answers });
      else answers = vault.getMatter(values.matter).triage;
    } finally {
      vault.lock();
    }
    if (!answers) throw new UsageError(text('noTriage', lang, { id: values.matter }));
  }
  if (!answers) throw new UsageError(text('triageUsage', lang));
  const services = getServices();
  if (!services.loaded.triage) throw new UsageError(text('noTable', lang));
  const items = triageItems(services, answers, lang, clock.today());
  if (values.json) {
    io.out(JSON.stringify(items, null, 2));
    return 0;
  }
  if (items.length === 0) io.out(text('nothing', lang));
  items.forEach((item, i) => io.out(formatTriageItem(item, i + 1, lang).join('\n')));
  return 0;
}
