/**
 * Merge aid for the move of the message tables to JSON (docs/DESIGN-NOTES.md, «The message
 * tables as JSON»): a branch from before the move adds its keys to common/locales/{ru,kk,en}.ts
 * and messages/{ru,kk,en}.ts. Given a folder holding that branch's common/locales, this writes
 * those tables as JSON into this checkout's common/locales/ui/ and messages/, from the objects
 * themselves (nothing retyped); `git diff` then shows what the branch added.
 *
 *   git archive <branch> common/locales | tar -x -C <dir>
 *   node --import tsx scripts/locales-ts-to-json.ts <dir>
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type Table = Record<string, unknown>;

const from = process.argv[2];
if (!from) throw new Error('usage: node --import tsx scripts/locales-ts-to-json.ts <dir>');
const load = async (path: string): Promise<Table> =>
  ((await import(pathToFileURL(resolve(from, path)).href)) as { default: Table }).default;

for (const lang of ['ru', 'kk', 'en']) {
  const table = await load(`common/locales/${lang}.ts`);
  const messages = await load(`common/locales/messages/${lang}.ts`);
  // The whole table spreads main's messages first; what is not one of theirs is the UI's.
  const ui = Object.fromEntries(
    Object.entries(table).filter(([section]) => !(section in messages)),
  );
  for (const [path, part] of [
    [`common/locales/messages/${lang}.json`, messages],
    [`common/locales/ui/${lang}.json`, ui],
  ] as const)
    writeFileSync(path, `${JSON.stringify(part, null, 2)}\n`);
}
