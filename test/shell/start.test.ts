/**
 * `npm start` ends as the app it started ends: a crash by signal is a failure with a message (it
 * used to be exit 0), and on Linux the message points at the AppArmor fix.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { childExit } from '../../scripts/child-exit.mjs';

function killedBy(signal: NodeJS.Signals): { code: number | null; signal: NodeJS.Signals | null } {
  const r = spawnSync(process.execPath, ['-e', `process.kill(process.pid, '${signal}')`]);
  return { code: r.status, signal: r.signal };
}

describe('npm start after the app ends', () => {
  it('fails and says so when the app is killed by a signal', () => {
    const ended = killedBy('SIGTERM');
    expect(ended).toEqual({ code: null, signal: 'SIGTERM' });
    expect(childExit('Electron', ended.code, ended.signal, 'linux')).toEqual({
      exitCode: 1,
      message: 'Electron was stopped by SIGTERM.',
    });
  });

  it('points at AppArmor when Electron aborts on Linux, and not elsewhere', () => {
    const ended = killedBy('SIGABRT');
    const linux = childExit('Electron', ended.code, ended.signal, 'linux');
    expect(linux.exitCode).toBe(1);
    expect(linux.message).toContain('AppArmor');
    expect(linux.message).toContain('README.md');
    expect(childExit('Electron', null, 'SIGTRAP', 'darwin').message).not.toContain('AppArmor');
  });

  it('passes an exit code on, silent only on success', () => {
    const ok = spawnSync(process.execPath, ['-e', 'process.exit(0)']);
    expect(childExit('Electron', ok.status, ok.signal)).toEqual({ exitCode: 0, message: null });
    const bad = spawnSync(process.execPath, ['-e', 'process.exit(3)']);
    expect(childExit('Electron', bad.status, bad.signal)).toEqual({
      exitCode: 3,
      message: 'Electron exited with code 3.',
    });
  });
});
