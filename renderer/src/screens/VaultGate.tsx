/**
 * Nothing about a client shows until the vault is open. Locking (button, Ctrl+Shift+L, idle
 * timer, or main's own backstop) saves what is pending, then unmounts everything behind the
 * gate — the form, its answers and the preview bytes go with it.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../main/api.ts';
import { LockContext, useApi } from '../context.ts';
import type { FlushRegistry } from '../flush.ts';
import { exposeShellHooks } from '../shell.ts';
import { ErrorText, PassphraseField } from '../components.tsx';
import { RepeatPassphrase } from '../components/controls.tsx';
import * as clock from '../../../common/clock.ts';
import { useScreen } from './useScreen.ts';

const POLL_MS = 15_000;

export function VaultGate({
  status,
  onStatus,
  flush,
  header,
  children,
}: {
  status: VaultStatus | null;
  onStatus: (s: VaultStatus) => void;
  flush: FlushRegistry;
  header: ReactNode;
  children: ReactNode;
}) {
  const api = useApi();
  const { t } = useTranslation();
  const lastInput = useRef(clock.nowMs());
  /** What opening the vault repaired: shown once after unlocking, until dismissed or locked. */
  const [repairs, setRepairs] = useState<readonly string[]>([]);

  const refresh = useCallback(async () => {
    const r = await api.vaultStatus({});
    if (r.ok) onStatus(r.value);
  }, [api, onStatus]);

  const lock = useCallback(async () => {
    await flush.flushAll();
    const r = await api.lockVault({});
    setRepairs([]);
    if (r.ok) onStatus(r.value);
  }, [api, flush, onStatus]);

  // The desktop shell's menu Lock, screen lock, sleep and window close run these same flows.
  useEffect(() => exposeShellHooks({ flush: () => flush.flushAll(), lock }), [flush, lock]);

  useEffect(() => {
    void refresh();
    const poll = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(poll);
  }, [refresh]);

  const unlocked = status?.state === 'unlocked';
  useEffect(() => {
    if (!unlocked || !status) return;
    const mark = (): void => {
      lastInput.current = clock.nowMs();
    };
    const onKey = (e: KeyboardEvent): void => {
      mark();
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.code === 'KeyL') {
        e.preventDefault();
        void lock();
      }
    };
    const idle = setInterval(() => {
      if (clock.nowMs() - lastInput.current >= status.autoLockMinutes * 60_000) void lock();
    }, 5_000);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', mark, true);
    window.addEventListener('wheel', mark, { capture: true, passive: true });
    return () => {
      clearInterval(idle);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', mark, true);
      window.removeEventListener('wheel', mark, true);
    };
  }, [unlocked, status, lock]);

  let body: ReactNode;
  if (status === null)
    body = (
      <main className="centered" aria-busy="true">
        <p>{t('app.loading')}</p>
      </main>
    );
  else if (status.state === 'unlocked')
    body = (
      <>
        {repairs.length > 0 && (
          <div className="notice" role="status" id="vault-repairs">
            <ul>
              {repairs.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            <button type="button" onClick={() => setRepairs([])}>
              {t('vault.repairsSeen')}
            </button>
          </div>
        )}
        {children}
      </>
    );
  else
    body = (
      <PassphraseForm
        mode={status.state === 'none' ? 'create' : 'unlock'}
        folder={status.folder}
        onDone={(s) => {
          lastInput.current = clock.nowMs();
          setRepairs(s.repairs ?? []);
          onStatus(s);
        }}
      />
    );
  return (
    <LockContext.Provider value={lock}>
      {header}
      {body}
    </LockContext.Provider>
  );
}

function PassphraseForm({
  mode,
  folder,
  onDone,
}: {
  mode: 'create' | 'unlock';
  folder: string;
  onDone: (s: VaultStatus) => void;
}) {
  const { api, uiLang, t, errorText } = useScreen();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (mode === 'create' && passphrase !== repeat) return setError(t('vault.mismatch'));
    setBusy(true);
    setError('');
    const r =
      mode === 'create'
        ? await api.createVault({ passphrase, uiLang })
        : await api.unlockVault({ passphrase, uiLang });
    setBusy(false);
    setPassphrase('');
    setRepeat('');
    if (r.ok) onDone(r.value);
    else setError(errorText(r.error));
  }

  return (
    <main className="centered vault-form">
      <h1 tabIndex={-1}>{mode === 'create' ? t('vault.createTitle') : t('vault.unlockTitle')}</h1>
      <p>{mode === 'create' ? t('vault.createIntro') : t('vault.unlockIntro')}</p>
      <form onSubmit={(e) => void submit(e)} aria-busy={busy}>
        <PassphraseField
          id="passphrase"
          label={t('vault.passphrase')}
          autoComplete={mode === 'create' ? 'new-password' : 'current-password'}
          value={passphrase}
          onValue={setPassphrase}
          aria-invalid={error !== ''}
          aria-describedby={error ? 'passphrase-error' : undefined}
          autoFocus
          required
        />
        {mode === 'create' && (
          <>
            <RepeatPassphrase id="passphrase-repeat" value={repeat} onValue={setRepeat} required />
            <p className="hint">{t('vault.createHint')}</p>
          </>
        )}
        <ErrorText id="passphrase-error" text={error} />
        <button type="submit" className="primary" disabled={busy || passphrase === ''}>
          {busy ? t('vault.opening') : mode === 'create' ? t('vault.create') : t('vault.unlock')}
        </button>
      </form>
      <p className="hint">
        {t('vault.folder')} <code className="path">{folder}</code>
      </p>
    </main>
  );
}
