// Child process for the fault-injection test: runs one vault operation and kills itself with
// SIGKILL just before its N-th change to the disk (creating a file, renaming, linking or
// removing one). N is chosen by the parent, not by timing. Every write the vault acknowledged
// (returned from) is printed first as `ack <json>`, synchronously; with N = 0 it runs to the end
// and prints how many steps there were, so the parent can crash it at every one.
import { writeSync as fdWrite, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { realFileOps, type FileOps } from '../../main/atomic.ts';
import { Vault } from '../../main/vault/index.ts';

const [dir, op, crashAtArg, passphrase, extra = ''] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string?,
];
const crashAt = Number(crashAtArg);
const NEW_PASS = 'a new passphrase entirely';
let armed = false;
let steps = 0;

function step(): void {
  if (!armed) return;
  steps++;
  if (steps === crashAt) process.kill(process.pid, 'SIGKILL');
}

const ops: FileOps = {
  ...realFileOps,
  openSync: ((path, flags, mode) => {
    if (flags === 'wx') step();
    return realFileOps.openSync(path, flags, mode);
  }) as FileOps['openSync'],
  renameSync: (from, to) => {
    step();
    realFileOps.renameSync(from, to);
  },
  linkSync: (from, to) => {
    step();
    realFileOps.linkSync(from, to);
  },
  unlinkSync: (path) => {
    step();
    realFileOps.unlinkSync(path);
  },
};

const ack = (value: unknown): void => {
  fdWrite(1, `ack ${JSON.stringify(value)}\n`);
};

const draftOf = (templateId: string, facts: string) =>
  ({ templateId, templateVersion: '1', lang: 'ru', answers: { facts } }) as const;
const at = new Date('2026-04-01T10:00:00Z');

if (op === 'create') {
  armed = true;
  await Vault.create(dir, passphrase, { kdf: { N: 2 ** 10 }, fileOps: ops });
  ack({ created: true });
} else if (op === 'open') {
  // Opening maintains the vault (migrations of layout 1 to 3, index checks) under the lock.
  armed = true;
  await Vault.open(dir, passphrase, { fileOps: ops });
  ack({ opened: true });
} else {
  const vault = await Vault.open(dir, passphrase, { fileOps: ops });
  const [matterId] = vault.listMatters().map((m) => m.id);
  if (!matterId) throw new Error('the base vault has a matter');
  armed = true;
  switch (op) {
    case 'matter': {
      const m = vault.createMatter(
        { title: 'Новое', client: { lastName: 'Н', firstName: 'Н' } },
        at,
      );
      ack({ matter: m.id });
      break;
    }
    case 'draft': {
      vault.saveDraft(matterId, draftOf('supreme-court-complaint', 'вторая'), at);
      ack({ draft: matterId, templateId: 'supreme-court-complaint', facts: 'вторая' });
      vault.saveDraft(matterId, draftOf('asylum-application', 'первая'), at);
      ack({ draft: matterId, templateId: 'asylum-application', facts: 'первая' });
      break;
    }
    case 'filed': {
      // The base matter's complaint marked as handed in: only its draft record is rewritten.
      const on = '2026-02-27';
      vault.markFiled(
        matterId,
        { templateId: 'supreme-court-complaint' },
        { on, how: 'post', reference: 'вх. 1' },
        at,
      );
      ack({ filed: matterId, templateId: 'supreme-court-complaint', on });
      break;
    }
    case 'attach': {
      const bytes = readFileSync(extra);
      const a = await vault.addAttachment(matterId, { name: 'scan.png', bytes }, at);
      ack({
        attachment: a.id,
        matter: matterId,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
      break;
    }
    case 'update': {
      vault.updateMatter(matterId, { title: 'Переименовано' }, at);
      ack({ title: 'Переименовано', matter: matterId });
      break;
    }
    case 'passwd': {
      await vault.changePassphrase(passphrase, NEW_PASS);
      ack({ passphrase: NEW_PASS });
      break;
    }
    case 'rekey': {
      // Change passphrase and re-key: every record (drafts too) re-encrypted under a new key.
      await vault.changePassphrase(passphrase, NEW_PASS, { rekey: true });
      ack({ passphrase: NEW_PASS, rekeyed: true });
      break;
    }
    case 'import': {
      const ids = await vault.importFrom(extra, passphrase);
      ack({ imported: ids });
      break;
    }
    case 'delete': {
      const m = vault.createMatter(
        { title: 'Удалить', client: { lastName: 'У', firstName: 'У' } },
        at,
      );
      ack({ matter: m.id });
      ack({ deleting: m.id }); // from here on, the matter may be gone: the delete is under way
      vault.deleteMatter(m.id);
      ack({ deleted: m.id });
      break;
    }
    default:
      throw new Error(`unknown operation ${op}`);
  }
}
fdWrite(1, `steps ${steps}\n`);
