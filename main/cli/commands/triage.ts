/**
 * `refuge triage` («Что случилось?») and `refuge deadlines [--ics <file>] [--names]`: the same
 * lists Home shows (main/triage.ts), printed in the user's language.
 */
import { isLang, type Lang } from '../../../common/lang.ts';
import { localize, type SectionKey } from '../../../common/locales/index.ts';
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
import type { CommandContext } from '../io.ts';
import { Passphrases, withVault } from '../passphrases.ts';
import type { Parsed } from '../table.ts';

// The words are the cliTriage section of the one table per language (common/locales/); `refuge
// deadlines` shares them.
export function text(
  key: SectionKey<'cliTriage'>,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  return localize(lang, `cliTriage.${key}`, params);
}

function answersFromFlags(values: Parsed<'triage'>['values'], ui: Lang): TriageAnswers | undefined {
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
    for (const l of item.later) lines.push(`   ${l}`);
    if (item.basis.length > 0) lines.push(`   (${item.basis.join('; ')})`);
    for (const w of item.warnings) lines.push(`   ! ${w}`);
  } else lines.push(`   ${text('noTerm', ui)}`);
  lines.push(`   ${text('why', ui)}: ${item.why}`);
  for (const w of item.wayOut)
    lines.push(`   ${text('wayOut', ui)}: ${w.templateTitle} (${w.templateId}) — ${w.why}`);
  return lines;
}

export async function runTriageCli(
  { values }: Parsed<'triage'>,
  { ui, io }: CommandContext,
): Promise<number> {
  const lang = isLang(values.lang) ? values.lang : ui;
  let answers = answersFromFlags(values, lang);
  if (values.matter !== undefined) {
    // The answers are kept in the matter (sealed with it); without flags, the kept ones are used.
    const matterId = values.matter;
    const given = answers;
    const pass = new Passphrases(values['passphrase-stdin'] ?? false, ui);
    answers = await withVault(pass, ui, io, (vault) => {
      if (!given) return vault.getMatter(matterId).triage;
      vault.updateMatter(matterId, { triage: given });
      return given;
    });
    if (!answers) throw new UsageError(text('noTriage', lang, { id: values.matter }));
  }
  if (!answers)
    throw new UsageError(
      text('triageUsage', lang, {
        place: TRIAGE_PLACES.join('|'),
        decision: TRIAGE_DECISIONS.join('|'),
      }),
    );
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
