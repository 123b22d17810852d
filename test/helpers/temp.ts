/**
 * Temp folders for a test file, removed when the file's tests end: a run leaves nothing in the
 * OS temp folder (npm test fails if it does). Vaults and exports made here hold sample client
 * names in plaintext — exactly what must not pile up on a laptop.
 */
import { afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'test'): string {
  const dir = mkdtempSync(join(tmpdir(), `refuge-${prefix}-`));
  made.push(dir);
  return dir;
}
