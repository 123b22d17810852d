// Child process for the crash test: opens the vault and rewrites records in a loop until killed.
import { Vault } from '../../main/vault/index.ts';

const [dir, passphrase] = process.argv.slice(2) as [string, string];
const vault = await Vault.open(dir, passphrase);
process.stdout.write('ready\n');
for (let n = 1; ; n++) {
  for (const id of ['alpha', 'beta', 'gamma'])
    vault.put(id, { id, n, padding: 'Кузнецов '.repeat(200 + (n % 50)) });
}
