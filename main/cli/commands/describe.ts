/** `refuge describe <id> [--json]`: a filing's manifest, or its fields in the user's language. */
import { getServices } from '../../app/context.ts';
import type { CommandContext } from '../io.ts';
import type { Parsed } from '../table.ts';

export function runDescribeCli(p: Parsed<'describe'>, { ui, io }: CommandContext): number {
  const { values } = p;
  const { manifest } = getServices().engine.template(p.arg(0));
  if (values.json) io.out(JSON.stringify(manifest, null, 2));
  else
    io.out(
      `${manifest.title[ui]}\n${manifest.purpose[ui]}\n${manifest.fields.map((f) => `  ${f.key} (${f.type}${f.required ? ', *' : ''}) — ${f.label[ui]}`).join('\n')}`,
    );
  return 0;
}
