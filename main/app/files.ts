/**
 * Files a front door writes for the user (exports, spreadsheets, answers for the family's
 * applications): the app's one atomic writer (main/atomic.ts) — a crash leaves the old file or
 * the new one, never a torn one — readable by the user only (0600), from the window and the CLI
 * alike.
 */
import { writeFileAtomic } from '../atomic.ts';

export function writeOutput(file: string, data: Uint8Array | string): void {
  writeFileAtomic(file, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
}
