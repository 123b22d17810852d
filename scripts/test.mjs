// `npm test`: types, lint, format, unit + property + golden tests, template lint, browser tests,
// then the date sweep, then a check that nothing was left in the temp folder.
// `npm test -- sweep` runs the date sweep alone; `npm test -- fast` the unit tier alone.
// Prints one closing line "tests: N passed, N failed" so any CI can read the result.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const only = process.argv[2];

// Every test process gets a fresh temp folder of its own: whatever is left there at the end was
// left by a test (or by what it started), and fails the run. Sample client names in a leftover
// folder are exactly the plaintext a seized laptop must not hold.
const runTmp = mkdtempSync(join(tmpdir(), 'refuge-test-run-'));
// Traversable like /tmp itself: the read-only-vault test reaches its folder as user `nobody`.
chmodSync(runTmp, 0o755);
// tsx (the TypeScript loader of tests and workers) would keep a compile cache there: not ours.
const env = { ...process.env, TMPDIR: runTmp, TMP: runTmp, TEMP: runTmp, TSX_DISABLE_CACHE: '1' };

/**
 * The slow date-dependent tests (real CLI processes, the vault through IPC, the browser) run
 * again with the test clock pinned to these days; test/sweep/calendar.test.ts visits ~160 more
 * in one process. Each day puts the deadline the tests check (ten days from three days before)
 * on a weekend, Independence Day, the New Year days off, past a leap day, or in a year whose
 * holidays are unknown.
 */
const SWEEP_DAYS = ['2026-12-12', '2026-12-09', '2026-12-27', '2028-02-29', '2031-06-21'];
const BROWSER_SWEEP_DAYS = ['2026-12-27', '2031-06-21'];

/**
 * vitest leaves a core to its main process (one worker on two cores); the files' start-up and the
 * renders they wait on leave room for a second, which cut the full unit run from about 400 s to
 * 290 s on two quiet cores (measured 2026-12-07). The browser tests run one file at a time anyway.
 */
const WORKERS = `--maxWorkers=${availableParallelism()}`;

const vitest = (name, args) => [
  name,
  'npx',
  [
    'vitest',
    'run',
    ...(args.includes('test/e2e/vitest.config.ts') ? [] : [WORKERS]),
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=test-results/${name}.json`,
  ],
];

/**
 * Units and properties (`npm run test:fast`, a budget of one minute on two quiet cores): no real
 * processes, no render workers, no LibreOffice, no browser. The files named below were each
 * measured (vitest's own per-file durations) as the slow part of the tier: they start the CLI or
 * the packager, or render through worker threads. They run in the full suite.
 */
const FAST_EXCLUDES = [
  'test/e2e/**',
  'test/cli/**',
  'test/vault/**',
  'test/bundle/**',
  'test/packs/**',
  'test/sweep/**',
  'test/engine/pipeline.test.ts',
  'test/engine/pdfa.test.ts',
  // real processes: the packager, the bundled CLI, the template precompiler, a rekey crash child
  'test/shell/packaging.test.ts',
  'test/shell/data-home.test.ts',
  'test/engine/precompile.test.ts',
  'test/security/rekey.test.ts',
  'test/app/front-doors.test.ts',
  // render workers: the pool itself, previews and batches through a session or runBatch
  'test/workers/**',
  'test/ipc/session.test.ts',
  'test/ipc/batch.test.ts',
  'test/ipc/bridge.test.ts',
  'test/ipc/preview.test.ts',
  'test/security/bundle-worker.test.ts',
  'test/batch/batch.test.ts',
  'test/batch/window.test.ts',
  // sweeps over every filing and lints of the whole templates tree (seconds each)
  'test/templates/text-artifacts.test.ts',
  'test/templates/manifest-lint.test.ts',
];

const steps = [];
if (only === 'fast') {
  steps.push([
    ...vitest('fast', [...FAST_EXCLUDES.flatMap((g) => ['--exclude', g])]),
    { REFUGE_TEST_TIER: 'fast' },
  ]);
} else {
  if (only !== 'sweep') {
    steps.push(
      ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
      ['eslint', 'npx', ['eslint', '.']],
      ['prettier', 'npx', ['prettier', '--check', '.']],
      vitest('vitest', []),
      ['templates', 'node', ['bin/refuge.js', 'lint']],
    );
    if (existsSync('test/e2e') && readdirSync('test/e2e').some((f) => f.endsWith('.test.ts')))
      steps.push(vitest('e2e', ['--config', 'test/e2e/vitest.config.ts']));
  } else {
    steps.push(vitest('sweep-calendar', ['test/sweep']));
  }
  for (const day of SWEEP_DAYS)
    steps.push([
      ...vitest(`sweep-${day}`, ['test/ipc/session.test.ts', 'test/cli/cli.test.ts']),
      { REFUGE_TEST_TODAY: day },
    ]);
  for (const day of BROWSER_SWEEP_DAYS)
    steps.push([
      ...vitest(`sweep-e2e-${day}`, [
        '--config',
        'test/e2e/vitest.config.ts',
        'test/e2e/app.test.ts',
      ]),
      { REFUGE_TEST_TODAY: day },
    ]);
}

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
const failedSteps = [];
for (const [name, cmd, args, extraEnv = {}] of steps) {
  const pinned = extraEnv.REFUGE_TEST_TODAY ? ` (test day ${extraEnv.REFUGE_TEST_TODAY})` : '';
  process.stdout.write(`\n=== ${name}${pinned}\n`);
  const started = performance.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  process.stdout.write(
    `=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
  );
  const report = `test-results/${name}.json`;
  if (cmd === 'npx' && args[0] === 'vitest' && existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests ?? 0;
    failed += json.numFailedTests ?? 0;
    if (result.status !== 0 && (json.numFailedTests ?? 0) === 0) failed += 1;
  } else if (result.status === 0) {
    passed += 1;
  } else {
    failed += 1;
  }
  if (result.status !== 0) failedSteps.push(name);
}

// Nothing may stay behind in the temp folder: not a vault, not an export, not a browser profile.
const left = readdirSync(runTmp);
process.stdout.write(`\n=== temp folder: ${left.length === 0 ? 'clean' : 'LEFT BEHIND'}\n`);
if (left.length > 0) {
  for (const name of left) process.stdout.write(`  ${name}\n`);
  failed += 1;
  failedSteps.push('temp folder');
} else passed += 1;
rmSync(runTmp, { recursive: true, force: true });

if (failedSteps.length > 0) process.stdout.write(`\nFailed steps: ${failedSteps.join(', ')}\n`);
process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
process.exitCode = failedSteps.length > 0 ? 1 : 0;
