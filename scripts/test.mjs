// `npm test`: types, lint, format, unit + property + golden tests, template lint, browser tests.
// Prints one closing line "tests: N passed, N failed" so any CI can read the result.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync, readdirSync } from 'node:fs';

const steps = [
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['eslint', 'npx', ['eslint', '.']],
  ['prettier', 'npx', ['prettier', '--check', '.']],
  [
    'vitest',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/vitest.json',
    ],
  ],
  ['templates', 'node', ['bin/refuge.js', 'lint']],
];
if (existsSync('test/e2e') && readdirSync('test/e2e').some((f) => f.endsWith('.test.ts'))) {
  steps.push([
    'e2e',
    'npx',
    [
      'vitest',
      'run',
      '--config',
      'test/e2e/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/e2e.json',
    ],
  ]);
}

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
const failedSteps = [];
for (const [name, cmd, args] of steps) {
  process.stdout.write(`\n=== ${name}\n`);
  const started = performance.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  process.stdout.write(
    `=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
  );
  const report =
    name === 'vitest'
      ? 'test-results/vitest.json'
      : name === 'e2e'
        ? 'test-results/e2e.json'
        : null;
  if (report && existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests ?? 0;
    failed += json.numFailedTests ?? 0;
  } else if (result.status === 0) {
    passed += 1;
  } else {
    failed += 1;
  }
  if (result.status !== 0) failedSteps.push(name);
}
if (failedSteps.length > 0) process.stdout.write(`\nFailed steps: ${failedSteps.join(', ')}\n`);
process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
process.exitCode = failedSteps.length > 0 ? 1 : 0;
