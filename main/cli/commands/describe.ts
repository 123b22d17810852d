/** `refuge describe <id> [--json]`: a filing's manifest, or its fields in the user's language. */
import { parseArgs } from 'node:util';
import { getServices } from '../../app/context.ts';
import { UsageError } from '../errors.ts';
import type { CommandContext } from '../io.ts';

export function runDescribeCli(argv: readonly string[], { ui, io }: CommandContext): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { json: { type: 'boolean' } },
    allowPositionals: true,
  });
  const [id] = positionals;
  if (!id) throw new UsageError('describe <id> --json');
  const { manifest } = getServices().engine.template(id);
  if (values.json) io.out(JSON.stringify(manifest, null, 2));
  else
    io.out(
      `${manifest.title[ui]}\n${manifest.purpose[ui]}\n${manifest.fields.map((f) => `  ${f.key} (${f.type}${f.required ? ', *' : ''}) — ${f.label[ui]}`).join('\n')}`,
    );
  return 0;
}
