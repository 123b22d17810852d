/**
 * `refuge family-applications <answers.json> -o <dir>`: Закон «О беженцах» п. 2 ст. 11 — each
 * adult family member files an application of their own; each is started from the first. File
 * names carry a number, never a client's name.
 */
import { join, resolve } from 'node:path';
import { familyMemberApplications } from '../../../common/prefill.ts';
import { getServices } from '../../app/context.ts';
import { writeOutput } from '../../app/files.ts';
import { FAMILY_TEMPLATE } from '../../app/matters.ts';
import { readAnswersFile } from '../answers-file.ts';
import type { CommandContext } from '../io.ts';
import { cliText } from '../messages.ts';
import type { Parsed } from '../table.ts';

export function runFamilyApplicationsCli(
  p: Parsed<'family-applications'>,
  { ui, io }: CommandContext,
): number {
  const output = p.need('output');
  const manifest = getServices().engine.template(FAMILY_TEMPLATE).manifest;
  const drafts = familyMemberApplications(manifest, readAnswersFile(p.arg(0)).answers);
  for (const [i, draft] of drafts.entries()) {
    const out = join(resolve(output), `family-member-${i + 1}.json`);
    writeOutput(out, `${JSON.stringify(draft, null, 2)}\n`);
    io.out(cliText('written', ui, { file: out, bytes: Buffer.byteLength(JSON.stringify(draft)) }));
  }
  if (drafts.length === 0) io.err(cliText('noAdultFamily', ui));
  return 0;
}
