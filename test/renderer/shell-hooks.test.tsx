// @vitest-environment jsdom
/**
 * The hooks the desktop shell runs in the page (renderer/src/shell.ts, issue 23): `flush` saves
 * pending edits and leaves the vault open (window close), `lock` is Ctrl+Shift+L's flow — pending
 * edits saved first, then the vault locked and the unlock screen shown (menu Lock, screen lock,
 * sleep). Gone when the gate unmounts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { RefugeApi, VaultStatus } from '../../main/api.ts';
import { createI18n } from '../../renderer/src/i18n.ts';
import { ApiContext } from '../../renderer/src/context.ts';
import { FlushRegistry } from '../../renderer/src/flush.ts';
import { VaultGate } from '../../renderer/src/screens/VaultGate.tsx';

afterEach(cleanup);

const unlocked: VaultStatus = { state: 'unlocked', autoLockMinutes: 10, folder: '/vault' };
const locked: VaultStatus = { ...unlocked, state: 'locked' };

function setUp() {
  const calls: string[] = [];
  let state = unlocked;
  const api: Partial<RefugeApi> = {
    vaultStatus: async () => ({ ok: true, value: state }),
    lockVault: async () => {
      calls.push('lockVault');
      state = locked;
      return { ok: true, value: locked };
    },
  };
  const flush = new FlushRegistry();
  flush.add(async () => {
    await Promise.resolve();
    calls.push('saved pending edits');
  });
  function Gate() {
    const [status, setStatus] = useState<VaultStatus | null>(unlocked);
    return (
      <VaultGate status={status} onStatus={setStatus} flush={flush} header={null}>
        <p>дела</p>
      </VaultGate>
    );
  }
  const view = render(
    <I18nextProvider i18n={createI18n('ru')}>
      <ApiContext.Provider value={api as RefugeApi}>
        <Gate />
      </ApiContext.Provider>
    </I18nextProvider>,
  );
  return { calls, view };
}

describe('the desktop shell’s hooks in the page', () => {
  it('flush saves pending edits and leaves the vault open', async () => {
    const { calls } = setUp();
    await screen.findByText('дела');
    await act(() => window.refugeShell!.flush());
    expect(calls).toEqual(['saved pending edits']);
    expect(screen.getByText('дела')).toBeTruthy();
  });

  it('lock saves first, then locks and shows the unlock screen', async () => {
    const { calls } = setUp();
    await screen.findByText('дела');
    await act(() => window.refugeShell!.lock());
    expect(calls).toEqual(['saved pending edits', 'lockVault']);
    expect(screen.queryByText('дела')).toBeNull();
    expect(screen.getByLabelText('Пароль')).toBeTruthy();
  });

  it('are withdrawn when the page no longer shows the gate', async () => {
    const { view } = setUp();
    await screen.findByText('дела');
    expect(window.refugeShell).toBeDefined();
    view.unmount();
    expect(window.refugeShell).toBeUndefined();
  });
});
