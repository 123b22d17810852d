// How `npm start` ends when the app it started ends. A crash by signal is a failure, said in
// words: on Ubuntu 24.04 and its kin Electron aborts (SIGTRAP/SIGABRT) when AppArmor forbids the
// user namespaces its sandbox needs, and a silent exit 0 hid that.

/**
 * @param {string} what the program that ended ("Electron")
 * @param {number | null} code
 * @param {NodeJS.Signals | null} signal
 * @param {NodeJS.Platform} platform
 * @returns {{ exitCode: number, message: string | null }}
 */
export function childExit(what, code, signal, platform = process.platform) {
  if (signal) {
    const apparmor =
      platform === 'linux' && (signal === 'SIGTRAP' || signal === 'SIGABRT')
        ? ' On Ubuntu 24.04 this is usually AppArmor refusing the sandbox: see "Linux" in README.md.'
        : '';
    return { exitCode: 1, message: `${what} was stopped by ${signal}.${apparmor}` };
  }
  if (code === null) return { exitCode: 1, message: `${what} ended without an exit code.` };
  return { exitCode: code, message: code === 0 ? null : `${what} exited with code ${code}.` };
}
