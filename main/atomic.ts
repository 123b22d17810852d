/**
 * Crash-safe file replacement: temp file in the same folder, write, fsync, rename, fsync the
 * folder. A crash at any instant leaves the old or the new file, never a torn one.
 */
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

export const TEMP_PREFIX = '.tmp-';

/** The file system calls the vault makes, so tests can inject ENOSPC or EROFS. */
export interface FileOps {
  openSync: typeof openSync;
  writeSync: (fd: number, data: Uint8Array) => number;
  fsyncSync: typeof fsyncSync;
  closeSync: typeof closeSync;
  renameSync: typeof renameSync;
  unlinkSync: typeof unlinkSync;
  /** Creates a name only if it is free (the vault's lock): never replaces, unlike rename. */
  linkSync: typeof linkSync;
}

export const realFileOps: FileOps = {
  openSync,
  writeSync: (fd, data) => writeSync(fd, data),
  fsyncSync,
  closeSync,
  renameSync,
  unlinkSync,
  linkSync,
};

function renameWithRetry(ops: FileOps, from: string, to: string): void {
  // Windows: an antivirus or indexer briefly holding the target gives EPERM/EBUSY.
  for (let attempt = 0; ; attempt++) {
    try {
      ops.renameSync(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (attempt >= 10 || (code !== 'EPERM' && code !== 'EBUSY')) throw err;
      // Brief synchronous back-off: writes are small and rare.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 * (attempt + 1));
    }
  }
}

/**
 * `durable: false` skips the fsyncs (still temp + rename, so never torn): for batch output that a
 * rerun regenerates, where waiting for the disk on every file halves the throughput.
 */
export function writeFileAtomic(
  file: string,
  data: Uint8Array,
  ops: FileOps = realFileOps,
  durable = true,
): void {
  const dir = dirname(file);
  const temp = join(dir, `${TEMP_PREFIX}${basename(file)}-${randomBytes(6).toString('hex')}`);
  let fd: number | undefined;
  try {
    fd = ops.openSync(temp, 'wx', 0o600);
    let written = 0;
    while (written < data.length) written += ops.writeSync(fd, data.subarray(written));
    if (durable) ops.fsyncSync(fd);
    ops.closeSync(fd);
    fd = undefined;
    renameWithRetry(ops, temp, file);
  } catch (err) {
    if (fd !== undefined) {
      try {
        ops.closeSync(fd);
      } catch {
        /* already failing */
      }
    }
    try {
      ops.unlinkSync(temp);
    } catch {
      /* the temp file may not exist */
    }
    throw err;
  }
  if (!durable) return;
  try {
    const dirFd = ops.openSync(dir, 'r');
    try {
      ops.fsyncSync(dirFd);
    } finally {
      ops.closeSync(dirFd);
    }
  } catch {
    // Directory fsync is not possible on every platform (Windows); the rename is still atomic.
  }
}
