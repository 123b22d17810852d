/**
 * `refuge deadlines`: every open deadline of every matter, soonest first — Home's list
 * (app/matters.ts) — or, with --ics, a calendar file (client names only with --names).
 */
import * as clock from '../../../common/clock.ts';
import { getServices } from '../../app/context.ts';
import { writeOutput } from '../../app/files.ts';
import { openDeadlinesOf } from '../../app/matters.ts';
import { deadlinesIcs } from '../../deadlines-ics.ts';
import { Passphrases, withVault } from '../passphrases.ts';
import type { CommandContext } from '../io.ts';
import type { Parsed } from '../table.ts';
import { text } from './triage.ts';

export async function runDeadlinesCli(
  { values }: Parsed<'deadlines'>,
  { ui, io }: CommandContext,
): Promise<number> {
  const lang = (['ru', 'kk', 'en'] as const).find((l) => l === values.lang) ?? ui;
  const services = getServices();
  const pass = new Passphrases(values['passphrase-stdin'] ?? false, ui);
  const list = await withVault(pass, ui, io, (vault) =>
    openDeadlinesOf(services, vault, lang, clock.today()),
  );
  const withNames = values.names === true;
  if (values.ics !== undefined) {
    writeOutput(values.ics, deadlinesIcs(list, lang, withNames));
    io.out(
      text('icsWritten', lang, {
        file: values.ics,
        count: list.length,
        names: withNames ? '' : text('icsNoNames', lang),
      }),
    );
    return 0;
  }
  if (values.json) {
    io.out(JSON.stringify(list, null, 2));
    return 0;
  }
  if (list.length === 0) io.out(text('noDeadlines', lang));
  for (const d of list) {
    const mark = d.urgency === 'later' ? '   ' : '!! ';
    io.out(`${mark}${d.lastDayText} — ${d.daysLeftText}`);
    io.out(`   ${d.clientName || d.matterTitle} [${d.matterId}]: ${d.templateTitle}`);
    io.out(`   ${d.label}`);
    for (const l of d.later) io.out(`   ${l}`);
  }
  return 0;
}
