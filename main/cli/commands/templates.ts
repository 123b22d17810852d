/** `refuge templates [--json]`: the filings installed, newest version of each. */
import { getServices } from '../../app/context.ts';
import type { CommandContext } from '../io.ts';
import type { Parsed } from '../table.ts';

export function runTemplatesCli(
  { values }: Parsed<'templates'>,
  { ui, io }: CommandContext,
): number {
  const { loaded } = getServices();
  if (values.json) {
    io.out(
      JSON.stringify(
        loaded.templates.map((b) => ({
          id: b.manifest.id,
          version: b.manifest.version,
          title: b.manifest.title,
          languages: b.manifest.languages,
        })),
        null,
        2,
      ),
    );
  } else {
    for (const b of loaded.templates)
      io.out(
        `${b.manifest.id.padEnd(28)} ${b.manifest.version.padEnd(8)} ${b.manifest.languages.join(',').padEnd(9)} ${b.manifest.title[ui]}`,
      );
  }
  for (const e of loaded.errors) io.err(e.message);
  return loaded.errors.length > 0 ? 1 : 0;
}
