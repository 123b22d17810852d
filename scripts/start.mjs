// `npm start`: builds, then runs the desktop app under Electron. Where Electron cannot be
// installed (Node < 22.12 skips it; offline machines cannot fetch its binary) it says so and
// serves the same UI on 127.0.0.1 instead (`npm run web`), so the app is usable either way.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { childExit } from './child-exit.mjs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

if (run(process.execPath, ['scripts/build.mjs']) !== 0) process.exit(1);

function electronBinary() {
  const require = createRequire(import.meta.url);
  let pkg;
  try {
    pkg = require.resolve('electron/package.json');
  } catch {
    return { missing: 'package' };
  }
  try {
    const binary = require('electron');
    if (typeof binary === 'string' && existsSync(binary)) return { binary };
  } catch {
    // the package is there, its binary is not
  }
  // npm 11 does not run install scripts unless approved: fetch the binary the way it would.
  const install = pkg.replace(/package\.json$/, 'install.js');
  if (run(process.execPath, [install]) === 0) {
    try {
      const binary = require('electron');
      if (typeof binary === 'string' && existsSync(binary)) return { binary };
    } catch {
      // fall through
    }
  }
  return { missing: 'binary' };
}

const found = electronBinary();
if (found.binary) {
  const child = spawn(found.binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code, signal) => finish('Electron', code, signal));
} else {
  console.error(
    found.missing === 'package'
      ? 'Electron is not installed here (it needs Node ≥ 22.12): starting the same app in your browser instead.'
      : 'The Electron binary could not be downloaded (offline?): starting the same app in your browser instead.',
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/bridge/web.ts'], {
    stdio: 'inherit',
  });
  child.on('exit', (code, signal) => finish('The web bridge', code, signal));
}

function finish(what, code, signal) {
  const { exitCode, message } = childExit(what, code, signal);
  if (message) console.error(message);
  process.exit(exitCode);
}
