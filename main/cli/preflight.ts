/**
 * The pre-flight on stderr: the lines of the view the window shows (app/preflight.ts), so the
 * deadline labels, later readings and names to check are the window's, word for word.
 */
import type { PreflightView } from '../api.ts';
import type { Lang } from '../../common/manifest.ts';
import { passedNotice } from '../../common/days-left.ts';
import { formatInclusiveLastDay, formatShortDate } from '../../common/dates.ts';
import { formatMessage } from '../../common/messages.ts';
import { cliText } from './messages.ts';
import type { Io } from './io.ts';

export function preflightLines(view: PreflightView, ui: Lang): string[] {
  const lines: string[] = [];
  for (const n of view.answerNotices) lines.push(`${n.place}: ${n.message}`);
  for (const c of view.unverifiedCites)
    lines.push(cliText('unverifiedCite', ui, { text: c.text, key: c.key }));
  // A name the engine could not decline comes back as itself (app/preflight.ts).
  for (const n of view.namesToCheck)
    lines.push(
      n.text === n.name
        ? cliText('undeclined', ui, { name: n.name })
        : cliText('autoDeclined', ui, { name: n.name, text: n.text }),
    );
  if (view.unprintable !== '')
    lines.push(cliText('unprintable', ui, { chars: [...view.unprintable].join(' ') }));
  for (const d of view.deadlines) {
    const passed = passedNotice(d);
    lines.push(
      passed
        ? cliText(passed, ui, { id: d.label, date: formatShortDate(d.lastDay) })
        : cliText('deadlineLine', ui, { id: d.label, date: formatInclusiveLastDay(d.lastDay, ui) }),
    );
    for (const line of d.later) lines.push(`  ${line}`);
  }
  for (const w of view.holidayWarnings) lines.push(formatMessage(w.code, ui, { year: w.year }));
  return lines;
}

export function printPreflight(view: PreflightView, ui: Lang, io: Io): void {
  for (const line of preflightLines(view, ui)) io.err(line);
}
