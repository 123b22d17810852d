/**
 * `refuge pack <args…>` in a process of its own, with the test's packs folder and test key
 * (argv: packsDir, builtInDir, then the pack arguments); the vault passphrase on stdin.
 */
import { readFileSync } from 'node:fs';
import { runPackCli } from '../../main/cli/commands/pack.ts';
import { keyIdOf } from '../../main/packs/pack.ts';

// The test key, read here: helpers.ts registers vitest hooks, which a plain process cannot.
const pem = readFileSync('test/fixtures/packs/TEST-ONLY-public.pem', 'utf8');
const TEST_KEY = { id: keyIdOf(pem), holder: 'Refuge tests (TEST ONLY)', pem };

const [packsDir, builtInDir, ...args] = process.argv.slice(2);
process.exitCode = await runPackCli(
  args,
  'en',
  { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) },
  { packsDir: packsDir ?? '', trustedKeys: [TEST_KEY], builtInDir: builtInDir ?? '' },
);
