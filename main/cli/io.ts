/** What every command is handed: where to write, the user's language, how to read answers. */
import type { Lang } from '../../common/manifest.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const defaultIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

export interface CommandContext {
  readonly ui: Lang;
  readonly io: Io;
  /** An answers file; a shipped sample moves the command's clock to its day unless pinned. */
  readonly answersFrom: (file: string) => Record<string, unknown>;
}
