// Child process for the two-process test: opens the vault, waits for the parent's «go» on stdin
// (every writer starts together, no timer), then creates matters and saves draft versions,
// printing each acknowledged write synchronously.
import { writeSync as fdWrite } from 'node:fs';
import { createInterface } from 'node:readline';
import { Vault } from '../../main/vault/index.ts';

const [dir, passphrase, name, sharedMatter, countArg] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const at = new Date('2026-05-01T10:00:00Z');
const vault = await Vault.open(dir, passphrase);
fdWrite(1, 'ready\n');
await new Promise<void>((resolve) =>
  createInterface({ input: process.stdin }).once('line', () => resolve()),
);
for (let i = 0; i < Number(countArg); i++) {
  const m = vault.createMatter(
    { title: `${name}-${i}`, client: { lastName: name, firstName: String(i) } },
    at,
  );
  fdWrite(1, `ack ${JSON.stringify({ matter: m.id })}\n`);
  for (const templateId of ['shared', `own-${name}`]) {
    vault.saveDraft(
      sharedMatter,
      { templateId, templateVersion: '1', lang: 'ru', answers: { name, i } },
      at,
    );
    fdWrite(1, `ack ${JSON.stringify({ templateId, name, i })}\n`);
  }
}
fdWrite(1, 'done\n');
