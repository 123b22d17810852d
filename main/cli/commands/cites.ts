/** `refuge cites [id] [--unverified] [--markdown]`: the legal cites the filings use. */
import { getServices } from '../../app/context.ts';
import { citesOfFiling, citeTableMarkdown } from '../../cites.ts';
import type { CommandContext } from '../io.ts';
import { cliText } from '../messages.ts';
import type { Parsed } from '../table.ts';

export function runCitesCli(
  { values, positionals }: Parsed<'cites'>,
  { ui, io }: CommandContext,
): number {
  const { loaded, engine } = getServices();
  const filings = positionals[0] ? [engine.template(positionals[0])] : loaded.templates;
  const usedBy = new Map<string, string[]>();
  for (const bundle of filings)
    for (const key of citesOfFiling(bundle, loaded.partials))
      usedBy.set(key, [...(usedBy.get(key) ?? []), bundle.manifest.id]);
  const keys = [...usedBy.keys()].filter(
    (key) => !values.unverified || !loaded.cites[key]?.verified,
  );
  if (values.markdown) {
    io.out(citeTableMarkdown(keys, loaded.cites));
    return 0;
  }
  for (const key of keys) {
    const cite = loaded.cites[key];
    const status = cite?.verified ? cliText('citeVerified', ui) : cliText('citeUnverified', ui);
    io.out(`${status}  ${key}  ${cite?.[ui] ?? '?'}  [${(usedBy.get(key) ?? []).join(', ')}]`);
    if (cite && !cite.verified) {
      io.out(`          ${cite.source}`);
      if (cite.whyUnverified)
        io.out(`          ${cliText('citeWhyUnverified', ui)}: ${cite.whyUnverified}`);
    }
  }
  return 0;
}
