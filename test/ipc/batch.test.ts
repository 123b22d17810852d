/**
 * The batch screen's channels on the real services: a spreadsheet read from its bytes and matched
 * to fields (labels in the UI language), a run in the background with progress, its report, and
 * a refusal in the user's language for a file that is not a table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import type { BatchProgress } from '../../main/api.ts';
import { createHandlers } from '../../main/ipc/handlers.ts';
import { getServices } from '../../main/services.ts';
import { Session } from '../../main/session.ts';
import { folderSaveTarget } from '../../main/bridge/web.ts';
import { tempDir } from '../helpers/temp.ts';

const exportDir = tempDir('batch-ipc');
const session = new Session({
  vaultDir: join(exportDir, 'vault'),
  saveTarget: folderSaveTarget(exportDir),
  kdf: { N: 2 ** 14 },
});
const handlers = createHandlers(getServices(), session);
beforeAll(async () => {
  await session.create('пароль для пакета');
});
afterAll(() => {
  session.close();
  rmSync(exportDir, { recursive: true, force: true });
});

const header =
  'Фамилия;applicant.firstName;applicant.sex;Дата рождения;birthPlace;addressInKz;phone;arrivalDate;borderPoint;grounds;persecutionNarrative;fearOnReturn;priorAsylum;signingDate;children1_name;children1_relation;children1_birthDate;children1_birthDocument;Примечание';
const row = (last: string, arrival = '22.11.2026'): string =>
  `${last};Артём;м;30.08.1999;г. Симферополя;г. Алматы;+7 705 000 00 00;${arrival};Жайсан;politicalOpinion;Преследование.;Арест.;no;25.11.2026;Петрова Анна;дочь;03.05.2018;свидетельство о рождении I-АЯ № 123456;—`;
const csv = [header, row('Петров'), row('Сидоров', '32.11.2026'), row('Әбілов')].join('\r\n');
const content = Buffer.from(csv, 'utf8').toString('base64');
const base = { templateId: 'refugee-application', fileName: 'клиенты.csv', content };

describe('batch through IPC', () => {
  it('shows how each column will be read, in the UI language', async () => {
    const plan = await handlers['batch:inspect']({ uiLang: 'ru', ...base });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.value.rows).toBe(3);
    expect(plan.value.columns).toContainEqual({ header: 'Фамилия', field: null });
    expect(plan.value.columns).toContainEqual({
      header: 'applicant.firstName',
      field: 'Лицо, ищущее убежище › имя',
    });
    expect(plan.value.columns).toContainEqual({
      header: 'Дата рождения',
      field: 'Дата рождения',
    });
    expect(plan.value.columns).toContainEqual({
      header: 'children1_name',
      field: 'Ребёнок № 1 › ФИО',
    });
    expect(plan.value.columns).toContainEqual({
      header: 'children1_birthDocument',
      field: 'Ребёнок № 1 › Документ о рождении (вид, №, кем и когда выдан)',
    });
    expect(plan.value.columns).toContainEqual({ header: 'Примечание', field: null });
    expect(plan.value.canReveal).toBe(false);
  });

  it('refuses a file that is not a table, in the UI language', async () => {
    const r = await handlers['batch:inspect']({
      uiLang: 'kk',
      templateId: 'refugee-application',
      fileName: 'broken.xlsx',
      content: Buffer.from('not a zip').toString('base64'),
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'badSpreadsheet' } });
    expect(!r.ok && r.error.message).toMatch(/Кестені оқу мүмкін болмады/);
  });

  it('runs in the background with progress; the report lists the bad row by column', async () => {
    const csvWithLastName = csv.replace('Фамилия;', 'applicant.lastName;');
    const started = await handlers['batch:start']({
      uiLang: 'ru',
      ...base,
      content: Buffer.from(csvWithLastName).toString('base64'),
      lang: 'ru',
      formats: ['pdf', 'docx'],
      force: false,
    });
    expect(started.ok).toBe(true);
    if (!started.ok || !started.value.runId) return;
    expect(started.value.outDir).toMatch(/Ходатайство о присвоении статуса беженца — клиенты — /);
    let progress: BatchProgress | null = null;
    for (let i = 0; i < 600 && !progress?.finished; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const s = await handlers['batch:status']({ uiLang: 'ru', runId: started.value.runId });
      if (s.ok) progress = s.value;
    }
    expect(progress).toMatchObject({ total: 3, done: 3, produced: 2, failed: 1, finished: true });
    expect(progress?.problems).toEqual([
      {
        row: 3,
        column: 'arrivalDate',
        message:
          'Дата прибытия в Казахстан (пересечения границы): Такого дня нет в календаре: 32.11.2026',
      },
    ]);
    const outDir = started.value.outDir ?? '';
    expect(readdirSync(outDir).sort()).toEqual([
      'report.csv',
      'П. А.-2.docx',
      'П. А.-2.pdf',
      'Ә. А.-4.docx',
      'Ә. А.-4.pdf',
    ]);
    expect(readFileSync(join(outDir, 'report.csv'), 'utf8')).toContain('3,failed,"arrivalDate"');
    expect(await handlers['batch:reveal']({ uiLang: 'ru', runId: started.value.runId })).toEqual({
      ok: true,
      value: { revealed: false },
    });
  }, 120_000);

  it('stops when the vault locks, and an unknown run is an error', async () => {
    const many = [header.replace('Фамилия;', 'applicant.lastName;')]
      .concat(Array.from({ length: 40 }, (_, i) => row(`Клиент${i}`)))
      .join('\n');
    const started = await handlers['batch:start']({
      uiLang: 'ru',
      ...base,
      content: Buffer.from(many).toString('base64'),
      lang: 'ru',
      formats: ['pdf'],
      force: false,
    });
    if (!started.ok || !started.value.runId) throw new Error('not started');
    session.lock();
    let progress: BatchProgress | null = null;
    for (let i = 0; i < 600 && !progress?.finished; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const s = await handlers['batch:status']({ uiLang: 'ru', runId: started.value.runId });
      if (s.ok) progress = s.value;
    }
    expect(progress?.cancelled).toBeGreaterThan(0);
    expect(existsSync(join(started.value.outDir ?? '', 'report.csv'))).toBe(true);
    expect(
      await handlers['batch:status']({ uiLang: 'ru', runId: '0123456789abcdef' }),
    ).toMatchObject({ ok: false, error: { code: 'notFound' } });
    // Locked, the app starts nothing.
    expect(
      await handlers['batch:start']({
        uiLang: 'ru',
        ...base,
        lang: 'ru',
        formats: ['pdf'],
        force: false,
      }),
    ).toMatchObject({ ok: false, error: { code: 'locked' } });
  }, 120_000);
});
