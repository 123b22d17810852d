/**
 * `refuge family-applications <answers.json> -o <dir>`: Закон «О беженцах» п. 2 ст. 11 — each
 * adult family member files an application of their own; each is started from the first. File
 * names carry a number, never a client's name.
 */
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { familyMemberApplications } from '../../../common/prefill.ts';
import { getServices } from '../../app/context.ts';
import { writeOutput } from '../../app/files.ts';
import { FAMILY_TEMPLATE } from '../../app/matters.ts';
import { readAnswersFile } from '../answers-file.ts';
import { UsageError } from '../errors.ts';
import type { CommandContext } from '../io.ts';
import { cliText } from '../messages.ts';

export function runFamilyApplicationsCli(
  argv: readonly string[],
  { ui, io }: CommandContext,
): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { output: { type: 'string', short: 'o' } },
    allowPositionals: true,
  });
  const [file] = positionals;
  if (!file || !values.output)
    throw new UsageError('family-applications <refugee-application answers.json> -o <dir>');
  const manifest = getServices().engine.template(FAMILY_TEMPLATE).manifest;
  const drafts = familyMemberApplications(manifest, readAnswersFile(file).answers);
  for (const [i, draft] of drafts.entries()) {
    const out = join(resolve(values.output), `family-member-${i + 1}.json`);
    writeOutput(out, `${JSON.stringify(draft, null, 2)}\n`);
    io.out(cliText('written', ui, { file: out, bytes: Buffer.byteLength(JSON.stringify(draft)) }));
  }
  if (drafts.length === 0) io.err(cliText('noAdultFamily', ui));
  return 0;
}
