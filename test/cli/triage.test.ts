/**
 * `refuge triage` and `refuge deadlines [--ics]`: in-process for the table's answers, as real
 * processes (passphrase on stdin) for answers kept in the vault and the list across matters.
 * Every process runs on a fixed day (REFUGE_TODAY), so the last days are known.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../main/cli/index.ts';
import { sampleOn } from '../helpers/golden.ts';
import { tempDir } from '../helpers/temp.ts';

async function cli(args: string[], lang: string) {
  const out: string[] = [];
  const err: string[] = [];
  const saved = { ...process.env };
  Object.assign(process.env, { REFUGE_LANG: lang });
  try {
    const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    process.env = saved;
  }
}

describe('refuge triage', () => {
  it('prints every filing that applies, soonest first, with weekday, readings and why (ru)', async () => {
    const r = await cli(
      [
        'triage',
        '--place',
        'detained',
        '--decision',
        'extraditionArrest',
        '--decision-date',
        '02.03.2026',
        '--detention-date',
        '2026-03-01',
        '--today',
        '2026-03-03',
      ],
      'ru',
    );
    expect(r.code).toBe(0);
    const first = r.out.indexOf('extradition-arrest-complaint');
    const second = r.out.indexOf('(extradition-objection)');
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(r.out).toContain('по\u00a005.03.2026\u00a0(четверг) включительно — осталось 2 дня');
    expect(r.out).toContain('Почему: Суд санкционировал экстрадиционный арест');
  });

  it('a passed term shows the way out (kk), a wrong stage says so (en)', async () => {
    const kk = await cli(
      [
        'triage',
        '--place',
        'free',
        '--decision',
        'expulsionRuling',
        '--decision-date',
        '2026-01-28',
        '--today',
        '2026-02-20',
      ],
      'kk',
    );
    expect(kk.code).toBe(0);
    expect(kk.out).toContain('МЕРЗІМ ӨТТІ: 07.02.2026\u00a0(сенбі) қоса алғанға дейін');
    expect(kk.out).toMatch(/Шешім: .*\(deadline-restoration\)/);
    const en = await cli(
      ['triage', '--place', 'free', '--decision', 'none', '--asylum-pending'],
      'en',
    );
    expect(en.out).toMatch(/refugee-application\)\n {3}NO LONGER APPLIES/);
  });

  it('names the flag of a wrong answer, in the user’s language', async () => {
    const r = await cli(['triage', '--place', 'moon', '--decision', 'none'], 'ru');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--place: недопустимое значение «moon»');
    const d = await cli(
      ['triage', '--place', 'free', '--decision', 'none', '--decision-date', '31.02.2026'],
      'en',
    );
    expect(d.code).toBe(2);
    expect(d.err).toContain('--decision-date: «31.02.2026» is not a date');
  });
});

describe('refuge triage --matter and refuge deadlines (real processes)', () => {
  const home = tempDir('home');
  const scratch = tempDir('answers');
  afterAll(() => {
    rmSync(home, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });
  const today = '2026-01-29';
  const pass = 'a long vault passphrase\n';
  const run = (args: string[], on = today) =>
    spawnSync(process.execPath, ['bin/refuge.js', ...args, '--passphrase-stdin'], {
      encoding: 'utf8',
      input: pass,
      env: { ...process.env, REFUGE_HOME: home, REFUGE_LANG: 'en', REFUGE_TODAY: on },
    });

  /** A matter whose first draft is a filing's sample moved to `today`; its id. */
  const matterFromSample = (id: string, sampleName: string): string => {
    const file = join(scratch, `${id}.json`);
    writeFileSync(
      file,
      JSON.stringify(sampleOn(`templates/${id}/samples/${sampleName}.json`, today)),
    );
    const made = run(['matter', 'new', id, file]).stdout.trim();
    rmSync(file);
    return made;
  };

  it('keeps the answers in the matter, lists every open deadline, exports a calendar without names', () => {
    expect(run(['vault', 'init']).status).toBe(0);
    const supreme = matterFromSample('supreme-court-complaint', 'simple');
    const expelled = matterFromSample('refugee-application', 'simple');

    const saved = run([
      'triage',
      '--matter',
      expelled,
      '--place',
      'free',
      '--decision',
      'expulsionRuling',
      '--decision-date',
      '2026-01-28',
    ]);
    expect(saved.status).toBe(0);
    expect(saved.stdout).toContain('up to and including 07.02.2026\u00a0(Saturday) — 9 days left');
    // Without answers on the line, the ones kept in the matter.
    const again = run(['triage', '--matter', expelled]);
    expect(again.stdout).toBe(saved.stdout);
    // The matter's own list holds the appeal too, though no draft of it exists yet.
    const shown = run(['matter', 'show', expelled]);
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(
      /07\.02\.2026 {2}9 days left {2}Appeal \(10 days from service\) .*\n {4}\(from the “What happened\?” answers, filing not started yet\)/,
    );

    const list = run(['deadlines']);
    expect(list.status).toBe(0);
    const lines = list.stdout.split('\n');
    const expulsion = lines.findIndex((l) => l.includes('07.02.2026'));
    expect(expulsion).toBeGreaterThan(-1);
    expect(lines[expulsion + 1]).toContain(`[${expelled}]`);
    expect(list.stdout).toContain(`[${supreme}]`);
    // Soonest first.
    const days = [...list.stdout.matchAll(/(\d\d)\.(\d\d)\.(\d{4})\u00a0\(/g)]
      .filter((m) => !lines.some((l) => l.includes('possibly') && l.includes(m[0])))
      .map((m) => `${m[3]}-${m[2]}-${m[1]}`);
    expect(days).toEqual([...days].sort());

    const ics = join(scratch, 'deadlines.ics');
    const exported = run(['deadlines', '--ics', ics]);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain('no client names');
    const text = readFileSync(ics, 'utf8');
    expect(text).toContain('DTSTART;VALUE=DATE:20260207');
    expect(text).toContain('DTEND;VALUE=DATE:20260208');
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).not.toMatch(/Орлов|Orlov/);
    const named = join(scratch, 'named.ics');
    expect(run(['deadlines', '--ics', named, '--names']).status).toBe(0);
    expect(readFileSync(named, 'utf8')).toMatch(/Орлов/);
    rmSync(ics);
    rmSync(named);

    // Handed in through the detention facility: the complaint's own term leaves the list of
    // open deadlines, and the matter says the day kept it.
    const complaintLine = (out: string) =>
      out.split('\n').some((l) => l.includes(`[${supreme}]`) && l.includes('Supreme Court'));
    expect(complaintLine(list.stdout)).toBe(true);
    const filed = run([
      'matter',
      'filed',
      supreme,
      'supreme-court-complaint',
      '--on',
      '29.01.2026',
      '--how',
      'detention',
      '--reference',
      'вх. № 12',
    ]);
    expect(filed.status, filed.stderr).toBe(0);
    expect(filed.stdout).toContain('Filed 29.01.2026, through the detention facility (вх. № 12)');
    expect(complaintLine(run(['deadlines']).stdout)).toBe(false);
    const shownFiled = run(['matter', 'show', supreme]).stdout;
    expect(shownFiled).toContain('    Filed 29.01.2026, through the detention facility (вх. № 12)');
    expect(shownFiled).toMatch(
      / {2}filed 29\.01\.2026 — in time {2}Complaint to the Supreme Court/,
    );
    expect(run(['matter', 'filed', supreme, 'supreme-court-complaint', '--clear']).status).toBe(0);
    expect(complaintLine(run(['deadlines']).stdout)).toBe(true);

    // A detained person's application: the authorities' days, passed, are theirs, not «PASSED».
    const border = matterFromSample('border-asylum-application', 'complex');
    const borderShown = run(['matter', 'show', border], '2026-02-20').stdout;
    expect(borderShown).toMatch(/Authorities' duty: register.*\n/);
    expect(borderShown).toContain("days ago (another step's term, not this filing's)");
    expect(borderShown).not.toContain('PASSED');

    // On 09.02 the safe day (Sat 07.02) has passed; the working-days reading runs to Wed 11.02.
    // The appeal stays on the list, marked, and the calendar puts it on the later reading's day.
    const arguable = run(['deadlines'], '2026-02-09');
    expect(arguable.stdout).toContain(
      '!! up to and including 07.02.2026\u00a0(Saturday) — passed 2 days ago on the safe count; ' +
        'still running on another reading',
    );
    const lateIcs = join(scratch, 'arguable.ics');
    expect(run(['deadlines', '--ics', lateIcs], '2026-02-09').status).toBe(0);
    const unfolded = readFileSync(lateIcs, 'utf8').replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20260211');
    expect(unfolded).toContain('(on a later reading)');
    rmSync(lateIcs);

    // The triage answers are sealed with the matter: nothing of them in plaintext on disk.
    for (const file of readdirSync(home, { recursive: true }) as string[]) {
      const path = join(home, file);
      if (statSync(path).isFile())
        expect(readFileSync(path).includes(Buffer.from('expulsionRuling'))).toBe(false);
    }
  }, 180_000);
});
