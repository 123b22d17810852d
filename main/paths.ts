/** Where Refuge keeps its data: the OS's application-data folder, or REFUGE_HOME. */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function dataHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.REFUGE_HOME) return env.REFUGE_HOME;
  if (process.platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Refuge');
  if (process.platform === 'darwin')
    return join(homedir(), 'Library', 'Application Support', 'Refuge');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'Refuge');
}

/** The encrypted vault: everything about clients lives here and nowhere else. */
export function vaultDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataHome(env), 'vault');
}
