/**
 * What the desktop app holds while it runs: the vault (locked or open), the render pool shared
 * by preview and export, where exports go, and the idle timer that locks the vault. The Electron
 * main process and the loopback bridge each create one; the IPC handlers work on it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  Vault,
  VaultError,
  wipeVault,
  type VaultOptions,
  type VaultRepair,
} from './vault/index.ts';
import { RenderPool } from './workers/pool.ts';
import type { Prefs, VaultStatus } from './api.ts';
import { BatchJobs } from './batch/jobs.ts';
import type { PackOptions } from './packs/template-library.ts';
import * as clock from '../common/clock.ts';

/** Non-sensitive preferences: electron-store in the app, memory in the bridge. */
export interface PrefsStore {
  get(): Prefs;
  set(patch: Partial<Prefs>): Prefs;
}

export function memoryPrefs(initial: Prefs = { uiLang: 'ru' }): PrefsStore {
  let prefs = initial;
  return {
    get: () => prefs,
    set: (patch) => (prefs = { ...prefs, ...patch }),
  };
}

/** Asks where to save an export: the native dialog in Electron, a fixed folder in the bridge. */
export interface SaveTarget {
  choose(
    suggestedName: string,
    format: 'pdf' | 'docx' | 'refuge' | 'xlsx' | 'csv',
  ): Promise<string | null>;
  /** A new folder for a batch's files, named `suggestedName` inside the place the user picks. */
  chooseFolder(suggestedName: string): Promise<string | null>;
  /** Shows a folder in the system's file manager; absent where there is none (the bridge). */
  reveal?(folder: string): Promise<void>;
}

export interface SessionOptions {
  /** The vault's folder (the OS app-data folder or REFUGE_HOME, plus `vault`). */
  readonly vaultDir: string;
  readonly saveTarget: SaveTarget;
  readonly prefs?: PrefsStore;
  readonly poolSize?: number;
  readonly templatesDir?: string;
  /** Installed template packs and trusted keys, when not the app's defaults (tests). */
  readonly packs?: PackOptions;
  /** Lower scrypt cost, for tests only. */
  readonly kdf?: VaultOptions['kdf'];
  /** Called after every lock (Electron clears the clipboard and drops preview bytes). */
  readonly onLock?: () => void;
  readonly now?: () => number;
}

export class Session {
  private vault: Vault | null = null;
  private pool: RenderPool | null = null;
  private lastActivity: number;
  private autoLockMinutes = 10;
  private region = '';
  private readonly timer: NodeJS.Timeout;
  private previewAbort: AbortController | null = null;
  readonly prefs: PrefsStore;
  readonly batches = new BatchJobs();

  constructor(readonly options: SessionOptions) {
    this.lastActivity = this.now();
    this.prefs = options.prefs ?? memoryPrefs();
    // The backstop: the renderer locks on idle too, but a hung or closed window must not leave
    // the vault open. Checked every 15 s.
    this.timer = setInterval(() => this.lockIfIdle(), 15_000);
    this.timer.unref();
  }

  now(): number {
    return this.options.now?.() ?? clock.nowMs();
  }

  /** Every request from the user's side counts as activity (status polls do not). */
  touch(): void {
    this.lastActivity = this.now();
  }

  lockIfIdle(): boolean {
    if (this.vault && this.now() - this.lastActivity >= this.autoLockMinutes * 60_000) {
      this.lock();
      return true;
    }
    return false;
  }

  /**
   * The vault may have locked itself: another process re-keyed it, so this process's key is
   * obsolete (Vault.catchUp). The session then is locked too, and the app asks to unlock again.
   */
  private dropIfLocked(): void {
    if (this.vault?.isLocked) this.lock();
  }

  status(): VaultStatus {
    this.dropIfLocked();
    return {
      state: this.vault
        ? 'unlocked'
        : existsSync(join(this.options.vaultDir, 'vault.json'))
          ? 'locked'
          : 'none',
      autoLockMinutes: this.autoLockMinutes,
      ...(this.vault && this.region ? { region: this.region } : {}),
      folder: this.options.vaultDir,
    };
  }

  async create(passphrase: string): Promise<VaultStatus> {
    const vault = await Vault.create(this.options.vaultDir, passphrase, {
      ...(this.options.kdf ? { kdf: this.options.kdf } : {}),
    });
    this.adopt(vault);
    return this.status();
  }

  async unlock(passphrase: string): Promise<VaultStatus> {
    this.dropIfLocked();
    if (this.vault) return this.status();
    this.adopt(await Vault.open(this.options.vaultDir, passphrase));
    return this.status();
  }

  /** What opening the vault repaired (none while locked). */
  repairs(): readonly VaultRepair[] {
    return this.vault?.repairs ?? [];
  }

  private adopt(vault: Vault): void {
    this.vault = vault;
    const settings = vault.getSettings();
    this.autoLockMinutes = settings.autoLockMinutes;
    this.region = settings.region ?? '';
    this.touch();
  }

  lock(): VaultStatus {
    this.previewAbort?.abort();
    this.batches.cancelAll(); // a locked app renders nothing
    this.vault?.lock();
    this.vault = null;
    this.options.onLock?.();
    return this.status();
  }

  /** The region new matters start in; '' clears it. The caller checks the id is known. */
  setRegion(region: string): VaultStatus {
    this.region = this.open().putSettings({ region }).region ?? '';
    return this.status();
  }

  setAutoLock(minutes: number): VaultStatus {
    this.autoLockMinutes = this.open().putSettings({ autoLockMinutes: minutes }).autoLockMinutes;
    return this.status();
  }

  /**
   * Destroys the vault once the passphrase proves the owner asks, locked or unlocked — as the
   * CLI does. A locked vault is already unreadable; a wipe on a word alone would only let anyone
   * at the machine destroy every client's records (docs/SECURITY.md, «Wipe»).
   */
  async wipe(passphrase: string): Promise<VaultStatus> {
    // The passphrase is checked before anything is locked or removed: a wrong one changes nothing.
    await wipeVault(this.options.vaultDir, passphrase);
    this.lock();
    return this.status();
  }

  /** The open vault, or a `locked` error. */
  open(): Vault {
    this.dropIfLocked();
    if (!this.vault) throw new VaultError('locked', 'The vault is locked.');
    return this.vault;
  }

  renderPool(): RenderPool {
    this.pool ??= new RenderPool({
      size: this.options.poolSize ?? 1,
      ...(this.options.templatesDir ? { templatesDir: this.options.templatesDir } : {}),
      ...(this.options.packs ? { packs: this.options.packs } : {}),
    });
    return this.pool;
  }

  /** After a template pack is installed: workers load templates once, so start fresh ones. */
  templatesChanged(): void {
    const old = this.pool;
    this.pool = null;
    void old?.close();
  }

  /** A signal for a new preview; the previous preview, if still rendering, is cancelled. */
  nextPreview(): AbortSignal {
    this.previewAbort?.abort();
    this.previewAbort = new AbortController();
    return this.previewAbort.signal;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.lock();
    await this.pool?.close();
    this.pool = null;
  }
}
