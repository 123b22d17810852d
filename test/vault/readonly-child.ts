// Child process for the read-only test, run as another user: unlocks the vault through the IPC
// handlers (as the app does), tries to save, and reports what the user would see.
import { createHandlers } from '../../main/ipc/handlers.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';

const [dir, passphrase, matterId] = process.argv.slice(2) as [string, string, string];
const session = new Session({
  vaultDir: dir,
  saveTarget: { choose: async () => null, chooseFolder: async () => null },
});
const handlers = createHandlers(getServices(), session);
const unlock = await handlers['vault:unlock']({ passphrase, uiLang: 'ru' });
const save = await handlers['drafts:save']({
  uiLang: 'ru',
  matterId,
  templateId: 'supreme-court-complaint',
  lang: 'ru',
  answers: { facts: 'вторая редакция' },
});
const rename = await handlers['matters:update']({ uiLang: 'kk', matterId, title: 'Жаңа атау' });
const matter = await handlers['matters:get']({ uiLang: 'ru', matterId });
process.stdout.write(JSON.stringify({ unlock, save, rename, matter }));
await session.close();
