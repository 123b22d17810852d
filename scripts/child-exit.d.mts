export declare function childExit(
  what: string,
  code: number | null,
  signal: NodeJS.Signals | null,
  platform?: NodeJS.Platform,
): { exitCode: number; message: string | null };
