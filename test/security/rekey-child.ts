// Child process for the re-key kill test: re-keys the vault and SIGKILLs itself at one step.
import { Vault } from '../../main/vault/index.ts';

const [dir, oldPass, newPass, killAt] = process.argv.slice(2) as [string, string, string, string];
const vault = await Vault.open(dir, oldPass);
await vault.changePassphrase(oldPass, newPass, {
  rekey: true,
  hook: (step) => {
    if (step === killAt) process.kill(process.pid, 'SIGKILL');
  },
});
process.stdout.write('finished\n');
