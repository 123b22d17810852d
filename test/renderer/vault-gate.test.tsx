// @vitest-environment jsdom
/**
 * After unlocking, the app shows what opening the vault repaired (the main process's localized
 * lines from vault:unlock), until the user dismisses it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { RefugeApi, VaultStatus } from '../../main/api.ts';
import { createI18n } from '../../renderer/src/i18n.ts';
import { ApiContext } from '../../renderer/src/context.ts';
import { FlushRegistry } from '../../renderer/src/flush.ts';
import { VaultGate } from '../../renderer/src/screens/VaultGate.tsx';

afterEach(cleanup);

const locked: VaultStatus = { state: 'locked', autoLockMinutes: 10, folder: '/vault' };
const REPAIR = 'Список дел восстановлен по записям (он был повреждён): +2 −0';

function fakeApi(repairs: readonly string[]): RefugeApi {
  const unlocked: VaultStatus = { ...locked, state: 'unlocked', repairs };
  const api: Partial<RefugeApi> = {
    vaultStatus: async () => ({ ok: true, value: locked }),
    unlockVault: async () => ({ ok: true, value: unlocked }),
    lockVault: async () => ({ ok: true, value: locked }),
  };
  return api as RefugeApi;
}

function Gate() {
  const [status, setStatus] = useState<VaultStatus | null>(locked);
  return (
    <VaultGate status={status} onStatus={setStatus} flush={new FlushRegistry()} header={null}>
      <p>дела</p>
    </VaultGate>
  );
}

async function unlockWith(api: RefugeApi): Promise<void> {
  render(
    <I18nextProvider i18n={createI18n('ru')}>
      <ApiContext.Provider value={api}>
        <Gate />
      </ApiContext.Provider>
    </I18nextProvider>,
  );
  fireEvent.change(screen.getByLabelText('Пароль'), { target: { value: 'a long passphrase' } });
  await act(async () => {
    fireEvent.submit(screen.getByLabelText('Пароль').closest('form')!);
  });
  await screen.findByText('дела');
}

describe('the vault gate', () => {
  it('shows what opening the vault repaired until dismissed', async () => {
    await unlockWith(fakeApi([REPAIR]));
    expect(screen.getByRole('status').textContent).toContain(REPAIR);
    fireEvent.click(screen.getByRole('button', { name: 'Понятно' }));
    expect(screen.queryByText(REPAIR)).toBeNull();
  });
});
