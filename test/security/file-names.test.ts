/** Issue 21 item 5: default file names carry no client name; batch report.csv is 0600. */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clientLabel } from '../../common/file-names.ts';
import { defaultNamePattern } from '../../main/batch/jobs.ts';
import { fileNameFor } from '../../main/batch/run.ts';
import { runBatchCli } from '../../main/cli/commands/batch.ts';
import { createHandlers } from '../../main/ipc/handlers.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';
import { folderSaveTarget } from '../../main/bridge/web.ts';
import { tempDir } from '../helpers/temp.ts';

describe('default names of saved files', () => {
  it('give initials, not the surname, unless names are asked for', () => {
    const c = { lastName: 'Жылдызбаева', firstName: 'Айгерим' };
    expect(clientLabel(c, false)).toBe('Ж. А.');
    expect(clientLabel(c, true)).toBe('Жылдызбаева');
    expect(clientLabel({ lastName: '', firstName: '' }, false)).toBe('');
  });

  it('batch files are named by initials and row by default', () => {
    const { engine } = getServices();
    const manifest = engine.template('refugee-application').manifest;
    const answers = { applicant: { lastName: 'Жылдызбаева', firstName: 'Айгерим' } };
    expect(fileNameFor(defaultNamePattern(manifest), answers, 3, '2026-12-06')).toBe('Ж. А.-3');
    expect(fileNameFor(defaultNamePattern(manifest, true), answers, 3, '2026-12-06')).toBe(
      'Жылдызбаева-3',
    );
  });

  const dir = tempDir();
  const session = new Session({
    vaultDir: join(dir, 'vault'),
    saveTarget: folderSaveTarget(join(dir, 'out')),
    kdf: { N: 2 ** 10 },
  });
  afterAll(() => session.close());
  const handlers = createHandlers(getServices(), session);

  it('a backup of one matter is named without the client surname (the setting adds it)', async () => {
    await session.create('correct horse battery');
    const m = session.open().createMatter({
      title: 'Экстрадиция',
      client: { lastName: 'Жылдызбаева', firstName: 'Айгерим' },
    });
    const pass = { uiLang: 'ru', passphrase: 'backup passphrase', matterId: m.id } as const;
    const first = await handlers['vault:backup'](pass);
    expect(first.ok && first.value.savedTo).toMatch(/Refuge — Ж\. А\. — \d{4}-\d\d-\d\d\.refuge$/);
    expect(await handlers['prefs:set']({ namesInFileNames: true })).toMatchObject({
      ok: true,
      value: { namesInFileNames: true },
    });
    const second = await handlers['vault:backup'](pass);
    expect(second.ok && second.value.savedTo).toMatch(/Refuge — Жылдызбаева — /);
    expect(readdirSync(join(dir, 'out'))).toHaveLength(2);
  });
});

describe('batch report.csv', () => {
  it('is as private as the PDFs beside it (0600) when the CLI writes it', async () => {
    const dir = tempDir();
    const csv = join(dir, 'rows.csv');
    writeFileSync(csv, 'applicant.lastName;applicant.firstName\nЖылдызбаева;Айгерим\n');
    const out = join(dir, 'out');
    const io = { out: (): void => undefined, err: (): void => undefined };
    await runBatchCli('batch', ['refugee-application', csv, '-o', out, '--jobs', '1'], 'ru', io);
    expect(statSync(join(out, 'report.csv')).mode & 0o777).toBe(0o600);
  });
});
