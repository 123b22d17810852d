import { defineConfig } from 'vitest/config';

// The browser run: Debian's Chromium through playwright-core, one file at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    // expect.poll waits for what the page shows (an error summary going away after typing);
    // its default second is a race against a busy machine, not a bound on the product.
    expect: { poll: { timeout: 60_000 } },
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
