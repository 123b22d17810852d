/**
 * What the desktop shell may ask of the page: save what is pending (before the window closes)
 * and lock the way Ctrl+Shift+L does (the menu's Lock, the OS locking the screen, sleep).
 * Electron's main runs these with webContents.executeJavaScript, in the page's own world; they
 * give the shell nothing the page could not already do. In the browser (`npm run web`) nothing
 * calls them.
 */
export interface ShellHooks {
  flush(): Promise<void>;
  lock(): Promise<void>;
}

declare global {
  interface Window {
    refugeShell?: ShellHooks;
  }
}

/** Exposes the hooks; the returned function withdraws them (React effect clean-up). */
export function exposeShellHooks(hooks: ShellHooks): () => void {
  window.refugeShell = hooks;
  return () => {
    if (window.refugeShell === hooks) delete window.refugeShell;
  };
}
