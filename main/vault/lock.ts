/**
 * The vault's inter-process lock, held for one write transaction (milliseconds), not for the
 * life of a process: the app, the web bridge and the CLI legitimately open the same vault.
 *
 * The lock is a file, `<vault>/.refuge-lock`, naming its holder (pid, host, the process's start
 * time where the OS tells it, a random token). It is created complete and exclusively: the
 * holder's record is written to a private file first and then hard-linked to the lock name — a
 * link never replaces an existing name, so of two processes exactly one gets the lock, and no
 * reader ever sees a half-written lock.
 *
 * A lock is stale when its holder is on this host and its pid is dead, or the pid now belongs to
 * a process started at another time (the pid was reused). A stale lock is broken; its holder
 * died inside a transaction, which the caller learns (`acquire` returns the dead holder) so it
 * can check what that transaction left. A lock held by a live process, or by another host (a
 * shared folder: its pids cannot be checked from here), is waited for a bounded number of
 * times, then refused with a VaultBusyError naming the holder.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { FileOps } from '../atomic.ts';
import { VaultBusyError } from './errors.ts';

export const LOCK_FILE = '.refuge-lock';

export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  /** The process's start time in clock ticks since boot (Linux), or '' where unknown. */
  readonly started: string;
  readonly token: string;
}

export interface LockWait {
  /** How many times a lock held by a live process is retried before giving up. */
  readonly attempts: number;
  /** Pause between two attempts. */
  readonly intervalMs: number;
}

/** About 5 s: longer than any single write transaction, short enough to say why. */
export const DEFAULT_LOCK_WAIT: LockWait = { attempts: 250, intervalMs: 20 };

/** When a process started, as the kernel counts it; '' where this is not known (not Linux). */
export function processStart(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime); field 2 (the command name) may hold spaces and parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the process that wrote `owner` is certainly gone. */
export function isStale(owner: LockOwner, host = hostname()): boolean {
  if (owner.host !== host) return false;
  if (!pidAlive(owner.pid)) return true;
  const started = processStart(owner.pid);
  return owner.started !== '' && started !== '' && started !== owner.started;
}

function parseOwner(text: string): LockOwner | null {
  try {
    const o = JSON.parse(text) as Partial<LockOwner>;
    if (
      typeof o.pid === 'number' &&
      typeof o.host === 'string' &&
      typeof o.started === 'string' &&
      typeof o.token === 'string'
    )
      return { pid: o.pid, host: o.host, started: o.started, token: o.token };
  } catch {
    /* not a lock record */
  }
  return null;
}

const code = (err: unknown): string | undefined => (err as NodeJS.ErrnoException | null)?.code;

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export class VaultLock {
  private depth = 0;
  readonly owner: LockOwner;

  constructor(
    readonly file: string,
    private readonly ops: FileOps,
    private readonly wait: LockWait = DEFAULT_LOCK_WAIT,
  ) {
    this.owner = {
      pid: process.pid,
      host: hostname(),
      started: processStart(process.pid),
      token: randomBytes(8).toString('hex'),
    };
  }

  get held(): boolean {
    return this.depth > 0;
  }

  /**
   * Takes the lock (re-entrant within this object). Returns the holder of a stale lock that was
   * broken on the way — a writer that died mid-transaction — or null.
   */
  acquire(): LockOwner | null {
    if (this.depth > 0) {
      this.depth++;
      return null;
    }
    const mine = `${this.file}.${this.owner.token}`;
    const fd = this.ops.openSync(mine, 'wx', 0o600);
    let broken: LockOwner | null = null;
    try {
      try {
        this.ops.writeSync(fd, Buffer.from(JSON.stringify(this.owner)));
      } finally {
        this.ops.closeSync(fd);
      }
      let holder: LockOwner | null = null;
      for (let attempt = 0; attempt <= this.wait.attempts;) {
        try {
          this.ops.linkSync(mine, this.file);
          this.depth = 1;
          return broken;
        } catch (err) {
          if (code(err) !== 'EEXIST') throw err;
        }
        const text = this.read(this.file);
        if (text === null) continue; // released in between: try again at once
        holder = parseOwner(text);
        if (holder === null || isStale(holder)) {
          // An unreadable lock cannot come from link(); it is debris, as is a dead holder's.
          if (this.breakLock(text)) broken = holder ?? { pid: 0, host: '', started: '', token: '' };
          continue;
        }
        attempt++;
        if (attempt <= this.wait.attempts) pause(this.wait.intervalMs);
      }
      throw new VaultBusyError(holder?.pid ?? 0, holder?.host ?? '');
    } finally {
      try {
        this.ops.unlinkSync(mine);
      } catch {
        /* gone already */
      }
    }
  }

  release(): void {
    if (this.depth === 0) return;
    if (--this.depth > 0) return;
    // Only our own lock: never one another process took after declaring us dead.
    if (parseOwner(this.read(this.file) ?? '')?.token !== this.owner.token) return;
    try {
      this.ops.unlinkSync(this.file);
    } catch (err) {
      if (code(err) !== 'ENOENT') throw err;
    }
  }

  /**
   * Moves the stale lock aside and checks it is the one judged stale; if another process took
   * the lock in between, its lock is linked back (a link never replaces a newer one).
   */
  private breakLock(staleText: string): boolean {
    const aside = `${this.file}.stale-${this.owner.token}`;
    try {
      this.ops.renameSync(this.file, aside);
    } catch (err) {
      if (code(err) === 'ENOENT') return false;
      throw err;
    }
    const moved = this.read(aside);
    if (moved !== staleText) {
      try {
        this.ops.linkSync(aside, this.file);
      } catch {
        /* a newer lock is in place */
      }
      this.ops.unlinkSync(aside);
      return false;
    }
    this.ops.unlinkSync(aside);
    return true;
  }

  private read(file: string): string | null {
    try {
      return readFileSync(file, 'utf8');
    } catch (err) {
      if (code(err) === 'ENOENT') return null;
      throw err;
    }
  }

  /**
   * The private files of lock attempts (`.refuge-lock.<token>`, `.refuge-lock.stale-<token>`)
   * whose writers died: removed only while holding the lock, and only when their owner is dead.
   */
  removeDeadAttempts(): number {
    const dir = dirname(this.file);
    const prefix = `${basename(this.file)}.`;
    let removed = 0;
    for (const f of readdirSync(dir)) {
      if (!f.startsWith(prefix)) continue;
      const path = join(dir, f);
      const text = this.read(path);
      if (text === null) continue;
      const owner = parseOwner(text);
      if (owner?.token === this.owner.token) continue;
      if (owner !== null && !isStale(owner)) continue;
      try {
        this.ops.unlinkSync(path);
        removed++;
      } catch {
        /* its owner removed it */
      }
    }
    return removed;
  }
}
